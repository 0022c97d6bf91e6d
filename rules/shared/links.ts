/**
 * Links in a draft: where they are, where they really go, and what looks wrong about them
 * (catalog R48). Other rules import `links(doc)` (misinformation, copyright…); the result is
 * computed once per draft through doc.memo().
 *
 * Cost: a draft with no "://", "www." and no dot before a top-level domain (mayHaveLinkShape) bails
 * out on a look at each dot and never reaches URL_RE or tldts. Hosts are parsed with tldts only for candidates that look like URLs.
 *
 * API (stable):
 *   links(doc): Link[]          every URL or bare domain, in text order
 *   mayHaveLinks(text): boolean the cheap pre-test
 *   mayHaveLinkShape(text)      the sharper one extract() uses first
 *   hostIsOfficial(host, extra?) gov.uk / nhs.uk / police.uk / parliament.uk / … or a listed domain
 *   isGovLookalike(host)        "barnsley.gov.uk.rebate-claims.com", "gov-uk-rebate.co", "govuk-refund.net"
 */
import { parse } from 'tldts';
import { defineGate, gate } from '../cues';
import type { TextDoc } from '../doc';
import type { MemberLists } from '../types';

export type LinkRiskKind = 'punycode' | 'ip' | 'lookalike' | 'userinfo' | 'download' | 'risky-tld' | 'shortener' | 'bait' | 'bait-topic';

export interface LinkRisk {
  kind: LinkRiskKind;
  /** Plain English, fits "This link looks unusual ({reason})". */
  reason: string;
}

export interface Link {
  /** Span of the link in the original text (end exclusive), trailing punctuation excluded. */
  start: number;
  end: number;
  /** The link as typed. */
  url: string;
  /** Lower-case host name ("www.barnsley.gov.uk", "185.22.14.9"). */
  hostname: string;
  /** Registrable domain ("barnsley.gov.uk", "rebate-claims.com"); null for IP hosts. */
  domain: string | null;
  publicSuffix: string | null;
  /** Typed with http(s):// (or another scheme). */
  hasScheme: boolean;
  /** Path, query and fragment as typed ("/apply", ""). */
  path: string;
  isIp: boolean;
  /** A government/NHS/police/parliament host, or one of lists.councilDomains. */
  official: boolean;
  /** A known URL shortener host. */
  shortener: boolean;
  /** The member's own link (lists.ownShortLinks or lists.imprint.url). */
  own: boolean;
  /** What looks wrong, strongest first; empty for an ordinary link. */
  risks: LinkRisk[];
}

/** Public suffixes and domains that are official UK sources. */
const OFFICIAL_SUFFIXES = ['gov.uk', 'nhs.uk', 'nhs.net', 'police.uk', 'parliament.uk', 'mod.uk', 'gov.scot', 'gov.wales', 'llyw.cymru', 'nidirect.gov.uk', 'ac.uk', 'sch.uk'];

export const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'ow.ly', 'is.gd', 'v.gd', 'cutt.ly', 'rb.gy', 't.ly', 'tiny.cc', 'shorturl.at', 'goo.gl',
  'buff.ly', 'rebrand.ly', 's.id', 'bl.ink', 'lnkd.in', 'shorte.st', 'adf.ly', 'tiny.one', 'qrco.de', 'urlz.fr', 'short.io', 'snip.ly',
]);

/** Top-level domains mostly used for throwaway and scam sites, plus file-name look-alikes (.zip, .mov). Configurable. */
export const RISKY_TLDS = new Set([
  'zip', 'mov', 'top', 'xyz', 'click', 'country', 'gq', 'tk', 'ml', 'cf', 'ga', 'work', 'loan', 'rest', 'cam', 'icu', 'buzz',
  'sbs', 'cfd', 'lol', 'quest', 'support', 'win', 'bid', 'review', 'date', 'racing', 'stream', 'download', 'accountant', 'men',
]);

/** File types that install or run something when opened. */
const DOWNLOAD_EXT = /\.(?:apk|exe|scr|js|jse|vbs|vbe|bat|cmd|com|msi|msix|jar|zip|rar|7z|iso|img|dmg|pkg|ps1|hta|lnk|wsf|docm|xlsm|pptm)$/i;

