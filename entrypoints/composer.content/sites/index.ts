import type { SiteAdapter } from './types';
import { x } from './x';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { nextdoor } from './nextdoor';

export type { SiteAdapter } from './types';

/**
 * The four sites, as WXT match patterns (content script matches and manifest host permissions
 * are exactly these, nothing broader).
 */
export const SITE_MATCHES = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://mobile.x.com/*',
  '*://mobile.twitter.com/*',
  '*://www.facebook.com/*',
  '*://web.facebook.com/*',
  '*://m.facebook.com/*',
  '*://www.instagram.com/*',
  '*://nextdoor.com/*',
  '*://*.nextdoor.com/*',
  '*://nextdoor.co.uk/*',
  '*://*.nextdoor.co.uk/*',
];

/** The adapter for a host name, or null (then nothing is watched and posting is untouched). */
export function adapterFor(hostname: string): SiteAdapter | null {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === 'x.com' || h === 'twitter.com' || h === 'mobile.x.com' || h === 'mobile.twitter.com') return x;
  if (h === 'www.facebook.com' || h === 'web.facebook.com' || h === 'm.facebook.com') return facebook;
  if (h === 'www.instagram.com') return instagram;
  if (h === 'nextdoor.com' || h.endsWith('.nextdoor.com') || h === 'nextdoor.co.uk' || h.endsWith('.nextdoor.co.uk')) return nextdoor;
  return null;
}
