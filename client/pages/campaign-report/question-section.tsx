import { useId, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Language } from '../../components/language-switch';
import { useResource } from '../../components/use-resource';
import { QUESTION_TEXT } from './question-text';
import { useCutGrouping } from './cut-selector';
import {
  ANSWER_CLASS_NAMES,
  defaultView,
  toQuestionRows,
  viewOptions,
  type AnswerBar,
  type QuestionView,
} from './to-question-rows';

/**
 * How people answered each question: per readiness dimension the questions pulling it down most, then every
 * question (folded away per dimension, so the page stays short) as a bar of its four answer classes for the
 * organization, one unit, or every unit. It loads its own figures; with nothing released it shows nothing.
 */
export function QuestionSection({ campaignId, language }: { campaignId: string; language: Language }) {
  const [resource] = useResource(() => api.campaignQuestions(campaignId), campaignId);
  // Grouped by a question about people when the reader picks one (cut-selector.tsx).
  const grouping = useCutGrouping(campaignId, language);
  const [chosen, setChosen] = useState<QuestionView | null>(null);
  const selectId = useId();
  const text = QUESTION_TEXT[language];
  if (resource.state === 'loading') return null;
  if (resource.state === 'failed') {
    // Nothing released yet: the report says so above, and this section has nothing to add.
    if (resource.error instanceof ApiError && resource.error.problem.status === 409) return null;
    return <p className="muted no-print">{text.loadFailed}</p>;
  }
  const reply = grouping.regroup(resource.data);
  const options = viewOptions(reply, language);
  const view = chosen !== null && options.some((o) => o.value === chosen) ? chosen : defaultView(reply);
  const dimensions = toQuestionRows(reply, view, language);
  const pooled = reply.results.pullsDownFrom === 'shown-groups';
  const cut = grouping.cut;
  return (
    <section className="question-section" aria-labelledby="questions-heading" data-testid="question-section">
      <h2 id="questions-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      {!reply.results.organizationShown && <p className="muted">{text.organizationWithheld}</p>}
      {grouping.selector}
      <p className="question-view no-print">
        <label htmlFor={selectId}>{text.show}</label>{' '}
        <select id={selectId} value={view} onChange={(e) => setChosen(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      </p>
      <ul className="answer-legend" aria-hidden="true">
        {ANSWER_CLASS_NAMES.map((c) => (
          <li key={c}>
            <span className={`answer-swatch answer-${c}`} /> {text.classes[c]}
          </li>
        ))}
      </ul>
      {dimensions.map((d) => (
        <div key={d.id} className="question-dimension" data-dimension={d.id}>
          <h3>{d.title}</h3>
          {d.pullsDown && (
            <>
              <p>{pooled ? text.pullsDownPooled : text.pullsDown}</p>
              {d.pullsDown.length === 0 ? (
                <p className="muted">{text.pullsDownNone}</p>
              ) : (
                <ol className="pulling-items" data-testid="pulling-items">
                  {d.pullsDown.map((p) => (
                    <li key={p.questionId}>
                      {p.wording} <span className="muted">{p.figure}</span>
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
          <details className="question-list">
            <summary>{text.allQuestions(d.questions.length)}</summary>
            <ul className="question-items">
              {d.questions.map((q) => (
                <li key={q.questionId} data-question={q.questionId}>
                  <p className="question-wording">{q.wording}</p>
                  <p className="muted question-scale">
                    {q.scale}
                    {q.note && <> · {q.note}</>}
                  </p>
                  {q.bars.map((bar) => (
                    <AnswerBarView key={bar.key} bar={bar} showLabel={q.bars.length > 1} />
                  ))}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
      <p className="question-download">
        <a
          href={
            cut
              ? api.campaignCutQuestionsCsv(campaignId, cut.cut, language)
              : api.campaignQuestionsCsv(campaignId, language)
          }
          download
        >
          {text.download}
        </a>{' '}
        <span className="muted">{text.downloadNote}</span>
      </p>
    </section>
  );
}

/** One group's answers to one question: the bar for the eye (hidden from screen readers), the words for all. */
function AnswerBarView({ bar, showLabel }: { bar: AnswerBar; showLabel: boolean }) {
  return (
    <div className="answer-row" data-bar={bar.key}>
      {showLabel && <span className="answer-label">{bar.label}</span>}
      {bar.segments && (
        <span className="answer-bar" aria-hidden="true">
          {bar.segments.map((s) =>
            s.share > 0 ? (
              <span
                key={s.answerClass}
                className={`answer-${s.answerClass}`}
                style={{ width: `${s.share * 100}%` }}
              />
            ) : null,
          )}
        </span>
      )}
      <span className={bar.segments ? 'answer-figures' : 'answer-figures muted'}>{bar.note}</span>
    </div>
  );
}
