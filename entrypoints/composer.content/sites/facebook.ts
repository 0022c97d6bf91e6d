import type { SiteAdapter } from './types';
import { textOf } from './find';

/** Comment and reply box labels (English; localised sites fall back to the structural tiers). */
const COMMENT_LABEL = /^(comment as|write a comment|write a public comment|answer as|reply to|write a reply|reply as)/i;

/**
 * Facebook (www., web., m.): Lexical editors. Posts in a role=dialog; comments and replies labelled
 * "Comment as…" / "Reply to…" / "Write a comment…". Submit: "Post" (Pages: "Next" then "Post";
 * the composer may be gone by then, which the controller handles), comments' focused-state submit.
 * Messenger chats are left alone.
 */
export const facebook: SiteAdapter = {
  platform: 'facebook',
  composers: [
    {
      kind: 'comment',
      tiers: [
        '[data-lexical-editor="true"][aria-label^="Comment as"], [data-lexical-editor="true"][aria-label^="Reply to"], [data-lexical-editor="true"][aria-label^="Write a comment"], [data-lexical-editor="true"][aria-label^="Write a public comment"], [data-lexical-editor="true"][aria-label^="Write a reply"], [data-lexical-editor="true"][aria-label^="Answer as"]',
        '[contenteditable="true"][role="textbox"][aria-label^="Comment as"], [contenteditable="true"][role="textbox"][aria-label^="Reply to"], [contenteditable="true"][role="textbox"][aria-label^="Write a comment"], textarea[aria-label^="Write a comment"], textarea[name="comment_text"]',
        'form [contenteditable="true"][role="textbox"]',
      ],
    },
    {
      kind: 'post',
      tiers: [
        '[role="dialog"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
        '[role="dialog"] [contenteditable="true"][role="textbox"]',
        '[role="dialog"] [contenteditable="true"], textarea[name="xc_message"]',
      ],
    },
  ],
  submitSelectors: ['[role="button"][aria-label="Post"]', 'button[aria-label="Post"]', '#focused-state-composer-submit [role="button"]', '[role="button"][aria-label="Comment"]', '[role="button"][aria-label="Reply"]'],
  submitLabels: ['Post', 'Share now', 'Comment', 'Reply'],
  stepLabels: ['Next'],
  exclude(el, where) {
    if (/^\/(messages|messenger)(\/|$)/.test(where.pathname)) return true;
    const label = el.getAttribute('aria-label') ?? '';
    if (/^(message|aa$|write to )/i.test(label)) return true;
    return !!el.closest('[aria-label^="Messenger"], [aria-label^="Chat with"], [aria-label^="Conversation with"], [data-testid="mwchat-tab"], [role="complementary"] [aria-label="Chats"]');
  },
  kindOf(el, kind) {
    const label = el.getAttribute('aria-label') ?? '';
    if (/^(reply to|write a reply|reply as)/i.test(label)) return 'reply';
    if (COMMENT_LABEL.test(label)) return 'comment';
    return kind;
  },
  parentTextOf(el, kind) {
    if (kind === 'post') return undefined;
    // The comment's post (or, for a reply, the comment) is the nearest article holding the box.
    const article = el.closest('[role="article"]');
    if (!article) return undefined;
    const message = article.querySelector('[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-testid="post-message"]');
    if (message) return textOf(message);
    const own = Array.from(article.querySelectorAll('[dir="auto"]')).find((d) => !d.closest('[contenteditable], form') && !d.contains(el));
    return textOf(own);
  },
};
