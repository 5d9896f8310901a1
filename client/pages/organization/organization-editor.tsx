import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { DepartmentFields, departmentRow, type DepartmentRow } from '../../components/department-fields';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { Organization } from '../../../server/http/api-types';
import { ORGANIZATION_TEXT } from './organization-text';

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
    organization.departments.map((d) =>
      departmentRow({ id: d.id, name: d.name, headcount: String(d.headcount) }),
    ),
  );
  const save = useAction();

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
      <DepartmentFields
        rows={rows}
        onChange={setRows}
        required
        text={{
          legend: text.departments,
          department: text.departmentN,
          headcount: text.headcount,
          headcountOf: text.headcountOf,
          remove: (row) => ({
            label: text.removeDepartment,
            ariaLabel: text.removeNamed(row.name || text.newDepartment),
          }),
          add: text.addDepartment,
        }}
      />
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
