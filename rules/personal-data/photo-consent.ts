import { defineRule } from '../define';
import type { Hit } from '../types';
import { people } from '../shared/people';

/** Settings where the people pictured are likely service users: warn. */
const SERVICE_USERS =
  /\b(?:food ?banks?|foodbank|care homes?|nursing homes?|residential homes?|day cent(?:re|er)s?|day services?|hostels?|night shelter|homeless shelter|shelter|refuges?|family cent(?:re|er)s?|children'?s cent(?:re|er)s?|hospitals?|hospices?|hospital wards?|a ?& ?e|vaccination clinic|dementia caf[eé]|warm spaces?|warm hubs?|soup kitchen|drop[- ]in|rehab|recovery (?:caf[eé]|cent(?:re|er)|group)|support group|service users?|clients|patients|our users|visitors|residents of|users|the people who|people who|faces of|asylum|refugees?|jobcentre|pantry|community fridge|baby bank)(?![A-Za-z0-9_])/i;

/** People cues: someone is probably in the picture. */
const PEOPLE =
  /\b(?:with|pictured|picture[sd]? (?:of|with)|photos? (?:of|with)|left to right|l-r|selfie|group (?:photo|shot|pic)|team|staff|volunteers?|crowd|everyone|people|residents|neighbours|families|kids|children|members|officers|colleagues|friends|guests|attendees|all who|the gang|smiles?|faces?|met|meeting|chatting|chatted|speaking with|helping|hard at work|in action|ladies|gents|lads|girls|boys)\b(?!['’])/i; // "children's hospice": a possessive names a place or cause, not people in shot

/** Consent already in hand. */
const CONSENT =
  /\b(?:(?:shared|posted|used|published|photo|photos|pictures?|images?) with (?:their |his |her |kind |full )?(?:permission|consent)|with (?:their |his |her |everyone'?s |full )?(?:permission|consent)|permission (?:given|granted|to share)|consent(?:ed)? (?:given|to (?:share|be)|obtained)|(?:thanks|thank you) for letting (?:me|us) (?:share|post|use)|happy (?:for me )?to be (?:pictured|photographed|tagged|shared)|(?:asked|agreed) to be (?:pictured|photographed|in the photo)|no (?:faces|people) (?:shown|pictured|in (?:the|this) (?:photo|picture|shot))|faces (?:blurred|hidden|pixelated))\b/i;

/** No people: roads, potholes, buildings, before-and-after shots, views. */
const NO_PEOPLE = /\b(?:before and after|before & after|pothole|resurfac\w*|fly[- ]?tip\w*|graffiti|road ?works|the view|sunset|sunrise|new signs?|bench|benches|bins?|litter|planters?|flower beds?|street ?lights?|building site|site visit photos of the|empty|derelict)\b/i;

/** Raising money for a cause: the hospice or food bank is the beneficiary, not the place in the picture. */
const FUNDRAISING = /\b(?:fundrais\w*|raising (?:money|funds|£)|raised £?|sponsor\w*|donat\w*|in aid of|just ?giving|\d{1,3} ?k\b|marathon|fun run|bake sale|collection for|appeal for|target|half marathon|sponsored)\b/i;
/** Cues that the service users themselves are present. */
const PRESENCE = /\b(?:residents of|patients|service users|our users|clients|visitors|pictured with|faces|people who|helping (?:our|the) \w+)\b/i;

/** An imprint line ("Promoted by S. Ahmed on behalf of …"): the promoter is named by law, not pictured. */
const IMPRINT = /\b(?:promoted|printed|published|produced)(?: and (?:promoted|printed|published))? by\b/i;
/** A name after a campaign verb ("Vote Barker", "Re-elect Jones") is the candidate, a public figure in the election. */
const CAMPAIGN_BEFORE = /\b(?:vote|voting|elect|re-?elect|back|support)(?: for)?\s*$/i;
/** A capitalised pair that is a place ("at Scout Dike", "Cannon Hall Park", "Wharncliffe Woods"). */
const PLACE_BEFORE = /\b(?:at|in|near|around|round|along|across|through|towards|past|above|below|beside|overlooking)\s+(?:the\s+)?$/i;
const PLACE_AFTER = /^\s*(?:reservoir|park|woods?|wood|lake|lane|road|street|hill|moor|farm|dam|beck|brook|common|green|fields?|hall|estate|country park|nature reserve|valley|village|church|chapel|school|station|ward)\b/i;

/** Only elected members or staff named (Cllr X, officers): consent is still needed but the risk is low. */
const COLLEAGUES_ONLY = /\b(?:cllrs?|councillors?|colleagues?|MP|mayor|the team|staff|officers?)\b/i;

export default defineRule({
  id: 'personal-data/photo-consent',
  family: 'personal-data',
  title: 'Photos or video of people without clear consent',
  severity: 'info',
  sets: ['personal-data'],
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people, including photographs, without their express permission to do so.' },
    { file: '000_02512859952f4825.txt', section: 'Dos and don\'ts at a glance — Do', quote: 'share photographs, images, video footage and comments of elected members or employees with their consent' },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.6)', quote: 'You must not take and share images of service users. You can share images of colleagues with their express permission.' },
  ],
  message:
    "Your post includes a photo that may show people. Do you have their permission to share it? For service users (e.g. at a food bank or care home), don't share images that identify them.",
  action: 'Check you have permission from everyone pictured; never share images that identify service users.',
  examples: {
    trigger: [
      { text: 'Great morning at the food bank on Sheffield Road helping our users with their parcels.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R23 #1' },
      { text: 'Met the residents of Oakwood Care Home today — pictured with Edna and George.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R23 #2' },
      { text: 'Staff from the customer service centre hard at work this morning!', context: { hasMedia: true, mediaKind: 'image' }, severity: 'info', source: 'catalog R23 #3' },
      { text: "The crowd at last night's planning meeting — see the faces of the people who want this estate!", context: { hasMedia: true, mediaKind: 'video' }, severity: 'warn', source: 'catalog R23 #4' },
      { text: 'Lovely chat with Margaret and Tom at the warm space in Hoyland library this afternoon.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn' },
      { text: 'Brilliant turnout at the litter pick — thanks to all the volunteers!', context: { hasMedia: true, mediaKind: 'image' }, severity: 'info' },
    ],
    quiet: [
      { text: 'Newly resurfaced Wakefield Road — thanks, highways!', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R23 #1' },
      { text: 'With Cllr Ahmed and the Friends of Cannon Hall — shared with permission.', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R23 #2' },
      { text: 'No photos this time — the food bank asked us not to photograph visitors, and rightly so.', source: 'catalog R23 #3' },
      { text: 'Before and after: the fly-tip on Wood Lane cleared in 24 hours.', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R23 #4' },
      { text: 'Great morning at the food bank with the volunteers, pictured with their permission.', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Met the residents of Oakwood Care Home today — pictured with Edna and George.' },
      { text: 'The new planters on Market Street look fantastic.', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Promoted by J. Okafor on behalf of the Dearne Independents, 4 Market Hill, Barnsley S70 2QE.', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Halfway to our sponsorship target for the children\'s hospice half marathon!', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Re-elect Hartley on 7 May!', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Frosty morning at Broad Ings reservoir.', context: { hasMedia: true, mediaKind: 'image' } },
    ],
  },
  // Only a post with a photo or video.
  cues: { when: (doc) => !!(doc.context.hasMedia || doc.context.mediaKind) },
  detect(doc) {
    if (!doc.context.hasMedia && !doc.context.mediaKind) return [];
    const text = doc.text;
    if (CONSENT.test(text)) return [];
    // A service setting counts unless it is only the cause being fundraised for ("our target for the hospice 10k").
    let service: RegExpExecArray | null = null;
    const sre = new RegExp(SERVICE_USERS.source, 'gi');
    for (let m = sre.exec(text); m; m = sre.exec(text)) {
      const around = text.slice(Math.max(0, m.index - 80), Math.min(text.length, m.index + m[0].length + 60));
      if (FUNDRAISING.test(around) && !PRESENCE.test(around) && !/\b(?:at|inside|visit(?:ed|ing)?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      service = m;
      break;
    }
    const cue = PEOPLE.exec(text);
    const named = people(doc).filter((p) => {
      if (p.org || p.kind === 'mention') return false;
      const sent = doc.sentenceAt(p.start);
      if (IMPRINT.test(text.slice(sent.start, p.start))) return false;
      const before = text.slice(Math.max(0, p.start - 30), p.start);
      const own = text.slice(p.start, p.end);
      if (CAMPAIGN_BEFORE.test(before) || /^(?:vote|elect|re-?elect)\s/i.test(own)) return false;
      if (PLACE_BEFORE.test(before) || PLACE_AFTER.test(text.slice(p.end, p.end + 20))) return false;
      return true;
    });
    const privateNamed = named.filter((p) => !(p.kind === 'honorific' && /^(?:cllr|councillor)$/i.test(p.title ?? '')) && !(p.kind === 'listed' && p.list !== 'familyNames'));
    if (!service && !cue && named.length === 0) return [];
    if (!service && NO_PEOPLE.test(text) && named.length === 0 && !/\b(?:pictured|selfie|crowd|faces?|volunteers|team|staff)\b/i.test(text)) return [];
    let severity: Hit['severity'] = 'info';
    let at = service ?? cue;
    if (service) severity = 'warn';
    else if (privateNamed.length > 0 && !COLLEAGUES_ONLY.test(text)) severity = 'warn';
    if (!at) {
      const p = named[0];
      return [{ start: p.start, end: p.end, severity }];
    }
    // "the people who want this estate": a crowd singled out for others to judge.
    if (/\b(?:faces of|the people who|see who)\b/i.test(text)) severity = 'warn';
    if (!service && privateNamed.length > 0 && severity === 'warn') at = null;
    if (!at) {
      const p = privateNamed[0];
      return [{ start: p.start, end: p.end, severity }];
    }
    return [{ start: at.index, end: at.index + at[0].length, severity }];
  },
});
