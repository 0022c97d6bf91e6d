import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { Panel } from '../../components/Panel';
import type { Finding } from '../../rules/types';

// Preact renders into a linkedom document: enough to check the stable test hook and escaping.
const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
const saved: Record<string, unknown> = {};
beforeAll(() => {
  for (const k of ['document', 'window', 'Node', 'Element', 'HTMLElement', 'Event']) saved[k] = (globalThis as Record<string, unknown>)[k];
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
});
afterAll(() => Object.assign(globalThis, saved));

const text = 'Portal password is <img src=x onerror=alert(1)> ok';
const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'security/credentials',
  family: 'security',
  severity: 'stop',
  start: 19,
  end: 47,
  excerpt: text.slice(19, 47),
  title: 'Passwords, PINs and codes',
  message: 'This looks like a password.',
  action: 'Delete it.',
  policy: [{ file: '000_02512859952f4825.txt', section: 'Dos and don’ts', quote: 'Don’t share passwords.' }],
  ...over,
});

function mount(props: Partial<Parameters<typeof Panel>[0]> = {}) {
  const root = document.getElementById('root')!;
  const calls: string[] = [];
  render(
    h(Panel, {
      findings: [finding(), finding({ ruleId: 'tone/heated-reply', family: 'tone', severity: 'warn', start: 0, end: 6, excerpt: 'Portal' })],
      text,
      severity: 'stop',
      paused: false,
      onDismiss: (f) => calls.push(`dismiss:${f.ruleId}`),
      onEdit: () => calls.push('edit'),
      onPostAnyway: () => calls.push('post'),
      ...props,
    }),
    root,
  );
  return { root, calls };
}

describe('panel (stable test hook)', () => {
  it('carries data-testid, data-severity, and per-finding rule id and family', () => {
    const { root } = mount();
    const panel = root.querySelector('[data-testid="tt-panel"]')!;
    expect(panel.getAttribute('data-severity')).toBe('stop');
    const items = [...root.querySelectorAll('[data-testid="tt-finding"]')];
    expect(items.map((i) => `${i.getAttribute('data-rule-id')}|${i.getAttribute('data-family')}`)).toEqual(['security/credentials|security', 'tone/heated-reply|tone']);
    expect(root.querySelector('[data-testid="tt-pause"]')).toBeNull();
  });
  it('quotes the policy with council and section, and offers "Not this time"', () => {
    const { root } = mount();
    const first = root.querySelector('[data-testid="tt-finding"]')!;
    expect(first.querySelector('summary')!.textContent).toContain('Barnsley Council');
    expect(first.querySelector('blockquote p')!.textContent).toBe('Don’t share passwords.');
    expect(first.querySelector('[data-testid="tt-dismiss"]')!.textContent).toBe('Not this time');
  });
  it('shows page text as text: markup in the draft never becomes elements', () => {
    const { root } = mount();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
  it('when paused, shows Edit and Post anyway and announces it', () => {
    const { root } = mount({ paused: true });
    const pause = root.querySelector('[data-testid="tt-pause"]')!;
    expect(pause.getAttribute('role')).toBe('alertdialog');
    expect(pause.querySelector('[data-testid="tt-edit"]')!.textContent).toBe('Edit');
    expect(pause.querySelector('[data-testid="tt-post-anyway"]')!.textContent).toBe('Post anyway');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toMatch(/paused/);
  });
});
