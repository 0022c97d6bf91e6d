import type { ComposeKind, Platform } from '../../../rules/types';

/** One kind of composer on a site, found by ordered fallback selectors: test id → ARIA + role → structure. */
export interface ComposerSpec {
  kind: ComposeKind;
  /** Tried in order; the first tier that finds an accepted composer wins, the later tiers are fallbacks. */
  tiers: string[];
}

export interface Where {
  hostname: string;
  pathname: string;
}

/**
 * What Think Twice knows about one site. Adapters are data plus small predicates, never hashed
 * class names; the shared machinery in ./find.ts does the walking.
 */
export interface SiteAdapter {
  platform: Platform;
  composers: ComposerSpec[];
  /** Submit buttons, ordered fallbacks. */
  submitSelectors: string[];
  /** Labels (aria-label or text, compared case-insensitively) that also mark a submit button. */
  submitLabels: string[];
  /**
   * Buttons that carry a draft one step towards posting (Facebook Pages' "Next"): the guard pauses
   * there, while the draft is still on screen, rather than at the final "Post".
   */
  stepLabels?: string[];
  /** Composers to leave alone: DMs, Messenger, search boxes. */
  exclude(el: Element, where: Where): boolean;
  /** Refine the kind of a found composer (a reply in a post dialog, a caption vs a comment). */
  kindOf?(el: Element, specKind: ComposeKind): ComposeKind;
  /** The text of the post or comment being replied to, when the page shows it (read-only). */
  parentTextOf?(el: Element, kind: ComposeKind): string | undefined;
  /** Extra acceptance test (Nextdoor: the region must hold a Post/Reply/Comment button). */
  accept?(el: Element): boolean;
}
