/**
 * Slurs by protected characteristic (Equality Act 2010: race, religion or belief, sexual orientation,
 * gender reassignment, disability, sex, age). Shipped unmasked because matching needs the real forms;
 * the catalog's masked forms (p*key, r3tard, tr*nny, p.a.k.i.s) are found by the matcher.
 *
 * `framed: true` marks words that are also ordinary words or reclaimed terms (queer, dyke, fag,
 * faggot, bender, coon, chink, cripple, bitch…): they count as slurs only in a slur construction
 * ("you're just a X", "typical X behaviour", "bunch of X", "X like you", "too many X", "X can't help
 * themselves"), never in "queer film night", "a fag and a pint" or "a chink in the armour".
 */
export type Characteristic = 'race' | 'religion' | 'sexual-orientation' | 'gender-identity' | 'disability' | 'sex' | 'age' | 'nationality';

export interface SlurEntry {
  term: string;
  characteristic: Characteristic;
  framed?: boolean;
}

const s = (characteristic: Characteristic, framed: boolean, terms: string[]): SlurEntry[] => terms.map((term) => ({ term, characteristic, framed: framed || undefined }));

export const SLURS: SlurEntry[] = [
  ...s('race', false, [
    'nigger', 'niggers', 'nigguh', 'negroid', 'paki', 'pakis', 'pakki', 'pakkis', 'paky', 'pikey', 'pikeys', 'gyppo', 'gyppos', 'gippo', 'gippos', 'gypo', 'gypos', 'pikie',
    'wog', 'wogs', 'golliwog', 'sambo', 'darkie', 'darky', 'jungle bunny', 'porch monkey', 'spic', 'spick', 'wetback', 'beaner', 'gook', 'chinky', 'chingchong', 'ching chong', 'zipperhead',
    'raghead', 'towelhead', 'sand nigger', 'half caste', 'curry muncher', 'bogtrotter', 'kaffir', 'kafir', 'abo', 'boong', 'coolie', 'dago', 'polack', 'gringo', 'africoon', 'arabush', 'abeed',
    'rapefugee', 'rapefugees', 'white trash', 'whitey', 'whiteys', 'niglet', 'niglets', 'nigglet', 'nigglets', 'border hopper', 'border hoppers', 'shitskin', 'mudslime', 'cotton picker', 'monkey boy', 'taig', 'tinkers', 'knacker', 'knackers',
  ]),
  ...s('race', true, ['cracker', 'crackers', 'nig', 'nigs', 'spook', 'spooks', 'wop', 'wops', 'nigga', 'niggas', 'niggaz', 'coon', 'coons', 'chink', 'chinks', 'nip', 'nips', 'jap', 'japs', 'spade', 'spades', 'pickaninny', 'gyp', 'tinker', 'negro', 'negros', 'negroes', 'coloureds', 'kraut', 'frog', 'paddy']),
  ...s('religion', false, ['kike', 'kikes', 'muzzie', 'muzzies', 'muzrat', 'muzrats', 'mozzie', 'christ killer', 'christ killers', 'camel fucker', 'camel fuckers', 'goat fucker', 'goat fuckers', 'hymie', 'heeb', 'bible basher', 'fenian', 'fenians', 'prod', 'taigs']),
  ...s('religion', true, ['jihadi', 'jihadis', 'shylock', 'yid', 'yids', 'moslem', 'mohammedan']),
  ...s('sexual-orientation', false, ['faggot', 'faggots', 'fag', 'fags', 'fagget', 'faggy', 'poof', 'poofs', 'poofter', 'poofters', 'pooftah', 'batty boy', 'battyman', 'batty man', 'shirt lifter', 'shirtlifter', 'fudge packer', 'fudgepacker', 'lezza', 'lezzer', 'lesbo', 'lezzie', 'carpet muncher', 'muff diver', 'sodomite', 'sodomites', 'bum boy', 'nancy boy', 'homo', 'homos']),
  ...s('sexual-orientation', true, ['queer', 'queers', 'dyke', 'dykes', 'bender', 'benders', 'pansy', 'fairy', 'fairies', 'poove']),
  ...s('gender-identity', false, ['tranny', 'trannies', 'trannie', 'shemale', 'shemales', 'she male', 'he she', 'heshe', 'troon', 'troons', 'trap', 'ladyboy', 'ladyboys', 'transvestite freak', 'it thing']),
  ...s('disability', false, ['retard', 'retards', 'retarded', 'spaz', 'spazz', 'spastic', 'spastics', 'spacker', 'spacca', 'mong', 'mongs', 'mongoloid', 'mongy', 'window licker', 'window lickers', 'cripple', 'cripples', 'crippled', 'midget', 'midgets', 'schizo', 'schizos', 'psycho', 'psychos', 'nutter', 'nutters', 'loony', 'loonies', 'simpleton', 'vegetable', 'thalidomide', 'tard', 'tards', 'libtard', 'libtards', 'downie', 'downies']),
  ...s('sex', true, ['bitch', 'bitches', 'slut', 'sluts', 'whore', 'whores', 'hoe', 'hoes', 'slag', 'slags', 'skank', 'cunt', 'cunts', 'thot', 'thots', 'harlot']),
  ...s('age', true, ['coffin dodger', 'coffin dodgers', 'old codger', 'wrinklies', 'crumblies', 'oap']),
];

/** Framed anyway for words that are everyday English in some senses (cripple: "crippled by debt"; trap; prod). */
export const FRAME_ALSO = new Set(['cripple', 'cripples', 'crippled', 'trap', 'prod', 'vegetable', 'psycho', 'psychos', 'nutter', 'nutters', 'loony', 'loonies', 'simpleton', 'knacker', 'knackers', 'tinkers', 'homo', 'homos', 'fag', 'fags', 'tard', 'tards', 'it thing', 'he she', 'mozzie', 'abo', 'coolie', 'gringo', 'midget', 'midgets', 'schizo', 'schizos', 'spastic', 'spastics', 'nip', 'nips', 'monkey boy', 'fenian', 'fenians']);
