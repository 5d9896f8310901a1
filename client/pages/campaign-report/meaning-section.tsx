import { formatPercent } from '../../components/format';
import { ADVICE_TEXT, meaningLabel } from './advice-text';
import type { ReportLabels } from './report-labels';
import type { ConflictMap } from './report-types';
import { toMeaningRows } from './to-meaning-rows';
import { TableScroll } from '../../components/table-scroll';

/** "What 'better' means": each department's main meaning, whom it depends on, and the conflicting pairs. */
export function MeaningSection({ map, labels }: { map: ConflictMap; labels: ReportLabels }) {
  const text = ADVICE_TEXT[labels.language];
  const rows = toMeaningRows(map);
  const list = (names: string[]) => names.join(labels.language === 'en' ? ', ' : '、');
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="meanings-heading" className="report-section">
      <h2 id="meanings-heading">{text.meanings}</h2>
      <p className="muted">{text.meaningsLead}</p>
      <TableScroll label={text.meanings}>
        <table className="meanings">
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col">{text.mainlyMeans}</th>
              <th scope="col" className="num">
                {text.share}
              </th>
              <th scope="col" className="num">
                {text.answered}
              </th>
              <th scope="col">{text.dependsOn}</th>
              <th scope="col">{text.conflict}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.departmentId} className={row.conflicts.length > 0 ? 'in-conflict' : undefined}>
                <th scope="row">{labels.department(row.departmentId)}</th>
                <td>{row.dominant ? meaningLabel(text, row.dominant) : text.tie}</td>
                <td className="num">{formatPercent(row.share)}</td>
                <td className="num">{row.answered}</td>
                <td>
                  {list(
                    row.dependsOn.map(
                      (d) => `${labels.department(d.departmentId)} (${formatPercent(d.share)})`,
                    ),
                  ) || '—'}
                </td>
                <td>
                  {row.conflicts.length === 0
                    ? '—'
                    : row.conflicts.map((c) => (
                        <strong key={c.departmentId} className="conflict-note">
                          {text.conflictWith(
                            labels.department(c.departmentId),
                            meaningLabel(text, c.theirMeaning),
                          )}
                        </strong>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {map.conflicts.length === 0 ? (
        <p>{text.noConflicts}</p>
      ) : (
        <ul className="conflicts">
          {map.conflicts.map((c) => {
            const [a, b] = [labels.department(c.a), labels.department(c.b)];
            return (
              <li key={`${c.a}:${c.b}`}>
                {text.conflictSentence(
                  text.dependence[c.direction](a, b),
                  a,
                  meaningLabel(text, c.meaningA),
                  b,
                  meaningLabel(text, c.meaningB),
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
