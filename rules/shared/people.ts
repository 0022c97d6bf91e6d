/**
 * A fast, NLP-free named-person detector (catalog §1.3, §1.6). Finds, in the original text:
 *  - honorific + name: "Mrs Patel", "Cllr Ahmed", "Dr. Siobhan O'Reilly", "Councillor Brown"  (kind 'honorific')
 *  - capitalised First Last pairs: "Kevin Hughes", "Aisha Begum", "The Nowak family"            (kind 'full')
 *    — a pair at the start of a sentence only counts when its first word is a known first name;
 *      place, street and organisation words ("Sheffield Road", "Barnsley Council") never count.
 *  - single first names from a compact, diverse UK list: "Sue", "Kev", "Priya", "Wojciech"      (kind 'first')
 *  - @mentions: "@JaneDoe"                                                                      (kind 'mention')
 *  - the member's lists: officers, councillors, family names (literal matching)                 (kind 'listed')
 *  - names no list has, from context: "spoke to Bohdan", "Thierry from the Co-op"              (kind 'first')
 *  - in full analysis only, the NLP layer's people (compromise), minus places ("Victoria Mews")  (kind 'full'/'first')
 *
 * A capitalised pair where neither word is a known first name or surname is marked `weak`
 * ("Miners Welfare" could be a person): use it as weak evidence only.
 *
 * Use `people(doc)` (memoised per draft) and `personNear(doc, span, maxTokens)`.
 * Cost: a handful of linear regex passes; no NLP. `doc.nlp` is not needed.
 */
import type { TextDoc } from '../doc';
import type { Span } from '../types';
import { LiteralMatcher } from './literal';
import { defineGate, gate } from '../cues';
import { nlpParse } from './nlp-doc';

export type PersonKind = 'honorific' | 'full' | 'first' | 'mention' | 'listed';

export interface PersonMention extends Span {
  /** The name as written (without the leading honorific for 'honorific', without "@" for mentions). */
  name: string;
  kind: PersonKind;
  /** For 'listed': which list it came from. */
  list?: 'officers' | 'councillors' | 'familyNames';
  /** For 'honorific': the title as written ("Mrs", "Cllr"). */
  title?: string;
  /** True for @mentions and honorific-less names that look like organisations (@BarnsleyCouncil). */
  org?: boolean;
  /** A capitalised pair where neither word is a known first name or surname ("Miners Welfare" could be one): use as weak evidence only. */
  weak?: boolean;
}

