import type { Language } from '../../components/language-switch';
import type { AdviceText } from './advice-text';
import type { PlanSection } from './report-types';

/** A first version of an alternative framework: per part, what the survey found and what to do. */
export function StarterPlan({
  sections,
  language,
  text,
}: {
  sections: PlanSection[];
  language: Language;
  text: AdviceText;
}) {
  return (
    <div className="plan">
      <h4>{text.plan}</h4>
      {sections.map((section) => (
        <section key={section.heading.en} className="plan-section">
          <h5>{section.heading[language]}</h5>
          <p>
            <strong>{text.finding}:</strong> {section.finding[language]}
          </p>
          <ul>
            {section.actions.map((action) => (
              <li key={action.en}>{action[language]}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
