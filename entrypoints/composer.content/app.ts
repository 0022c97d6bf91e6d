/**
 * The content script's controller: site adapter → read the draft → fast analysis → panel and
 * highlights → submit guard. Everything here fails open: any error, an invalidated extension
 * context or a composer we do not recognise lets the post through, and the popup is told
 * "not checking here" (design.md §4, §7).
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type * as Engine from './engine-entry';
import { SEVERITY_RANK, type ComposeContext, type ComposeKind, type Finding, type Settings, type Severity } from '../../rules/types';
import { Panel } from '../../components/Panel';
import { extractEditable, type Extracted } from './read';
import { isKeyboardSubmit } from './keyboard';
import { placePanel, type Rect } from './placement';
import { Highlighter } from './highlights';
import { adapterFor, type SiteAdapter } from './sites';
import { composerOf, findComposers, findSubmitFor, isEnabled, isVisible, pairButton, regionOf, submitButtonOf, submitButtonsIn, buttonLabel, BUTTONISH, mediaIn } from './sites/find';
import { FULL_ANALYSIS, MAX_FULL_CHARS, STAT, type FullAnalysisRequest, type FullAnalysisResponse, type StatMessage } from './messages';
import type { StatEvent } from '../../components/settings/stats';
import { checkingState, createHealthRecorder, effectiveSettings, HEALTH_KEY, SETTINGS_KEY, SETTINGS_META_KEY } from './storage';
import { toEngineSettings as toEngineSettingsOf, type StoredSettings } from '../../components/settings/model';

const DEBOUNCE_MS = 120;
const FULL_DEBOUNCE_MS = 600;
/** A full-analysis request older than this without an answer is asked again. */
const FULL_STALE_MS = 10_000;
const POLL_MS = 1000;
/** After this long, the page's own start-up is over and the rules can be preloaded at idle. */
const SETTLE_MS = 1500;
const SCAN_MS = 300;
/** After Post anyway, if the draft is still there this long after the replay, the user is asked to press Post again. */
const REPLAY_CHECK_MS = 1200;
/** How long a "Post anyway" stands for its unchanged text. */
const APPROVAL_MS = 60_000;

interface Watch {
  el: Element;
  kind: ComposeKind;
  tier: number;
  region: Element | null;
  text: string;
  extracted: Extracted<Node> | null;
  fast: Finding[];
  full: { text: string; findings: Finding[] } | null;
  /** Findings the member set aside with "Not this time", by rule and words. */
  dismissed: Set<string>;
  lastActive: number;
  /**
   * "Post anyway" for this exact text: one final submit goes through (our replay, or the member's
   * next press if a site ignored the replay). Step buttons (Pages' Next) do not use it up.
   */
  approved: { text: string; until: number } | null;
  /** Where the caret last was in a contenteditable, so Edit can put it back (the page's Post button takes focus). */
  caret: Range | null;
  /** Per-composer incremental analysis: a keystroke in a long draft re-checks only the block that changed. */
  inc: Engine.IncrementalAnalyzer | null;
  /** Findings shown for this draft (by rule and words), for the private counts. */
  shown: Map<string, Finding['family']>;
  /** When the draft last went to the site, so a cleared composer after posting is not counted as a change. */
  submittedAt: number;
  abort: AbortController;
  observer: MutationObserver;
  timer: number | undefined;
  fullTimer: number | undefined;
  fullPending: { text: string; at: number } | null;
}

interface Pause {
  w: Watch;
  text: string;
  trigger: 'click' | 'key';
  /** The button originally pressed (React may have replaced it since). */
  button: Element | null;
  key: KeyboardEventInit | null;
  keyTarget: Element | null;
  resolved: boolean;
}

/** The engine module, built apart from this script (see wxt.config.ts). */
export const ENGINE_FILE = '/engine.js';

function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

const findingKey = (f: Finding) => `${f.ruleId}|${f.excerpt}`;

/**
 * Test-only fault trigger for the end-to-end "an exception inside the content script lets posts
 * through" test: when the page's <html> carries data-think-twice-test-fault="analyze", analysis
 * throws. It can only make Think Twice fail open (stop checking), never block or alter a post, so
 * a site setting it by accident or on purpose gains nothing it could not get by hiding its composer.
 */
function testFault(): boolean {
  return document.documentElement.getAttribute('data-think-twice-test-fault') === 'analyze';
}