/** Honorifics that introduce a person's name. */
const HONORIFIC_RE =
  /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Rev|Revd|Reverend|Prof|Professor|Father|Sister|Imam|Rabbi)\b\.?[ \t]+((?:O['’]|Mc|Mac|De |Van |Al-|El-)?[A-Z][A-Za-z'’-]{0,30})(?:[ \t]+((?:O['’]|Mc|Mac)?[A-Z][A-Za-z'’-]{1,30}))?/g;

/** Two (or three) capitalised words. */
const PAIR_RE = /\b([A-Z][a-z'’]{1,20}(?:-[A-Z][a-z]{1,20})?)[ \t]+((?:O['’]|Mc|Mac|D['’])?[A-Z][a-z'’]{1,25}(?:-[A-Z][a-z]{1,20})?)\b/g;

/** "the Nowak family", "the Smiths" is not attempted. */
const FAMILY_RE = /\b[Tt]he[ \t]+([A-Z][a-z'’]{2,20}(?:-[A-Z][a-z]{1,20})?)[ \t]+family\b/g;

const MENTION_RE = /(?<![\w@.])@([A-Za-z0-9_]{2,30})\b/g;

const WORD_RE = /\b[A-Z][a-z'’]{1,20}\b/g;

/** A capitalised word in a slot that only a person fills. */
const CONTEXT_BEFORE_RE = /\b(?:[Kk]eep|[Pp]ray(?:ing)? for|[Tt]houghts are with|[Mm]essage from|[Mm]essaged by|[Ss]poke(?:n)? to|[Ss]peaking to|[Tt]alked to|[Cc]hatting with|[Cc]hatted (?:to|with)|[Vv]isited|[Hh]elping|[Ss]upporting) ([A-Z][a-z]{2,15})\b(?![ \t]+[A-Z])(?!['’]s[ \t]+[A-Z])/g;
const CONTEXT_AFTER_RE = /(?:^|[.!?\n][ \t]*|\b(?:and|but|so|because|said|says|that)[ \t]+)([A-Z][a-z]{2,15}) from (?:the |number |no\.? ?|flat )/g;

// Words every match of a pattern holds, as gates (rules/cues.ts): a draft without any of them skips that scan.
const G_HONORIFIC = defineGate('people/honorific', { words: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'rev', 'revd', 'reverend', 'prof', 'professor', 'father', 'sister', 'imam', 'rabbi'] });
const G_CONTEXT_BEFORE = defineGate('people/context-before', { words: ['keep', 'pray', 'praying', 'thoughts', 'message', 'messaged', 'spoke', 'spoken', 'speaking', 'talked', 'chatting', 'chatted', 'visited', 'helping', 'supporting'] });
const G_FAMILY = defineGate('people/family', { words: ['family'] });
const G_FROM = defineGate('people/from', { words: ['from'] });

/** Not a place, organisation, month or ordinary word shape ("Help", "Funding", "Residents"). */
function plausibleName(w: string): boolean {
  const l = w.toLowerCase();
  if (NOT_NAME.has(l) || HONORIFIC_ONLY.has(l)) return false;
  if (/(?:ing|ion|ions|ment|ments|ness|ity|ers|ies|ed|ful|less|ship|ance|ence|ism|ist|ists|ive|ous|able|ible)$/.test(l)) return false;
  return !COMMON_CAPITALISED.has(l);
}
const COMMON_CAPITALISED = new Set('help news update letter email message support money word data information advice report reports everyone anyone someone nobody everybody people residents staff police officers council councillors mum dad nan grandad granny auntie uncle santa god jesus allah lord'.split(' '));

/**
 * Compact list of UK first names (lower case), chosen for breadth: common English, Scottish,
 * Welsh, Irish, South Asian, Muslim, Polish and other Eastern European, Caribbean and African
 * names, with the short forms people actually write (Kev, Sue, Mo, Dave).
 */
const FIRST_NAME_LIST = `
aaron abbie abby abdul abdullah abi abigail ada adam adeel adel adrian agnieszka ahmad ahmed aidan aileen aimee aisha alan alana albert alex alexander alexandra alf alfie ali alice alicja alison amanda amar amber amelia amina amir amit amna amy ana andrea andrew andy angela angus anil anita anjali ann anna anne annette annie anthony anton antonio anwar archie arjun arthur asha ashley asif asim aslam aurelia ava ayesha aziz
barbara barry bartosz basia becky bella ben benjamin bernadette bernard beth bethan betty bev beverley bill billy blessing bob bobby bogdan brenda brendan brian bridget bronwen bryony
cameron carl carla carly carol callum caroline carys cath catherine cathy cerys charlie charlotte chelsea cheryl chidi chloe chris christine christopher ciara ciaran claire clare colin connor craig
dafydd daisy dale damian dan daniel danielle danny daphne darren darryl dave david dawn dean debbie deborah declan dee deepak denise dennis derek dev diane dilip dionne dominic donna doreen dorota dot dougie dylan
ed eddie edith edna edward efe eileen elaine eleanor elena elif elizabeth ella ellie emily emma emeka eric erin esther ethan eugene eunice eve evelyn ewa
faisal farah farhan fatima fatma fiona florence francesca frank fraser freddie freya
gail gareth gary gaz gemma geoff geoffrey george georgia gerald gerry gill gillian gordon graham grant greg gurpreet gwen
habib hamid hamza hannah harpreet harriet harry harvey hassan hayley heather helen henry hilary holly hugh hussain
iain ian ibrahim idris imran ioana iqbal irene isaac isabel isabella isla ismail ivan
jack jackie jacob jade jagdeep jake james jamie jan jane janet janice jas jasmine jason jaspal jay jayden jean jeff jen jenny jeremy jess jessica jill jim jimmy jo joan joanne joe joel john johnny jon jonathan jordan joseph josh joshua joyce judith judy julia julie justin
kai kamal kareem karen kasia kate katie katarzyna kath kathleen kathryn kay keeley keith kelly ken kenny kerry kev kevin khadija kieran kim kirsty krishna kuba kwame kyle
lara laura lauren leah lee leon leroy lesley leslie liam lily lindsey linda lisa liz lois lorna lorraine louise lucas lucy luke lynn lynne
madeleine mags magda maggie mandy manoj mairead malcolm marcus margaret maria marie marian marion marek mariusz marjorie mark martin martyn mary maryam mateusz matt matthew maureen megan mehmet mel melanie michael michaela michelle mick mike mohamed mohammad mohammed mohammad mo monika morag muhammad mustafa
nadia naomi naveed nasreen nathan neil nia niamh nicholas nicola nigel nikki noah noreen norma norman nuala
oliver olivia olu omar oscar owen
paddy pam pamela parveen patricia patrick paul paula pauline pawel peter phil philip phoebe piotr pete precious priya
rachel rahul raj rajesh ramesh rashid ravi ray raymond rebecca reece rhian rhys richard rick rita rob robert robbie rodney roger rohan ronnie rosie ross roy ruth ryan
saba sadia sajid sally salma sam samantha samir samuel sandra sanjay sara sarah saskia scott sean shabana shahid shane shannon sharon shaun sheila shirley shona siobhan simon sinead sophie stacey stan stanley stephanie stephen steve steven stewart stuart sue sukhvinder sunil susan suzanne szymon
tahir tanya tariq tasha ted teresa terry thomas tim timothy tina toby tom tomasz tommy tony tracey tracy trevor tyler
usman
valerie vanessa vicky victoria vijay vikram vince vivienne
wanda wayne wendy will william wojciech
yasmin yusuf yvonne
leanne amira jodie kayleigh natalie nicole samira rukhsana nasir zubair adnan bilal jamal tyrone delroy winston marcia kerry-ann tegan lowri ffion gethin iwan aled dylan sian mared seren aoife orla roisin padraig seamus eoin niall fergal callum euan fraser hamish kirsteen mhairi ailsa kenny jock shona morven tahira nusrat farzana rizwan zeeshan waqar usma humaira haris faisal junaid kamran shazia tanveer harjit manjit balvinder kuldeep jaswinder rupinder navdeep simran gurdeep ravinder paramjit inderjit dariusz krzysztof jakub kamil lukasz marta ola zuzanna oksana olena andriy vasile mihai andreea elena florin gheorghe adebola chiamaka ngozi funmi tunde segun kofi ama abena yaw kwabena tendai chipo thabo ayodele fola temi bukola nkechi obinna chinedu ikenna ifeoma amara aaliyah aminah hafsa hira iqra laiba maryam mehwish rabia sana sidra tayyaba ahsan arslan hamza saqib tahir umar yasir zain
zainab zara zoe zofia
`;

/** Common UK surnames (lower case), English, Scottish, Welsh, Irish, South Asian, Polish, Romanian and West African. */
const SURNAME_LIST = `
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce brooks lawrence cole atkinson bradley spencer dawson ball burton o'brien watts perry ryan wells armstrong francis rees hayes hart hudson newman barrett webster hunter gregory carr lowe page marsh riley dunn woods parsons berry stone reid holland hawkins harding porter robertson newton oliver reed kennedy williamson bird gardner shah bates henderson parry burgess bishop walton burns nicholson shepherd ross freeman warren nicholls hamilton byrne sutton mcdonald yates hodgson robson curtis hopkins o'connor harper coleman watkins moss mccarthy chambers o'neill griffin sharp hardy wheeler potter osborne johnston gordon doyle wallace hutchinson rowe burke pritchard gilbert willis higgins miles stevenson stephenson hammond arnold buckley walters hewitt barber nelson slater austin sullivan whitehead mann frost lambert stephens blake akhtar lynch goodwin barton woodward thomson cunningham quinn barnett baxter bibi clayton nash greenwood jennings holt kemp poole gallagher bond stokes tucker davidson fowler heath middleton lawson banks french stanley jarvis gibbs ferguson hayward carroll douglas dickinson todd barlow peters lucas knowles hartley miah simmons morton morrison norris townsend preston hancock thornton baldwin burrows briggs storey pollard
hirst dyson haigh senior booth armitage greaves sykes hinchliffe gledhill wainwright lees rhodes ramsden kirk
nowak kowalski wisniewski wiśniewski wozniak kaminski lewandowski zielinski szymanski dabrowski popescu ionescu popa okafor okonkwo adeyemi mensah owusu boateng oyelaran ogunleye adebayo iqbal mahmood rahman uddin chowdhury islam hossain malik aslam butt raja qureshi mirza sharma kumar gupta mistry parmar chauhan desai joshi o'reilly mcallister brannigan nolan mcgrath doherty kavanagh
`;
export const SURNAMES: ReadonlySet<string> = new Set(SURNAME_LIST.split(/\s+/).filter(Boolean));

/** First names that are also ordinary words, months or places: only accepted mid-sentence, never as bare capitalised sentence starters. */
const AMBIGUOUS = new Set(['will', 'bill', 'mark', 'dawn', 'holly', 'grant', 'frank', 'rob', 'jack', 'sue', 'amber', 'dot', 'mo', 'kay', 'jay', 'dee', 'ray', 'eve', 'lee', 'dale', 'dean', 'gill', 'faith', 'hope', 'joy', 'pat', 'mags', 'ed', 'jan', 'rick', 'ken', 'norman', 'jo', 'lily', 'daisy', 'victoria', 'jade', 'justin', 'carol', 'jasmine', 'stan', 'precious', 'grace', 'rose', 'summer', 'chase', 'miles', 'may', 'june', 'april', 'august']);
/** After an ambiguous name at a sentence start, these make it a person: "Ray has…", "Sue's…", "Dean from…". */
const PERSON_VERB = /^(?:['’]s\b|[ \t]+(?:has|had|is|was|from|at|and|said|says|who|told|lives|lived|asked|rang|called|wants|needs|came|went|got|does|did|can't|won't|isn't|wasn't|hasn't)\b)/;

export const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAME_LIST.split(/\s+/).filter(Boolean));

/**
 * The first three letters of every first name (the two of a two-letter name, with 0 for the third), as a
 * 27×27×27 bitmap: most capitalised words ("The", "Council", "Residents") fail it before any string is made.
 */
const FIRST_PREFIX = (() => {
  const t = new Uint8Array(27 * 27 * 27);
  for (const n of FIRST_NAMES) if (/^[a-z]{2,}$/.test(n)) t[letterKey(n.charCodeAt(0), n.charCodeAt(1), n.length > 2 ? n.charCodeAt(2) : 0)] = 1;
  return t;
})();
function letterKey(a: number, b: number, c: number): number {
  a |= 0x20;
  a = a >= 97 && a <= 122 ? a - 96 : 0;
  b = b >= 97 && b <= 122 ? b - 96 : 0;
  c = c >= 97 && c <= 122 ? c - 96 : 0;
  return (a * 27 + b) * 27 + c;
}

/** Words that start or complete a capitalised pair but are not names: places, streets, organisations, days, months, common sentence words. */
const NOT_NAME = new Set(
  `
street st road rd lane ln avenue ave close drive dr way crescent court grove terrace place gardens walk hill row mews view rise square green park estate parade fold croft gate yard wharf bridge
council councils borough metropolitan mbc county town city parish village ward wards hall halls centre center library church chapel mosque temple gurdwara synagogue school schools primary academy college university nursery infants juniors hospital surgery clinic practice pharmacy
house home homes court office offices station depot market arms inn hotel club tavern pub cafe café bar shop store stores ltd limited plc group trust foundation association society partnership network forum committee cabinet board team services service department police fire ambulance nhs icb trust
credit universal allowance benefit tax act policy plan strategy fund scheme project week month day year pride festival fair gala show awards
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter
the a an this that these those my our your his her their its we i you he she they it and or but so if when while after before today tonight tomorrow yesterday
good great happy thanks thank well congratulations welcome hello hi dear please sorry remember reminder update news breaking huge big new old local lovely fantastic brilliant amazing proud shame
north south east west upper lower high low little great old new saint st
barnsley bury sheffield wakefield rotherham doncaster leeds manchester bolton rochdale oldham salford stockport wigan london york hull bradford huddersfield halifax penistone hoyland worsbrough cudworth royston athersley kendray darton dodworth goldthorpe wombwell ramsbottom tottington radcliffe prestwich whitefield heywood
england scotland wales britain uk united kingdom european labour conservative tory tories liberal democrats lib dem green reform independent
facebook twitter instagram nextdoor whatsapp google youtube tiktok
covid coronavirus
welfare advice citizens miners friends volunteers residents tenants neighbours members officers councillors staff team care services health social housing homes
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words that make a pair an organisation or a place: "Smith Roofing", "Bury Pride", "Oakwood Care". */
const ORG_TAIL = /^(Roofing|Builders|Building|Plumbing|Electrical|Taxis?|Motors|Garage|Homes|Developments|Properties|Estates|Lettings|Construction|Services|Solutions|Consulting|Care|Cars|Coaches|Travel|Foods?|Bakery|Butchers|Chippy|Kitchen|Pizza|Carpets|Flooring|Landscapes|Gardening|Cleaning|Transport|Logistics|Fitness|Gym|Academy|Pride|Rovers|United|City|Athletic|Wanderers|Harriers|Rugby|Cricket|Tennis|Bowls|Bowling|Band|Choir|Players|Scouts|Guides|Brownies|Cubs|Beavers|Rangers|Friends|Partnership|Alliance|Heritage|Museum|Theatre|Cinema|Gallery|Library|Wood|Woods|Valley|Moor|Common|Reservoir|Dam|Canal|River|Brook|Way|End|Bank|Top|Bottom|Side|Fields?|Farm|Mill|Mills|Works|Colliery|Pit|Quarry)$/;

const HONORIFIC_ONLY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'rev', 'revd', 'reverend', 'prof', 'professor', 'father', 'sister', 'imam', 'rabbi']);

/** Handles that are organisations, not people (@BarnsleyCouncil, @SYPolice, @NHSEngland). */
const ORG_HANDLE = /(council|gov|police|nhs|fire|news|official|uk$|hq$|team|group|trust|library|libraries|services|transport|buses|rail|cc$|mbc$|lab(our)?|tor(y|ies)|libdems?|greens?|party|fc$|club|school|academy|college|uni|church|charity|foodbank|ccg|icb|dept|info|help|support)/i;

export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase().replace(/['’]s$/, ''));
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === "'" || text[i] === '‘' || text[i] === '(')) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?' || c === ':' || c === '—' || c === '–' || c === '-' || c === '•' || c === '*') return true;
  if (c === '.') {
    // "Mr. Smith", "St. John": abbreviation dots are not sentence ends.
    const w = /([A-Za-z]+)\.$/.exec(text.slice(Math.max(0, i - 6), i + 1));
    return !(w && /^(mr|mrs|ms|dr|st|cllr|rev|prof)$/i.test(w[1]));
  }
  return false;
}

interface ListMatchers {
  officers: LiteralMatcher<string>;
  councillors: LiteralMatcher<string>;
  familyNames: LiteralMatcher<string>;
}
const listCache = new WeakMap<object, ListMatchers>();

function listMatchers(doc: TextDoc): ListMatchers | null {
  const l = doc.lists;
  if (!l.officers?.length && !l.councillors?.length && !l.familyNames?.length) return null;
  let m = listCache.get(l);
  if (!m) {
    const names = (xs: unknown[] | undefined) => (xs ?? []).map((x) => (typeof x === 'string' ? x : (x as { name?: string })?.name)).filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
    m = {
      officers: new LiteralMatcher(names(l.officers)),
      councillors: new LiteralMatcher(names(l.councillors)),
      familyNames: new LiteralMatcher(names(l.familyNames)),
    };
    listCache.set(l, m);
  }
  return m;
}

/** Every person mention in the draft, sorted by position, overlapping mentions merged (the longest wins). */
export function people(doc: TextDoc): PersonMention[] {
  return doc.memo('shared/people', () => findPeople(doc));
}

function findPeople(doc: TextDoc): PersonMention[] {
  const text = doc.text;
  const out: PersonMention[] = [];

  // Listed names first: the member told us these are people.
  const lm = listMatchers(doc);
  if (lm) {
    for (const list of ['officers', 'councillors', 'familyNames'] as const) {
      for (const m of lm[list].find(doc.skeleton)) out.push({ start: m.start, end: m.end, name: text.slice(m.start, m.end), kind: 'listed', list });
    }
  }

  // Cheap gate: everything below needs a capital letter or an "@".
  if (!/[A-Z@]/.test(text)) return finish(out);

  for (const m of gate(doc, G_HONORIFIC) ? doc.matchAll(HONORIFIC_RE) : []) {
    const title = m[1];
    let name = m[2];
    let end = m.index + m[0].length;
    if (m[3] && NOT_NAME.has(m[3].toLowerCase())) {
      end = m.index + m[0].length - m[3].length;
      end = trimEnd(text, end);
    }
    if (NOT_NAME.has(name.toLowerCase()) && !/^[A-Z][a-z]+$/.test(name)) continue;
    if (HONORIFIC_ONLY.has(name.toLowerCase())) continue;
    if (m[3] && !NOT_NAME.has(m[3].toLowerCase())) name = `${name} ${m[3]}`;
    out.push({ start: m.index, end, name, kind: 'honorific', title });
  }

  for (const m of gate(doc, G_FAMILY) ? doc.matchAll(FAMILY_RE) : []) {
    if (NOT_NAME.has(m[1].toLowerCase())) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ start, end: m.index + m[0].length, name: `${m[1]} family`, kind: 'full' });
  }

  // Capitalised pairs. When a pair is rejected, its second word may start the next one ("Text Rhiannon Mensah").
  const pairAt = (m: RegExpExecArray): PersonMention | null => {
    const [, first, last] = m;
    const fl = first.toLowerCase().replace(/['’]s$/, '');
    const ll = last.toLowerCase().replace(/['’]s$/, '');
    if (HONORIFIC_ONLY.has(fl)) return null;
    if (NOT_NAME.has(ll) || ORG_TAIL.test(last)) return null;
    const known = FIRST_NAMES.has(fl);
    const knownLast = SURNAMES.has(ll);
    if (!known) {
      if (NOT_NAME.has(fl) || (isSentenceStart(text, m.index) && !knownLast)) return null;
      // A pair right before a street or organisation word is a place: "Carr Lane", "Oakwood Care Home".
      const after = /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      if (after && (NOT_NAME.has(after[1].toLowerCase()) || ORG_TAIL.test(after[1]))) return null;
    }
    if (/['’]s$/.test(first)) return null; // "Mary's Church"
    if (/\b(?:St|St\.|Saint)[ \t]+$/.test(text.slice(Math.max(0, m.index - 7), m.index))) return null;
    const weak = !known && !knownLast;
    return { start: m.index, end: m.index + m[0].length - (/['’]s$/.test(last) ? 2 : 0), name: `${first} ${last.replace(/['’]s$/, '')}`, kind: 'full', ...(weak ? { weak } : {}) };
  };
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
    const found = pairAt(m);
    if (found) out.push(found);
    else PAIR_RE.lastIndex = m.index + m[0].length - m[2].length;
  }
  PAIR_RE.lastIndex = 0;

  // A loop on the regex itself: no array of every capitalised word (most fail FIRST_PREFIX at once).
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    // A first name ("Sue", "Sue's", "Jo's") starts with the first letters of one (a word is a capital and lower-case letters).
    if (!FIRST_PREFIX[letterKey(text.charCodeAt(m.index), text.charCodeAt(m.index + 1), m[0].length > 2 ? text.charCodeAt(m.index + 2) : 0)]) continue;
    const w = m[0].replace(/['’]s$/, '');
    const lw = w.toLowerCase();
    if (!FIRST_NAMES.has(lw)) continue;
    if (AMBIGUOUS.has(lw) && isSentenceStart(text, m.index) && !PERSON_VERB.test(text.slice(m.index + w.length, m.index + w.length + 12))) continue;
    // "St Mary's Church", "St John's Ambulance": a saint is a place.
    if (/\b(?:St|St\.|Saint)[ \t]+$/.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "Will you…", "May", "Mark the date": the ambiguous ones also need to not be followed by a lower-case verb-like word at sentence start (handled above).
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (AMBIGUOUS.has(lw) && /^[ \t]+(?:you|we|it|this|that|the|be|do|not|up|off|out|of|to|a|an|is)\b/.test(next) && !/^['’]s/.test(next)) continue;
    // "Victoria Road", "Grace Street", "Holly Close": a name that is part of a place.
    const nextWord = /^[ \t]+([A-Z][a-z]+)/.exec(next);
    if (nextWord && (NOT_NAME.has(nextWord[1].toLowerCase()) || ORG_TAIL.test(nextWord[1]))) continue;
    out.push({ start: m.index, end: m.index + w.length, name: w, kind: 'first' });
  }

  // Names outside the list, from context: "spoke to Bohdan", "keep Benedetta in your thoughts", "Thierry from the Co-op".
  for (const re of [CONTEXT_BEFORE_RE, CONTEXT_AFTER_RE]) {
    if (!gate(doc, re === CONTEXT_BEFORE_RE ? G_CONTEXT_BEFORE : G_FROM)) continue;
    for (const m of doc.matchAll(re)) {
      const w = m[1];
      if (!plausibleName(w)) continue;
      const start = m.index + m[0].indexOf(w, re === CONTEXT_BEFORE_RE ? m[0].length - w.length - 1 : 0);
      out.push({ start, end: start + w.length, name: w, kind: 'first' });
    }
  }

  // Full analysis: the NLP layer's people (compromise), for names no list has.
  const parse = nlpParse(doc);
  if (parse) {
    for (const sp of parse.people) {
      const name = text.slice(sp.start, sp.end).trim();
      const words = name.split(/\s+/);
      if (!name || words.some((w) => NOT_NAME.has(w.toLowerCase().replace(/['’]s$/, '')) && !HONORIFIC_ONLY.has(w.toLowerCase().replace(/\.$/, '')))) continue;
      if (!/^[A-Z]/.test(name)) continue;
      // "Victoria Mews", "Carr Croft": a name followed by a street or organisation word is a place.
      const nextWord = /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(sp.end, sp.end + 20));
      if (nextWord && (NOT_NAME.has(nextWord[1].toLowerCase()) || ORG_TAIL.test(nextWord[1]))) continue;
      out.push({ start: sp.start, end: sp.end, name, kind: words.length > 1 ? 'full' : 'first' });
    }
  }

  if (text.includes('@')) {
    for (const m of doc.matchAll(MENTION_RE)) {
      out.push({ start: m.index, end: m.index + m[0].length, name: m[1], kind: 'mention', org: ORG_HANDLE.test(m[1]) });
    }
  }
  return finish(out);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

const KIND_RANK: Record<PersonKind, number> = { listed: 5, honorific: 4, full: 3, mention: 2, first: 1 };

function finish(ms: PersonMention[]): PersonMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_RANK[b.kind] - KIND_RANK[a.kind]);
  const out: PersonMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      // Overlap: keep the longer; on a tie, the stronger kind.
      const pl = prev.end - prev.start;
      const ml = m.end - m.start;
      if (ml > pl || (ml === pl && KIND_RANK[m.kind] > KIND_RANK[prev.kind])) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Whether a person other than an @mention may start inside a span (a cheap superset of people(doc) there, without
 * finding them): every such person has a capitalised word that is a title, a first name, or not one of NOT_NAME's
 * words (a pair's second word, the name after a title or before "family", a name from context). "Church Lane",
 * "The Council" or "Park Street" alone are none. Member lists and the NLP layer add people any word may be: true.
 */
export function mayHavePersonIn(doc: TextDoc, span: Span): boolean {
  const l = doc.lists;
  if (doc.nlp || l.officers?.length || l.councillors?.length || l.familyNames?.length) return true;
  const text = doc.text;
  CAPITALISED.lastIndex = span.start;
  for (let m = CAPITALISED.exec(text); m && m.index < span.end; m = CAPITALISED.exec(text)) {
    const lower = m[0].toLowerCase();
    const stripped = lower.replace(/['’]s$/, '');
    if (!NOT_NAME.has(lower) || !NOT_NAME.has(stripped) || FIRST_NAMES.has(stripped) || HONORIFIC_ONLY.has(stripped)) {
      CAPITALISED.lastIndex = 0;
      return true;
    }
  }
  CAPITALISED.lastIndex = 0;
  return false;
}
/** A capitalised word and the name characters after it, two characters or more (every name word is). */
const CAPITALISED = /[A-Z][a-z'’][A-Za-z'’-]*/g;

/** People who are private individuals as far as the text shows: not @organisations. */
export function privatePeople(doc: TextDoc): PersonMention[] {
  return people(doc).filter((p) => !p.org);
}

/** Number of whitespace-separated words in text[a, b). */
export function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

/**
 * The nearest person mention within `maxTokens` words of a span (either side), or null.
 * Organisations (@BarnsleyCouncil) are ignored unless `includeOrgs`.
 */
export function personNear(doc: TextDoc, span: Span, maxTokens = 8, includeOrgs = false): PersonMention | null {
  let best: PersonMention | null = null;
  let bestD = Infinity;
  // Words are rarely longer than 30 characters with their spaces: a cheap bound before counting (keeps long drafts linear).
  const reach = (maxTokens + 1) * 30;
  for (const p of people(doc)) {
    if (p.end < span.start - reach) continue;
    if (p.start > span.end + reach) break;
    if (p.org && !includeOrgs) continue;
    let d: number;
    if (p.end <= span.start) d = wordsBetween(doc.text, p.end, span.start);
    else if (p.start >= span.end) d = wordsBetween(doc.text, span.end, p.start);
    else d = 0;
    if (d <= maxTokens && d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

/** Person mentions inside a span (e.g. a sentence). */
export function peopleIn(doc: TextDoc, span: Span, includeOrgs = false): PersonMention[] {
  return people(doc).filter((p) => p.start >= span.start && p.end <= span.end && (includeOrgs || !p.org));
}
