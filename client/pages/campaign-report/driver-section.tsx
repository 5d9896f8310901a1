import { ANALYSIS_TEXT } from './analysis-text';
import { formatCoefficient, formatCoefficientInterval } from './format-coefficient';
import type { ReportLabels } from './report-labels';
import type { Analysis } from './report-types';

/** "What moves the outcome": each dimension's correlation with the outcome item, strongest first. */
export function DriverSection({ drivers, labels }: { drivers: Analysis['drivers']; labels: ReportLabels }) {
  const text = ANALYSIS_TEXT[labels.language];
  const sorted = [...drivers].sort((x, y) => y.r - x.r);
  return (
    <section aria-labelledby="drivers-heading" className="report-section">
      <h2 id="drivers-heading">{text.drivers}</h2>
      {sorted.length === 0 ? (
        <p>{text.noDrivers}</p>
      ) : (
        <>
          <p className="muted">{text.driversLead}</p>
          <ol className="drivers">
            {sorted.map((d) => (
              <li key={d.dimension}>
                <span className="driver-name">{labels.dimension(d.dimension)}:</span>{' '}
                <strong>r = {formatCoefficient(d.r)}</strong> {formatCoefficientInterval(d.low, d.high)}, n ={' '}
                {d.n}{' '}
                <span className="muted">({d.low > 0 || d.high < 0 ? text.clearLink : text.unclearLink})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="caveat">{text.caveat}</p>
    </section>
  );
}
