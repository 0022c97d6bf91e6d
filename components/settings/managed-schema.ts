/**
 * managed_schema.json for council IT (Chrome enterprise policy "3rdparty" extension policy).
 * Generated from the settings model at build time (wxt.config.ts) so it cannot drift from what
 * the extension validates. Chrome supports a subset of JSON Schema: type, properties, items,
 * description. Chrome drops a value that fails this schema without telling anyone, so the
 * extension validates every value again (managed.ts) and shows the member what was refused.
 */
import { RULE_SETS } from '../../rules/sets';
import { PLATFORMS } from './model';

type Schema = { type: string; description?: string; title?: string; properties?: Record<string, Schema>; items?: Schema };

const text = (description?: string): Schema => ({ type: 'string', ...(description && { description }) });
const strings = (description: string): Schema => ({ type: 'array', description, items: { type: 'string' } });
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({ type: 'object', properties, ...(description && { description }) });
const arrayOf = (item: Schema, description: string): Schema => ({ type: 'array', description, items: item });

export function managedSchema(): Schema {
  return obj({
    enabled: { type: 'boolean', description: 'Think Twice on (true) or off (false), locked.' },
    sites: obj(Object.fromEntries(PLATFORMS.map((p) => [p, { type: 'boolean' } as Schema])), 'Per-site switches, locked one by one.'),
    ruleSets: obj(
      Object.fromEntries(RULE_SETS.map((s) => [s.id, { type: 'boolean', description: s.name } as Schema])),
      'Rule sets forced on (true) or off (false), locked one by one. Leave elections and committee out to keep them automatic.',
    ),
    policyPack: text('The council policy quoted first: generic, barnsley, bury, annex, east-riding.'),
    allowlist: strings('Words never warned about.'),
    lists: obj(
      {
        officers: arrayOf(obj({ name: text(), department: text() }), 'Council officers.'),
        councillors: strings('Councillors and public figures.'),
        confidentialTerms: arrayOf(obj({ term: text(), publicFrom: text('YYYY-MM-DD') }), 'Confidential terms (objects with term and optional publicFrom).'),
        exemptItems: strings('Exempt agenda items.'),
        committees: arrayOf(obj({ name: text(), type: text(), substitute: { type: 'boolean' } }), 'Committees.'),
        liveApplications: strings('Live applications and premises.'),
        meetings: arrayOf(obj({ title: text(), start: text('YYYY-MM-DDTHH:MM'), end: text(), type: text(), quasiJudicial: { type: 'boolean' } }), 'Meeting calendar.'),
        elections: arrayOf(obj({ name: text(), noticeOfElection: text('YYYY-MM-DD'), pollingDay: text('YYYY-MM-DD') }), 'Election dates.'),
        councilNumbers: strings('Council and organisation phone numbers.'),
        councilDomains: strings('Council and organisation domains.'),
        controversialTopics: strings('Controversial topics.'),
        lowReliabilityDomains: strings('Sites to double-check before sharing.'),
      },
      'Lists, each locked as a whole.',
    ),
  });
}
