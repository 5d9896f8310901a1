import { OrganizationFactsList } from '../../components/organization-facts-list';
import type { SectionProps } from './report-types';

/** What HR stated about the organization, which the routing gates read; nothing when HR stated nothing. */
export function StatedFactsSection({ report, text }: SectionProps) {
  if (report.statedFacts.length === 0) return null;
  return (
    <section aria-labelledby="stated-facts-heading" className="report-section">
      <h2 id="stated-facts-heading">{text.statedFacts}</h2>
      <p className="muted">{text.statedFactsNote}</p>
      <OrganizationFactsList testId="stated-facts" facts={report.statedFacts} />
    </section>
  );
}
