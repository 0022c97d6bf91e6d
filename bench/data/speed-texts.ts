/**
 * The drafts the speed benchmark times: about 280, 2,000 and 60,000 characters, cut at a word, mixing
 * council filler sentences, the rules' own examples and some dataset texts. Shared by bench/run.ts and
 * bench/profile.ts so both time the same texts.
 */
import { RULES } from '../../rules/registry';
import { prng } from '../metrics';

export interface SpeedItem { text: string }

const FILLER = [
  'Thanks to everyone who came along to the litter pick on Saturday; we filled forty bags between us.',
  'The planning committee meets on Thursday at 6pm in the council chamber and the agenda is online.',
  'Ward surgery this Saturday 10:30 to 12:00 at the library on High Street, no appointment needed.',
  'I have asked officers for an update on the pothole repairs in Church Lane and will report back.',
  'Brilliant turnout at the Remembrance service this morning: thank you to the Royal British Legion.',
  'Residents have raised concerns about parking near the school gates at pick-up time.',
  'The consultation on the new bus timetable closes on 14 March; please have your say.',
  'Great to see the new play equipment going in at the rec after two years of campaigning.',
  'Bin collections over the bank holiday will be a day later than usual.',
  'I voted against the budget because the cuts to youth services go too far.',
];

/** Drafts of about 280, 2,000 and 60,000 characters, cut at a word, from examples, filler and some dataset texts. */
export function buildTexts(dataset: readonly SpeedItem[]): Record<string, string[]> {
  const examples = RULES.flatMap((r) => [...r.examples.trigger, ...r.examples.quiet]).filter((e) => !e.settings).map((e) => e.text);
  const tweets = dataset.filter((_, i) => i % 97 === 0).map((d) => d.text.replace(/@\w+:?|RT |https?:\/\/\S+/g, '').trim()).filter((t) => t.length > 20);
  const rnd = prng(280);
  const pick = () => {
    const x = rnd();
    const pool = x < 0.5 ? FILLER : x < 0.9 && examples.length ? examples : tweets.length ? tweets : FILLER;
    return pool[Math.floor(rnd() * pool.length)];
  };
  const make = (len: number) => {
    let t = '';
    while (t.length < len) t += (t ? (rnd() < 0.2 ? '\n\n' : ' ') : '') + pick();
    const cut = t.lastIndexOf(' ', len);
    return t.slice(0, cut > len * 0.8 ? cut : len);
  };
  return {
    '280': Array.from({ length: 200 }, () => make(280)),
    '2000': Array.from({ length: 40 }, () => make(2000)),
    '60000': Array.from({ length: 4 }, () => make(60000)),
  };
}
