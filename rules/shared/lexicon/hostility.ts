/**
 * Hostile vocabulary for R05 (group hostility) and R06. A group noun alone is neutral; one of these
 * said OF the group (same clause, as predicate or object) is what makes hostility.
 */

/** Dehumanising nouns (catalog R05: vermin, animals, infestation, plague, invasion, swarm…). */
export const DEHUMANISING = [
  'vermin', 'animals', 'animal', 'beasts', 'beast', 'savages', 'savage', 'rats', 'rat', 'cockroaches', 'cockroach', 'roaches', 'parasites', 'parasite', 'leeches', 'leech', 'lice', 'maggots',
  'pests', 'pest', 'plague', 'infestation', 'invasion', 'invaders', 'swarm', 'swarms', 'horde', 'hordes', 'cancer', 'disease', 'diseases', 'virus', 'tumour', 'scourge', 'scum', 'filth',
  'trash', 'garbage', 'refuse', 'waste', 'dirt', 'sewage', 'apes', 'ape', 'monkeys', 'monkey', 'pigs', 'pig', 'dogs', 'dog', 'subhuman', 'subhumans', 'sub human', 'untermensch',
  'creatures', 'creature', 'things', 'it', 'abomination', 'abominations', 'freaks', 'freak', 'degenerates', 'degenerate', 'perverts', 'pervert', 'predators', 'paedos', 'paedophiles', 'nonces',
  'groomers', 'rapists', 'terrorists', 'criminals', 'thieves', 'scroungers', 'spongers', 'bloodsuckers', 'stain', 'blight', 'pestilence', 'cattle', 'insects', 'worms', 'snakes', 'parasitic',
];

/** Hostile adjectives said of a group ("X are disgusting"). */
export const HOSTILE_ADJ = [
  'disgusting', 'despicable', 'revolting', 'repulsive', 'repugnant', 'pathetic', 'vile', 'filthy', 'dirty', 'worthless', 'inferior', 'evil', 'wicked', 'sick', 'sickening', 'gross',
  'nasty', 'stupid', 'dumb', 'thick', 'idiotic', 'moronic', 'lazy', 'ugly', 'primitive', 'uncivilised', 'uncivilized', 'barbaric',
  'dangerous', 'violent', 'cruel', 'dishonest', 'deceitful', 'untrustworthy', 'unnatural', 'abnormal', 'perverted', 'twisted', 'mentally ill', 'insane', 'crazy', 'brainless',
  'worst', 'worse', 'dumbest', 'stupidest', 'lowest', 'vilest', 'scummy', 'toxic', 'poisonous', 'contemptible', 'loathsome', 'hideous', 'abhorrent', 'pitiful', 'inbred', 'backward',
  'savage', 'subhuman', 'ignorant', 'lesser', 'unattractive', 'retarded', 'unclean', 'unwanted', 'unwelcome', 'unfit', 'incapable', 'incompetent', 'hysterical', 'irrational', 'greedy', 'shitty', 'trash',
  'obnoxious', 'insufferable', 'unbearable', 'intolerable', 'hateful', 'horrid', 'dreadful', 'foul', 'rotten', 'sinful', 'deviant', 'diseased', 'infected', 'parasitic', 'worthless',
];

/** First-person emotions of hatred ("I hate / despise / can't stand X"; "X make me sick"). */
export const HATE_VERBS = ['hate', 'hates', 'loathe', 'loathes', 'despise', 'despises', 'detest', 'detests', 'abhor', 'abhors', "can't stand", 'cannot stand', "can't bear", 'cannot bear', 'resent'];
export const HATE_NOUNS = ['disgusted', 'sickened', 'repulsed', 'hatred', 'contempt', 'disgust', 'loathing', 'scorn', 'disdain', 'hate', 'revulsion', 'repulsion'];

/** Exclusion and removal predicates (catalog R05). */
export const REMOVAL_VERBS = [
  'deported', 'deport', 'removed', 'remove', 'banned', 'ban', 'locked up', 'lock up', 'jailed', 'caged', 'put down', 'exterminated', 'exterminate', 'eradicated', 'eradicate', 'eliminated', 'eliminate',
  'wiped out', 'wipe out', 'gassed', 'gas', 'shot', 'shoot', 'hanged', 'hang', 'hung', 'killed', 'kill', 'executed', 'execute', 'sterilised', 'sterilized', 'sterilise', 'castrated', 'burned', 'burnt', 'burn',
  'sent back', 'send back', 'kicked out', 'kick out', 'thrown out', 'throw out', 'driven out', 'drive out', 'got rid of', 'get rid of', 'segregated', 'segregate', 'rounded up', 'round up',
  'dumped', 'dump', 'drowned', 'drown', 'punished', 'beaten', 'beat', 'whipped', 'stoned', 'lynched', 'lynch', 'purged', 'purge', 'cleansed', 'expelled', 'expel', 'interned', 'excluded', 'exclude',
  'isolated', 'quarantined', 'chained', 'enslaved', 'shipped off', 'shipped out', 'stripped of', 'denied', 'fired', 'sacked',
];
