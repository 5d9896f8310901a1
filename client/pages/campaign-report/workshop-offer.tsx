import { Link, useParams } from 'react-router';
import { useSession } from '../../components/use-session';
import type { Language } from '../../../shared/languages';
import { WORKSHOP_OFFER_TEXT } from './workshop-offer-text';

/** The goal-writing workshop recommendation's way into the workshop itself. */
export const WORKSHOP_RECOMMENDATION = 'smart-workshop';

/**
 * "Run this workshop", for a reader who may run workshops. The card does not know the report's
 * organization, so this asks whether the reader may run one anywhere; the form and the server then decide
 * for this campaign's organization.
 */
export function WorkshopOffer({ language }: { language: Language }) {
  const { id = '' } = useParams();
  const { principal } = useSession();
  const text = WORKSHOP_OFFER_TEXT[language];
  const mayRun =
    principal.permissions.everything ||
    Object.values(principal.permissions.byOrganization).some((actions) => actions?.includes('workshop:run'));
  if (!mayRun || id === '') return null;
  return (
    <p className="no-print">
      <Link className="button-link" to={`/workshops/new?campaign=${encodeURIComponent(id)}`}>
        {text.run}
      </Link>{' '}
      <span className="muted">{text.help}</span>
    </p>
  );
}
