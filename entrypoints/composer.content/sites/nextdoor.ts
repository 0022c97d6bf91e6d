import type { SiteAdapter } from './types';
import { buttonLabel, BUTTONISH } from './find';

const LABELS = ['Post', 'Reply', 'Comment'];

function regionButtonLabel(el: Element): string | null {
  const region = el.closest('[role="dialog"], form');
  if (!region) return null;
  for (const b of Array.from(region.querySelectorAll(BUTTONISH))) {
    const l = buttonLabel(b).toLowerCase();
    const hit = LABELS.find((x) => x.toLowerCase() === l);
    if (hit) return hit;
  }
  return null;
}

/**
 * Nextdoor (nextdoor.com and country sites): no public code touches its composer, so the adapter
 * is generic: a visible contenteditable or textarea inside a role=dialog or form that holds a button
 * labelled Post, Reply or Comment.
 */
export const nextdoor: SiteAdapter = {
  platform: 'nextdoor',
  composers: [
    {
      kind: 'post',
      tiers: [
        '[role="dialog"] [contenteditable="true"], [role="dialog"] textarea',
        'form [contenteditable="true"], form textarea',
        'form input[type="text"]',
      ],
    },
  ],
  submitSelectors: [],
  submitLabels: LABELS,
  exclude(_el, where) {
    return /^\/(inbox|messages)(\/|$)/.test(where.pathname);
  },
  accept(el) {
    return regionButtonLabel(el) !== null;
  },
  kindOf(el, kind) {
    const l = regionButtonLabel(el);
    return l === 'Reply' ? 'reply' : l === 'Comment' ? 'comment' : kind;
  },
};
