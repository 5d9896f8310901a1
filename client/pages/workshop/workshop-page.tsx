import { useState } from 'react';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { useAction } from '../../components/use-action';
import { useUiLanguage } from '../../components/ui-language';
import { COMMON_TEXT } from '../../components/common-text';
import type { Workshop } from '../../api/workshop-types';
import { CheckChart } from './check-chart';
import { DraftCard } from './draft-card';
import { GroupingPanel, type Keeping } from './grouping-panel';
import { KeptPanel } from './kept-panel';
import { pickDrafts } from './pick-drafts';
import { RoomPanel } from './room-panel';
import { useLiveWorkshop } from './use-live-workshop';
import { WarmUpPanel } from './warm-up-panel';
import { WORKSHOP_TEXT } from './workshop-text';
import './workshop.css';

/** The facilitator's screen: the room, the warm-up, every draft as it changes, grouping, voting and keeping. */
export default function WorkshopPage() {
  const { id = '' } = useParams();
  const { language } = useUiLanguage();
  const text = WORKSHOP_TEXT[language];
  const live = useLiveWorkshop(id);
  const workshop = live.workshop;
  return (
    <PageFrame title={workshop?.title ?? text.title} wide>
      {workshop === null ? (
        live.error ? (
          <FormError
            error={
              live.error instanceof ApiError && live.error.problem.status === 404 ? text.notFound : live.error
            }
          />
        ) : (
          <p aria-live="polite">{COMMON_TEXT[language].loading}</p>
        )
      ) : (
        <WorkshopScreen workshop={workshop} mode={live.mode} onChanged={live.accept} />
      )}
    </PageFrame>
  );
}

function WorkshopScreen({
  workshop,
  mode,
  onChanged,
}: {
  workshop: Workshop;
  mode: 'live' | 'polling';
  onChanged: (workshop: Workshop) => void;
}) {
  const { language } = useUiLanguage();
  const text = WORKSHOP_TEXT[language];
  const [selected, setSelected] = useState<string[]>([]);
  const [keeping, setKeeping] = useState<Keeping | null>(null);
  const reveal = useAction();
  const needsHelp = pickDrafts(workshop.drafts, workshop.needsHelp);
  return (
    <div className="workshop-screen">
      <p className="muted live-mode" role="status">
        {mode === 'live' ? text.live : text.polling}
      </p>
      <RoomPanel workshop={workshop} language={language} onChanged={onChanged} />
      {/* Open while the room warms up; afterwards folded to its heading, as the drafts matter then. */}
      <details className="card warm-up-card" open={workshop.phase === 'warm-up'}>
        <summary>
          <h2>{text.warmUp}</h2>
        </summary>
        {!workshop.warmUp.revealed && workshop.status !== 'ended' && (
          <button
            type="button"
            disabled={reveal.busy}
            onClick={() =>
              void reveal.run(async () =>
                onChanged(await api.changeWorkshop(workshop.id, { revealWarmUp: true })),
              )
            }
          >
            {text.reveal}
          </button>
        )}
        <FormError error={reveal.error} />
        <WarmUpPanel warmUp={workshop.warmUp} language={language} />
      </details>
      <section className="card" aria-labelledby="checks-heading">
        <h2 id="checks-heading">{text.checks}</h2>
        <CheckChart checks={workshop.checks} language={language} />
      </section>
      <section className="card" aria-labelledby="help-heading">
        <h2 id="help-heading">{text.needsHelp}</h2>
        {needsHelp.length === 0 ? (
          <p className="muted">{text.needsHelpNone}</p>
        ) : (
          <ol className="needs-help">
            {needsHelp.map((d) => (
              <li key={d.id}>{text.whoWrote(d.name ?? text.anonymous, d.objective)}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">
          {text.drafts} ({workshop.drafts.length})
        </h2>
        {workshop.drafts.length === 0 ? (
          <p className="muted">{text.noDrafts}</p>
        ) : (
          <div className="draft-grid">
            {workshop.drafts.map((d) => (
              <DraftCard
                key={d.id}
                draft={d}
                language={language}
                selected={selected.includes(d.id)}
                onSelect={(on) => setSelected((now) => (on ? [...now, d.id] : now.filter((x) => x !== d.id)))}
                onKeep={() =>
                  setKeeping({
                    group: d.objective,
                    title: d.objective,
                    keyResults: d.keyResults.filter((kr) => kr.trim() !== '').join('\n'),
                    fromDraftIds: [d.id],
                  })
                }
              />
            ))}
          </div>
        )}
      </section>
      <GroupingPanel
        workshop={workshop}
        language={language}
        selected={selected}
        onGrouped={() => setSelected([])}
        onChanged={onChanged}
        keeping={keeping}
        setKeeping={setKeeping}
      />
      <KeptPanel workshop={workshop} language={language} onChanged={onChanged} />
    </div>
  );
}
