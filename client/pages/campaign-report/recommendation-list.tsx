import { ADVICE_TEXT } from './advice-text';
import { RecommendationCard } from './recommendation-card';
import type { ReportLabels } from './report-labels';
import type { Pilot, Recommendation } from './report-types';

/** "What to do": the server's recommendations in its priority order. */
export function RecommendationList({
  recommendations,
  pilot,
  departmentView,
  labels,
}: {
  recommendations: Recommendation[];
  pilot: Pilot | null;
  /** A department head's view, where a pilot pair involving another department is not shown. */
  departmentView: boolean;
  labels: ReportLabels;
}) {
  const text = ADVICE_TEXT[labels.language];
  return (
    <section aria-labelledby="todo-heading" className="report-section">
      <h2 id="todo-heading">{text.whatToDo}</h2>
      {recommendations.length === 0 ? (
        <p>{text.noRecommendations}</p>
      ) : (
        <>
          <p className="muted">{text.whatToDoLead}</p>
          <ol className="recommendations">
            {recommendations.map((rec) => (
              <li key={rec.id}>
                <RecommendationCard
                  recommendation={rec}
                  pilot={pilot}
                  departmentView={departmentView}
                  labels={labels}
                  text={text}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
