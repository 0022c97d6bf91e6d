import { defineGate, gate } from '../cues';
import { defineRule } from '../define';
import type { Span } from '../types';
import { HitSet, mayMentionVulnerable, places, sentenceWindow, within } from '../shared/children';

// Places where vulnerable people live or are supported. "Youth hostel" is a holiday, not a shelter.
// A particular foster home is where looked-after children live ("the foster family on Rose Lane");
// foster carers in general ("we need more foster carers") are a service, not a household.
const SETTING =
  /\b(?:(?:women['’]s |domestic (?:abuse|violence) )?refuges?|safe ?houses?|supported (?:accommodation|housing|living)(?: (?:unit|flat|scheme|home)s?)?|(?<!youth )(?:bail |homeless |probation )?hostels?|children['’]s homes?|approved premises|foster placements?|(?:the|a|an|this|that|their|new) foster (?:family|home|house|household|carers?|parents?|mum|mam|dad|couple)|care leavers?['’]? (?:flats?|accommodation)|halfway houses?|sheltered (?:housing|accommodation)|(?:domestic (?:abuse|violence) )(?:victims?|survivors?))\b/gi;
// People who are at risk if their home is known.
const PERSON =
  /\b(?:elderly|frail|vulnerable|disabled|housebound|(?:lives?|living) (?:alone|on (?:his|her|their) own|by (?:him|her)self)|on (?:his|her) own|with dementia|pensioners?|OAPs?|old (?:lady|man|woman|gent|fella|chap|couple|boy|girl)|widow(?:er)?)\b/gi;
// One particular adult at risk, known by what happened to them or their condition: "the man who
// wandered off last week", "the lady with dementia". With where they live ("lives", "is staying")
// even a street or a care home's road finds them.
const PARTICULAR =
  /\b(?:the|a|an|this|that|one|my|our|her|his|their) (?:old |elderly |older |poor |frail |confused |vulnerable |disabled |blind |deaf )?(?:man|woman|lady|gent|gentleman|fella|chap|bloke|resident|pensioner|widow|widower|neighbour|grandad|grandma|granny)\b/gi;
const AT_RISK =
  /\b(?:wander(?:s|ed|ing)? off|keeps? (?:wandering|going missing|falling)|(?:went|gone|goes|going) missing|(?:has|with|got) (?:dementia|alzheimer['’]?s)|alzheimer['’]?s|(?:was|got|gets) (?:found )?(?:lost|confused)|housebound|bed-?bound|(?:lives?|living) (?:alone|on (?:his|her) own|by (?:him|her)self))\b/i;
const RESIDES = /\b(?:lives?|living|stays?|staying|resides?|(?:has been |was |been )?(?:moved|placed) (?:in|into|to))\b/i;

/** PERSON without the global flag, for .test(). */
const PERSON_ANY = new RegExp(PERSON.source, 'i');

// Gates (rules/cues.ts): a word every match of SETTING, PERSON holds, so a draft without one skips that scan.
const G_SETTING = defineGate('vulnerable/setting', { words: ['refuge', 'refuges', 'safe', 'safehouse', 'safehouses', 'supported', 'hostel', 'hostels', 'children', 'premises', 'foster', 'leaver', 'leavers', 'halfway', 'sheltered', 'domestic'] });
const G_PERSON = defineGate('vulnerable/person', { words: ['elderly', 'frail', 'vulnerable', 'disabled', 'housebound', 'live', 'lives', 'living', 'own', 'dementia', 'pensioner', 'pensioners', 'oap', 'oaps', 'old', 'widow', 'widower'] });

// A key-safe, door or alarm code: the door to a vulnerable person's home.
const KEY_SAFE = /\b(?:key ?safe|key ?box|lock ?box|door|alarm)\b[^.\n]{0,40}?\bcode\b[^\d\n]{0,15}?(\d{3,8}#?|[A-Z0-9]{4,8}#)(?!\d)/gi;
// Helplines, recruitment, events and budgets talk about services, not about where someone is.
const SERVICE_FRAME =
  /\b(?:helpline|call (?:the|us|0)|ring (?:the|0)|contact (?:the|us)|if you(?:['’]re| are) (?:experiencing|affected|worried)|recruiting|information evening|open day|fundraiser|fundraising|coffee morning|raffle|bake sale|quiz night|donations? (?:welcome|needed)|sponsored|funding|budget|across the (?:borough|district|town|city)|consultation on|planning (?:application|permission|committee)|(?:has been|was|were|have been) (?:approved|granted|refused|given the go-ahead))\b/i;

export default defineRule({
  id: 'safeguarding/vulnerable-person-location',
  family: 'safeguarding',
  title: 'Revealing where a vulnerable person lives or is supported',
  severity: 'stop',
  sets: ['personal-data'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Breach of safeguarding using images or personal details leading to the exploitation of vulnerable individuals.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Be aware of your own safety when placing information on the internet and do not publish information which could leave you or others vulnerable.' },
    { file: '000_02512859952f4825.txt', section: "Managing situations when you're out in the community", quote: 'a meeting discussing someone who uses our services' },
  ],
  message:
    'This could reveal where a vulnerable person lives or is being supported (for example a refuge or supported housing). That can put them at real risk. Please remove the location details.',
  action: 'Remove the address, street or landmark (and any key-safe code).',
  examples: {
    trigger: [
      { text: "The new women's refuge is the big house on Regent Street opposite the Spar — great to see it open.", severity: 'stop', source: 'catalog R25 #1' },
      { text: 'Elderly lady living alone at 12 Orchard Close has a key safe by the door, code is 1942, if anyone can check on her.', severity: 'stop', source: 'catalog R25 #2' },
      { text: "Council have put a children's home at 56 Lindley Road and residents weren't even consulted.", severity: 'stop', source: 'catalog R25 #3' },
      { text: "Approved premises for offenders opening on Ash Grove — it's number 31.", severity: 'stop', source: 'catalog R25 #4' },
      { text: 'The safe house for trafficking victims is at 8 Mill Lane, S75 2AB.', severity: 'stop' },
      { text: 'My neighbour is housebound and lives alone at no. 14, the end bungalow on Keresforth Hill Road.', severity: 'stop' },
      { text: 'The old man on his own at 3 Church View leaves his key in a key safe — code 5521.', severity: 'stop' },
      { text: 'The homeless hostel behind the Alhambra is full again.', severity: 'stop' },
      // `settings: {}`: kept out of bench/data/speed-texts.ts, which mixes only examples without settings
      // into the benchmark drafts, so those drafts stay as recorded (an empty settings object analyses like none).
      // A particular foster home: where looked-after children live.
      { text: 'A foster couple on Hawthorn Avenue now have four teenagers living with them.', settings: {}, severity: 'stop' },
      { text: 'That new foster home on Carlton Road has had the police round twice.', settings: {}, severity: 'stop' },
      // A particular adult at risk with where they live.
      { text: 'The old gentleman who keeps going missing lives on Sackville Street.', settings: {}, severity: 'stop' },
      { text: 'The lady who keeps wandering off lives at the care home on Pontefract Road.', settings: {}, severity: 'stop' },
    ],
    quiet: [
      { text: "If you're experiencing domestic abuse, call the National Domestic Abuse Helpline on 0808 2000 247.", source: 'catalog R25 #1' },
      { text: 'The council is recruiting foster carers — information evening on 5 March at the town hall.', source: 'catalog R25 #2' },
      { text: "I've asked adult social care to check on an elderly resident who contacted me — thank you to the team for visiting today.", source: 'catalog R25 #3' },
      { text: "Funding for supported housing across the borough has been protected in this year's budget.", source: 'catalog R25 #4' },
      { text: 'Elderly residents on Park Road have been without a bin collection for three weeks.' },
      { text: 'Lovely night at the youth hostel in Langsett with the scouts.' },
      { text: "Fundraiser for the women's refuge at the Civic on Hanson Street this Friday — please come along!" },
      { text: 'We need more supported accommodation for care leavers in Barnsley, and I will keep pushing for it.' },
      { text: 'Thank you to the foster carers who came to the awards evening at the Town Hall.', settings: {} },
      { text: 'The foster care team on Gateway Plaza have done an amazing job this year.', settings: {} },
      { text: 'Memory café at the library on Shambles Street every Tuesday.', settings: {} },
      { text: 'A man who went missing was found safe on Park Road. Thank you to everyone who shared the police appeal.', settings: {} },
      { text: 'Lovely afternoon with the residents of Cherry Tree care home on Bank Street.', settings: {} },
    ],
  },
  // A word of every phrase of mayMentionVulnerable (shared/children.ts), which every hit needs
  // ("children's home" reads as "childrens", "key safe" as "safe", "living alone" as "living",
  // "bed-bound" as "bed" and "bound").
  cues: {
    words: [
      'refuge', 'safe', 'safehouse', 'supported', 'hostel', 'childrens', 'premises', 'bail', 'leaver', 'foster', 'elderly', 'live', 'lives', 'living',
      'vulnerable', 'dementia', 'frail', 'housebound', 'pensioner', 'oap', 'disabled', 'domestic', 'keysafe', 'halfway', 'sheltered',
      'falling', 'missing', 'alzheimer', 'alzheimers', 'lost', 'confused', 'bound', 'bedbound',
    ],
    prefixes: ['wander'],
  },
  detect(doc) {
    if (!mayMentionVulnerable(doc.text)) return [];
    const hits = new HitSet();
    const text = doc.text;
    const seen = new Set<string>();
    const framed = (win: Span) => SERVICE_FRAME.test(text.slice(win.start, win.end));

    // A setting (refuge, children's home…) with any place: a street is enough to find it.
    for (const m of gate(doc, G_SETTING) ? doc.matchAll(SETTING) : []) {
      const win = sentenceWindow(doc, { start: m.index, end: m.index + m[0].length }, true);
      const k = `s${win.start}:${win.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (framed(win)) continue;
      for (const p of within(places(doc), win)) hits.add(p);
    }

    // A vulnerable person with a house-level location (number, postcode, landmark); a street alone is a neighbourhood.
    for (const m of gate(doc, G_PERSON) ? doc.matchAll(PERSON) : []) {
      const win = sentenceWindow(doc, { start: m.index, end: m.index + m[0].length }, true);
      const k = `p${win.start}:${win.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (framed(win)) continue;
      const here = within(places(doc), win);
      if (!here.some((p) => p.kind !== 'street' && p.kind !== 'estate')) continue;
      for (const p of here) hits.add(p);
    }

    // A particular adult at risk, with where they live: a street or a care home's road is enough.
    if (AT_RISK.test(text)) {
      for (const m of doc.matchAll(PARTICULAR)) {
        const win = sentenceWindow(doc, { start: m.index, end: m.index + m[0].length });
        const k = `a${win.start}:${win.end}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const sentence = text.slice(win.start, win.end);
        if (!AT_RISK.test(sentence) || !RESIDES.test(sentence) || framed(win)) continue;
        for (const p of within(places(doc), win)) if (p.kind !== 'estate') hits.add(p);
      }
    }

    // Key-safe and door codes next to a vulnerable person or a home (also security/credentials).
    if (/code/i.test(text) && (hits.size > 0 || (gate(doc, G_PERSON) && PERSON_ANY.test(text)))) {
      for (const m of doc.matchAll(KEY_SAFE)) {
        const code = m[1];
        const s = m.index + m[0].length - code.length;
        hits.add({ start: s, end: s + code.length });
      }
    }
    return hits.hits();
  },
});