export async function startThinkTwice(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  const site = adapter.platform;
  const health = createHealthRecorder(site, async (update) => {
    if (ctx.isInvalid) return;
    const got = await browser.storage.local.get(HEALTH_KEY);
    await browser.storage.local.set({ [HEALTH_KEY]: update(got[HEALTH_KEY]) });
  });
  const c = new Controller(ctx, adapter, health);
  // The guard is installed first, at document_start, so it runs before the site's own listeners.
  c.installGuard();
  try {
    await c.loadSettings();
    if (document.readyState === 'loading') await new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
    if (ctx.isInvalid) return;
    await c.mountUi();
    c.startWatching();
    document.documentElement.dataset.thinkTwice = 'ready';
    c.reportStart();
  } catch (e) {
    health('not checking here', `could not start: ${e instanceof Error ? e.message : String(e)}`);
  }
}

class Controller {
  private settings: Settings = {};
  private stored: StoredSettings | null = null;
  private engine: typeof Engine | null = null;
  private engineLoad: Promise<void> | null = null;
  private watches = new Map<Element, Watch>();
  private active: Watch | null = null;
  private pause: Pause | null = null;
  private note = '';
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private panelRoot: HTMLElement | null = null;
  private highlighter: Highlighter | null = null;
  private scanTimer: number | undefined;
  private rafPending = false;
  private panelShown = false;

  constructor(
    private ctx: ContentScriptContext,
    private adapter: SiteAdapter,
    private health: (state: 'checking here' | 'not checking here', reason: string) => void,
  ) {}

  private get where() {
    return { hostname: location.hostname, pathname: location.pathname };
  }

  // ---- settings -------------------------------------------------------------------------------

