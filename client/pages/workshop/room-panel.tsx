import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useAction } from '../../components/use-action';
import type { Workshop, WorkshopChange, WorkshopPhase } from '../../api/workshop-types';
import { LANGUAGE_TAGS, type Language } from '../../../shared/languages';
import { WORKSHOP_TEXT } from './workshop-text';

const PHASES: readonly WorkshopPhase[] = ['warm-up', 'writing', 'voting', 'done'];

/** The full address a phone opens, for showing beside the QR code. */
export const joinAddress = (workshop: Pick<Workshop, 'joinUrl'>): string =>
  new URL(workshop.joinUrl, window.location.origin).toString();

/** The room: how to join (code, QR, address), who is in, and the facilitator's controls for it. */
export function RoomPanel({
  workshop,
  language,
  onChanged,
}: {
  workshop: Workshop;
  language: Language;
  onChanged: (workshop: Workshop) => void;
}) {
  const text = WORKSHOP_TEXT[language];
  const change = useAction();
  const ended = workshop.status === 'ended';
  const send = (body: WorkshopChange) =>
    void change.run(async () => onChanged(await api.changeWorkshop(workshop.id, body)));
  const expires = new Date(workshop.expiresAt).toLocaleString(LANGUAGE_TAGS[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="room-panel card" aria-labelledby="room-heading">
      <div className="room-join">
        <div>
          <h2 id="room-heading">{text.code}</h2>
          <p className="join-code" data-testid="join-code">
            {workshop.code}
          </p>
          <p>{text.joinAt(joinAddress(workshop))}</p>
          <p>
            <strong>{text.status[workshop.status]}</strong> ·{' '}
            {text.participants(workshop.participants.length)} · {text.expires(expires)}
          </p>
        </div>
        <img className="join-qr" src={api.workshopQr(workshop.id)} alt={text.qr} width={180} height={180} />
      </div>
      {!ended && (
        <>
          <div className="actions">
            {workshop.status === 'open' ? (
              <button
                type="button"
                className="secondary"
                disabled={change.busy}
                onClick={() => send({ status: 'locked' })}
              >
                {text.lock}
              </button>
            ) : (
              <button
                type="button"
                className="secondary"
                disabled={change.busy}
                onClick={() => send({ status: 'open' })}
              >
                {text.unlock}
              </button>
            )}
            <button
              type="button"
              className="secondary end-workshop"
              disabled={change.busy}
              onClick={() => window.confirm(text.confirmEnd) && send({ status: 'ended' })}
            >
              {text.end}
            </button>
          </div>
          <div className="phase-buttons" role="group" aria-label={text.phaseLegend}>
            {PHASES.map((p, i) => (
              <button
                key={p}
                type="button"
                aria-pressed={workshop.phase === p}
                disabled={change.busy}
                onClick={() => send({ phase: p })}
              >
                {i + 1}. {text.phases[p]}
              </button>
            ))}
          </div>
        </>
      )}
      <FormError error={change.error} />
    </section>
  );
}