// Bare domains (no scheme, no www.) are only taken with a TLD people actually type, so "e.g."
// "file.txt", "Mr.Smith" and "end.Next" are not links.
const BARE_TLDS = new Set([
  'com', 'net', 'org', 'uk', 'info', 'biz', 'io', 'co', 'ly', 'gd', 'me', 'app', 'link', 'online', 'site', 'website', 'live', 'shop',
  'store', 'news', 'club', 'eu', 'us', 'ie', 'de', 'fr', 'to', 'tv', 'ru', 'cn', 'in', 'at', 'cc', 'ws', 'ai', 'gg', 'im',
  'scot', 'wales', 'cymru', 'london', 'blog', 'page', 'dev', 'one',
  ...RISKY_TLDS,
]);

/** Cheap pre-test: one regex, no allocation. */
const MAY_HAVE_LINK = /https?:|www\.|[a-z0-9-]\.[a-z]{2,}/i;

export function mayHaveLinks(text: string): boolean {
  return MAY_HAVE_LINK.test(text);
}

const BARE_TLD_MAX = Math.max(...[...BARE_TLDS].map((t) => t.length));

/**
 * A sharper pre-test than mayHaveLinks, necessary for extract() to find any link, at the cost of a look at each
 * dot (the regex pre-test passes on most drafts: "bags.The", "e.g.", "2.1.3"): a scheme ("://"), "www." or a
 * bare domain. A bare domain's last label comes straight after a dot and must be one of BARE_TLDS; when the
 * letters after a dot run into a character beyond ASCII, the label may go on in letters that the host's
 * IDNA mapping turns into ASCII ("ｃｏｍ"), so that dot passes too.
 */
export function mayHaveLinkShape(text: string): boolean {
  if (text.includes('://')) return true;
  const n = text.length;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    // "www." (case-insensitive): URL_RE's www alternative.
    if (i >= 3 && (text.charCodeAt(i - 1) | 0x20) === 119 && (text.charCodeAt(i - 2) | 0x20) === 119 && (text.charCodeAt(i - 3) | 0x20) === 119) return true;
    // The run of ASCII label characters after the dot ([A-Za-z0-9-]).
    let j = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) break;
    }
    if (j < n && text.charCodeAt(j) >= 128) return true;
    const len = j - i - 1;
    if (len >= 2 && len <= BARE_TLD_MAX && BARE_TLDS.has(text.slice(i + 1, j).toLowerCase())) return true;
  }
  return false;
}

// A scheme URL or a www. URL runs to the next space or quote or angle bracket (bounded).
// A bare domain is label(.label){1,6} with optional path; the TLD is checked afterwards.
const URL_RE =
  /(?:\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"'“”‘’]{1,2000}|\bwww\.[^\s<>"'“”‘’]{2,2000}|(?<![@\w.-])[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})){1,6}(?:\/[^\s<>"'“”‘’]{0,2000})?)/giu;

const TRAILING = '.,;:!?)]}>…\'"*_';

/** Drop sentence punctuation after a link, but keep a closing bracket the link opened ("…/Foo_(bar)"). */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.includes(s[end - 1])) {
    if (s[end - 1] === ')') {
      const body = s.slice(0, end);
      if (count(body, '(') >= count(body, ')')) break;
    }
    end--;
  }
  return s.slice(0, end);
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === c) n++;
  return n;
}

