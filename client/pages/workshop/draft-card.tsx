import { formatPercent } from '../../components/format';
import type { WorkshopDraft } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { AdviceMarks } from './advice-marks';
import { WORKSHOP_TEXT } from './workshop-text';

/** One participant's draft as it stands: objective, key results, the coach's marks, its score now and at first. */
export function DraftCard({
  draft,
  language,
  selected,
  onSelect,
  onKeep,
}: {
  draft: WorkshopDraft;
  language: Language;
  /** Whether the facilitator has ticked it for grouping; undefined hides the tick box (projector). */
  selected?: boolean;
  onSelect?: (on: boolean) => void;
  /** Starts keeping this draft as one of the room's objectives; undefined offers no button. */
  onKeep?: () => void;
}) {
  const text = WORKSHOP_TEXT[language];
  const who = draft.name ?? text.anonymous;
  const keyResults = draft.keyResults.filter((kr) => kr.trim() !== '');
  return (
    <article className="draft-card" data-draft={draft.id} aria-label={who}>
      <header>
        {onSelect ? (
          <label className="draft-select">
            <input type="checkbox" checked={selected ?? false} onChange={(e) => onSelect(e.target.checked)} />
            <span className="visually-hidden">
              {draft.name === null ? text.selectAnonymous(draft.objective) : text.select(who)}
            </span>
            <span aria-hidden="true">{who}</span>
          </label>
        ) : (
          <span>{who}</span>
        )}
        <span className="draft-score">
          {text.score}: <strong>{formatPercent(draft.score)}</strong>{' '}
          <span className="muted">
            ({text.firstScore} {formatPercent(draft.firstScore)})
          </span>
        </span>
      </header>
      <p className="draft-objective">{draft.objective}</p>
      {keyResults.length > 0 && (
        <ol className="draft-key-results" aria-label={text.keyResults}>
          {keyResults.map((kr, i) => (
            <li key={i}>{kr}</li>
          ))}
        </ol>
      )}
      <AdviceMarks advice={draft.advice} language={language} />
      {onKeep && (
        <button type="button" className="secondary keep-draft" onClick={onKeep}>
          {text.keepDraft(who)}
        </button>
      )}
    </article>
  );
}
