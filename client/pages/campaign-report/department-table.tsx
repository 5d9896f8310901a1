import { formatPercent, formatScore } from '../../components/format';
import type { SectionProps } from './report-types';

type Estimate = { mean: number | null; low: number | null; high: number | null } | undefined;

/** Colour band of a 0–100 score: the model's barrier line (50) and healthy line (65). */
function band(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'band-none';
  return score <= 50 ? 'band-red' : score < 65 ? 'band-amber' : 'band-green';
}

function ScoreCell({ estimate }: { estimate: Estimate }) {
  const title =
    estimate?.low != null && estimate.high != null
      ? `95%: ${formatScore(estimate.low)}–${formatScore(estimate.high)}`
      : undefined;
  return (
    <td className={`num ${band(estimate?.mean)}`} title={title}>
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
      <div className="table-scroll">
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
                  <ScoreCell key={d.id} estimate={report.overall?.dimensions[d.id]} />
                ))}
              </tr>
            )}
            {report.departments.map((department) => (
              <tr key={department.departmentId} className={department.hidden ? 'hidden-group' : undefined}>
                <th scope="row">{department.name}</th>
                <td className="num">{department.responses ?? text.fewerThan(report.minGroupSize)}</td>
                <td className="num">{formatPercent(department.responseRate)}</td>
                {dimensions.map((d) => (
                  <ScoreCell key={d.id} estimate={department.summary?.dimensions[d.id]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{text.hiddenNote(report.minGroupSize)}</p>
    </section>
  );
}
