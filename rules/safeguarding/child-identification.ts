import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Span } from '../types';
import { HitSet, strongEnough, ageCues, attends, careStatus, childNouns, listedFamilyNames, mayMentionChild, namedChildren, organisedGroups, overlaps, places, routines, schools, sentenceWindow, within } from '../shared/children';

// A photo of a group plus a team, class or event word: "our under-11s … new kit", "Year 6 class trip".
const GROUP_CONTEXT = /\b(?:team|squad|class|kit|match|trip|assembly|nativity|sports day|performance|concert|party|winners|players|champions|cup|trophy|medals?|tournament|gala|presentation|prize|visit|visited|played|with their)\b/i;
// An official missing-person appeal is meant to be shared: a nudge, not a stop.
const POLICE_APPEAL = /\b(?:police (?:are |have )?(?:appeal(?:ing|ed)?|asked|issued)|missing (?:person )?appeal|last seen (?:on|in|at|wearing)|have you seen)\b/i;
// Flyers and adverts for children's activities, and the council's announcements to families (admissions,
// deadlines, jabs, where to find out more), do not show particular children.
const ADVERT = /\b(?:free places|places available|book (?:now|online|a place|your)|sign up|register (?:now|online|at)|open to all|all welcome|ages? \d{1,2}\s?[-–]\s?\d{1,2}|aged \d{1,2}\s?[-–]\s?\d{1,2}|apply (?:now|online|by|for|at)|applications? (?:open|close|deadline)|admissions?|deadline|closing date|term dates|vaccinations?|immuni[sz]ations?|find out more|more info(?:rmation)?|details (?:at|on|here))\b|\.gov\.uk\b/i;

