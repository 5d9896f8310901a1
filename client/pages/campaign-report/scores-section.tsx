import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { ReadinessRadar } from './readiness-radar';
import type { ReportText } from './report-text';
import { toRadarData } from './to-radar-data';

/** Readiness by dimension: the radar, or why there is none yet. */
export function ScoresSection({
  report,
  text,
  language,
}: {
  report: CampaignReport;
  text: ReportText;
  language: Language;
}) {
  return (
    <section aria-labelledby="scores-heading" className="report-section">
      <h2 id="scores-heading">{text.scores}</h2>
      {report.overall ? (
        <ReadinessRadar data={toRadarData(report, language, text.organization)} label={text.radarLabel} />
      ) : (
        <p>{text.noOverall(report.minGroupSize)}</p>
      )}
    </section>
  );
}
