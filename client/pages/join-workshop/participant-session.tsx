import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { COMMON_TEXT } from '../../components/common-text';
import { FormError } from '../../components/form-error';
import type { ParticipantView } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { DraftEditor } from './draft-editor';
import { JOIN_WORKSHOP_TEXT } from './join-workshop-text';
import { VotingStep } from './voting-step';
import { WarmUpStep } from './warm-up-step';

/** How often a phone asks which step the room is at: the facilitator moves it on, often every few minutes. */
const POLL_MS = 2000;

/** The participant's steps, following the phase the facilitator sets. */
export function ParticipantSession({
  workshopId,
  language,
  onLost,
}: {
  workshopId: string;
  language: Language;
  /** The phone's place in the room is gone (cookie cleared, another workshop): join again. */
  onLost: () => void;
}) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const [view, setView] = useState<ParticipantView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      api
        .myWorkshop(workshopId)
        .then(
          (v) => {
            if (stopped) return;
            setView(v);
            setError(null);
          },
          (failure: unknown) => {
            if (stopped) return;
            const status = failure instanceof ApiError ? failure.problem.status : 0;
            if (status === 401 || status === 403 || status === 404) onLost();
            else setError(failure);
          },
        )
        .finally(() => {
          if (!stopped) timer = setTimeout(() => void load(), POLL_MS);
        });
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [workshopId, onLost]);

  if (view === null)
    return error ? <FormError error={error} language={language} /> : <p>{COMMON_TEXT[language].loading}</p>;
  if (view.status === 'ended' || view.phase === 'done')
    return <p role="status">{view.phase === 'done' ? text.done : text.ended}</p>;
  return (
    <>
      {view.phase === 'warm-up' && <WarmUpStep workshopId={workshopId} view={view} language={language} />}
      {view.phase === 'writing' && (
        <DraftEditor workshopId={workshopId} initial={view.myDraft} language={language} />
      )}
      {view.phase === 'voting' && <VotingStep workshopId={workshopId} view={view} language={language} />}
      <FormError error={error} language={language} />
    </>
  );
}
