import { ANALYSIS_TEXT, STATISTIC_NAMES } from './analysis-text';
import { describeSiloSignal } from './describe-silo-signal';
import { DifferenceTable } from './difference-table';
import { formatCoefficient } from './format-coefficient';
import type { ReportLabels } from './report-labels';
import type { Analysis } from './report-types';
import { TableScroll } from '../../components/table-scroll';
import { TermNote } from './term-note';

/** "Departments compared": flagged differences, silo signals in words, and ICC(1) per dimension. */
export function ComparisonSection({ analysis, labels }: { analysis: Analysis; labels: ReportLabels }) {
  const text = ANALYSIS_TEXT[labels.language];
  const flagged = analysis.differences.filter((d) => d.flagged);
  const icc = Object.entries(analysis.icc);
  return (
    <section aria-labelledby="compared-heading" className="report-section">
      <h2 id="compared-heading">{text.compared}</h2>
      {flagged.length === 0 ? (
        <p>{text.noDifferences}</p>
      ) : (
        <>
          <p className="muted">{text.comparedLead}</p>
          <DifferenceTable differences={flagged} labels={labels} text={text} />
        </>
      )}
      <h3>{text.silos}</h3>
      <TermNote term="silo" language={labels.language} />
      {analysis.siloSignals.length === 0 ? (
        <p>{text.noSilos}</p>
      ) : (
        <ul className="silo-signals">
          {analysis.siloSignals.map((s) => (
            <li key={`${s.kind}:${s.subject}:${s.departmentIds.join(':')}`}>
              {describeSiloSignal(s, labels, text)}
            </li>
          ))}
        </ul>
      )}
      {analysis.siloSignals.some((s) => s.kind === 'low-agreement') && (
        <TermNote term="rwg" language={labels.language} />
      )}
      {/* A gap quotes Hedges g; the difference table explains it above, unless there is none. */}
      {flagged.length === 0 && analysis.siloSignals.some((s) => s.kind === 'gap') && (
        <TermNote term="hedgesG" language={labels.language} />
      )}
      {icc.length > 0 && (
        <>
          <h3>{text.icc}</h3>
          <p className="muted">{text.iccLead}</p>
          <TableScroll label={text.icc}>
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">{text.dimension}</th>
                  <th scope="col" className="num">
                    {STATISTIC_NAMES.icc}
                  </th>
                </tr>
              </thead>
              <tbody>
                {icc.map(([dimension, result]) => (
                  <tr key={dimension}>
                    <th scope="row">{labels.dimension(dimension)}</th>
                    <td className="num">{formatCoefficient(result?.icc1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TermNote term="icc" language={labels.language} />
        </>
      )}
    </section>
  );
}
