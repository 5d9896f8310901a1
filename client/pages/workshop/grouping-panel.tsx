import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import type { Workshop } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { keyResultsOf, pickDrafts } from './pick-drafts';
import { toVoteRows } from './to-vote-rows';
import { WORKSHOP_TEXT } from './workshop-text';

export interface Keeping {
  /** What it was kept from, for the form's heading: a group's title or a draft's objective. */
  group: string;
  title: string;
  keyResults: string;
  fromDraftIds: string[];
}

/**
 * Shared objectives: the drafts the facilitator ticked grouped under a title, each with its votes (shown from
 * the voting step on), and the form that keeps one as the room's objective with its key results edited.
 */
export function GroupingPanel({
  workshop,
  language,
  selected,
  onGrouped,
  onChanged,
  keeping,
  setKeeping,
}: {
  workshop: Workshop;
  language: Language;
  selected: string[];
  onGrouped: () => void;
  onChanged: (workshop: Workshop) => void;
  /** The objective being kept (from a group or a single draft), held by the screen so a draft card can start it. */
  keeping: Keeping | null;
  setKeeping: (keeping: Keeping | null) => void;
}) {
  const text = WORKSHOP_TEXT[language];
  const [title, setTitle] = useState('');
  const act = useAction();
  const formId = useId();
  const showVotes = workshop.phase === 'voting' || workshop.phase === 'done';
  const keepForm = useRef<HTMLFormElement>(null);
  const keepingFrom = keeping?.fromDraftIds.join() ?? '';
  // Started from a draft card far above, the form is brought into view.
  useEffect(() => {
    if (keepingFrom !== '') keepForm.current?.scrollIntoView({ block: 'nearest' });
  }, [keepingFrom]);

  function group(event: FormEvent) {
    event.preventDefault();
    void act.run(async () => {
      onChanged(await api.groupDrafts(workshop.id, { title: title.trim(), draftIds: selected }));
      setTitle('');
      onGrouped();
    });
  }
  function keep(event: FormEvent) {
    event.preventDefault();
    if (!keeping) return;
    const body = {
      title: keeping.title.trim(),
      keyResults: keeping.keyResults
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      fromDraftIds: keeping.fromDraftIds,
    };
    void act.run(async () => {
      onChanged(await api.keepObjective(workshop.id, body));
      setKeeping(null);
    });
  }

  return (
    <section className="card" aria-labelledby="grouping-heading">
      <h2 id="grouping-heading">{text.grouping}</h2>
      <p className="muted">{text.groupingIntro}</p>
      <form onSubmit={group} className="group-form">
        <TextField label={text.groupTitle} value={title} onChange={setTitle} required maxLength={300} />
        <p aria-live="polite">{text.chosen(selected.length)}</p>
        <button type="submit" disabled={act.busy || selected.length === 0}>
          {text.group}
        </button>
      </form>
      <ul className="group-list">
        {toVoteRows(workshop).map((g) => (
          <li key={g.id} data-group={g.id}>
            <strong>{g.title}</strong> <span className="muted">{text.groupDrafts(g.draftIds.length)}</span>
            {showVotes && <span className="vote-count"> · {text.votes(g.votes)}</span>}
            <span className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setKeeping({
                    group: g.title,
                    title: g.title,
                    keyResults: keyResultsOf(pickDrafts(workshop.drafts, g.draftIds)).join('\n'),
                    fromDraftIds: g.draftIds,
                  })
                }
              >
                {text.keep}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={act.busy}
                onClick={() => void act.run(async () => onChanged(await api.removeGroup(workshop.id, g.id)))}
              >
                {text.ungroup}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {keeping && (
        <form ref={keepForm} onSubmit={keep} className="keep-form" aria-labelledby={`${formId}-heading`}>
          <h3 id={`${formId}-heading`}>{text.keepHeading(keeping.group)}</h3>
          <TextField
            label={text.keptTitle}
            value={keeping.title}
            onChange={(t) => setKeeping({ ...keeping, title: t })}
            required
            maxLength={300}
          />
          <label htmlFor={`${formId}-key-results`}>{text.keptKeyResults}</label>
          <textarea
            id={`${formId}-key-results`}
            rows={4}
            value={keeping.keyResults}
            onChange={(e) => setKeeping({ ...keeping, keyResults: e.target.value })}
          />
          <div className="actions">
            <button type="submit" disabled={act.busy}>
              {text.save}
            </button>
            <button type="button" className="secondary" onClick={() => setKeeping(null)}>
              {text.cancel}
            </button>
          </div>
        </form>
      )}
      <FormError error={act.error} />
    </section>
  );
}
