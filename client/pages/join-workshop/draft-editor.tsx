import { useEffect, useId, useRef, useState, type CompositionEvent } from 'react';
import { api } from '../../api/client';
import { formatPercent } from '../../components/format';
import { FormError } from '../../components/form-error';
import type { CoachAdvice, DraftBody, ParticipantView } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { adviceFor, keyResultFields } from './advice-for';
import { createDraftSender, type DraftSender } from './draft-sender';
import { JOIN_WORKSHOP_TEXT } from './join-workshop-text';

/** The most key results a draft holds (the server takes no more). */
const MOST_FIELDS = 8;

type Draft = { objective: string; keyResults: string[] };

/**
 * Writing an objective and its key results with the coach's advice under each field. The draft goes to the
 * server a pause after typing stops and never mid-composition (draft-sender.ts); the advice comes back in
 * the reply. Advice is only shown: nothing is ever disabled or refused because of it.
 */
export function DraftEditor({
  workshopId,
  initial,
  language,
}: {
  workshopId: string;
  initial: ParticipantView['myDraft'];
  language: Language;
}) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const [draft, setDraft] = useState<Draft>(() => ({
    objective: initial?.objective ?? '',
    keyResults: keyResultFields(initial?.keyResults ?? []),
  }));
  const [advice, setAdvice] = useState<CoachAdvice[]>(initial?.advice ?? []);
  const [score, setScore] = useState<number | null>(initial?.score ?? null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(draft);
  const sent = useRef(0);
  const version = useRef<number | undefined>(undefined);
  const baseId = useId();

  const sender = useRef<DraftSender<Draft> | null>(null);
  useEffect(() => {
    const created = createDraftSender<Draft>((value) => {
      const mine = ++sent.current;
      setStatus('saving');
      const body: DraftBody = {
        objective: value.objective,
        keyResults: value.keyResults,
        ...(version.current === undefined ? {} : { version: version.current }),
      };
      api.saveDraft(workshopId, body).then(
        (reply) => {
          // A slower reply to an earlier draft must not replace the advice on a later one.
          if (mine !== sent.current) return;
          version.current = reply.version;
          setAdvice(reply.advice);
          setScore(reply.score);
          setStatus('saved');
          setError(null);
        },
        (failure: unknown) => {
          if (mine !== sent.current) return;
          setStatus('idle');
          setError(failure);
        },
      );
    });
    sender.current = created;
    // The facilitator moving the room on unmounts the editor: what was typed in the last moment still goes.
    return () => created.flush();
  }, [workshopId]);

  const update = (next: Draft) => {
    latest.current = next;
    setDraft(next);
    sender.current?.change(next);
  };
  const withField = (field: 'objective' | number, value: string): Draft =>
    field === 'objective'
      ? { ...latest.current, objective: value }
      : {
          ...latest.current,
          keyResults: latest.current.keyResults.map((kr, i) => (i === field ? value : kr)),
        };
  const composition = (field: 'objective' | number) => ({
    onCompositionStart: () => sender.current?.compositionStart(),
    onCompositionEnd: (e: CompositionEvent<HTMLTextAreaElement>) => {
      const next = withField(field, e.currentTarget.value);
      latest.current = next;
      setDraft(next);
      sender.current?.compositionEnd(next);
    },
  });

  const described = (target: CoachAdvice['target'], id: string) =>
    adviceFor(advice, target).length > 0 ? id : undefined;
  const notes = (target: CoachAdvice['target'], id: string) => {
    const mine = adviceFor(advice, target);
    if (mine.length === 0) return null;
    return (
      <ul className="coach-notes" id={id} aria-label={text.coach}>
        {mine.map((a, i) => (
          <li key={i} className={a.level === 'ok' ? 'note-ok' : 'note-advice'} data-check={a.check}>
            <span className="note-label">{a.level === 'ok' ? text.holds : text.advice}</span>{' '}
            {a.message[language]}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section aria-labelledby="writing-heading" className="draft-editor">
      <h2 id="writing-heading">{text.writingHeading}</h2>
      <p className="muted">{text.writingIntro}</p>
      {/* Label and field apart: a label around a field would take the draft's text into the field's name. */}
      <label htmlFor={`${baseId}-objective`}>{text.objective}</label>
      <textarea
        id={`${baseId}-objective`}
        rows={2}
        maxLength={300}
        value={draft.objective}
        onChange={(e) => update(withField('objective', e.target.value))}
        {...composition('objective')}
        aria-describedby={described('objective', `${baseId}-objective-notes`)}
        placeholder={text.objectiveHint}
      />
      {notes('objective', `${baseId}-objective-notes`)}
      <ol className="key-result-fields">
        {draft.keyResults.map((kr, i) => (
          <li key={i}>
            <label htmlFor={`${baseId}-kr-${i}`}>{text.keyResult(i + 1)}</label>
            <textarea
              id={`${baseId}-kr-${i}`}
              rows={2}
              maxLength={300}
              value={kr}
              onChange={(e) => update(withField(i, e.target.value))}
              {...composition(i)}
              aria-describedby={described(i, `${baseId}-kr-${i}-notes`)}
            />
            {draft.keyResults.length > 1 && (
              <button
                type="button"
                className="secondary remove-key-result"
                onClick={() =>
                  update({
                    ...latest.current,
                    keyResults: latest.current.keyResults.filter((_, j) => j !== i),
                  })
                }
              >
                {text.removeKeyResult(i + 1)}
              </button>
            )}
            {notes(i, `${baseId}-kr-${i}-notes`)}
          </li>
        ))}
      </ol>
      {draft.keyResults.length < MOST_FIELDS && (
        <button
          type="button"
          className="secondary"
          onClick={() => update({ ...latest.current, keyResults: [...latest.current.keyResults, ''] })}
        >
          {text.addKeyResult}
        </button>
      )}
      <p className="draft-status" aria-live="polite">
        {status === 'saving'
          ? text.saving
          : status === 'saved'
            ? `${text.savedDraft} · ${text.score(formatPercent(score))}`
            : ''}
      </p>
      <FormError error={error} language={language} />
    </section>
  );
}
