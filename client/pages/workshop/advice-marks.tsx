import type { CoachAdvice } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { WORKSHOP_TEXT } from './workshop-text';

/**
 * The coach's verdicts on a draft as small labelled marks: each piece of advice names its check and field,
 * with the full advice as its tooltip and accessible text; then one mark counting the checks that hold.
 */
export function AdviceMarks({ advice, language }: { advice: readonly CoachAdvice[]; language: Language }) {
  const text = WORKSHOP_TEXT[language];
  const toDo = advice.filter((a) => a.level === 'advice');
  const holding = advice.filter((a) => a.level === 'ok');
  if (advice.length === 0) return null;
  // What needs work is named one by one; what holds is one mark, its checks in its tooltip.
  const label = (a: CoachAdvice) =>
    `${text.checkNames[a.check] ?? a.check} · ${a.target === 'objective' ? text.objectiveShort : text.keyResultN(a.target + 1)}`;
  return (
    <ul className="advice-marks">
      {toDo.map((a, i) => (
        <li key={i} className="mark mark-advice" title={a.message[language]}>
          <span aria-hidden="true">!</span> {label(a)}
          <span className="visually-hidden">
            {' '}
            ({text.advice}: {a.message[language]})
          </span>
        </li>
      ))}
      {holding.length > 0 && (
        <li className="mark mark-ok" title={holding.map(label).join('\n')}>
          <span aria-hidden="true">✓</span> {text.holding(holding.length)}
        </li>
      )}
    </ul>
  );
}
