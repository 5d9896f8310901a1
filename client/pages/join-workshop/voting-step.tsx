import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import type { ParticipantView } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { JOIN_WORKSHOP_TEXT } from './join-workshop-text';
import { useLatestSave } from './use-latest-save';

/** Up to three votes among the shared objectives, saved as they change. */
export function VotingStep({
  workshopId,
  view,
  language,
}: {
  workshopId: string;
  view: ParticipantView;
  language: Language;
}) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const [votes, setVotes] = useState<string[]>(view.myVotes);
  const save = useLatestSave((next: string[]) => api.vote(workshopId, next));
  const groups = view.groups;
  const most = view.maxVotes;
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...votes, id] : votes.filter((v) => v !== id);
    setVotes(next);
    save.save(next);
  };
  return (
    <section aria-labelledby="voting-heading">
      <h2 id="voting-heading">{text.votingHeading}</h2>
      {groups.length === 0 ? (
        <p>{text.noGroups}</p>
      ) : (
        <fieldset className="vote-choice">
          <legend>{text.votingIntro(most)}</legend>
          {groups.map((g) => (
            <label key={g.id}>
              <input
                type="checkbox"
                checked={votes.includes(g.id)}
                disabled={!votes.includes(g.id) && votes.length >= most}
                onChange={(e) => toggle(g.id, e.target.checked)}
              />
              {g.title}
            </label>
          ))}
          <p aria-live="polite">{text.votesLeft(most - votes.length)}</p>
        </fieldset>
      )}
      <FormError error={save.error} language={language} />
    </section>
  );
}
