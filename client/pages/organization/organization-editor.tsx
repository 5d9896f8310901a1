import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { Organization } from '../../../server/http/api-types';
import { ORGANIZATION_TEXT } from './organization-text';

interface DepartmentRow {
  key: number;
  /** The department kept; absent for one added here. */
  id?: string;
  name: string;
  headcount: string;
}

let nextKey = 0;

/** The organization's name and departments as one form: each row keeps its department's id, so a rename is a rename. */
export function OrganizationEditor({
  organization,
  onSaved,
  onCancel,
}: {
  organization: Organization;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const text = useText(ORGANIZATION_TEXT);
  const [name, setName] = useState(organization.name);
  const [rows, setRows] = useState<DepartmentRow[]>(() =>
    organization.departments.map((d) => ({
      key: nextKey++,
      id: d.id,
      name: d.name,
      headcount: String(d.headcount),
    })),
  );
  const save = useAction();

  const update = (key: number, change: Partial<DepartmentRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const departments = rows.map((r) => ({
      ...(r.id === undefined ? {} : { id: r.id }),
      name: r.name,
      headcount: Number(r.headcount),
    }));
    void save.run(async () => {
      await api.editOrganization(organization.id, { name, departments });
      onSaved();
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="edit-org-heading">
      <h2 id="edit-org-heading">{text.editHeading}</h2>
      <p className="muted">{text.editHelp}</p>
      <TextField label={text.organizationName} value={name} onChange={setName} required maxLength={120} />
      <fieldset>
        <legend>{text.departments}</legend>
        {rows.map((row, index) => (
          <div className="row" key={row.key}>
            <TextField
              label={text.departmentN(index + 1)}
              value={row.name}
              onChange={(typed) => update(row.key, { name: typed })}
              required
              maxLength={120}
            />
            <TextField
              label={
                <>
                  {text.headcount}
                  <span className="visually-hidden">{text.headcountOf(index + 1)}</span>
                </>
              }
              type="number"
              min={1}
              inputMode="numeric"
              value={row.headcount}
              onChange={(headcount) => update(row.key, { headcount })}
              required
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="link"
                aria-label={text.removeNamed(row.name || text.newDepartment)}
                onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                {text.removeDepartment}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setRows([...rows, { key: nextKey++, name: '', headcount: '' }])}
        >
          {text.addDepartment}
        </button>
      </fieldset>
      <FormError error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          {save.busy ? text.saving : text.save}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
