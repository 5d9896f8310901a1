import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { CreateOrganizationRequest } from '../../../shared/request-schemas';
import type { Organization } from '../../../server/http/api-types';
import { HOME_TEXT } from './home-text';

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
  const create = useAction();
  const text = useText(HOME_TEXT);

  const update = (key: number, change: Partial<DepartmentRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const filled = rows.filter((r) => r.name.trim() !== '' || r.headcount !== '');
    const body = { name, departments: filled.map((r) => ({ name: r.name, headcount: Number(r.headcount) })) };
    const problem = requestProblem(CreateOrganizationRequest, body);
    if (problem) return create.fail(problem);
    void create.run(async () => {
      const organization = await api.createOrganization(body);
      onCreated(organization);
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-org-heading">
      <h2 id="new-org-heading">{text.newOrganization}</h2>
      <TextField label={text.organizationName} value={name} onChange={setName} required maxLength={120} />
      <fieldset>
        <legend>{text.departments}</legend>
        {rows.map((row, index) => (
          <div className="row" key={row.key}>
            <TextField
              label={text.department(index + 1)}
              value={row.name}
              onChange={(typed) => update(row.key, { name: typed })}
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
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                {text.remove}
                <span className="visually-hidden">{text.removeWhat(index + 1)}</span>
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setRows([...rows, emptyRow()])}>
          {text.addDepartment}
        </button>
      </fieldset>
      <FormError error={create.error} />
      <button type="submit" disabled={create.busy}>
        {create.busy ? text.creating : text.create}
      </button>
    </form>
  );
}