  async loadSettings(): Promise<void> {
    await this.readSettings();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || SETTINGS_META_KEY in changes))) {
        void this.readSettings().then(() => this.safely(() => this.recheckAll()));
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    this.ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  }

  /** Settings from storage (defaults if unreadable), with the council's managed policy over them. */
  private settingsReads = 0;
  private enginePreloadQueued = false;

  private async readSettings(): Promise<void> {
    // Changes can come in quick succession and each read awaits storage (the first managed read can
    // take seconds): only the latest read may apply, or a stale one could land last.
    const read = ++this.settingsReads;
    let stored: unknown;
    let meta: unknown;
    let managed: unknown;
    try {
      const got = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_META_KEY]);
      stored = got[SETTINGS_KEY];
      meta = got[SETTINGS_META_KEY];
    } catch {
      /* defaults */
    }
    try {
      const all = await browser.storage.managed?.get(null);
      if (all && Object.keys(all).length) managed = all;
    } catch {
      // No managed storage (Firefox without a policy): the member's own settings stand.
    }
    if (read !== this.settingsReads) return;
    try {
      this.stored = effectiveSettings(stored, meta, managed);
    } catch {
      this.stored = effectiveSettings(undefined, undefined, undefined);
    }
    this.settings = toEngineSettingsOf(this.stored);
  }

  /** Checking is on for this site now (master switch, site switch, "pause for an hour"). */
  private get checking(): boolean {
    return !!this.stored && checkingState(this.stored, this.adapter.platform).on;
  }

  reportStart(): void {
    if (this.checking) this.health('checking here', 'watching for composers');
    else this.health('not checking here', 'switched off in Think Twice');
  }

  private recheckAll(): void {
    for (const w of this.watches.values()) {
      w.full = null;
      w.inc = null;
      w.text = '\u0000';
      this.update(w);
    }
    this.reportStart();
  }

  // ---- UI ---------------------------------------------------------------------------------------

  async mountUi(): Promise<void> {
    const ui = await createShadowRootUi<void>(this.ctx, {
      name: 'think-twice-panel',
      position: 'inline',
      mode: 'open',
      isolateEvents: true,
      // Outside the site's React tree: a child of <html>, after <body>.
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container) => {
        container.className = 'tt-layer';
        this.panelRoot = document.createElement('div');
        const boxes = document.createElement('div');
        container.append(this.panelRoot, boxes);
        this.highlighter = new Highlighter(container, (n) => ui.shadowHost.setAttribute('data-highlights', String(n)));
      },
      onRemove: () => {
        if (this.panelRoot) render(null, this.panelRoot);
        this.highlighter?.destroy();
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-highlights', '0');
    this.ui = ui;
  }

  private renderPanel(): void {
    if (!this.panelRoot || !this.ui) return;
    // The page may have thrown our host out (a body/html re-render): put it back.
    if (!this.ui.shadowHost.isConnected) document.documentElement.append(this.ui.shadowHost);
    const w = this.pause?.w ?? this.active;
    const findings = w ? this.visibleFindings(w) : [];
    const show = !!w && (!!this.pause || (findings.length > 0 && w.text.trim() !== ''));
    if (!show || !w) {
      render(null, this.panelRoot);
      this.panelShown = false;
      this.highlighter?.clear();
      return;
    }
    render(
      h(Panel, {
        findings,
        text: this.pause?.text ?? w.text,
        severity: worstSeverity(findings),
        paused: !!this.pause,
        note: this.note,
        onDismiss: (f, e) => this.onDismiss(w, f, e),
        onEdit: (e) => this.onEdit(e),
        onPostAnyway: (e) => this.onPostAnyway(e),
      }),
      this.panelRoot,
    );
    this.panelShown = true;
    if (!this.pause) for (const f of findings) if (!w.shown.has(findingKey(f))) {
      w.shown.set(findingKey(f), f.family);
      this.stat('shown', f.family);
    }
    // For tests and support: whether the worker's full analysis (NLP) stands for the text shown.
    this.ui.shadowHost.setAttribute('data-analysis', w.full && w.full.text === w.text ? 'full' : 'fast');
    this.highlighter?.render(w.el.isConnected ? { el: w.el, extracted: w.extracted } : null, findings);
    this.position();
  }

  /** Fixed beside the composer, never over the text nor the Post button. */
  private position(): void {
    const panel = this.panelRoot?.firstElementChild as HTMLElement | null;
    const w = this.pause?.w ?? this.active;
    if (!panel || !w) return;
    const vp = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const rect = (el: Element): Rect => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    const live = w.el.isConnected && w.el.getClientRects().length > 0;
    const button = live ? findSubmitFor(this.adapter, w.el) : this.pause?.button ?? null;
    const region = w.region?.isConnected ? w.region : null;
    // A hidden composer (Facebook Pages' settings step) is represented by its dialog.
    const anchor = live ? rect(w.el) : region && region.getClientRects().length ? rect(region) : button?.isConnected ? rect(button) : { top: vp.height - 1, left: vp.width - 1, width: 0, height: 0 };
    const avoid = [...(button?.isConnected ? [button] : []), ...this.stepButtons(w)].map(rect);
    // Other composers the member can see and may click next: those in the same dialog (or, outside
    // dialogs, the page's); a modal hides the rest.
    const layer = w.el.closest('[role="dialog"]');
    const spare = [...this.watches.values()]
      .filter((o) => o !== w && o.el.isConnected && o.el.getClientRects().length > 0 && o.el.closest('[role="dialog"]') === layer)
      .map((o) => rect(o.el));
    const size = { width: panel.offsetWidth || 360, height: Math.max(panel.offsetHeight, panel.scrollHeight) };
    // A composer scrolled right out of view takes its panel with it (a pause always stays in view).
    const gone = live && !this.pause && (anchor.top + anchor.height < 0 || anchor.top > vp.height || anchor.left + anchor.width < 0 || anchor.left > vp.width);
    panel.style.visibility = gone ? 'hidden' : '';
    const p = placePanel(anchor, avoid, size, vp, spare);
    panel.style.top = `${Math.round(p.top)}px`;
    panel.style.left = `${Math.round(p.left)}px`;
    panel.style.maxHeight = `${Math.max(80, Math.floor(p.maxHeight))}px`;
    panel.dataset.side = p.side;
  }

  /** The buttons that carry a post forward in the composer's dialog or form (Post, Share, and Pages' Next). */
  private stepButtons(w: Watch): Element[] {
    const region = w.region?.isConnected ? w.region : null;
    if (!region || !region.matches('[role="dialog"], form')) return [];
    const labels = new Set([...this.adapter.submitLabels, 'Next'].map((l) => l.toLowerCase()));
    return Array.from(region.querySelectorAll(BUTTONISH)).filter((b) => labels.has(buttonLabel(b).toLowerCase()) && b.getClientRects().length > 0);
  }

  private scheduleReposition = () => {
    if (this.rafPending || !this.panelShown) return;
    this.rafPending = true;
    this.ctx.requestAnimationFrame(() => {
      this.rafPending = false;
      this.safely(() => {
        this.position();
        this.highlighter?.reposition();
      });
    });
  };

  // ---- watching composers ---------------------------------------------------------------------

  startWatching(): void {
    const observer = new MutationObserver(() => this.scanSoon());
    observer.observe(document.documentElement, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => {
      observer.disconnect();
      for (const w of [...this.watches.values()]) this.detach(w);
      delete document.documentElement.dataset.thinkTwice;
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scanSoon());
    this.ctx.addEventListener(window, 'focusin', (e: FocusEvent) => this.safely(() => this.onFocus(e)), { capture: true });
    this.ctx.addEventListener(document, 'selectionchange', () => this.safely(() => this.rememberCaret()));
    this.ctx.addEventListener(window, 'scroll', this.scheduleReposition, { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', this.scheduleReposition, { passive: true });
    // Slow poll of the active composer while a panel shows: a React-reset textarea fires nothing.
    this.ctx.setInterval(() => {
      if (this.active && this.panelShown && !this.pause) this.safely(() => this.update(this.active!));
    }, POLL_MS);
    this.scan();
  }

  private scanSoon(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = this.later(() => {
      this.scanTimer = undefined;
      this.safely(() => this.scan());
    }, SCAN_MS);
  }

  private scan(): void {
    for (const found of findComposers(this.adapter, document, this.where)) {
      if (!this.watches.has(found.el)) this.attach(found.el, found.kind, found.tier);
    }
    let shownGone = false;
    for (const w of [...this.watches.values()]) {
      if (w.el.isConnected) continue;
      // Facebook Pages' "Next" screen: the composer is gone but its dialog still posts it.
      const keep = w === this.pause?.w || (!!w.region?.isConnected && w.text.trim() !== '');
      if (keep) continue;
      // A dialog that closed after posting takes its composer, and so its panel, with it.
      if (w === this.active) shownGone = true;
      this.detach(w);
    }
    if (shownGone) this.renderPanel();
    // The composer and its dialog are gone (closed while paused): nothing is left to post or edit.
    if (this.pause && !this.pause.w.el.isConnected && !this.pause.w.region?.isConnected) {
      const gone = this.pause.w;
      this.pause = null;
      this.detach(gone);
      this.renderPanel();
    }
    if (this.active && !this.watches.has(this.active.el)) {
      this.active = null;
      this.renderPanel();
    }
  }

  private rememberCaret(): void {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    const w = r.startContainer instanceof Element ? this.watchOf(r.startContainer) : r.startContainer.parentElement ? this.watchOf(r.startContainer.parentElement) : null;
    if (w && !(w.el instanceof HTMLTextAreaElement || w.el instanceof HTMLInputElement)) w.caret = r.cloneRange();
  }

  /** Focus back to the composer with the caret where it was: a selection change only, never an edit. */
  private refocus(w: Watch): void {
    const el = w.el as HTMLElement;
    if (!el.isConnected) return;
    el.focus({ preventScroll: true });
    const r = w.caret;
    if (r && el.contains(r.startContainer) && el.contains(r.endContainer)) {
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(r);
    }
  }

  private onFocus(e: FocusEvent): void {
    const t = e.target;
    if (!(t instanceof Element) || this.isOurs(e)) return;
    let w = this.watchOf(t);
    if (!w) {
      const found = composerOf(this.adapter, t, this.where);
      if (found && isVisible(found.el)) w = this.attach(found.el, found.kind, found.tier);
    }
    if (w) this.loadEngine();
    if (w && w !== this.active) {
      this.active = w;
      w.lastActive = Date.now();
      if (!this.pause) this.renderPanel();
    }
  }

  private attach(el: Element, kind: ComposeKind, tier: number): Watch {
    const abort = new AbortController();
    const w: Watch = {
      el,
      kind,
      tier,
      region: regionOf(this.adapter, el),
      text: '',
      extracted: null,
      fast: [],
      full: null,
      dismissed: new Set(),
      lastActive: 0,
      approved: null,
      caret: null,
      inc: null,
      shown: new Map(),
      submittedAt: 0,
      abort,
      observer: new MutationObserver(() => this.schedule(w)),
      timer: undefined,
      fullTimer: undefined,
      fullPending: null,
    };
    const onEdit = () => {
      this.loadEngine();
      this.schedule(w);
    };
    for (const type of ['input', 'keyup', 'paste', 'cut', 'compositionend']) el.addEventListener(type, onEdit, { signal: abort.signal, passive: true });
    // Draft.js often cancels native input events: the observer sees every change to the editor's DOM.
    w.observer.observe(el, { childList: true, subtree: true, characterData: true });
    this.watches.set(el, w);
    // An autofocused composer (a create-post dialog) gets no focus event from us: load the rules now.
    // Otherwise they load on focus, or once the page has settled (idle, after its own start-up), so
    // they are ready before the member's first words without competing with the site's loading.
    const focused = document.activeElement;
    if (focused && (el === focused || el.contains(focused))) {
      this.loadEngine();
      this.active ??= w;
    } else if (!this.engineLoad && !this.enginePreloadQueued) {
      this.enginePreloadQueued = true;
      this.ctx.setTimeout(() => this.ctx.requestIdleCallback(() => this.loadEngine(), { timeout: 2000 }), SETTLE_MS);
    }
    if (this.checking) this.health('checking here', `reading the ${kind} composer`);
    this.safely(() => this.update(w));
    return w;
  }

  /**
   * The rules arrive with the first composer (at once if it is focused or holds a draft, else when
   * the page is idle): imported from our own packaged file (a web-accessible resource), so pages
   * without a composer never load them and page load never waits for them. Until they arrive, or
   * if they cannot load, posting is untouched (fail open).
   */
  private loadEngine(): void {
    this.engineLoad ??= (async () => {
      try {
        const url = (browser.runtime.getURL as (p: string) => string)(ENGINE_FILE);
        const t0 = performance.now();
        this.engine = (await import(/* @vite-ignore */ url)) as typeof Engine;
        // For the browser benchmark and support: what loading the rules cost.
        this.ui?.shadowHost.setAttribute('data-engine-ms', (performance.now() - t0).toFixed(0));
      } catch (e) {
        this.health('not checking here', `the rules could not load: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      for (const w of this.watches.values()) {
        w.text = '\u0000';
        this.safely(() => this.update(w));
      }
    })();
  }

  private detach(w: Watch): void {
    w.abort.abort();
    w.observer.disconnect();
    clearTimeout(w.timer);
    clearTimeout(w.fullTimer);
    this.watches.delete(w.el);
    if (this.active === w) this.active = null;
  }

  private watchOf(t: Element): Watch | null {
    for (const w of this.watches.values()) if (w.el === t || w.el.contains(t)) return w;
    return null;
  }

  private schedule(w: Watch): void {
    clearTimeout(w.timer);
    w.timer = this.later(() => this.safely(() => this.update(w)), DEBOUNCE_MS);
  }

  // ---- reading and analysing ------------------------------------------------------------------

  /** The draft as it stands, read from the DOM (never written). */
  private read(w: Watch): { text: string; extracted: Extracted<Node> | null } {
    if (!w.el.isConnected) return { text: w.text, extracted: null };
    if (w.el instanceof HTMLTextAreaElement || w.el instanceof HTMLInputElement) return { text: w.el.value, extracted: null };
    const extracted = extractEditable<Node>(w.el);
    return { text: extracted.text, extracted };
  }

  /** What the adapter can tell the rules about this draft; a missing field means unknown. */
  private contextOf(w: Watch): ComposeContext {
    const c: ComposeContext = { platform: this.adapter.platform, kind: w.kind, now: Date.now() };
    try {
      const region = w.region?.isConnected ? w.region : w.el.parentElement;
      const media = mediaIn(region);
      if (media) Object.assign(c, media);
      const parent = w.el.isConnected ? this.adapter.parentTextOf?.(w.el, w.kind) : undefined;
      if (parent) c.parentText = parent;
    } catch {
      /* Context is a hint: without it the rules still answer. */
    }
    return c;
  }

  private analyzeFast(text: string, w: Watch): Finding[] {
    if (testFault()) throw new Error('test fault: analysis disabled by data-think-twice-test-fault');
    if (!this.engine) throw new Error('the rules are not loaded');
    w.inc ??= this.engine.createIncrementalAnalyzer({ analyzeOptions: { mode: 'fast' } });
    return w.inc.analyze(text, this.contextOf(w), this.settings);
  }

  private update(w: Watch): void {
    if (this.ctx.isInvalid) return;
    if (!this.engine) {
      // The rules load with the first draft (or the first focus in a composer), not with the page.
      if (this.read(w).text.trim() !== '') this.loadEngine();
      return;
    }
    const { text, extracted } = this.read(w);
    w.extracted = extracted;
    if (text === w.text && w.fast) {
      // Same text, maybe re-rendered nodes: keep the highlights on the live nodes.
      if (this.active === w && this.panelShown) this.renderPanel();
      this.requestFull(w);
      return;
    }
    w.text = text;
    // The panel follows the composer being typed in: a change elsewhere (a site clearing another
    // box, a re-check after settings change) never takes it away.
    const focused = document.activeElement;
    if (!this.pause && ((focused && (w.el === focused || w.el.contains(focused))) || (!this.active && text.trim() !== ''))) {
      this.active = w;
      w.lastActive = Date.now();
    }
    if (!this.checking) {
      // Switched off, or paused for an hour: nothing shown, nothing held.
      w.fast = [];
      w.full = null;
      this.renderPanel();
      return;
    }
    try {
      const t0 = performance.now();
      w.fast = text.trim() === '' ? [] : this.analyzeFast(text, w);
      // For the browser benchmark and support: what the last fast-path check cost this page.
      this.ui?.shadowHost.setAttribute('data-analysis-ms', (performance.now() - t0).toFixed(1));
      this.health('checking here', `reading the ${w.kind} composer`);
    } catch (e) {
      w.fast = [];
      this.health('not checking here', `an error stopped the check: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.countChanges(w);
    if (this.note && !this.pause) this.note = '';
    this.renderPanel();
    this.requestFull(w);
  }

  /** Private counts, never text: sent to the worker, which keeps them in this browser. */
  private stat(event: StatEvent, family: Finding['family']): void {
    if (this.ctx.isInvalid) return;
    const msg: StatMessage = { type: STAT, record: { event, family, site: this.adapter.platform } };
    browser.runtime.sendMessage(msg).catch(() => undefined);
  }

  /** A warning shown earlier that is gone from the edited draft counts as "changed". */
  private countChanges(w: Watch): void {
    if (w.shown.size === 0) return;
    if (w.text.trim() === '') {
      // Cleared: by the site after posting (not a change), or by the member giving up on it (a change).
      if (Date.now() - w.submittedAt > 5000) for (const fam of new Set(w.shown.values())) this.stat('changed', fam);
      w.shown.clear();
      return;
    }
    const now = new Set(this.findingsFor(w, w.text, w.fast).map(findingKey));
    for (const [key, fam] of [...w.shown]) {
      if (now.has(key) || w.dismissed.has(key)) continue;
      w.shown.delete(key);
      this.stat('changed', fam);
    }
  }

  /**
   * The full analysis (NLP) in the worker, later and off the page. The fast-path answer stands
   * until it comes; a late answer still counts if the text has not changed since; a lost one is
   * asked for again on the next check.
   */
  private requestFull(w: Watch): void {
    if (!this.checking || w.text.trim() === '' || w.text.length > MAX_FULL_CHARS || testFault()) return;
    if (w.full?.text === w.text) return;
    if (w.fullPending && w.fullPending.text === w.text && Date.now() - w.fullPending.at < FULL_STALE_MS) return;
    clearTimeout(w.fullTimer);
    w.fullTimer = this.later(() => {
      const text = w.text;
      if (this.ctx.isInvalid || text.trim() === '') return;
      w.fullPending = { text, at: Date.now() };
      const req: FullAnalysisRequest = { type: FULL_ANALYSIS, text, context: this.contextOf(w), settings: this.settings };
      (browser.runtime.sendMessage(req) as Promise<FullAnalysisResponse | undefined>)
        .then((res) => {
          if (w.fullPending?.text === text) w.fullPending = null;
          // For support and tests: why the full analysis did not stand (the fast path does).
          if (!res || !res.ok) this.ui?.shadowHost.setAttribute('data-full-error', res?.error ?? 'no answer');
          if (!res || !res.ok || !Array.isArray(res.findings) || w.text !== text || this.ctx.isInvalid) return;
          w.full = { text, findings: res.findings };
          if (this.active === w && !this.pause) this.renderPanel();
        })
        .catch((e) => {
          // The worker is asleep or gone: the fast path stands.
          if (w.fullPending?.text === text) w.fullPending = null;
          this.ui?.shadowHost.setAttribute('data-full-error', e instanceof Error ? e.message : String(e));
        });
    }, FULL_DEBOUNCE_MS);
  }

  /** Fast-path findings plus the worker's for the same text, less those set aside. */
  private findingsFor(w: Watch, text: string, fast: Finding[]): Finding[] {
    const all = new Map<string, Finding>();
    for (const f of fast) all.set(`${f.ruleId}:${f.start}:${f.end}`, f);
    if (w.full && w.full.text === text) for (const f of w.full.findings) if (!all.has(`${f.ruleId}:${f.start}:${f.end}`)) all.set(`${f.ruleId}:${f.start}:${f.end}`, f);
    return [...all.values()].filter((f) => !w.dismissed.has(findingKey(f))).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private visibleFindings(w: Watch): Finding[] {
    return this.findingsFor(w, w.text, w.fast);
  }

  private onDismiss(w: Watch, f: Finding, e: Event): void {
    if (!e.isTrusted) return;
    w.dismissed.add(findingKey(f));
    if (this.pause?.w === w && !this.findingsFor(w, this.pause.text, this.analyzeFastSafe(this.pause.text, w)).some((x) => x.severity === 'stop')) {
      // Nothing serious left: the pause lifts, and the member presses Post themselves.
      this.pause = null;
      this.note = 'Nothing serious left. Press Post when ready.';
    }
    this.renderPanel();
  }

  private analyzeFastSafe(text: string, w: Watch): Finding[] {
    try {
      return this.analyzeFast(text, w);
    } catch {
      return [];
    }
  }

  // ---- the submit guard -------------------------------------------------------------------------

  installGuard(): void {
    // Window-level capture listeners registered at document_start run before React's root
    // listeners and Lexical's, so a paused post never reaches the site.
    this.ctx.addEventListener(window, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
    this.ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => this.onKeydown(e), { capture: true });
  }

  private isOurs(e: Event): boolean {
    const host = this.ui?.shadowHost;
    return !!host && (e.target === host || e.composedPath().includes(host));
  }

  private onClick(e: MouseEvent): void {
    if (this.ctx.isInvalid || !this.ui) return;
    try {
      if (this.isOurs(e)) return;
      const target = e.composedPath()[0] ?? e.target;
      if (!(target instanceof Element)) return;
      const button = submitButtonOf(this.adapter, target);
      if (!button) return;
      const w = this.pairFor(button);
      if (!w) {
        const region = button.closest('[role="dialog"], form');
        if (region?.querySelector('[contenteditable="true"], textarea')) this.health('not checking here', 'a Post button was pressed beside a composer Think Twice does not recognise');
        return;
      }
      if (!isEnabled(button)) return;
      this.guard(e, w, 'click', button, null);
    } catch (err) {
      this.failOpen(err);
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.ctx.isInvalid || !this.ui) return;
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
    try {
      if (this.isOurs(e)) return;
      const target = e.composedPath()[0] ?? e.target;
      if (!(target instanceof Element)) return;
      let w = this.watchOf(target);
      if (!w) {
        const found = composerOf(this.adapter, target, this.where);
        if (found) w = this.attach(found.el, found.kind, found.tier);
      }
      if (!w) return;
      const singleLine = w.el instanceof HTMLInputElement;
      if (!isKeyboardSubmit(e, { platform: this.adapter.platform, kind: w.kind, singleLine })) return;
      const key: KeyboardEventInit = { key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
      this.guard(e, w, 'key', null, { key, target });
    } catch (err) {
      this.failOpen(err);
    }
  }

  private pairFor(button: Element): Watch | null {
    return pairButton(button, [...this.watches.values()]);
  }

  /** Decide synchronously: pause when a stop-level finding stands on the text as it is now. */
  private guard(e: Event, w: Watch, trigger: 'click' | 'key', button: Element | null, key: { key: KeyboardEventInit; target: Element } | null): void {
    if (!this.checking) return;
    const { text, extracted } = this.read(w);
    if (text.trim() === '') return;
    // Whatever happens next, a composer emptied soon after this is the site posting it.
    w.submittedAt = Date.now();
    if (w.approved && w.approved.text === text && Date.now() < w.approved.until) {
      // A step (Pages' Next) keeps the approval for the final Post; the final submit uses it up.
      if (!(button && this.isStep(button))) w.approved = null;
      return;
    }
    // Throws on our own fault: the caller lets the post through.
    const fast = this.analyzeFast(text, w);
    const standing = this.findingsFor(w, text, fast);
    if (!standing.some((f) => f.severity === 'stop')) {
      if (this.pause?.w === w) {
        this.pause = null;
        this.renderPanel();
      }
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    w.text = text;
    w.extracted = extracted;
    w.fast = fast;
    if (this.pause && !this.pause.resolved) {
      // Already paused: it stays paused (a page's synthetic click never confirms it). Back to Edit.
      this.renderPanel();
      this.focusEdit();
      return;
    }
    this.pause = { w, text, trigger, button, key: key?.key ?? null, keyTarget: key?.target ?? null, resolved: false };
    this.active = w;
    this.note = '';
    this.renderPanel();
  }

  private focusEdit(): void {
    (this.ui?.shadow.querySelector('[data-testid="tt-edit"]') as HTMLElement | null)?.focus();
  }

  private onEdit(e: Event): void {
    if (!e.isTrusted || !this.pause) return;
    const w = this.pause.w;
    this.pause = null;
    this.note = '';
    this.renderPanel();
    // Back to the composer, draft untouched, caret where it was (a textarea keeps its own).
    this.refocus(w);
  }

  private isStep(button: Element): boolean {
    const l = buttonLabel(button).toLowerCase();
    return !!this.adapter.stepLabels?.some((x) => x.toLowerCase() === l);
  }

  private onPostAnyway(e: Event): void {
    // Only the member's own press resolves it, and only once (a double click posts once).
    if (!e.isTrusted || !this.pause || this.pause.resolved) return;
    const p = this.pause;
    p.resolved = true;
    this.pause = null;
    this.note = '';
    this.renderPanel();
    p.w.approved = { text: p.text, until: Date.now() + APPROVAL_MS };
    for (const fam of new Set(this.findingsFor(p.w, p.text, p.w.fast).filter((f) => f.severity === 'stop').map((f) => f.family))) this.stat('postedAnyway', fam);
    p.w.submittedAt = Date.now();
    const button = this.requerySubmit(p);
    if (button) (button as HTMLElement).click();
    else if (p.trigger === 'key' && p.key && p.keyTarget?.isConnected) p.keyTarget.dispatchEvent(new KeyboardEvent('keydown', p.key));
    else {
      this.armRetry(p, 'Think Twice could not press Post for you. Press Post again to send.');
      return;
    }
    // Real sites may ignore untrusted clicks: if the draft is still there, the member's next press goes through.
    this.ctx.setTimeout(() => {
      if (this.pause) return;
      const now = this.read(p.w).text;
      if (p.w.el.isConnected && p.w.el.getClientRects().length > 0 && now.trim() !== '' && now === p.text) this.armRetry(p, 'If it has not sent, press Post again: Think Twice will let it through.');
    }, REPLAY_CHECK_MS);
  }

  private armRetry(p: Pause, note: string): void {
    p.w.approved = { text: p.text, until: Date.now() + APPROVAL_MS };
    this.note = note;
    this.active = p.w;
    this.renderPanel();
  }

  /** The submit button as it is now (React may have replaced the one pressed), if enabled. */
  private requerySubmit(p: Pause): Element | null {
    const scope = p.w.el.isConnected ? null : p.w.region;
    let candidates: Element[];
    if (scope?.isConnected) candidates = submitButtonsIn(this.adapter, scope).filter((b) => isVisible(b));
    else {
      const b = p.w.el.isConnected ? findSubmitFor(this.adapter, p.w.el) : null;
      const region = b ? b.closest('[role="dialog"], form') ?? b.parentElement?.parentElement ?? null : null;
      candidates = b ? [b, ...(region ? submitButtonsIn(this.adapter, region).filter((x) => x !== b && isVisible(x)) : [])] : [];
    }
    if (p.button) {
      const same = (b: Element) =>
        b === p.button || (p.button!.getAttribute('data-testid') !== null && b.getAttribute('data-testid') === p.button!.getAttribute('data-testid')) || buttonLabel(b) === buttonLabel(p.button!);
      candidates.sort((a, b) => Number(same(b)) - Number(same(a)));
    }
    return candidates.find((b) => b.isConnected && isEnabled(b)) ?? null;
  }

  private failOpen(err: unknown): void {
    this.health('not checking here', `an error stopped the check: ${err instanceof Error ? err.message : String(err)}`);
  }

  /**
   * A timer for the timers set on every keystroke (debounce, full analysis, rescan). Not
   * ctx.setTimeout: WXT's adds an 'abort' listener to the context's signal per call and never removes
   * it, so a long session would pile up thousands of closures. Ours does nothing once the context is
   * invalidated (the extension updated or removed), and detach() clears a watch's pending timers.
   */
  private later(fn: () => void, ms: number): number {
    return window.setTimeout(() => {
      if (this.ctx.isValid) fn();
    }, ms);
  }

  private safely(fn: () => void): void {
    if (this.ctx.isInvalid) return;
    try {
      fn();
    } catch (e) {
      this.failOpen(e);
    }
  }
}
