import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import type { Organization } from '../../../server/http/api-types';

interface DepartmentRow {
  key: number;
  name: string;
  headcount: string;
}

let nextKey = 0;
const emptyRow = (): DepartmentRow => ({ key: nextKey++, name: '', headcount: '' });

export function CreateOrganizationForm({ onCreated }: { onCreated: (organization: Organization) => void }) {
  const [name, setName] = useState('');
  const [rows, setRows] = useState<DepartmentRow[]>(() => [emptyRow(), emptyRow()]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = (key: number, change: Partial<DepartmentRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const filled = rows.filter((r) => r.name.trim() !== '' || r.headcount !== '');
    setSaving(true);
    setError(null);
    try {
      const organization = await api.createOrganization({
        name,
        departments: filled.map((r) => ({ name: r.name, headcount: Number(r.headcount) })),
      });
      onCreated(organization);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-org-heading">
      <h2 id="new-org-heading">Set up an organization</h2>
      <label>
        Organization name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
      </label>
      <fieldset>
        <legend>Departments and their headcounts</legend>
        {rows.map((row, index) => (
          <div className="row" key={row.key}>
            <label>
              Department {index + 1}
              <input
                value={row.name}
                onChange={(e) => update(row.key, { name: e.target.value })}
                maxLength={120}
              />
            </label>
            <label>
              Headcount<span className="visually-hidden"> of department {index + 1}</span>
              <input
                type="number"
                min={1}
                inputMode="numeric"
                value={row.headcount}
                onChange={(e) => update(row.key, { headcount: e.target.value })}
              />
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                Remove <span className="visually-hidden">department {index + 1}</span>
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setRows([...rows, emptyRow()])}>
          Add a department
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {saving ? 'Creating…' : 'Create organization'}
      </button>
    </form>
  );
}
