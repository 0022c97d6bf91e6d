import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../../rules/engine';
import { POLICY_PACKS } from '../../rules/packs';
import type { Finding } from '../../rules/types';
import { FAMILIES } from '../../rules/types';
import { isLocked } from '../settings/managed';
import { toEngineSettings } from '../settings/model';
import { exportSettings, importSettings } from '../settings/portable';
import { summarise } from '../settings/stats';
import { useSettings } from '../settings/useSettings';
import { LinesEditor, RowsEditor } from './ListEditors';

const POLICY_NAMES: Record<string, string> = {
  '000_02512859952f4825.txt': 'Barnsley Council, Social media guidance for elected members',
  '001_7fd03c8e1b0bdc04.txt': 'Bury Council, Social Media Policy for Councillors',
  '002_0356de40dc76b657.txt': 'Guidance for using social media (annex)',
  '003_af96a0d5570051af.txt': 'Barnsley MBC, Social Networking Policy',
  '004_f238b8de7f3077ec.txt': 'Social Media Policy for councillors (rules of engagement)',
};

function Council() {
  const s = useSettings();
  const locked = isLocked(s.locked, 'policyPack');
  const profile = s.effective.lists.profile ?? {};
  const [draft, setDraft] = useState({ name: profile.name ?? '', ward: profile.ward ?? '', party: profile.party ?? '', roles: (profile.roles ?? []).join('\n') });
  const profileLocked = isLocked(s.locked, 'lists.profile');
  return (
    <section aria-labelledby="council-h">
      <h2 id="council-h">Your council</h2>
      <p class="muted">Warnings quote your own council's policy first.</p>
      <label for="policy-pack">Council policy</label>{' '}
      <select id="policy-pack" disabled={locked} value={s.effective.policyPack} onChange={(e) => s.change('policyPack', (d) => void (d.policyPack = (e.target as HTMLSelectElement).value), 'council policy')}>
        {POLICY_PACKS.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
      {locked && <span class="lock"> 🔒 Set by your council</span>}

      <h3>Your details and roles</h3>
      <p class="small muted">Used to recognise announcements you are entitled to make (for example as Leader or a cabinet member) and your imprint.</p>
      <div class="grid">
        {(['name', 'ward', 'party'] as const).map((k) => (
          <p key={k}>
            <label for={`profile-${k}`}>{k === 'name' ? 'Your name' : k === 'ward' ? 'Ward' : 'Party or group'}</label>
            <br />
            <input id={`profile-${k}`} type="text" disabled={profileLocked} value={draft[k]} onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })} />
          </p>
        ))}
        <p>
          <label for="profile-roles">Roles (one per line, e.g. Leader, Cabinet member for housing, Chair of licensing)</label>
          <textarea id="profile-roles" disabled={profileLocked} value={draft.roles} onInput={(e) => setDraft({ ...draft, roles: (e.target as HTMLTextAreaElement).value })} />
        </p>
      </div>
      <button
        disabled={profileLocked}
        onClick={() =>
          s.change('lists.profile', (d) => {
            d.lists.profile = {
              ...(draft.name.trim() && { name: draft.name.trim() }),
              ...(draft.ward.trim() && { ward: draft.ward.trim() }),
              ...(draft.party.trim() && { party: draft.party.trim() }),
              roles: draft.roles.split('\n').map((r) => r.trim()).filter(Boolean),
            };
          }, 'your details')
        }
      >
        Save your details
      </button>
    </section>
  );
}

function Imprint() {
  const s = useSettings();
  const locked = isLocked(s.locked, 'lists.imprint');
  const cur = s.effective.lists.imprint ?? {};
  const [text, setText] = useState(cur.text ?? '');
  const [url, setUrl] = useState(cur.url ?? '');
  return (
    <section class="editor" data-list="imprint">
      <h3>Imprint for campaign posts</h3>
      <p class="small muted">Your imprint ("Promoted by … on behalf of …") and its link, so campaign posts that include them are not flagged.</p>
      <p><label for="imprint-text">Imprint text</label><br /><input id="imprint-text" type="text" size={60} disabled={locked} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} /></p>
      <p><label for="imprint-url">Imprint link</label><br /><input id="imprint-url" type="url" size={60} disabled={locked} value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} /></p>
      <button disabled={locked} onClick={() => s.change('lists.imprint', (d) => { d.lists.imprint = { ...(text.trim() && { text: text.trim() }), ...(url.trim() && { url: url.trim() }) }; }, 'imprint')}>Save imprint</button>
    </section>
  );
}

function Mark({ text, f }: { text: string; f: Finding }) {
  const a = Math.max(0, f.start - 40);
  const b = Math.min(text.length, f.end + 40);
  return (
    <span>
      {a > 0 && '…'}{text.slice(a, f.start)}<mark>{text.slice(f.start, f.end)}</mark>{text.slice(f.end, b)}{b < text.length && '…'}
    </span>
  );
}

