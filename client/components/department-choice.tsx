import { useId } from 'react';

/**
 * Whom a campaign asks: every department (`chosen` null: the whole organization, or the same departments as
 * before) or those ticked, kept in the organization's order. Used where a campaign or its next wave is made.
 */
export function DepartmentChoice({
  departments,
  chosen,
  onChange,
  text,
}: {
  departments: readonly { id: string; name: string }[];
  chosen: string[] | null;
  onChange: (chosen: string[] | null) => void;
  text: { legend: string; all: string; some: string; help?: string };
}) {
  const name = useId();
  const helpId = `${name}-help`;
  const toggle = (id: string, on: boolean) =>
    onChange(
      on
        ? departments.map((d) => d.id).filter((d) => d === id || chosen!.includes(d))
        : chosen!.filter((d) => d !== id),
    );
  return (
    <fieldset className="checkboxes">
      <legend>{text.legend}</legend>
      <label>
        <input type="radio" name={name} checked={chosen === null} onChange={() => onChange(null)} />
        {text.all}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={chosen !== null}
          onChange={() => onChange([])}
          aria-describedby={text.help ? helpId : undefined}
        />
        {text.some}
      </label>
      {text.help && (
        <p id={helpId} className="muted">
          {text.help}
        </p>
      )}
      {chosen !== null && (
        <div role="group" aria-label={text.some}>
          {departments.map((d) => (
            <label key={d.id}>
              <input
                type="checkbox"
                checked={chosen.includes(d.id)}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />
              {d.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
