import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { allows } from '../../components/permissions';
import { useAction } from '../../components/use-action';
import { useSession } from '../../components/use-session';
import type { Workshop } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { WORKSHOP_TEXT } from './workshop-text';

/** The objectives the room kept, with removing one, adding them to the campaign's plan, and downloads. */
export function KeptPanel({
  workshop,
  language,
  onChanged,
}: {
  workshop: Workshop;
  language: Language;
  onChanged: (workshop: Workshop) => void;
}) {
  const text = WORKSHOP_TEXT[language];
  const act = useAction();
  const [as, setAs] = useState<'actions' | 'pilot-objectives'>('actions');
  const [added, setAdded] = useState<number | null>(null);
  const { principal } = useSession();
  // Only those who edit the plan are offered to add to it (a consultant may run a workshop but not edit).
  const mayPlan = allows(principal, 'action-plan:edit', workshop.organizationId);
  return (
    <section className="card" aria-labelledby="kept-heading">
      <h2 id="kept-heading">{text.kept}</h2>
      {workshop.kept.length === 0 ? (
        <p className="muted">{text.noKept}</p>
      ) : (
        <ol className="kept-list">
          {workshop.kept.map((k) => (
            <li key={k.id} data-kept={k.id}>
              <strong>{k.title}</strong>
              {k.keyResults.length > 0 ? (
                <ul>
                  {k.keyResults.map((kr, i) => (
                    <li key={i}>{kr}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{text.noKeyResults}</p>
              )}
              <button
                type="button"
                className="secondary"
                disabled={act.busy}
                onClick={() =>
                  void act.run(async () => onChanged(await api.unkeepObjective(workshop.id, k.id)))
                }
              >
                {text.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      {mayPlan && workshop.campaignId !== null && workshop.kept.length > 0 && (
        <form
          className="to-plan"
          onSubmit={(e) => {
            e.preventDefault();
            void act.run(async () => {
              const reply = await api.workshopToPlan(workshop.id, {
                keptIds: workshop.kept.map((k) => k.id),
                as,
              });
              setAdded(reply.actionIds.length);
            });
          }}
        >
          <fieldset className="checkboxes">
            <legend>{text.toPlanAs}</legend>
            <label>
              <input
                type="radio"
                name="to-plan-as"
                checked={as === 'actions'}
                onChange={() => setAs('actions')}
              />
              {text.asActions}
            </label>
            <label>
              <input
                type="radio"
                name="to-plan-as"
                checked={as === 'pilot-objectives'}
                onChange={() => setAs('pilot-objectives')}
              />
              {text.asPilot}
            </label>
          </fieldset>
          <button type="submit" disabled={act.busy}>
            {text.toPlan}
          </button>
          {added !== null && (
            <p role="status">
              {text.added(added)}{' '}
              <Link to={`/campaigns/${encodeURIComponent(workshop.campaignId)}/report#action-plan-heading`}>
                {text.openPlan}
              </Link>
            </p>
          )}
        </form>
      )}
      <FormError error={act.error} />
      <h3>{text.downloads}</h3>
      <ul className="downloads">
        <li>
          <a href={api.workshopExport(workshop.id, 'csv', language)} download>
            {text.csv}
          </a>
        </li>
        <li>
          <a href={api.workshopExport(workshop.id, 'xlsx', language)} download>
            {text.xlsx}
          </a>
        </li>
        <li>
          <Link to={`/workshops/${encodeURIComponent(workshop.id)}/summary`}>{text.summaryLink}</Link>
        </li>
        <li>
          <Link to={`/workshops/${encodeURIComponent(workshop.id)}/projector`} target="_blank">
            {text.projectorLink}
          </Link>
        </li>
      </ul>
    </section>
  );
}