function TryDraft() {
  const s = useSettings();
  const [text, setText] = useState('');
  const settings = useMemo(() => toEngineSettings(s.effective), [s.effective]);
  const findings = useMemo(() => {
    try {
      return analyze(text, { now: new Date() }, settings);
    } catch {
      return [];
    }
  }, [text, settings]);
  return (
    <section aria-labelledby="try-h">
      <h2 id="try-h">Try a draft</h2>
      <label for="try-draft" class="muted">Type or paste a draft to see what Think Twice would say, with your settings. It is not saved.</label>
      <textarea id="try-draft" data-testid="try-draft" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div aria-live="polite" data-testid="try-findings">
        {text.trim() === '' ? null : findings.length === 0 ? (
          <p class="status-ok">Nothing to flag.</p>
        ) : (
          <ul>
            {findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} data-rule-id={f.ruleId} data-testid="try-finding">
                <span class={`sev-${f.severity}`}>{f.severity === 'stop' ? 'Stop' : f.severity === 'warn' ? 'Warning' : 'Note'}</span>: <strong>{f.title}</strong>
                <br />
                <Mark text={text} f={f} />
                <br />
                <span class="small">{f.message}</span>
                {f.policy[0] && <p class="small muted">{POLICY_NAMES[f.policy[0].file] ?? f.policy[0].file}, “{f.policy[0].section}”: “{f.policy[0].quote}”</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function Statistics() {
  const s = useSettings();
  const week = summarise(s.stats, Date.now(), 7);
  const month = summarise(s.stats, Date.now(), 30);
  const families = FAMILIES.filter((f) => month.byFamily[f]);
  return (
    <section aria-labelledby="stats-h">
      <h2 id="stats-h">Your statistics</h2>
      <p class="muted">Counts only, kept in this browser. The text of your drafts is never stored.</p>
      <p>This week: {week.totals.shown} warnings shown, {week.totals.changed} drafts changed after a warning, {week.totals.postedAnyway} posted anyway.</p>
      {families.length > 0 ? (
        <table>
          <caption class="visually-hidden">Last 30 days by kind of risk</caption>
          <thead><tr><th scope="col">Last 30 days</th><th scope="col">Shown</th><th scope="col">Changed</th><th scope="col">Posted anyway</th></tr></thead>
          <tbody>
            {families.map((f) => (
              <tr key={f}><th scope="row">{f.replace(/-/g, ' ')}</th><td>{month.byFamily[f]!.shown}</td><td>{month.byFamily[f]!.changed}</td><td>{month.byFamily[f]!.postedAnyway}</td></tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No warnings yet.</p>
      )}
      <p><button onClick={() => { if (confirm('Clear all your statistics? This cannot be undone.')) void s.clearStats(); }}>Clear statistics</button></p>
    </section>
  );
}

function ImportExport() {
  const s = useSettings();
  const [errors, setErrors] = useState<string[]>([]);
  const download = () => {
    const blob = new Blob([exportSettings(s.own)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'think-twice-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const r = importSettings(await file.text());
    if (!r.ok) return setErrors(r.errors);
    setErrors([]);
    await s.replaceAll(r.value);
  };
  return (
    <section aria-labelledby="io-h">
      <h2 id="io-h">Move your settings</h2>
      <p class="muted">Save your settings to a file, or load them on another computer. A file that is not valid is refused whole, and nothing changes.</p>
      <p>
        <button onClick={download}>Export settings</button>{' '}
        <label for="import-file">Import settings from a file: </label>
        <input id="import-file" data-testid="import-file" type="file" accept="application/json,.json" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
      </p>
      {errors.length > 0 && (
        <div class="error" role="alert" data-testid="import-errors"><strong>That file was not imported:</strong><ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul></div>
      )}
    </section>
  );
}

export function Options() {
  const s = useSettings();
  if (!s.loaded) return <p>Loading…</p>;
  return (
    <main aria-busy={s.policyPending}>
      {s.policyPending && <p class="notice" role="status">Checking your council's settings…</p>}
      <fieldset class="plain" disabled={s.policyPending}>
      <h1>Think Twice settings</h1>
      <div aria-live="polite" class="saved" data-testid="saved">{s.saved}</div>
      {s.error && <p class="error" role="alert" data-testid="save-error">{s.error}</p>}
      {s.refused.length > 0 && (
        <div class="notice" role="status"><strong>Some of your council's settings could not be used:</strong><ul>{s.refused.map((r) => <li key={r}>{r}</li>)}</ul></div>
      )}
      {s.notices.map((n) => <p class="notice" key={n}>{n}</p>)}
      {s.locked.length > 0 && <p class="notice">Your council manages some settings for you; they are marked 🔒 and cannot be changed here.</p>}

      <Council />

      <h2>Your lists</h2>
      <p class="muted">These make warnings precise. Words are matched whatever their spacing, capitals or spelling tricks.</p>
      <RowsEditor listKey="committees" label="Committees" hint="Committees you sit on, including as a substitute. Planning, licensing or regulatory committees switch the predetermination checks to full strength." columns={[{ key: 'name', label: 'Committee', type: 'text', required: true }, { key: 'type', label: 'Type (planning, licensing…)', type: 'text' }, { key: 'substitute', label: 'Substitute', type: 'checkbox' }]} />
      <RowsEditor listKey="elections" label="Election dates" hint="The pre-election checks switch themselves on from the notice of election to polling day." columns={[{ key: 'name', label: 'Election', type: 'text' }, { key: 'noticeOfElection', label: 'Notice of election', type: 'date', required: true }, { key: 'pollingDay', label: 'Polling day', type: 'date', required: true }]} />
      <RowsEditor listKey="meetings" label="Meeting calendar" hint="Meetings when posting is noticed, especially planning and licensing hearings." columns={[{ key: 'title', label: 'Meeting', type: 'text', required: true }, { key: 'start', label: 'Starts', type: 'datetime-local', required: true }, { key: 'end', label: 'Ends', type: 'datetime-local' }, { key: 'quasiJudicial', label: 'Planning/licensing hearing', type: 'checkbox' }]} />
      <RowsEditor listKey="officers" label="Council officers" hint="Officers you work with: posts about an individual officer are flagged." columns={[{ key: 'name', label: 'Name', type: 'text', required: true }, { key: 'department', label: 'Department', type: 'text' }]} />
      <RowsEditor
        listKey="confidentialTerms"
        label="Confidential terms"
        hint="Project codenames, exempt item titles, sites under negotiation. Add the date it becomes public, if known."
        columns={[{ key: 'term', label: 'Term', type: 'text', required: true }, { key: 'publicFrom', label: 'Public from', type: 'date' }]}
        toRows={(v) => v.map((t) => (typeof t === 'string' ? { term: t, publicFrom: '' } : { term: String((t as { term: string }).term), publicFrom: String((t as { publicFrom?: string }).publicFrom ?? '') }))}
        fromRows={(rows) => rows.map((r) => (r.publicFrom ? { term: r.term, publicFrom: r.publicFrom } : r.term))}
      />
      <LinesEditor listKey="exemptItems" label="Exempt agenda items" hint="Titles of exempt (Part II) items on upcoming agendas." />
      <LinesEditor listKey="liveApplications" label="Live applications and premises" hint="Planning references, site names and licensed premises on upcoming agendas." example="2024/0123/FUL" />
      <LinesEditor listKey="ownPublishedContacts" label="Your published contact details" hint="Your councillor phone number and council email: never flagged when you share them." example="07700 900999" />
      <LinesEditor listKey="ownPrivateDetails" label="Your private details" hint="Personal mobile, home address, postcode, date of birth, personal email, car registration: flagged if you post them. Kept only in this browser." />
      <Imprint />
      <section class="editor">
        <LinesEditorAllowlist />
      </section>
      <details>
        <summary>More lists (optional)</summary>
      <LinesEditor listKey="councillors" label="Councillors and public figures" hint="Names of other councillors, to recognise posts about them." />
      <LinesEditor listKey="familyNames" label="Family first names" hint="Flagged when posted with a school, age or routine." />
      <LinesEditor listKey="childrensSchools" label="Your children's schools" hint="Flagged when posted." />
      <LinesEditor listKey="councilNumbers" label="Council and organisation phone numbers" hint="Switchboards and contact centres that are fine to share." example="01226 773443" />
      <LinesEditor listKey="councilDomains" label="Council and organisation web and email domains" hint="gov.uk addresses are already known." example="barnsley.gov.uk" />
      <LinesEditor listKey="controversialTopics" label="Controversial topics" hint="Topics where a gentle reminder to plan for replies helps." />
      <LinesEditor listKey="lowReliabilityDomains" label="Sites to double-check before sharing" hint="Satire or low-reliability sites." />
      <LinesEditor listKey="ownShortLinks" label="Your own short links" hint="Short links you use yourself (for example your imprint link)." />
      </details>

      <TryDraft />
      <Statistics />
      <ImportExport />

      <section aria-labelledby="data-h">
        <h2 id="data-h">What Think Twice does with your data</h2>
        <ul>
          <li>Your drafts are checked inside this browser. Nothing you type is sent anywhere: Think Twice makes no network requests at all.</li>
          <li>Your settings and lists are kept in this browser's extension storage, not synced to other computers, and not shared with anyone. Export them yourself if you want a copy.</li>
          <li>Statistics are counts (how many warnings, by kind of risk and site), never the text. You can clear them above.</li>
          <li>If your council manages your browser, it can set some of these settings for you; it cannot see your drafts or statistics.</li>
        </ul>
      </section>
      </fieldset>
    </main>
  );
}

function LinesEditorAllowlist() {
  const s = useSettings();
  const locked = isLocked(s.locked, 'allowlist');
  const [text, setText] = useState(s.effective.allowlist.join('\n'));
  return (
    <>
      <label for="allowlist"><strong>Never warn about</strong></label>
      <p class="small muted">Words and phrases Think Twice should never warn about, such as local place names or surnames. One per line.</p>
      <textarea id="allowlist" disabled={locked} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <p>
        <button disabled={locked} onClick={() => s.change('allowlist', (d) => void (d.allowlist = text.split('\n').map((l) => l.trim()).filter(Boolean)), 'allowlist')}>Save allowlist</button>
        {locked && <span class="lock"> 🔒 Set by your council</span>}
      </p>
    </>
  );
}
