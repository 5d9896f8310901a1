import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import type { ParticipantView, WarmUpClass } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { JOIN_WORKSHOP_TEXT } from './join-workshop-text';
import { useLatestSave } from './use-latest-save';

const CLASSES: readonly WarmUpClass[] = ['okr', 'kpi', 'project'];

/**
 * Sorting situations into OKR, KPI or project: each choice is saved as it is made; once the facilitator
 * reveals the answers, each situation shows the right class, the room's counts and why.
 */
export function WarmUpStep({
  workshopId,
  view,
  language,
}: {
  workshopId: string;
  view: ParticipantView;
  language: Language;
}) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const [answers, setAnswers] = useState<Record<string, WarmUpClass>>(view.warmUp.myAnswers);
  const save = useLatestSave((next: Record<string, WarmUpClass>) => api.answerWarmUp(workshopId, next));
  const { revealed } = view.warmUp;
  const choose = (scenarioId: string, c: WarmUpClass) => {
    const next = { ...answers, [scenarioId]: c };
    setAnswers(next);
    save.save(next);
  };
  return (
    <section aria-labelledby="warm-up-heading">
      <h2 id="warm-up-heading">{revealed ? text.warmUpRevealed : text.warmUpHeading}</h2>
      {!revealed && <p>{text.warmUpIntro}</p>}
      <ol className="scenarios">
        {view.warmUp.scenarios.map((s, i) => {
          const counts = s.counts;
          return (
            <li key={s.id} data-scenario={s.id}>
              <fieldset disabled={revealed}>
                <legend>
                  <span className="visually-hidden">{text.classesLegend(i + 1)}: </span>
                  {s.situation[language]}
                </legend>
                <div className="class-choice">
                  {CLASSES.map((c) => (
                    <label key={c} className={revealed && s.answer === c ? 'is-right' : undefined}>
                      <input
                        type="radio"
                        name={`scenario-${s.id}`}
                        value={c}
                        checked={answers[s.id] === c}
                        onChange={() => choose(s.id, c)}
                      />
                      {text.classes[c]}
                    </label>
                  ))}
                </div>
              </fieldset>
              {revealed && s.answer && (
                <div className="reveal">
                  <p>
                    <strong>{text.rightAnswer(text.classes[s.answer])}</strong>
                    {answers[s.id] && <> · {text.yourAnswer(text.classes[answers[s.id]!])}</>}
                  </p>
                  <p className="muted">{counts && text.roomShare(counts.okr, counts.kpi, counts.project)}</p>
                  {s.explanation && <p>{s.explanation[language]}</p>}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="muted">
        {save.saved ? text.saved : ''}
      </p>
      <FormError error={save.error} language={language} />
    </section>
  );
}
