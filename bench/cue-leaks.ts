/**
 * Checks that every rule's cues (rules/cues.ts) are a necessary condition beyond the unit test's sample: the
 * rule run without its gate on the whole snapshot corpus (bench/snapshot.ts) in eight context variants (as
 * typed, shouted, reply to a hostile parent, comment, share of an old satirical link at night, image on a
 * personal account, inside an election period with committee mode, with member lists) must find nothing
 * where the gate keeps it out. Also prints how often each gate lets the rule run on the benchmark drafts.
 *
 *   npx tsx bench/cue-leaks.ts [family or rule id ...]     (exit 1 on any leak; EVERY=n samples every n-th draft)
 */
import { RuleCues } from '../rules/cues';
import { TextDoc } from '../rules/doc';
import { RULES } from '../rules/registry';
import { COUNCILLOR_POSTS } from './data/councillor-posts';
import { readDataset } from './data/datasets';
import { buildTexts } from './data/speed-texts';
import { syntheticUk } from './data/synthetic-uk';
import type { ComposeContext, Settings } from '../rules/types';

const fams = process.argv.slice(2).length ? process.argv.slice(2) : [...new Set(RULES.map((r) => r.family))];
const mine = RULES.filter((r) => r.cues && fams.some((f) => r.id === f || r.id.startsWith(f + '/')));
const read = (f: string) => readDataset(f);
interface C { text: string; context?: ComposeContext; settings?: Settings }
const base: C[] = [];
for (const r of RULES) for (const e of [...r.examples.trigger, ...r.examples.quiet]) base.push(e);
for (const p of COUNCILLOR_POSTS) base.push(p);
for (const s of syntheticUk()) base.push(s);
const dav = read('davidson.jsonl'), hc = read('hatecheck.jsonl');
for (const d of [...dav, ...hc]) base.push({ text: d.text });
const speed = buildTexts([...dav, ...hc]);
for (const [len, ts] of Object.entries(speed)) if (len !== '60000') for (const t of ts) base.push({ text: t });
const every = Number(process.env.EVERY ?? 1);
const PERIOD = { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } };
const variants: ((c: C) => C)[] = [
  (c) => c,
  (c) => ({ text: c.text.toUpperCase(), context: c.context, settings: c.settings }),
  (c) => ({ text: c.text, context: { ...c.context, kind: 'reply', parentText: 'You useless lying idiot, resign' }, settings: c.settings }),
  (c) => ({ text: c.text, context: { ...c.context, kind: 'comment' }, settings: c.settings }),
  (c) => ({ text: c.text, context: { ...c.context, kind: 'share', sharedText: c.text, sharedUrl: 'https://thedailymash.co.uk/x', sharedDate: '2019-01-01', now: '2026-04-20T23:30' }, settings: c.settings }),
  (c) => ({ text: c.text, context: { ...c.context, hasMedia: true, mediaKind: 'image', account: 'personal' }, settings: c.settings }),
  (c) => ({ text: c.text, context: { ...c.context, now: '2026-04-20T18:00' }, settings: { ...c.settings, ...PERIOD, ruleSets: { committee: true, elections: true } } }),
  (c) => ({ text: c.text, context: c.context, settings: { lists: { committees: [{ name: 'Planning', type: 'planning' }], liveApplications: ['Church Lane scheme'], controversialTopics: ['solar farm', 'Church Lane'], confidentialTerms: ['Project Falcon'], exemptItems: ['Ward Green depot sale'], councilDomains: ['barnsley.gov.uk'], profile: { roles: ['Chair of Friends of Locke Park'] } } } }),
];
const reader = new RuleCues(RULES);
const stats = new Map<string, { leaks: string[]; pass: number; n: number; hits: number }>();
for (const r of mine) stats.set(r.id, { leaks: [], pass: 0, n: 0, hits: 0 });
let k = 0;
for (const c0 of base) {
  if (k++ % every) continue;
  for (const v of variants) {
    const c = v(c0);
    const doc = new TextDoc(c.text, c.context ?? {}, c.settings ?? {});
    if (c.text.trim() === '') continue;
    const state = reader.read(doc);
    for (const r of mine) {
      const st = stats.get(r.id)!;
      const pass = reader.passes(r, state);
      const hits = r.detect(doc);
      if (hits.length) st.hits++;
      if (!pass && hits.length > 0) { if (st.leaks.length < 5) st.leaks.push(JSON.stringify(c).slice(0, 300)); else st.leaks.push('…'); }
    }
  }
}
// Pass rate on the benchmark's 280-character drafts, no context.
for (const t of speed['280']) {
  const doc = new TextDoc(t, {}, {});
  const state = reader.read(doc);
  for (const r of mine) { const st = stats.get(r.id)!; st.n++; if (reader.passes(r, state)) st.pass++; }
}
console.log("base", base.length);
let bad = 0;
for (const [id, st] of stats) {
  console.log(`${id.padEnd(60)} leaks ${String(st.leaks.length).padStart(4)}  hits ${String(st.hits).padStart(6)}  bench pass ${(100 * st.pass / st.n).toFixed(1)}%`);
  for (const l of st.leaks.slice(0, 5)) console.log('   ', l);
  bad += st.leaks.length;
}
process.exit(bad ? 1 : 0);
