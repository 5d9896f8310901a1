import { useState, type FormEvent } from 'react';
import { CadenceChangeRequest } from '../../../shared/request-schemas';
import { MAX_CADENCE_MONTHS } from '../../../shared/campaign-limits';
import { api } from '../../api/client';
import { requestProblem } from '../../components/check-request';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { WAVES_TEXT } from './waves-text';

/** The choices offered first; any other whole number of months up to the limit is typed. */
const COMMON_MONTHS = [3, 6, 12] as const;
type Choice = 'none' | 'other' | `${(typeof COMMON_MONTHS)[number]}`;

const choiceOf = (months: number | undefined): Choice =>
  months === undefined
    ? 'none'
    : (COMMON_MONTHS as readonly number[]).includes(months)
      ? (String(months) as Choice)
      : 'other';

/**
 * The organization's calibration cadence in words and, for those who manage it, a small form to set it: none,
 * quarterly, every 6 or 12 months, or another number of months.
 */
export function CadenceField({
  organizationId,
  cadenceMonths,
  mayManage,
  onSaved,
}: {
  organizationId: string;
  cadenceMonths: number | undefined;
  mayManage: boolean;
  onSaved: () => void;
}) {
  const text = useText(WAVES_TEXT);
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState<Choice>(choiceOf(cadenceMonths));
  const [other, setOther] = useState(cadenceMonths === undefined ? '' : String(cadenceMonths));
  const save = useAction();

  function start() {
    setChoice(choiceOf(cadenceMonths));
    setOther(cadenceMonths === undefined ? '' : String(cadenceMonths));
    save.reset();
    setEditing(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const months = choice === 'none' ? null : choice === 'other' ? Number(other) : Number(choice);
    const change = { cadenceMonths: months };
    const problem = requestProblem(CadenceChangeRequest, change);
    if (problem) return save.fail(problem);
    void save.run(async () => {
      await api.editOrganization(organizationId, change);
      setEditing(false);
      onSaved();
    });
  }

  return (
    <div data-testid="cadence">
      <p>
        {text.cadenceIs(cadenceMonths === undefined ? text.cadenceNone : text.cadenceEvery(cadenceMonths))}
      </p>
      <p className="muted">{text.cadenceHelp}</p>
      {mayManage && !editing && (
        <button type="button" className="secondary" onClick={start}>
          {cadenceMonths === undefined ? text.setCadence : text.changeCadence}
        </button>
      )}
      {editing && (
        <form className="card" onSubmit={submit} aria-label={text.cadence}>
          <label>
            {text.cadenceChoice}
            <select value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
              <option value="none">{text.optionNone}</option>
              {COMMON_MONTHS.map((m) => (
                <option key={m} value={String(m)}>
                  {text.cadenceEvery(m)}
                </option>
              ))}
              <option value="other">{text.optionOther}</option>
            </select>
          </label>
          {choice === 'other' && (
            <TextField
              label={text.months}
              type="number"
              min={1}
              max={MAX_CADENCE_MONTHS}
              value={other}
              onChange={setOther}
              required
            />
          )}
          <FormError error={save.error} />
          <div className="actions">
            <button type="submit" disabled={save.busy}>
              {save.busy ? text.saving : text.save}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {text.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
