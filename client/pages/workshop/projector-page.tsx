import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { COMMON_TEXT } from '../../components/common-text';
import { FormError } from '../../components/form-error';
import { useUiLanguage } from '../../components/ui-language';
import { LANGUAGE_TAGS } from '../../../shared/languages';
import { CheckChart } from './check-chart';
import { joinAddress } from './room-panel';
import { useLiveWorkshop } from './use-live-workshop';
import { WarmUpPanel } from './warm-up-panel';
import { WORKSHOP_TEXT } from './workshop-text';
import './workshop.css';

/**
 * What the room sees on the wall: large type and no controls. How to join while the room is open in the
 * warm-up, the room's warm-up answers once revealed, the checks' shares while people write, the kept objectives.
 */
export default function ProjectorPage() {
  const { id = '' } = useParams();
  const { language } = useUiLanguage();
  const text = WORKSHOP_TEXT[language];
  const { workshop, error } = useLiveWorkshop(id);
  if (workshop === null)
    return (
      <main className="projector" lang={LANGUAGE_TAGS[language]}>
        <h1>{text.title}</h1>
        {error ? (
          <FormError
            error={error instanceof ApiError && error.problem.status === 404 ? text.notFound : error}
          />
        ) : (
          <p>{COMMON_TEXT[language].loading}</p>
        )}
      </main>
    );
  const joining = workshop.status === 'open' && workshop.phase === 'warm-up';
  return (
    <main className="projector" lang={LANGUAGE_TAGS[language]}>
      <h1>{workshop.title}</h1>
      <p className="projector-phase">{text.phases[workshop.phase]}</p>
      {joining ? (
        <section className="projector-join" aria-label={text.code}>
          <div>
            <p className="join-code">{workshop.code}</p>
            <p>{text.joinAt(joinAddress(workshop))}</p>
            <p>{text.participants(workshop.participants.length)}</p>
          </div>
          <img className="join-qr" src={api.workshopQr(workshop.id)} alt={text.qr} width={320} height={320} />
        </section>
      ) : (
        workshop.status === 'open' && (
          <p className="projector-corner">
            {text.code}: <strong>{workshop.code}</strong>
          </p>
        )
      )}
      {workshop.warmUp.revealed && workshop.phase === 'warm-up' && (
        <section aria-labelledby="projector-warm-up">
          <h2 id="projector-warm-up">{text.warmUp}</h2>
          <WarmUpPanel warmUp={workshop.warmUp} language={language} />
        </section>
      )}
      {(workshop.phase === 'writing' || workshop.phase === 'voting') && (
        <section aria-labelledby="projector-checks">
          <h2 id="projector-checks">{text.checks}</h2>
          <CheckChart checks={workshop.checks} language={language} large />
        </section>
      )}
      {workshop.kept.length > 0 && (
        <section aria-labelledby="projector-kept">
          <h2 id="projector-kept">{text.kept}</h2>
          <ol className="kept-list">
            {workshop.kept.map((k) => (
              <li key={k.id}>
                <strong>{k.title}</strong>
                <ul>
                  {k.keyResults.map((kr, i) => (
                    <li key={i}>{kr}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
