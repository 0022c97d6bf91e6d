/**
 * Personal insults (catalog R01 list plus common UK and general forms). They only count when aimed at
 * a person (second person, @mention, named person, role noun, "people like him"), never at a
 * decision, process or thing (frames.ts aimedAtDecision) and never at oneself.
 *
 * `noun` insults stand as "you're a X"; `adj` insults as "you're X" / "X councillor".
 */
export const INSULT_NOUNS = [
  'idiot', 'moron', 'clown', 'cretin', 'imbecile', 'halfwit', 'half wit', 'numpty', 'muppet', 'pillock', 'plonker', 'prat', 'wazzock', 'buffoon',
  'parasite', 'scum', 'scumbag', 'scumbags', 'vermin', 'lowlife', 'low life', 'waste of space', 'waste of oxygen', 'waste of skin', 'waste of air', 'disgrace',
  'dimwit', 'dunce', 'nitwit', 'twit', 'loser', 'jerk', 'tosser', 'knobhead', 'bellend', 'dickhead', 'arsehole', 'asshole', 'dumbass', 'dipshit', 'douchebag',
  'bonehead', 'airhead', 'nincompoop', 'dolt', 'oaf', 'simpleton', 'ignoramus', 'thicko', 'div', 'weasel', 'slimeball', 'sleazebag', 'dirtbag', 'creep', 'maggot',
  'leech', 'degenerate', 'subhuman', 'sub human', 'piece of shit', 'piece of crap', 'piece of work', 'piece of garbage', 'trash', 'garbage', 'filth', 'scrote', 'chav',
  'pleb', 'gobshite', 'dickwad', 'fuckwit', 'cockwomble', 'wazzock', 'bawbag', 'roaster', 'melt', 'nobhead', 'knob', 'dick', 'prick', 'twat', 'cunt', 'wanker', 'bastard',
  'redneck', 'rednecks', 'hillbilly', 'teabagger', 'weirdo', 'creep', 'coward', 'snake', 'rat', 'pig', 'swine', 'sheep', 'snowflake', 'gammon', 'karen', 'boomer', 'dinosaur', 'fool', 'clown show',
];

export const INSULT_ADJS = [
  'stupid', 'thick', 'dumb', 'brainless', 'brain dead', 'brain-dead', 'clueless', 'spineless', 'gutless', 'useless', 'pathetic', 'worthless', 'moronic', 'idiotic',
  'cretinous', 'imbecilic', 'vile', 'disgusting', 'repulsive', 'ugly', 'fat', 'pig ignorant', 'gormless', 'dense', 'dim', 'daft', 'braindead', 'halfwitted', 'feckless', 'scummy',
];

/** Insult words that are also ordinary words about things: need a person target in the same phrase. */
export const WEAK_INSULTS = new Set(['trash', 'garbage', 'filth', 'snake', 'rat', 'pig', 'swine', 'sheep', 'creep', 'melt', 'roaster', 'knob', 'dick', 'fool', 'dim', 'dense', 'fat', 'ugly', 'thick', 'daft', 'useless', 'pathetic', 'disgusting', 'vile', 'karen', 'boomer', 'dinosaur', 'gammon', 'snowflake', 'coward', 'disgrace', 'div', 'clown show', 'sheep']);
