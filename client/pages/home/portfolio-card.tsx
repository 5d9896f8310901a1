import { Link } from 'react-router';
import type { OrganizationListItem } from '../../../server/http/api-types';
import { formatPercent, formatScore } from '../../components/format';
import { useUiLanguage } from '../../components/ui-language';
import { HOME_TEXT } from './home-text';
import { NextWaveDue } from './next-wave-due';
import { PortfolioChart } from './portfolio-chart';
import './portfolio.css';

/**
 * One organization of a portfolio (a consultant's several clients): its latest opened campaign's verdict,
 * readiness scores and response rate as the reader's own report gives them, and when the next wave is due.
 * The server has already withheld what this reader's report withholds; a null score is shown as such.
 */
export function PortfolioCard({
  organization: o,
  roles,
  mayManage,
}: {
  organization: OrganizationListItem;
  /** The reader's roles here, already worded; empty for the owner. */
  roles: string;
  mayManage: boolean;
}) {
  const { language } = useUiLanguage();
  const text = HOME_TEXT[language];
  const latest = o.latest;
  const headingId = `portfolio-${o.id}`;
  const scored = latest?.dimensions.some((d) => d.score !== null) ?? false;
  const people = o.departments.reduce((s, d) => s + d.headcount, 0);
  return (
    <article className="card" aria-labelledby={headingId} data-testid="portfolio-card">
      <h2 id={headingId}>
        <Link to={`/organizations/${o.id}`}>{o.name}</Link>
      </h2>
      <p className="muted">
        {text.size(o.departments.length, people)}
        {roles && ` · ${roles}`}
      </p>
      {latest ? (
        <>
          <p className="muted">{text.latestCampaign(latest.campaignName, latest.status === 'open')}</p>
          <p className="portfolio-verdict">
            <strong>{latest.title[language]}</strong>
          </p>
          <p>
            {latest.responseRate === null
              ? text.responseRateWithheld
              : text.responseRate(formatPercent(latest.responseRate))}
          </p>
          {scored ? (
            <>
              <PortfolioChart
                labels={latest.dimensions.map((d) => d.title[language])}
                scores={latest.dimensions.map((d) => d.score)}
              />
              {/* Hidden in a box of its own: a table will not shrink to the hiding class's 1px. */}
              <div className="visually-hidden">
                <table>
                  <caption>{text.scoresCaption(o.name)}</caption>
                  <tbody>
                    {latest.dimensions.map((d) => (
                      <tr key={d.id}>
                        <th scope="row">{d.title[language]}</th>
                        <td>{d.score === null ? text.scoreWithheld : formatScore(d.score)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p className="muted">{text.noScores}</p>
          )}
          <p>
            <Link to={`/campaigns/${latest.campaignId}/report`}>
              {text.openReport}
              <span className="visually-hidden">{text.openReportOf(o.name)}</span>
            </Link>
          </p>
        </>
      ) : (
        <p className="muted">{text.noCampaignYet}</p>
      )}
      {o.nextWaveDue && <NextWaveDue organization={o.name} due={o.nextWaveDue} mayManage={mayManage} />}
    </article>
  );
}
