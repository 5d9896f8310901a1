import type { AdviceText } from './advice-text';
import { EvidenceList } from './evidence-list';
import type { ReportLabels } from './report-labels';
import type { Pilot, Recommendation } from './report-types';
import { StarterPlan } from './starter-plan';
import { WORKSHOP_RECOMMENDATION, WorkshopOffer } from './workshop-offer';

const PILOT_RECOMMENDATION = 'mvp-pilot';

/** One recommendation: its title, the evidence for it, the steps, the departments it names and any plan. */
export function RecommendationCard({
  recommendation: rec,
  pilot,
  departmentView,
  labels,
  text,
}: {
  recommendation: Recommendation;
  pilot: Pilot | null;
  departmentView: boolean;
  labels: ReportLabels;
  text: AdviceText;
}) {
  const { language } = labels;
  const isPilot = rec.id === PILOT_RECOMMENDATION;
  const headingId = `recommendation-${rec.id}`;
  return (
    <article className="recommendation" data-recommendation={rec.id} aria-labelledby={headingId}>
      <h3 id={headingId}>{rec.title[language]}</h3>
      {rec.evidence.length > 0 && <EvidenceList evidence={rec.evidence} labels={labels} text={text} />}
      {rec.departmentIds.length > 0 && (
        <p>
          <strong>{isPilot ? text.pilotDepartments : text.departments}:</strong>{' '}
          {rec.departmentIds.map(labels.department).join(language === 'en' ? ', ' : '、')}
        </p>
      )}
      {isPilot && (
        <p>{pilot ? text.pilotBasis[pilot.basis] : departmentView ? text.pilotHidden : text.noPilot}</p>
      )}
      <h4>{text.steps}</h4>
      <ol className="steps">
        {rec.steps.map((step) => (
          <li key={step.en}>{step[language]}</li>
        ))}
      </ol>
      {rec.plan && <StarterPlan sections={rec.plan} language={language} text={text} />}
      {rec.id === WORKSHOP_RECOMMENDATION && <WorkshopOffer language={language} />}
    </article>
  );
}
