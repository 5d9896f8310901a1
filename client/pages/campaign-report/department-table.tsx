import { formatPercent, formatScore } from '../../components/format';
import type { SectionProps } from './report-types';
import { scoreBand } from './score-band';
import { TableScroll } from '../../components/table-scroll';

type Summary = NonNullable<SectionProps['report']['overall']>;
/** A dimension's figure as the report gives it; undefined where the group has none. */
type Estimate = Summary['dimensions'][keyof Summary['dimensions']];

type Thresholds = SectionProps['report']['thresholds'];

function ScoreCell({ estimate, thresholds }: { estimate: Estimate; thresholds: Thresholds }) {
  const title =
    estimate?.low != null && estimate.high != null
      ? `95%: ${formatScore(estimate.low)}–${formatScore(estimate.high)}`
      : undefined;
  return (
    <td className={`num ${scoreBand(estimate?.mean, thresholds)}`} title={title}>
      {formatScore(estimate?.mean)}
    </td>
  );
}

/** Scores per department and dimension, beside the whole organization; hidden departments show no figures. */
export function DepartmentTable({ report, text, language }: SectionProps) {
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  return (
    <section aria-labelledby="departments-heading">
      <h2 id="departments-heading">{text.departments}</h2>
      <TableScroll label={text.departments}>
        <table className="heat">
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col" className="num">
                {text.responses}
              </th>
              <th scope="col" className="num">
                {text.rate}
              </th>
              {dimensions.map((d) => (
                <th scope="col" className="num" key={d.id}>
                  {d.title[language]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.overall && (
              <tr className="overall">
                <th scope="row">{text.organization}</th>
                <td className="num">{report.responses}</td>
                <td className="num">{formatPercent(report.responseRate)}</td>
                {dimensions.map((d) => (
                  <ScoreCell
                    key={d.id}
                    estimate={report.overall?.dimensions[d.id]}
                    thresholds={report.thresholds}
                  />
                ))}
              </tr>
            )}
            {report.departments.map((department) => (
              <tr key={department.departmentId} className={department.hidden ? 'hidden-group' : undefined}>
                <th scope="row">{department.name}</th>
                <td className="num">{department.responses ?? text.fewerThan(report.minGroupSize)}</td>
                <td className="num">{formatPercent(department.responseRate)}</td>
                {dimensions.map((d) => (
                  <ScoreCell
                    key={d.id}
                    estimate={department.summary?.dimensions[d.id]}
                    thresholds={report.thresholds}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{text.hiddenNote(report.minGroupSize)}</p>
    </section>
  );
}
