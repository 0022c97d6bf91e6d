/**
 * Protected-group nouns (catalog §1.3, R05), mapped to the Equality Act characteristic they stand for.
 * Neutral words: mentioning a group is never a finding; R05 needs a hostile predicate about it.
 * Adjectives ("gay", "black", "disabled", "Muslim") become groups before a person noun: see
 * GROUP_ADJECTIVES and PERSON_NOUNS.
 */
import type { Characteristic } from './slurs';

const g = (c: Characteristic, terms: string[]): [string, Characteristic][] => terms.map((t) => [t, c]);

export const GROUP_NOUNS: [string, Characteristic][] = [
  ...g('sexual-orientation', ['gays', 'lesbians', 'homosexuals', 'bisexuals', 'two men living together', 'two women living together', 'same sex couples', 'lgbt', 'lgbtq', 'lgbtq+', 'lgbtqia', 'the gay community', 'gay community']),
  ...g('gender-identity', ['trans', 'transgender', 'transgenders', 'transsexuals', 'transwomen', 'transmen', 'trans women', 'trans men', 'non binary people', 'nonbinary people']),
  ...g('religion', ['muslims', 'moslems', 'islam', 'jews', 'jewry', 'catholics', 'protestants', 'sikhs', 'hindus', 'buddhists', 'christians', 'atheists']),
  ...g('nationality', ['poles', 'romanians', 'bulgarians', 'eastern europeans', 'albanians', 'lithuanians', 'pakistanis', 'bangladeshis', 'indians', 'nigerians', 'somalis', 'syrians', 'afghans', 'iraqis', 'kurds', 'chinese', 'africans', 'arabs', 'asians', 'foreigners', 'immigrants', 'migrants', 'asylum seekers', 'refugees', 'illegals', 'illegal immigrants', 'economic migrants', 'scots', 'irish', 'welsh', 'english', 'mexicans']),
  ...g('race', ['gypsies', 'gipsies', 'travellers', 'irish travellers', 'roma', 'romany', 'romani', 'blacks', 'whites', 'black people', 'brown people', 'ethnic minorities', 'people of colour', 'bame']),
  ...g('disability', ['disabled', 'the disabled', 'wheelchair users', 'autistic people', 'autistics', 'the blind', 'the deaf', 'mentally ill', 'the mentally ill', 'people with learning disabilities', 'people with disabilities']),
  ...g('sex', ['womens', 'women', 'woman', 'females', 'girls', 'ladies', 'feminists']),
  ...g('age', ['old people', 'pensioners', 'oaps', 'the elderly', 'elderly people', 'boomers', 'older people']),
];

/** Adjectives that make a protected group before a person noun ("gay people", "a Muslim woman", "Polish families"). */
export const GROUP_ADJECTIVES: [string, Characteristic][] = [
  ...g('sexual-orientation', ['gay', 'lesbian', 'homosexual', 'bisexual', 'bi', 'queer']),
  ...g('gender-identity', ['trans', 'transgender', 'transsexual', 'nonbinary', 'non binary']),
  ...g('religion', ['muslim', 'moslem', 'islamic', 'jewish', 'catholic', 'sikh', 'hindu', 'christian', 'buddhist']),
  ...g('race', ['black', 'brown', 'asian', 'african', 'gypsy', 'traveller', 'roma', 'romany', 'ethnic']),
  ...g('nationality', ['polish', 'romanian', 'bulgarian', 'eastern european', 'albanian', 'pakistani', 'bangladeshi', 'indian', 'nigerian', 'somali', 'syrian', 'afghan', 'chinese', 'arab', 'immigrant', 'migrant', 'foreign', 'refugee', 'mexican']),
  ...g('disability', ['disabled', 'autistic', 'blind', 'deaf', 'handicapped', 'mentally ill']),
  ...g('sex', ['female']),
  ...g('age', ['old', 'elderly']),
];

/** Person nouns that turn a group adjective into a group ("gay people", "black men", "Muslim lives"). */
export const PERSON_NOUNS = ['people', 'peoples', 'mens', 'womens', 'person', 'persons', 'folk', 'folks', 'men', 'man', 'women', 'woman', 'lives', 'life', 'guys', 'guy', 'lads', 'kids', 'children', 'families', 'family', 'couples', 'couple', 'neighbours', 'residents', 'community', 'communities', 'individuals', 'individual', 'citizens', 'workers', 'members', 'population', 'ones', 'lot', 'bloke', 'blokes', 'girl', 'girls', 'boy', 'boys', 'kind', 'types'];

/** Singular forms, so that "a gay person", "a Muslim", "that woman", "an immigrant" are groups too in hostile frames. */
export const GROUP_SINGULARS: [string, Characteristic][] = [
  ...g('religion', ['muslim', 'jew', 'catholic', 'sikh', 'hindu']),
  ...g('nationality', ['immigrant', 'migrant', 'foreigner', 'refugee', 'asylum seeker', 'pole', 'romanian']),
  ...g('race', ['gypsy', 'traveller', 'black']),
  ...g('sexual-orientation', ['gay', 'lesbian', 'homosexual']),
  ...g('gender-identity', ['transgender', 'trans woman', 'trans man', 'transwoman', 'transman']),
  ...g('sex', ['woman', 'female', 'girl']),
];
