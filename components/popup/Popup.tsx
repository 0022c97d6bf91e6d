import { RULE_SETS } from '../../rules/sets';
import type { Platform, RuleSetId } from '../../rules/types';
import { isLocked } from '../settings/managed';
import { isChecking, PLATFORMS } from '../settings/model';
import { summarise } from '../settings/stats';
import { useSettings } from '../settings/useSettings';

const SITE_NAMES: Record<Platform, string> = { facebook: 'Facebook', x: 'X (Twitter)', instagram: 'Instagram', nextdoor: 'Nextdoor' };
const HOUR = 3_600_000;

function Locked() {
  return <span class="lock" title="Your council has set this for you">🔒 Set by your council</span>;
}

export function Popup({ openOptions }: { openOptions: () => void }) {
  const s = useSettings();
  if (!s.loaded) return <p class="muted">Loading…</p>;
  const eff = s.effective;
  const now = Date.now();
  const paused = eff.pausedUntil !== null && now < eff.pausedUntil;
  const week = summarise(s.stats, now);

  return (
    <main aria-busy={s.policyPending}>
      {s.policyPending && <p class="notice" role="status">Checking your council's settings…</p>}
      <fieldset class="plain" disabled={s.policyPending}>
      <header class="row">
        <h1 class="grow">Think Twice</h1>
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={eff.enabled}
            disabled={isLocked(s.locked, 'enabled')}
            onChange={(e) => s.change('enabled', (d) => void (d.enabled = (e.target as HTMLInputElement).checked), 'Think Twice switched ' + ((e.target as HTMLInputElement).checked ? 'on' : 'off'))}
          />{' '}
          {eff.enabled ? 'On' : 'Off'}
        </label>
      </header>
      <p class="muted small">Checks your posts against your council's social-media policy. Nothing you type leaves this browser.</p>

      <div class="row">
        <span class="grow">{paused ? `Paused until ${new Date(eff.pausedUntil!).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : 'Need a break from warnings?'}</span>
        {paused ? (
          <button onClick={() => s.change('pausedUntil', (d) => void (d.pausedUntil = null), 'checking resumed')}>Resume now</button>
        ) : (
          <button disabled={!eff.enabled || isLocked(s.locked, 'pausedUntil')} onClick={() => s.change('pausedUntil', (d) => void (d.pausedUntil = Date.now() + HOUR), 'paused for an hour')}>
            Pause for an hour
          </button>
        )}
      </div>

      <div aria-live="polite" class="saved small">{s.saved}</div>
      {s.error && <p class="error" role="alert">{s.error}</p>}
      {s.refused.length > 0 && (
        <div class="notice" role="status">
          <strong>Some of your council's settings could not be used:</strong>
          <ul>{s.refused.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
      {s.notices.map((n) => <p class="notice" key={n}>{n}</p>)}

      <h2 id="sites-h">Sites</h2>
      <div role="group" aria-labelledby="sites-h">
        {PLATFORMS.map((site) => {
          const h = s.health[site];
          const on = isChecking(eff, site, now);
          const status = !eff.sites[site]
            ? 'Switched off'
            : !on
              ? 'Paused'
              : !h
                ? 'Not visited yet'
                : h.state === 'checking here'
                  ? 'Checking here'
                  : `Not checking here${h.reason ? `: ${h.reason}` : ''}`;
          const bad = on && h?.state === 'not checking here';
          return (
            <div class="row" key={site}>
              <input
                id={`site-${site}`}
                type="checkbox"
                role="switch"
                checked={eff.sites[site]}
                disabled={isLocked(s.locked, `sites.${site}`)}
                onChange={(e) => s.change(`sites.${site}`, (d) => void (d.sites[site] = (e.target as HTMLInputElement).checked), `${SITE_NAMES[site]}`)}
              />
              <label class="grow" for={`site-${site}`}>
                <strong>{SITE_NAMES[site]}</strong>
                <br />
                <span class={`small ${bad ? 'status-bad' : h?.state === 'checking here' && on ? 'status-ok' : 'muted'}`}>{status}</span>
              </label>
              {isLocked(s.locked, `sites.${site}`) && <Locked />}
            </div>
          );
        })}
      </div>

      <h2 id="sets-h">What to check</h2>
      <div role="group" aria-labelledby="sets-h">
        {RULE_SETS.map((set) => {
          const path = `ruleSets.${set.id}`;
          const value = eff.ruleSets[set.id] ?? set.default;
          const locked = isLocked(s.locked, path);
          const apply = (v: boolean | 'auto') => s.change(path, (d) => void (d.ruleSets[set.id as RuleSetId] = v), set.name);
          return (
            <div class="row" key={set.id} data-set={set.id}>
              {set.default === 'auto' ? (
                <select id={`set-${set.id}`} value={String(value)} disabled={locked} onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  void apply(v === 'auto' ? 'auto' : v === 'true');
                }}>
                  <option value="auto">Auto</option>
                  <option value="true">On</option>
                  <option value="false">Off</option>
                </select>
              ) : (
                <input id={`set-${set.id}`} type="checkbox" role="switch" checked={value !== false} disabled={locked} onChange={(e) => apply((e.target as HTMLInputElement).checked)} />
              )}
              <label class="grow" for={`set-${set.id}`}>
                <strong>{set.name}</strong>
                <br />
                <span class="small muted">{set.description}</span>
              </label>
              {locked && <Locked />}
            </div>
          );
        })}
      </div>

      <h2>This week</h2>
      <div class="figures" aria-label="This week's figures">
        <div class="figure"><strong data-testid="stat-shown">{week.totals.shown}</strong>warnings shown</div>
        <div class="figure"><strong data-testid="stat-changed">{week.totals.changed}</strong>drafts changed after a warning</div>
        <div class="figure"><strong data-testid="stat-posted-anyway">{week.totals.postedAnyway}</strong>posted anyway</div>
      </div>
      <p class="small muted">Counted only in this browser, never the text.</p>

      <p><button class="primary" onClick={openOptions}>Your council, lists and statistics…</button></p>
      </fieldset>
    </main>
  );
}
