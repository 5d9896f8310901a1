import { formatPercent } from '../../components/format';
import { ANALYSIS_TEXT, STATISTIC_NAMES } from './analysis-text';
import { formatCoefficient } from './format-coefficient';
import type { ReportLabels } from './report-labels';
import type { Analysis } from './report-types';
import { TableScroll } from '../../components/table-scroll';

/** "How far to trust these numbers": the reliability of each scale, and agreement within departments. */
export function TrustSection({ analysis, labels }: { analysis: Analysis; labels: ReportLabels }) {
  const text = ANALYSIS_TEXT[labels.language];
  const departments = Object.keys(analysis.agreement).length;
  const share = analysis.agreementShare;
  return (
    <section aria-labelledby="trust-heading" className="report-section">
      <h2 id="trust-heading">{text.trust}</h2>
      <p className="muted">{text.trustLead}</p>
      <TableScroll label={text.trust}>
        <table className="reliability">
          <thead>
            <tr>
              <th scope="col">{text.scale}</th>
              <th scope="col" className="num">
                {text.items}
              </th>
              <th scope="col" className="num">
                {text.completeCases}
              </th>
              <th scope="col" className="num">
                {STATISTIC_NAMES.alpha}
              </th>
              <th scope="col">{text.status}</th>
              <th scope="col" className="num">
                {text.weakItems}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.reliability.map((r) => (
              <tr key={r.scaleId}>
                <th scope="row">{labels.scale(r.scaleId)}</th>
                <td className="num">{r.k}</td>
                <td className="num">{r.n}</td>
                <td className="num">{formatCoefficient(r.alpha)}</td>
                <td>
                  <span className={`reliability-${r.status}`}>{text.reliability[r.status]}</span>
                </td>
                <td className="num">{r.weakItems.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p data-testid="agreement-share">
        {share === null || departments === 0
          ? text.noAgreement
          : text.agreement(Math.round(share * departments), departments, formatPercent(share))}
      </p>
    </section>
  );
}
