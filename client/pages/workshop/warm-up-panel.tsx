import { Fragment } from 'react';
import { formatPercent } from '../../components/format';
import type { Workshop } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { toWarmUpRows, WARM_UP_CLASSES } from './to-warm-up-rows';
import { WORKSHOP_TEXT } from './workshop-text';

/**
 * How the room sorted each warm-up situation: the counts per class as a bar of three parts and in words;
 * once revealed, the right class marked, the share who chose it, and why.
 */
export function WarmUpPanel({ warmUp, language }: { warmUp: Workshop['warmUp']; language: Language }) {
  const text = WORKSHOP_TEXT[language];
  const rows = toWarmUpRows(warmUp.scenarios, warmUp.answers);
  return (
    <>
      {warmUp.revealed && (
        <p className="warm-up-share">
          {text.shareRight}: <strong>{formatPercent(warmUp.shareRight)}</strong>
        </p>
      )}
      <ol className="warm-up-list">
        {rows.map((row) => (
          <li key={row.id} data-scenario={row.id}>
            <p>{row.situation[language]}</p>
            <div className="warm-up-bar" aria-hidden="true">
              {WARM_UP_CLASSES.map((c) =>
                row.counts[c] > 0 ? (
                  <span
                    key={c}
                    className={`warm-up-part warm-up-${c}${warmUp.revealed && row.answer === c ? ' is-right' : ''}`}
                    style={{ flexGrow: row.counts[c] }}
                  >
                    {text.classes[c]} {row.counts[c]}
                  </span>
                ) : null,
              )}
            </div>
            <p className="muted">
              {text.answeredBy(row.total)}:{' '}
              {WARM_UP_CLASSES.map((c) => (
                <Fragment key={c}>
                  <span className={warmUp.revealed && row.answer === c ? 'right-class' : undefined}>
                    {text.classes[c]} {row.counts[c]}
                    {warmUp.revealed && row.answer === c ? ` (${text.rightAnswer})` : ''}
                  </span>
                  {c === 'project' ? '' : text.listSeparator}
                </Fragment>
              ))}
            </p>
            {warmUp.revealed && row.explanation && (
              <p className="warm-up-explanation">{row.explanation[language]}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
