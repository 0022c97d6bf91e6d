/**
 * The panel beside a composer: what the risk is, the words that triggered it, the policy clause
 * (council, section, exact quote), what to do instead, and "Not this time" per finding. When a post
 * is paused it leads with Edit (the default) and Post anyway. Text from the page is rendered as
 * text only (Preact escapes it); our buttons act on trusted user events only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Finding, Severity } from '../rules/types';
import { policyName } from './policy-names';

export interface PanelProps {
  findings: readonly Finding[];
  /** The draft, for the excerpt's surrounding words. */
  text: string;
  severity: Severity | null;
  paused: boolean;
  /** A short status line (e.g. "Press Post again to send."). */
  note?: string;
  onDismiss(f: Finding, e: Event): void;
  onEdit(e: Event): void;
  onPostAnyway(e: Event): void;
}

const LABEL: Record<Severity, string> = { stop: 'Stop and check', warn: 'Worth a second look', info: 'For information' };

/** The excerpt with a few words either side; the flagged words marked. */
export function excerptParts(text: string, start: number, end: number, pad = 40): { before: string; hit: string; after: string } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let a = Math.max(0, s - pad);
  let b = Math.min(text.length, e + pad);
  if (a > 0) a = text.indexOf(' ', a) + 1 || a;
  if (b < text.length) b = text.lastIndexOf(' ', b) > e ? text.lastIndexOf(' ', b) : b;
  return { before: (a > 0 ? '…' : '') + text.slice(a, s), hit: text.slice(s, e), after: text.slice(e, b) + (b < text.length ? '…' : '') };
}

export function summary(findings: readonly Finding[], paused: boolean): string {
  if (paused) return 'Think Twice paused this post. Edit it, or post anyway.';
  if (findings.length === 0) return '';
  const stops = findings.filter((f) => f.severity === 'stop').length;
  const rest = findings.length - stops;
  const parts = [];
  if (stops) parts.push(`${stops} serious ${stops === 1 ? 'warning' : 'warnings'}`);
  if (rest) parts.push(`${rest} to consider`);
  return `Think Twice: ${parts.join(', ')}.`;
}

export function Panel(props: PanelProps) {
  const { findings, text, severity, paused, note } = props;
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Edit is the default: focus lands on it when a post is paused.
    if (paused) editRef.current?.focus();
  }, [paused]);
  const stop = findings.find((f) => f.severity === 'stop');
  return (
    <section class={`tt-panel tt-${severity ?? 'none'}`} data-testid="tt-panel" data-severity={severity ?? ''} aria-label="Think Twice">
      <div class="tt-sr" role="status" aria-live="polite">
        {summary(findings, paused)}
      </div>
      {paused && (
        <div
          class="tt-pause"
          data-testid="tt-pause"
          role="alertdialog"
          aria-labelledby="tt-pause-title"
          aria-describedby="tt-pause-desc"
          onKeyDown={(e) => {
            if (e.key === 'Escape') props.onEdit(e);
          }}
        >
          <h2 id="tt-pause-title">Pause before posting</h2>
          <p id="tt-pause-desc">{stop ? `${stop.title}: ${stop.action}` : 'A serious warning stands on this draft.'}</p>
          <div class="tt-actions">
            <button type="button" class="tt-primary" data-testid="tt-edit" ref={editRef} onClick={(e) => props.onEdit(e)}>
              Edit
            </button>
            <button type="button" class="tt-secondary" data-testid="tt-post-anyway" onClick={(e) => props.onPostAnyway(e)}>
              Post anyway
            </button>
          </div>
        </div>
      )}
      <header class="tt-head">
        <span class="tt-badge">{severity ? LABEL[severity] : ''}</span>
        <span class="tt-brand">Think Twice</span>
      </header>
      {note && (
        <p class="tt-note" role="status">
          {note}
        </p>
      )}
      <ul class="tt-list">
        {findings.map((f) => {
          const ex = excerptParts(text, f.start, f.end);
          const key = `${f.ruleId}:${f.start}:${f.end}`;
          return (
            <li key={key} class={`tt-finding tt-${f.severity}`} data-testid="tt-finding" data-rule-id={f.ruleId} data-family={f.family} data-severity={f.severity}>
              <h3 class="tt-title">{f.title}</h3>
              <p class="tt-excerpt">
                {ex.before}
                <mark>{ex.hit}</mark>
                {ex.after}
              </p>
              <p class="tt-message">{f.message}</p>
              {f.policy.length > 0 && (
                <details class="tt-policy">
                  <summary>
                    Policy: {policyName(f.policy[0].file)}, “{f.policy[0].section}”
                  </summary>
                  {f.policy.map((p, i) => (
                    <blockquote key={i} cite={p.file}>
                      <p>{p.quote}</p>
                      <footer>
                        {policyName(p.file)}, section “{p.section}”
                      </footer>
                    </blockquote>
                  ))}
                </details>
              )}
              <p class="tt-action">
                <strong>Suggested: </strong>
                {f.action}
              </p>
              <button type="button" class="tt-dismiss" data-testid="tt-dismiss" onClick={(e) => props.onDismiss(f, e)} aria-label={`Not this time: ${f.title}`}>
                Not this time
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
