import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CampaignDetail, NextWaveMade } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { DepartmentChoice } from '../../components/department-choice';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { NEXT_WAVE_TEXT } from './next-wave-text';

/**
 * Re-measuring after a quarter in one step: a new draft made from this campaign, then a link to it, with
 * what was not carried said plainly (departments gone, an erased staff list).
 */
export function NextWaveSection({ detail }: { detail: CampaignDetail }) {
  const text = useText(NEXT_WAVE_TEXT);
  const previous = detail.campaign;
  const [name, setName] = useState<string | null>(null);
  const [copyStaffList, setCopyStaffList] = useState(true);
  // Null: the same departments as this wave; otherwise those ticked (a pilot pair and a comparison group).
  const [chosen, setChosen] = useState<string[] | null>(null);
  const departments = detail.organization.departments;
  const [made, setMade] = useState<NextWaveMade | null>(null);
  const making = useAction();
  const chosenName = name ?? text.defaultName(previous.name);

  function make(event: FormEvent) {
    event.preventDefault();
    void making.run(async () => {
      setMade(
        await api.nextWave(previous.id, {
          name: chosenName,
          copyStaffList,
          ...(chosen === null ? {} : { departmentIds: chosen }),
        }),
      );
    });
  }

  return (
    <section className="card" aria-labelledby="next-wave-heading">
      <h2 id="next-wave-heading">{text.heading}</h2>
      <p className="muted">{text.help(previous.scope === 'organization')}</p>
      {made ? (
        <div role="status" data-testid="next-wave-made">
          <p>
            {text.made(made.campaign.name)} <Link to={`/campaigns/${made.campaign.id}`}>{text.open}</Link>
          </p>
          {made.staffListErased ? <p>{text.staffErased}</p> : <p>{text.staffCopied(made.staffCopied)}</p>}
          {made.droppedDepartments.length > 0 && (
            <p>{text.dropped(made.droppedDepartments.map((d) => d.name))}</p>
          )}
        </div>
      ) : (
        <form onSubmit={make}>
          <TextField label={text.name} value={chosenName} onChange={setName} required maxLength={120} />
          <DepartmentChoice
            departments={departments}
            chosen={chosen}
            onChange={setChosen}
            text={{ legend: text.whoIsAsked, all: text.sameDepartments, some: text.chosenDepartments }}
          />
          <div className="checkboxes">
            <label>
              <input
                type="checkbox"
                checked={copyStaffList}
                onChange={(e) => setCopyStaffList(e.target.checked)}
              />
              {text.copyStaff}
            </label>
          </div>
          <FormError error={making.error} />
          <button type="submit" disabled={making.busy}>
            {text.make}
          </button>
        </form>
      )}
    </section>
  );
}
