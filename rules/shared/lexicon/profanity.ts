/**
 * Profanity by strength. Tiers follow the broad bands of Ofcom's public research on offensive
 * language (2021): "strongest"/"strong" words → strong, "medium" → moderate, "mild" → mild. The
 * tiers are our own judgement for a UK councillor's public post; no Ofcom text is copied.
 *
 * - strong: warn anywhere, stop when aimed at a person.
 * - moderate: warn.
 * - sexual: sexually explicit terms, stop (catalog R02).
 * - mild: never flagged on their own (bloody, damn, crap…).
 *
 * Each entry is a base form; the matcher adds plural and verb endings (-s, -es, -ing, -in, -er, -ers,
 * -ed, -y) itself, and looks through leetspeak, masking asterisks, spacing and look-alike letters.
 * Entries with a space are multi-word.
 */
export type ProfanityTier = 'strong' | 'moderate' | 'sexual' | 'mild';

export const PROFANITY: Record<ProfanityTier, string[]> = {
  strong: [
    'fuck', 'fucker', 'fuckwit', 'fuckwits', 'motherfucker', 'mofo', 'fuckface', 'fuckhead', 'fucktard', 'clusterfuck', 'fuk', 'fck', 'fcuk', 'fuq', 'phuck', 'fookin', 'fooking', 'feck',
    'cunt', 'cunty', 'nigga', 'niggas', 'niggaz', 'niggah', 'nigguh', 'nicca', 'niccas', 'niqqa', 'niqqas', 'nig', 'nigs', 'twat', 'wanker', 'wank', 'bellend', 'cocksucker', 'cock sucker', 'nonce', 'stfu', 'gtfo', 'stfu', 'mf', 'mfs', 'mfer',
  ],
  moderate: [
    'shit', 'shite', 'shitshow', 'shitty', 'shithead', 'shithole', 'shitstorm', 'bullshit', 'bullshite', 'horseshit', 'dipshit', 'batshit', 'apeshit', 'shitter',
    'bitch', 'bitches', 'bitchy', 'biatch', 'beyotch', 'hoe', 'hoes', 'hoeass', 'fag', 'fags', 'faggot', 'faggots', 'thot', 'slag', 'slapper',
    'bastard', 'arsehole', 'asshole', 'arsewipe', 'asswipe', 'dickhead', 'dick head', 'knobhead', 'knob head', 'knobend', 'prick', 'tosser', 'bollocks', 'bollox', 'dickwad', 'douchebag', 'douche',
    'pussy', 'pussies', 'piss off', 'pissed off', 'piss take', 'take the piss', 'taking the piss', 'pisstake', 'pissing', 'jackass', 'dumbass', 'badass', 'smartass', 'kiss my ass', 'kiss my arse',
    'minger', 'munter', 'skank', 'skanky', 'scrubber', 'wtf', 'fml', 'omfg', 'goddamn', 'goddamned', 'son of a bitch', 'sob',
  ],
  sexual: [
    'blowjob', 'blow job', 'handjob', 'hand job', 'rimjob', 'cum', 'cumshot', 'jizz', 'spunk', 'dildo', 'gangbang', 'bukkake', 'deepthroat', 'fellatio', 'cunnilingus', 'anal sex', 'butt plug', 'buttplug',
    'porn', 'porno', 'pornhub', 'tits', 'titties', 'boobs', 'clit', 'clitoris', 'vagina', 'penis', 'erection', 'boner', 'horny', 'orgasm', 'masturbate', 'masturbating', 'jerk off', 'jerking off', 'wanking', 'nudes', 'send nudes', 'milf', 'sexting', 'hard on', 'fingering', 'creampie', 'doggy style', 'doggystyle', 'camel toe', 'nutsack', 'ballsack', 'scrotum', 'pussy juice',
  ],
  mild: [
    'bloody', 'damn', 'dammit', 'damnit', 'crap', 'crappy', 'bugger', 'sod', 'sodding', 'git', 'hell', 'arse', 'ass', 'bum', 'pissed', 'piss', 'frigging', 'flipping', 'effing', 'feckin', 'jeez', 'blimey', 'bollocking', 'knob', 'dick', 'cock', 'balls', 'tit', 'turd', 'fart', 'sucks', 'suck',
  ],
};

/** Emoji that make a post sexually explicit when they appear together. */
export const SEXUAL_EMOJI = ['🍆💦', '💦🍆', '🍑💦', '🍆🍑', '🍑🍆'];
export const SEXUAL_EMOJI_RE = /🍆\s?💦|💦\s?🍆|🍑\s?💦|🍆\s?🍑|🍑\s?🍆/u;
/** Every SEXUAL_EMOJI_RE match holds an aubergine or a peach (U+1F346, U+1F351), whose UTF-16 starts with U+D83C: the cheap test before it. */
export const mayHaveSexualEmoji = (text: string): boolean => text.includes('\uD83C');
