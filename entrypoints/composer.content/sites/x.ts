import type { SiteAdapter } from './types';
import { textOf } from './find';

/**
 * X (x.com, twitter.com, mobile.*): Draft.js contenteditable `[data-testid^="tweetTextarea_"]`
 * (role=textbox) for the home composer, the modal, replies and each post of a thread; the mobile
 * layout uses a <textarea>. Submit is tweetButton (modal) / tweetButtonInline (home, inline reply)
 * in the toolBar, a sibling subtree of the editor. Ctrl/Cmd+Enter posts.
 */
export const x: SiteAdapter = {
  platform: 'x',
  composers: [
    {
      kind: 'post',
      tiers: [
        '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]',
        '[role="textbox"][contenteditable="true"][aria-label="Post text"], [role="textbox"][contenteditable="true"][aria-label="Tweet text"], textarea[aria-label="Post text"], textarea[aria-label="Tweet text"]',
        // Draft.js's own class names are stable API, not hashed.
        '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]',
      ],
    },
  ],
  submitSelectors: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]', '[data-testid="toolBar"] [role="button"][aria-label="Post"]', '[data-testid="toolBar"] button[aria-label="Reply"]'],
  // The side bar's "Post" only opens the composer: X's submit is recognised by test id alone.
  submitLabels: [],
  exclude(el, where) {
    if (/^\/(messages|i\/chat)(\/|$)/.test(where.pathname)) return true;
    return !!el.closest('[data-testid="DmActivityContainer"], [data-testid="DMDrawer"], [data-testid="dmComposerTextInput"], [data-testid="DMComposer"]');
  },
  kindOf(el, kind) {
    const region = el.closest('[role="dialog"]') ?? el.closest('[data-testid="inline_reply_offscreen"]') ?? el.parentElement?.closest('[data-testid="primaryColumn"]');
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
    if (/reply/i.test(label)) return 'reply';
    const placeholder = el.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent ?? '';
    if (/reply/i.test(placeholder)) return 'reply';
    if (region?.matches('[role="dialog"]') && /Replying to/.test(region.textContent ?? '')) return 'reply';
    return kind;
  },
  parentTextOf(el, kind) {
    if (kind !== 'reply') return undefined;
    // Reply modal: the post quoted above the editor. Status page: the focal post above the inline reply.
    const dialog = el.closest('[role="dialog"]');
    if (dialog) return textOf(dialog.querySelector('[data-testid="tweetText"]'));
    const column = el.closest('[data-testid="primaryColumn"], main') ?? el.ownerDocument;
    // Document order: the last post text before the composer.
    let last: Element | null = null;
    for (const n of Array.from(column.querySelectorAll('[data-testid="tweetText"], [data-testid^="tweetTextarea_"]'))) {
      if (n === el || n.contains(el)) break;
      if (n.getAttribute('data-testid') === 'tweetText') last = n;
    }
    return textOf(last);
  },
};
