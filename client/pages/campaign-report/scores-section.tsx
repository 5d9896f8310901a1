import { ReadinessRadar } from './readiness-radar';
import type { SectionProps } from './report-types';
import { toRadarData } from './to-radar-data';

/** Readiness by dimension: the radar, or why there is none yet. */
export function ScoresSection({ report, text, language }: SectionProps) {
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
