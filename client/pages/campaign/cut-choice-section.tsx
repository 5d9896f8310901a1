import { useState, type FormEvent } from 'react';
import type { CampaignDetail } from '../../../server/http/api-types';
import { CUT_IDS, type CutId } from '../../../shared/cut-limits';
import { joinList } from '../../../shared/languages';
import { CampaignChangeRequest } from '../../../shared/request-schemas';
import { api } from '../../api/client';
import { requestProblem } from '../../components/check-request';
import { FormError } from '../../components/form-error';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { CUT_CHOICE_TEXT } from './cut-choice-text';

/**
 * Which optional questions about people the survey ends with (tenure, level, location), chosen while a
 * draft; once the campaign opens they are fixed, and the section only says which were asked.
 */
export function CutChoiceSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(CUT_CHOICE_TEXT);
  const { language } = useUiLanguage();
  const { campaign, phase } = detail;
  const stored = campaign.cuts ?? [];
  const storedLocations = stored.find((c) => c.id === 'location');
  const [chosen, setChosen] = useState<CutId[] | null>(null);
  const [locations, setLocations] = useState<string | null>(null);
  const saving = useAction();
  const ticked = chosen ?? stored.map((c) => c.id);
  const listed =
    locations ??
    (storedLocations && 'locations' in storedLocations ? storedLocations.locations.join('\n') : '');

  if (phase !== 'draft') {
    const names = stored.map((c) =>
      c.id === 'location' && 'locations' in c
        ? text.locationList(joinList(language, c.locations))
        : text.cuts[c.id],
    );
    return (
      <section aria-labelledby="cuts-heading">
        <h2 id="cuts-heading">{text.heading}</h2>
        <p>{names.length === 0 ? text.none : `${text.fixed} ${joinList(language, names)}`}</p>
      </section>
    );
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const cuts = CUT_IDS.filter((id) => ticked.includes(id)).map((id) =>
      id === 'location'
        ? {
            id,
            locations: listed
              .split('\n')
              .map((l) => l.trim())
              .filter((l) => l.length > 0),
          }
        : { id },
    );
    const change = { cuts };
    const problem = requestProblem(CampaignChangeRequest, change);
    if (problem) return saving.fail(problem);
    void saving.run(async () => {
      await api.changeCampaign(campaign.id, change);
      setChosen(null);
      setLocations(null);
      onChanged();
    });
  }

  const toggle = (id: CutId) => {
    setChosen(ticked.includes(id) ? ticked.filter((x) => x !== id) : [...ticked, id]);
    saving.reset();
  };

  return (
    <section aria-labelledby="cuts-heading">
      <h2 id="cuts-heading">{text.heading}</h2>
      <p className="hint">{text.intro(campaign.minGroupSize)}</p>
      <form onSubmit={save}>
        <fieldset className="checkboxes">
          <legend className="visually-hidden">{text.heading}</legend>
          {CUT_IDS.map((id) => (
            <label key={id}>
              <input type="checkbox" checked={ticked.includes(id)} onChange={() => toggle(id)} />
              {text.cuts[id]}
            </label>
          ))}
        </fieldset>
        {ticked.includes('location') && (
          <label>
            {text.locations}
            <textarea
              className="wide-text"
              rows={4}
              value={listed}
              onChange={(e) => {
                setLocations(e.target.value);
                saving.reset();
              }}
            />
          </label>
        )}
        <FormError error={saving.error} />
        <button type="submit" disabled={saving.busy}>
          {text.save}
        </button>
        {saving.succeeded !== null && <p role="status">{text.saved}</p>}
      </form>
    </section>
  );
}