/** Bait phrases: the classic shapes of a scam message. */
/** Scam lines: the shapes of a phishing message. With an unofficial link they make a warning. */
const BAIT =
  /\b(?:claim (?:your|a|the) (?:£\d[\d,.]{0,8} )?(?:[\w-]{2,20} )?(?:refund|rebate|grant|payment|prize)|claim (?:your|a|the) £\d[\d,.]{0,8}|verify your (?:account|identity|details)|confirm your (?:details|identity|account|bank)|(?:account|card) (?:has been |is |will be )?(?:suspended|locked|blocked)|free £|£\d{2,4} (?:rebate|refund|voucher)|(?:rebate|refund) (?:of|worth) £|someone sent me this|looks legit|is this legit|act now|urgent(?:ly)? (?:action|payment)|bank details|unclaimed|you(?:'ve| have) won|gift ?card)/i;
/** Scam topics: also what honest posts are about ("energy grant" advice from Citizens Advice). A nudge only. */
const BAIT_TOPIC = /\b(?:council tax (?:rebate|refund)s?|energy (?:grant|rebate|refund|bill support)|cost of living (?:payment|grant)|£\d{2,4} grant)\b/i;
/** Gates (rules/cues.ts) for BAIT and BAIT_TOPIC: a word every match of each holds, so a draft without one skips its scan. */
const G_BAIT = defineGate('links/bait', {
  words: ['claim', 'verify', 'confirm', 'suspended', 'locked', 'blocked', 'free', 'rebate', 'refund', 'voucher', 'sent', 'legit', 'act', 'urgent', 'urgently', 'bank', 'unclaimed', 'won', 'gift', 'giftcard'],
});
const G_BAIT_TOPIC = defineGate('links/bait-topic', { words: ['rebate', 'rebates', 'refund', 'refunds', 'energy', 'payment', 'grant'] });

/** Well-known advice and news sites: a scam topic next to them is honest advice. */
const TRUSTED = ['citizensadvice.org.uk', 'moneysavingexpert.com', 'which.co.uk', 'ageuk.org.uk', 'bbc.co.uk', 'stepchange.org', 'turn2us.org.uk', 'energysavingtrust.org.uk', 'ofgem.gov.uk', 'actionfraud.police.uk'];

/** A post warning people about a scam names the link to condemn it. */
const WARNING_FRAME =
  /\b(?:(?<!not (?:a )?)scam (?:texts?|emails?|messages?|calls?|alert|warning|sites?|links?|websites?|going round|doing the rounds)|(?:warning|beware|be aware)[:,!]? (?:of |about )?(?:a |this )?(?:scam|fake|phishing|fraud)|(?<!not )phishing|fraudsters|(?:do not|don['’]t|never) click|not genuine|not from the council|will never (?:text|email|ask))\b/i;

export function hostIsOfficial(host: string, extra?: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const s of OFFICIAL_SUFFIXES) if (h === s || h.endsWith('.' + s)) return true;
  if (extra) {
    for (const d0 of extra) {
      if (typeof d0 !== 'string') continue;
      const d = d0.toLowerCase().trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
      if (d && (h === d || h.endsWith('.' + d))) return true;
    }
  }
  return false;
}

/** A host that borrows "gov.uk" (or "govuk", "gov-uk") without being under gov.uk. */
export function isGovLookalike(host: string): boolean {
  const h = host.toLowerCase();
  if (/(?:^|\.)gov\.uk$/.test(h)) return false;
  return /(?:^|[.-])gov[.-]?uk(?:[.-]|$)/.test(h) || /(?:^|[.-])(?:nhs|hmrc|dvla)[.-]?(?:uk)?[.-]/.test(h) && !hostIsOfficial(h);
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Hosts that sell council money: "counciltax-refunds.com", "barnsley-council-tax.refund-now.xyz". */
const MONEY_HOST = /council[-.]?tax|(?:tax|council|energy|fuel|cost-?of-?living)[-.]?(?:rebate|refund|grant|payment)s?|(?:rebate|refund)s?[-.]?(?:claim|now|online|uk|gov|council)/;

/**
 * A host that carries the member's council name next to "council"/"gov" words without being the
 * council's domain: "barnsleycouncil-payments.com" when the council is Barnsley (lists.profile.council
 * or the first label of a listed council domain).
 */
function borrowsCouncilName(host: string, lists: MemberLists): boolean {
  const names = new Set<string>();
  const council = lists.profile?.council;
  if (typeof council === 'string') {
    const w = council.toLowerCase().replace(/\b(?:metropolitan|borough|city|county|district|town|parish|council|mbc|of|the)\b/g, ' ').trim().split(/\s+/)[0];
    if (w && w.length >= 4) names.add(w);
  }
  for (const d of lists.councilDomains ?? []) {
    if (typeof d !== 'string') continue;
    const first = d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split('.')[0];
    if (first && first.length >= 4) names.add(first);
  }
  if (names.size === 0) return false;
  for (const n of names) if (host.includes(n) && /council|gov|tax|pay|rebate|refund|portal|login/.test(host.replace(n, ''))) return true;
  return false;
}

/** Every link in the draft, memoised per draft. */
export function links(doc: TextDoc): Link[] {
  return doc.memo('shared/links', () => extract(doc.text, doc.lists, doc));
}

/** The same, for a bare string (tests, the CLI). */
export function findLinks(text: string, lists: MemberLists = {}): Link[] {
  return extract(text, lists);
}

function extract(text: string, lists: MemberLists, doc?: TextDoc): Link[] {
  if (!mayHaveLinkShape(text) || !mayHaveLinks(text)) return [];
  const out: Link[] = [];
  // URL_RE tries three alternatives at every position, so it starts where a match can (linkStart), not at 0.
  for (let from = linkStart(text, 0); from >= 0; ) {
    URL_RE.lastIndex = from;
    const m = URL_RE.exec(text);
    if (!m) break;
    from = linkStart(text, URL_RE.lastIndex);
    const raw = trimTrailing(m[0]);
    if (!raw) continue;
    const start = m.index;
    const link = classify(raw, start, text, lists);
    if (link) out.push(link);
  }
  if (out.length > 0) addBait(text, out, doc);
  return out;
}

/** JavaScript's \s: URL_RE's matches never hold one. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where URL_RE's scan from `from` may as well begin (-1: no match is left). Every match holds "://" or a dot
 * with something other than a space after it (a bare domain's next label, the rest of a "www." address) and
 * holds no space, so none starts before the run of non-space characters around the first of those.
 */
function linkStart(text: string, from: number): number {
  const n = text.length;
  let q = text.indexOf('.', from);
  while (q >= 0 && (q + 1 >= n || isSpace(text.charCodeAt(q + 1)))) q = text.indexOf('.', q + 1);
  const s = text.indexOf('://', from);
  if (s >= 0 && (q < 0 || s < q)) q = s;
  if (q < 0) return -1;
  let t = q;
  while (t > from && !isSpace(text.charCodeAt(t - 1))) t--;
  return t;
}

function classify(raw: string, start: number, text: string, lists: MemberLists): Link | null {
  const schemeMatch = /^([a-z][a-z0-9+.-]{1,15}):\/\//i.exec(raw);
  const hasScheme = !!schemeMatch;
  if (schemeMatch && !/^(?:https?|ftp|hxxps?)$/i.test(schemeMatch[1])) return null;
  let rest = hasScheme ? raw.slice(schemeMatch![0].length) : raw;
  const slash = rest.search(/[/?#]/);
  let authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash) : '';
  let userinfo = '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    userinfo = authority.slice(0, at);
    authority = authority.slice(at + 1);
  }
  let host = authority.replace(/:\d{1,5}$/, '').toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  host = host.replace(/\.$/, '');
  // "https://…gov.uk/…": an elided address, as people copy it from a display; a host cut off at the end is unknown.
  if (host.includes('…')) {
    host = host.replace(/^…+\.?/, '');
    if (host.includes('…')) return null;
  }
  if (!host) return null;
  const bare = !hasScheme && !/^www\./i.test(raw);
  // A bare domain needs a top-level domain people type (checked below on tldts' suffix, which ends in the host's
  // last label when the host is ASCII): most candidates ("e.g", "10.30", "2.1.3") stop here, before tldts.
  if (bare && !/[^\x00-\x7f]/.test(host) && !BARE_TLDS.has(host.slice(host.lastIndexOf('.') + 1))) return null;
  const parsed = parse(IPV4.test(host) || host.includes(':') ? host : /[^\x00-\x7f]/.test(host) ? safeAscii(host) : host);
  const isIp = parsed.isIp === true || IPV4.test(host);
  const suffix = parsed.publicSuffix;
  if (!isIp) {
    if (!suffix || parsed.isIcann === false) return null;
    if (bare) {
      const tld = suffix.split('.').pop()!;
      if (!BARE_TLDS.has(tld)) return null;
      // "Barnsley.Next" style typos: a bare domain needs a lower-case or mixed TLD people write.
      if ((!parsed.domainWithoutSuffix || parsed.domainWithoutSuffix.length < 2) && !hostIsOfficial(host)) return null;
    }
  } else if (bare) {
    return null; // "1.2.3.4" without a scheme is a version number or a score, not a link
  }
  const extraDomains = lists.councilDomains;
  const ascii = !/[^\x00-\x7f]/.test(host) && !/(?:^|\.)xn--/.test(host);
  // A look-alike-character host is never official, even when it ends in ".gov.uk".
  const official = !isIp && ascii && hostIsOfficial(host, extraDomains);
  const domain = isIp ? null : parsed.domain;
  const shortener = !!domain && SHORTENERS.has(domain);
  const own = isOwn(raw, host, lists);
  const risks: LinkRisk[] = [];
  if (userinfo) risks.push({ kind: 'userinfo', reason: `the real address is hidden after an “@”: it goes to ${host}` });
  if (isIp) risks.push({ kind: 'ip', reason: 'it points to a bare number (IP address) instead of a website name' });
  if (!isIp && (/(?:^|\.)xn--/.test(host) || /[^\x00-\x7f]/.test(host)))
    risks.push({ kind: 'punycode', reason: /[^\x00-\x7f]/.test(host) ? 'the address uses look-alike letters from another alphabet' : 'the address is written in disguised international characters (xn--)' });
  if (!isIp && !official && isGovLookalike(host))
    risks.push({ kind: 'lookalike', reason: `it imitates a government address but really goes to ${domain ?? host}` });
  else if (!isIp && !official && (MONEY_HOST.test(host) || borrowsCouncilName(host, lists)))
    risks.push({ kind: 'lookalike', reason: `it uses a council's name or “refund” words, but ${domain ?? host} is not a council address` });
  if (!isIp && !official && suffix && RISKY_TLDS.has(suffix.split('.').pop()!))
    risks.push({ kind: 'risky-tld', reason: `its ending “.${suffix}” is widely used by scam sites` });
  const file = path.replace(/[?#].*$/, '');
  if (!official && DOWNLOAD_EXT.test(file)) {
    const ext = /\.([a-z0-9]+)$/i.exec(file)![1].toLowerCase();
    risks.push({ kind: 'download', reason: `it downloads a file (.${ext}) that could install something` });
  }
  if (shortener && !own) risks.push({ kind: 'shortener', reason: 'a shortened link hides where it really goes' });
  return {
    start,
    end: start + raw.length,
    url: raw,
    hostname: host,
    domain,
    publicSuffix: suffix,
    hasScheme,
    path,
    isIp,
    official,
    shortener,
    own,
    risks,
  };
}

function safeAscii(host: string): string {
  try {
    return new URL('http://' + host).hostname;
  } catch {
    return host;
  }
}

function isOwn(raw: string, host: string, lists: MemberLists): boolean {
  const mine: string[] = [];
  if (Array.isArray(lists.ownShortLinks)) for (const s of lists.ownShortLinks) if (typeof s === 'string') mine.push(s);
  if (typeof lists.imprint?.url === 'string') mine.push(lists.imprint.url);
  if (mine.length === 0) return false;
  const norm = (s: string) => s.toLowerCase().trim().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/.,;]+$/, '');
  const me = norm(raw);
  for (const s of mine) {
    const n = norm(s);
    if (!n) continue;
    if (n === me) return true;
    // A listed bare domain covers every link on it.
    if (!n.includes('/') && (host === n || host.endsWith('.' + n))) return true;
  }
  return false;
}

/** Bait words in the same sentence (or within 120 characters) make an unofficial link a scam suspect. */
function addBait(text: string, out: Link[], doc?: TextDoc): void {
  const strong = (!doc || gate(doc, G_BAIT)) && BAIT.test(text);
  if (!strong && !((!doc || gate(doc, G_BAIT_TOPIC)) && BAIT_TOPIC.test(text))) return;
  const warning = WARNING_FRAME.test(text);
  for (const l of out) {
    if (l.official || l.own || TRUSTED.some((d) => l.hostname === d || l.hostname.endsWith('.' + d))) continue;
    const a = Math.max(0, l.start - 120);
    const b = Math.min(text.length, l.end + 120);
    const around = text.slice(a, l.start) + ' ' + text.slice(l.end, b);
    // BAIT and BAIT_TOPIC are not global: exec keeps no state between calls.
    const bm = strong ? BAIT.exec(around) : null;
    const tm = bm ? null : BAIT_TOPIC.exec(around);
    const m = bm ?? tm;
    if (!m) continue;
    const reason = warning ? `it is named in a scam warning, “${m[0]}”` : bm ? `it comes with a classic scam line, “${m[0]}”` : `it is about “${m[0]}”, a favourite of scammers`;
    l.risks.push({ kind: bm ? 'bait' : 'bait-topic', reason });
  }
}

/** Whether the draft reads as a warning about a scam (the member is condemning the link, not promoting it). */
export function isScamWarning(text: string): boolean {
  return WARNING_FRAME.test(text);
}
