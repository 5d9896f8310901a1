import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { DepartmentFields, departmentRow, type DepartmentRow } from '../../components/department-fields';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { CreateOrganizationRequest } from '../../../shared/request-schemas';
import type { Organization } from '../../../server/http/api-types';
import { HOME_TEXT } from './home-text';

export function CreateOrganizationForm({ onCreated }: { onCreated: (organization: Organization) => void }) {
  const [name, setName] = useState('');
  const [rows, setRows] = useState<DepartmentRow[]>(() => [departmentRow(), departmentRow()]);
  const create = useAction();
  const text = useText(HOME_TEXT);

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
      <DepartmentFields
        rows={rows}
        onChange={setRows}
        required={false}
        text={{
          legend: text.departments,
          department: text.department,
          headcount: text.headcount,
          headcountOf: text.headcountOf,
          remove: (_row, n) => ({
            label: (
              <>
                {text.remove}
                <span className="visually-hidden">{text.removeWhat(n)}</span>
              </>
            ),
          }),
          add: text.addDepartment,
        }}
      />
      <FormError error={create.error} />
      <button type="submit" disabled={create.busy}>
        {create.busy ? text.creating : text.create}
      </button>
    </form>
  );
}
