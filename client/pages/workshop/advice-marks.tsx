import type { CoachAdvice } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { WORKSHOP_TEXT } from './workshop-text';

/**
 * The coach's verdicts on a draft as small labelled marks: what needs work first, then what holds. Each
 * mark names the check and the field; its full advice is the mark's tooltip and its accessible text.
 */
export function AdviceMarks({ advice, language }: { advice: readonly CoachAdvice[]; language: Language }) {
  const text = WORKSHOP_TEXT[language];
  const ordered = [...advice.filter((a) => a.level === 'advice'), ...advice.filter((a) => a.level === 'ok')];
  if (ordered.length === 0) return null;
  return (
    <ul className="advice-marks">
      {ordered.map((a, i) => {
        const field = a.target === 'objective' ? text.objectiveShort : text.keyResultN(a.target + 1);
        const name = text.checkNames[a.check] ?? a.check;
        return (
          <li
            key={i}
            className={a.level === 'ok' ? 'mark mark-ok' : 'mark mark-advice'}
            title={a.message[language]}
          >
            <span aria-hidden="true">{a.level === 'ok' ? '✓' : '!'}</span> {name} · {field}
            <span className="visually-hidden">
              {' '}
              ({a.level === 'ok' ? text.holds : text.advice}: {a.message[language]})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
