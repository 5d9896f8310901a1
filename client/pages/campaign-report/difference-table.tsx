import { STATISTIC_NAMES, type AnalysisText } from './analysis-text';
import { formatCoefficient, formatCoefficientInterval } from './format-coefficient';
import { orientDifference } from './orient-difference';
import type { ReportLabels } from './report-labels';
import type { Difference } from './report-types';
import { TableScroll } from '../../components/table-scroll';
import { TermNote } from './term-note';

/** Flagged differences, the higher-scoring department first, so every gap reads as a positive number. */
export function DifferenceTable({
  differences,
  labels,
  text,
}: {
  differences: Difference[];
  labels: ReportLabels;
  text: AnalysisText;
}) {
  return (
    <>
      <TableScroll label={text.compared}>
        <table className="differences">
          <thead>
            <tr>
              <th scope="col">{text.dimension}</th>
              <th scope="col">{text.higher}</th>
              <th scope="col">{text.lower}</th>
              <th scope="col" className="num">
                {text.difference}
              </th>
              <th scope="col" className="num">
                {STATISTIC_NAMES.hedgesG}
              </th>
              <th scope="col" className="num">
                {text.pHolm}
              </th>
            </tr>
          </thead>
          <tbody>
            {differences.map(orientDifference).map((d) => (
              <tr key={`${d.dimension}:${d.higher}:${d.lower}`}>
                <th scope="row">{labels.dimension(d.dimension)}</th>
                <td>{labels.department(d.higher)}</td>
                <td>{labels.department(d.lower)}</td>
                <td className="num">
                  {formatCoefficient(d.diff, 0)} {formatCoefficientInterval(d.low, d.high, 0)}
                </td>
                {d.degenerate || d.g === null || d.gLow === null || d.gHigh === null ? (
                  <td colSpan={2} data-degenerate="true">
                    {text.noSpread}
                  </td>
                ) : (
                  <>
                    <td className="num">
                      {formatCoefficient(d.g)} {formatCoefficientInterval(d.gLow, d.gHigh)}
                    </td>
                    <td className="num">{d.p < 0.001 ? '< 0.001' : formatCoefficient(d.p, 3)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TermNote term="hedgesG" language={labels.language} />
      <TermNote term="holm" language={labels.language} />
    </>
  );
}
