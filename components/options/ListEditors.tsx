import { useEffect, useState } from 'preact/hooks';
import type { MemberLists } from '../../rules/types';
import { isLocked } from '../settings/managed';
import { validatePartial } from '../settings/model';
import { useSettings } from '../settings/useSettings';

type ListKey = keyof MemberLists;

function useListSave(key: ListKey, label: string) {
  const s = useSettings();
  const locked = isLocked(s.locked, `lists.${key}`);
  const [errors, setErrors] = useState<string[]>([]);
  const save = async (value: unknown) => {
    const r = validatePartial({ lists: { [key]: value } }, label);
    if (!r.ok) {
      // Nothing is saved while any entry is wrong: the member fixes it and saves again.
      setErrors(r.errors.map((e) => e.replace(`${label}.lists.${key}`, label)));
      return;
    }
    setErrors([]);
    await s.change(`lists.${key}`, (d) => {
      const v = r.value.lists?.[key];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete d.lists[key];
      else (d.lists as Record<string, unknown>)[key] = v;
    }, label);
  };
  return { s, locked, errors, save };
}

function Errors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error" role="alert" id={id}>
      <strong>Not saved:</strong>
      <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
    </div>
  );
}

/** A list of words or phrases, one per line. */
export function LinesEditor({ listKey, label, hint, example }: { listKey: ListKey; label: string; hint: string; example?: string }) {
  const { s, locked, errors, save } = useListSave(listKey, label);
  const current = (s.effective.lists[listKey] as string[] | undefined) ?? [];
  const [text, setText] = useState(current.join('\n'));
  useEffect(() => setText(current.join('\n')), [current.join('\n')]);
  const id = `list-${listKey}`;
  return (
    <section class="editor" data-list={listKey}>
      <label for={id}><strong>{label}</strong></label>
      <p class="small muted" id={`${id}-hint`}>{hint} One per line.{example ? ` For example: ${example}` : ''}</p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint${errors.length ? ` ${id}-err` : ''}`}
        aria-invalid={errors.length > 0}
        disabled={locked}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <Errors id={`${id}-err`} errors={errors} />
      <p>
        <button disabled={locked} onClick={() => save(text.split('\n').map((l) => l.trim()).filter(Boolean))}>Save {label.toLowerCase()}</button>
        {locked && <span class="lock"> 🔒 Set by your council</span>}
      </p>
    </section>
  );
}

export interface Column {
  key: string;
  label: string;
  type: 'text' | 'date' | 'datetime-local' | 'checkbox';
  required?: boolean;
}

type Row = Record<string, string | boolean>;

/** A list of structured entries (officers, committees, meetings, elections, confidential terms), as rows of fields. */
export function RowsEditor({ listKey, label, hint, columns, toRows, fromRows }: {
  listKey: ListKey;
  label: string;
  hint: string;
  columns: Column[];
  toRows?: (value: unknown[]) => Row[];
  fromRows?: (rows: Row[]) => unknown[];
}) {
  const { s, locked, errors, save } = useListSave(listKey, label);
  const current = ((s.effective.lists[listKey] as unknown[] | undefined) ?? []) as unknown[];
  const blank = (): Row => Object.fromEntries(columns.map((c) => [c.key, c.type === 'checkbox' ? false : '']));
  // An empty list starts with one empty row, so a new member sees at once where to type.
  const initial = () => {
    const rs = (toRows ? toRows(current) : (current as Row[])).map((r) => ({ ...r }));
    return rs.length ? rs : [blank()];
  };
  const [rows, setRows] = useState<Row[]>(initial);
  useEffect(() => setRows(initial()), [JSON.stringify(current)]);
  const update = (i: number, key: string, v: string | boolean) => setRows(rows.map((r, k) => (k === i ? { ...r, [key]: v } : r)));
  const clean = (rs: Row[]) =>
    rs
      .filter((r) => columns.some((c) => c.type !== 'checkbox' && String(r[c.key] ?? '').trim() !== ''))
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '' && v !== false).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])));
  const id = `list-${listKey}`;
  return (
    <section class="editor" data-list={listKey}>
      <h3 id={id}>{label}</h3>
      <p class="small muted">{hint}</p>
      <table aria-labelledby={id}>
        <thead>
          <tr>{columns.map((c) => <th key={c.key} scope="col">{c.label}{c.required ? ' *' : ''}</th>)}<th><span class="visually-hidden">Remove</span></th></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>
                  {c.type === 'checkbox' ? (
                    <input type="checkbox" aria-label={`${c.label}, row ${i + 1}`} disabled={locked} checked={r[c.key] === true} onChange={(e) => update(i, c.key, (e.target as HTMLInputElement).checked)} />
                  ) : (
                    <input type={c.type as "text"} aria-label={`${c.label}, row ${i + 1}`} disabled={locked} value={String(r[c.key] ?? '')} onInput={(e) => update(i, c.key, (e.target as HTMLInputElement).value)} />
                  )}
                </td>
              ))}
              <td><button disabled={locked} aria-label={`Remove row ${i + 1} of ${label.toLowerCase()}`} onClick={() => setRows(rows.filter((_, k) => k !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Errors id={`${id}-err`} errors={errors} />
      <p>
        <button disabled={locked} onClick={() => setRows([...rows, blank()])}>Add a row</button>{' '}
        <button class="primary" disabled={locked} onClick={() => { const c = clean(rows); void save(fromRows ? fromRows(c) : c); }}>Save {label.toLowerCase()}</button>
        {locked && <span class="lock"> 🔒 Set by your council</span>}
      </p>
    </section>
  );
}