export default defineRule({
  id: 'safeguarding/child-identification',
  family: 'safeguarding',
  title: 'Details or images that could identify a child',
  severity: 'stop',
  sets: ['personal-data'],
  lists: { uses: ['childrensSchools', 'familyNames'], withoutThem: 'generic-cues' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Breach of safeguarding using images or personal details leading to the exploitation of vulnerable individuals.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Safeguarding issues are paramount because social media sites are often misused by offenders.' },
    { file: '000_02512859952f4825.txt', section: "Managing situations when you're out in the community", quote: 'Examples include in a family centre with children in the area' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people, including photographs' },
  ],
  message:
    "This could identify a child (name, school, photo or routine). Offenders can misuse this kind of detail. Remove the child's name and school, or check you have parental consent and the school's OK.",
  action: "Remove the child's name and school, or check you have parental consent and the school's OK.",
  examples: {
    trigger: [
      { text: "Well done to Lily-Mae Turner (8) from Oakfield Primary for winning the Mayor's poster competition!", context: { hasMedia: true, mediaKind: 'image' }, severity: 'stop', source: 'catalog R24 #1' },
      { text: "The lad who's been smashing windows is Tyler from Hillside Academy, year 9, lives on the Kendray estate.", severity: 'stop', source: 'catalog R24 #2' },
      { text: "My daughter Sophie walks home from St Aidan's at 3:15 on her own and that crossing is lethal.", severity: 'stop', source: 'catalog R24 #3' },
      { text: 'Two foster children placed on Elm Crescent last week are running riot.', severity: 'stop', source: 'catalog R24 #4' },
      { text: 'Our under-11s at Brookside Juniors with their new kit!', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R24 #5' },
      { text: 'Huge congratulations to Jayden Walsh, aged 11, who lives on Pogmoor Road, for his swimming medal!', severity: 'stop' },
      { text: 'Proud of our grandson Alfie, who plays for Dodworth Juniors every Saturday at 10:00.', severity: 'stop' },
      { text: 'Poppy loving her first day in the big school!', context: { hasMedia: true, mediaKind: 'image' }, settings: { lists: { familyNames: ['Poppy'] } }, severity: 'warn' },
      { text: 'Poppy (6) with her certificate from Moorgate Primary', severity: 'stop' },
      { text: 'The looked-after child at 4 Station Road keeps going missing.', severity: 'stop' },
      // Examples added after the speed drafts were recorded carry `settings: {}`: bench/data/speed-texts.ts
      // mixes only examples without settings into its drafts, so those drafts (and every family's snapshot
      // of them) stay as recorded. An empty settings object analyses exactly like none.
      // A photo of a group children belong to, without names (warn: a consent check).
      { text: 'Thanks to 1st Hoyland Brownies for planting the bulbs by the cenotaph.', context: { hasMedia: true, mediaKind: 'image' }, settings: {}, severity: 'warn' },
      { text: 'Year 3 from Athersley North paid us a visit in the council chamber today!', context: { hasMedia: true, mediaKind: 'image' }, settings: {}, severity: 'warn' },
      { text: 'Brilliant effort from the Wombwell U9s in the sleet this morning.', context: { hasMedia: true, mediaKind: 'image' }, settings: {}, severity: 'warn' },
      // A child's name said as a child's ("little Evie", "Freddie's first sports day", "… He's 9") with where to find them.
      { text: 'Little Evie, who goes to Worsbrough Bank, has raised £150 for the hospice.', settings: {}, severity: 'stop' },
      { text: "Freddie's first sports day at Jump Primary – he came second!", settings: {}, severity: 'stop' },
      { text: "Lucas from Kendray needs a new bike. He's 9 and cycles to school along Pogmoor Road.", settings: {}, severity: 'stop' },
    ],
    quiet: [
      { text: 'Congratulations to all the pupils at Oakfield Primary on their Ofsted result!', source: 'catalog R24 #1' },
      { text: 'Holiday activity club for children aged 5–11 at the library this summer — free places available.', source: 'catalog R24 #2' },
      { text: "I've asked for a crossing patrol outside St Aidan's after concerns from parents.", source: 'catalog R24 #3' },
      { text: "Children's services budget to rise by 4% — good news for families.", source: 'catalog R24 #4' },
      { text: 'Final result: Labour (12), Conservative (8), Lib Dem (3), Independent (2).' },
      { text: 'Sophie Jones, head teacher at Oakfield Primary, has done a brilliant job this year.' },
      { text: 'We need more foster carers and better support for looked-after children across the borough.' },
      { text: 'Holiday club for children aged 5–11 at Kendray library — book online, free places available.', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'A boy was knocked off his bike on Park Road today; I have asked highways for a crossing.' },
      { text: 'Item (8) on the agenda is the school transport review for year 9 pupils.' },
      { text: 'Police are appealing for information about a missing 14-year-old girl, Chloe Smith, last seen on Sheffield Road. Please share.', allowInfo: true },
      { text: 'Shout out to the Cubs who helped at the litter pick on Sunday.', settings: {} },
      { text: 'Year 1 of our five-year plan: here is what we delivered.', context: { hasMedia: true, mediaKind: 'image' }, settings: {} },
      { text: 'Beavers are back in the Dearne valley after 400 years.', context: { hasMedia: true, mediaKind: 'image' }, settings: {} },
      { text: 'Free swimming for under-16s all summer at the Metrodome!', context: { hasMedia: true, mediaKind: 'image' }, settings: {} },
      { text: "Barnsley's first nativity trail opens in the town centre on Saturday.", settings: {} },
      { text: 'Young Carers Week: thank you to every young carer in the borough.', settings: {} },
      { text: "Sarah Brown has joined the ward team. She's 10 minutes from the office most days.", settings: {} },
    ],
  },
  // The words of mayMentionChild (shared/children.ts), which every draft without a photo must pass:
  // "under-11s" reads as "under", "under11s" and "u11s" as one word (prefixes), "(8)" needs its bracket;
  // a name said as a child's: "young/little/wee Name", "he's/she's 11", "Name's first nativity".
  cues: {
    words: [
      'kid', 'kids', 'child', 'children', 'pupil', 'pupils', 'son', 'sons', 'daughter', 'daughters', 'boy', 'boys', 'girl', 'girls', 'lad', 'lads',
      'lass', 'toddler', 'toddlers', 'baby', 'babies', 'teen', 'teens', 'teenager', 'teenagers', 'teenage', 'youngster', 'youngsters', 'grandson',
      'granddaughter', 'grandchild', 'grandchildren', 'grandkids', 'stepson', 'stepdaughter', 'year', 'aged', 'under', 'foster', 'looked', 'care',
      'adopted', 'juniors', 'infants', 'primary', 'academy', 'school', 'nursery',
      'young', 'little', 'wee', 'hes', 'shes', 'nativity', 'sports', 'christening', 'prom', 'leavers', 'parents', 'swimming', 'dance', 'birthday',
    ],
    prefixes: ['under0', 'under1', 'under2', 'under3', 'under4', 'under5', 'under6', 'under7', 'under8', 'under9', 'u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'],
    chars: '(',
    when: (doc) => !!doc.context.hasMedia,
  },
  detect(doc) {
    // Without a photo, a finding needs a child in care or a named child (steps 1 and 2). Their helpers skip the
    // scans whose words the draft lacks, so asking them first is cheaper than the MAY_CHILD test, which then
    // runs only on drafts where one of them found something.
    if (!doc.context.hasMedia && ((!careStatus(doc).some(isCare) && namedChildren(doc).length === 0) || !mayMentionChild(doc.text))) return [];
    const hits = new HitSet();
    const hasImage = doc.context.hasMedia === true;
    // Windows repeat on long drafts: identify each window's details once.
    const idCache = new Map<string, Span[]>();
    const idsIn = (win: Span): { ids: Span[]; fresh: boolean } => {
      const k = `${win.start}:${win.end}`;
      const got = idCache.get(k);
      if (got) return { ids: got, fresh: false };
      const ids = identifiers(doc, win);
      idCache.set(k, ids);
      return { ids, fresh: true };
    };

    // 1. Care status of particular children, with a place, a name, a school or an age.
    const careWins = new Set<string>();
    for (const c of careStatus(doc)) {
      if (!isCare(c)) continue;
      const win = sentenceWindow(doc, c, true);
      const wk = `${win.start}:${win.end}`;
      if (careWins.has(wk)) {
        hits.add(c, 'stop');
        continue;
      }
      careWins.add(wk);
      const ids: Span[] = [
        ...within(places(doc), win),
        ...within(namedChildren(doc), win),
        ...within(schools(doc), win),
        ...within(ageCues(doc), win).filter((a) => a.kind !== 'range'),
      ];
      if (ids.length === 0) continue;
      hits.add(c, 'stop');
      for (const i of ids) hits.add(i, 'stop');
    }

    // 2. A named child with a school, an age, a street or a routine; a named child in a photo.
    for (const n of namedChildren(doc)) {
      const { ids, fresh } = idsIn(sentenceWindow(doc, n, true));
      if (ids.some((i) => !overlaps(i, n))) {
        hits.add(n, 'stop');
        if (fresh) for (const i of ids) if (!overlaps(i, n)) hits.add(i, 'stop');
      } else if (hasImage && n.strength === 'tied') hits.add(n, 'warn');
    }

    // 3. A listed family name in a photo post.
    if (hasImage && hits.size === 0 && doc.lists.familyNames?.length) {
      const listed = familyInPhoto(doc);
      if (listed) hits.add(listed, 'warn');
    }

    // 4. A photo of a group of children without names: a group children belong to (Cubs, Year 6, our
    // under-11s) on its own; other group words at a school, club or event.
    if (hasImage && hits.size === 0 && !ADVERT.test(doc.text)) {
      const organised = organisedGroups(doc);
      const groups = organised.length > 0 ? organised : childNouns(doc).filter((c) => c.kind === 'group');
      if (groups.length > 0) {
        const sch = schools(doc).filter((s) => s.kind !== 'saint');
        if (organised.length > 0 || sch.length > 0 || GROUP_CONTEXT.test(doc.text)) {
          hits.add(groups[0], 'warn');
          for (const s of sch) hits.add(s, 'warn');
        }
      }
    }
    const out = hits.hits();
    if (out.length > 0 && POLICE_APPEAL.test(doc.text)) for (const h of out) h.severity = 'info';
    return out;
  },
});

/** A child's care status (step 1); a children's home's location is R25's. */
function isCare(c: { kind: string; text: string }): boolean {
  return c.kind === 'care' && !/children['’]s home/i.test(c.text);
}

function identifiers(doc: TextDoc, win: Span): Span[] {
  return strongEnough([
    ...within(schools(doc), win),
    ...within(attends(doc), win).filter((a) => !schools(doc).some((s) => overlaps(s, a))),
    ...within(ageCues(doc), win).filter((a) => a.kind !== 'range'),
    ...within(places(doc), win).filter((p) => p.kind !== 'landmark'),
    ...within(routines(doc), win),
  ]);
}

function familyInPhoto(doc: TextDoc): Span | null {
  return listedFamilyNames(doc)[0] ?? null;
}
