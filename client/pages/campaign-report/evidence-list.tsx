import type { AdviceText } from './advice-text';
import { formatEvidence } from './format-evidence';
import type { ReportLabels } from './report-labels';
import type { Evidence } from './report-types';

/** The figures that called for a recommendation, each on one short line. */
export function EvidenceList({
  evidence,
  labels,
  text,
}: {
  evidence: Evidence[];
  labels: ReportLabels;
  text: AdviceText;
}) {
  return (
    <ul className="evidence" aria-label={text.evidence}>
      {evidence.map((e) => {
        const figures = formatEvidence(e);
        const notes = [
          figures.interval && `${text.interval} ${figures.interval}`,
          figures.threshold && `${text.threshold} ${figures.threshold}`,
        ].filter(Boolean);
        return (
          <li key={e.label.en}>
            <span className="evidence-label">{e.label[labels.language]}</span>{' '}
            <strong className="evidence-value">{figures.value}</strong>
            {notes.length > 0 && <span className="muted"> ({notes.join(' · ')})</span>}
          </li>
        );
      })}
    </ul>
  );
}
