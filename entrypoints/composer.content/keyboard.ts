import type { ComposeKind, Platform } from '../../rules/types';

/** The fields of a keydown that decide whether it submits. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export interface KeyTarget {
  platform: Platform;
  kind: ComposeKind;
  /** The composer is a one-line <input>. */
  singleLine?: boolean;
}

/**
 * Would this keydown post the draft on this site (design.md §3)? X: Ctrl/Cmd+Enter anywhere.
 * Facebook and Instagram comments and replies: bare Enter (Shift+Enter is a new line); their post
 * and caption composers treat Enter as a new line. Nextdoor: bare Enter only in one-line boxes.
 * Never during IME composition (isComposing, or keyCode 229 which some browsers send instead).
 */
export function isKeyboardSubmit(e: KeyLike, t: KeyTarget): boolean {
  if (e.isComposing || e.keyCode === 229) return false;
  if (e.key !== 'Enter') return false;
  const mod = !!(e.ctrlKey || e.metaKey);
  const bare = !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
  switch (t.platform) {
    case 'x':
      return mod && !e.altKey;
    case 'facebook':
    case 'instagram':
      return bare && (t.kind === 'comment' || t.kind === 'reply' || !!t.singleLine);
    case 'nextdoor':
      return bare && !!t.singleLine;
    default:
      return false;
  }
}
