import { defineRule } from '../define';
import type { Hit } from '../types';
import { isScamWarning, links, mayHaveLinkShape } from '../shared/links';

export default defineRule({
  id: 'security/suspicious-link',
  family: 'security',
  title: 'Phishing, look-alike or risky links',
  severity: 'warn',
  sets: ['safety-security'],
  lists: { uses: ['ownShortLinks', 'imprint', 'councilDomains'], withoutThem: 'generic-cues' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Virus or other malware infection from infected sites.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: "Social engineering attacks (known as 'phishing')." },
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'As with emails, you will need to watch out for phishing scams, cons, and malicious software.' },
  ],
  message:
    'This link looks unusual ({reason}). It could be a phishing or scam site. Check it goes to an official source (e.g. a gov.uk address) before sharing.',
  action: 'Check where the link really goes; share the official gov.uk (or council) page instead.',
  examples: {
    trigger: [
      { text: 'Claim your £150 council tax rebate here: http://barnsley.gov.uk.rebate-claims.com/apply', severity: 'warn', source: 'catalog R48 #1' },
      { text: 'Energy grant for all residents! http://xn--bry-cncl-4ya.com', severity: 'warn', source: 'catalog R48 #2' },
      { text: 'Download the new bin calendar: http://185.22.14.9/bins.apk', severity: 'warn', source: 'catalog R48 #3' },
      { text: 'Someone sent me this, looks legit? https://gov-uk-rebate.co/claim — verify your account to get the refund', severity: 'warn', source: 'catalog R48 #4' },
      { text: 'Full details of the consultation: bit.ly/3xQ7rTz', severity: 'info' },
      { text: 'Free £50 energy grant for every household, apply at tinyurl.com/grant-now', severity: 'warn' },
      { text: 'Log in to see the new ward map: https://www.gov.uk@secure-council-login.com/verify', severity: 'warn' },
      { text: 'Parking permits now online at barnsley-permits.top', severity: 'warn' },
      { text: 'Residents’ portal: https://bаrnsley.gov.uk/portal', severity: 'warn' },
    ],
    quiet: [
      { text: 'Check your bin day: https://www.barnsley.gov.uk/services/bins', source: 'catalog R48 #1' },
      { text: 'Register to vote: https://www.gov.uk/register-to-vote', source: 'catalog R48 #2' },
      { text: 'Warning: scam texts claiming to offer council tax rebates are going round. The council will never text you a link.', source: 'catalog R48 #3' },
      { text: 'Council tax information from the council itself: https://www.bury.gov.uk/council-tax', source: 'catalog R48 #4' },
      { text: 'Nominations are open — read my leaflet at bit.ly/cllr-jones', settings: { lists: { ownShortLinks: ['bit.ly/cllr-jones'] } } },
      { text: 'Flu jabs: https://www.nhs.uk/vaccinations/flu-vaccine/ or report crime at police.uk.' },
      { text: 'Version 2.1.3 of the app is out, e.g. see the notes, and my email is cllr.smith@bury.gov.uk.' },
      { text: 'Energy bill support from the government: https://www.gov.uk/get-help-energy-bills' },
      { text: 'Our friends at https://www.barnsleyfoodbank.org.uk need tins this week.' },
      { text: 'Beware of scam texts linking to govuk-refund.net — do not click.', allowInfo: true },
      { text: 'Worried about energy bills? Citizens Advice can help you apply for an energy grant: https://www.citizensadvice.org.uk/consumer/energy/' },
    ],
  },
  detect(doc) {
    // A dot before a top-level domain, "www." or "://": most drafts have none (links() tests it too, after this).
    if (!mayHaveLinkShape(doc.text)) return [];
    const hits: Hit[] = [];
    let warning: boolean | undefined;
    for (const l of links(doc)) {
      if (l.own || l.risks.length === 0) continue;
      warning ??= isScamWarning(doc.text);
      // A shortener, or a scam topic ("energy grant") beside an ordinary link, is a nudge on its own.
      const strong = l.risks.filter((r) => r.kind !== 'shortener' && r.kind !== 'bait-topic');
      // A bare shortener is a nudge; shortener + scam line, or any other oddity, is a warning.
      // A post that names the link to warn people about it gets the nudge only.
      const severity = strong.length > 0 && !warning ? 'warn' : 'info';
      const reason = (strong.length > 0 ? [...strong, ...l.risks.filter((r) => r.kind === 'bait-topic')] : l.risks)
        .slice(0, 2)
        .map((r) => r.reason)
        .join('; ');
      hits.push({ start: l.start, end: l.end, severity, vars: { reason } });
    }
    return hits;
  },
});
