// Links to the campaign's data and its codebook, for readers of the whole organization who may export it.
// Plain links: the browser downloads the file as the server streams it.

import type { CampaignReport } from '../../../server/http/api-types';
import type { ReportText } from './report-text';

export function DownloadSection({ report, text }: { report: CampaignReport; text: ReportText }) {
  const base = `/api/campaigns/${report.campaignId}/export`;
  return (
    <section className="download-section" data-testid="download-section" aria-label={text.download.title}>
      <h2>{text.download.title}</h2>
      <p className="muted">{text.download.note}</p>
      <p>
        {/* Nothing is released before the organization's figures are: the file would be refused. */}
        {report.overall !== null ? (
          <a href={`${base}/responses`} download>
            {text.download.data}
          </a>
        ) : (
          <span className="muted">{text.download.notYet(report.minGroupSize)}</span>
        )}
        {' · '}
        <a href={`${base}/codebook`} download>
          {text.download.codebook}
        </a>
      </p>
    </section>
  );
}
