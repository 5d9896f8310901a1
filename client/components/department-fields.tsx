// An organization's departments as rows of a form (a name and a headcount each, added and removed), for
// the form that creates an organization and the one that edits it. Each row keeps a key of its own, and the
// id of the department it stands for when there is one, so that editing a name renames that department.

import type { ReactNode } from 'react';
import { TextField } from './text-field';

export interface DepartmentRow {
  key: number;
  /** The stored department the row stands for; absent for one added in the form. */
  id?: string;
  name: string;
  headcount: string;
}

let nextKey = 0;

/** A row with a key no other row has: blank, or standing for a department as it is. */
export function departmentRow(from: { id?: string; name?: string; headcount?: string } = {}): DepartmentRow {
  return { key: nextKey++, name: '', headcount: '', ...from };
}

export interface DepartmentFieldsText {
  legend: string;
  department: (n: number) => string;
  headcount: string;
  /** Completes the headcount field's name for a screen reader: whose headcount. */
  headcountOf: (n: number) => string;
  /** The remove button's visible words and, where they do not say which row, its accessible name. */
  remove: (row: DepartmentRow, n: number) => { label: ReactNode; ariaLabel?: string };
  add: string;
}

export function DepartmentFields({
  rows,
  onChange,
  required,
  text,
}: {
  rows: DepartmentRow[];
  onChange: (rows: DepartmentRow[]) => void;
  /** Whether every row must be filled in (an edit), or blank rows are left out (a new organization). */
  required: boolean;
  text: DepartmentFieldsText;
}) {
  const update = (key: number, change: Partial<DepartmentRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset>
      <legend>{text.legend}</legend>
      {rows.map((row, index) => {
        const remove = text.remove(row, index + 1);
        return (
          <div className="row" key={row.key}>
            <TextField
              label={text.department(index + 1)}
              value={row.name}
              onChange={(typed) => update(row.key, { name: typed })}
              required={required}
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
              required={required}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="link"
                aria-label={remove.ariaLabel}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                {remove.label}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...rows, departmentRow()])}>
        {text.add}
      </button>
    </fieldset>
  );
}
