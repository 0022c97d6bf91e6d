import type { SiteAdapter } from './types';

/**
 * Instagram: the caption is a Lexical contenteditable `div[aria-label="Write a caption..."]` in the
 * create dialog (submit "Share" in the header); comments are `textarea[aria-label="Add a comment…"]`
 * (older), a contenteditable (newer) or an <input> on reels, posted by the form's "Post" or Enter.
 * Direct messages are left alone.
 */
export const instagram: SiteAdapter = {
  platform: 'instagram',
  composers: [
    {
      kind: 'post',
      tiers: [
        'div[aria-label="Write a caption..."][contenteditable="true"], div[aria-label="Write a caption…"][contenteditable="true"]',
        '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption"]',
        '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]:not(form *)',
      ],
    },
    {
      kind: 'comment',
      tiers: [
        'textarea[aria-label="Add a comment…"], textarea[aria-label="Add a comment..."]',
        'textarea[aria-label^="Add a comment"], input[aria-label^="Add a comment"], [contenteditable="true"][aria-label^="Add a comment"], textarea[placeholder^="Add a comment"], input[placeholder^="Add a comment"]',
        'form textarea, form [contenteditable="true"][role="textbox"]',
      ],
    },
  ],
  submitSelectors: [],
  submitLabels: ['Post', 'Share'],
  exclude(el, where) {
    if (/^\/direct(\/|$)/.test(where.pathname)) return true;
    return /^message/i.test(el.getAttribute('aria-label') ?? '') || !!el.closest('[aria-label^="Direct"], [aria-label="Messages"]');
  },
  kindOf(el, kind) {
    const label = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';
    if (/caption/i.test(label)) return 'post';
    if (/comment|reply/i.test(label) || el.closest('form')) return 'comment';
    return kind;
  },
};
