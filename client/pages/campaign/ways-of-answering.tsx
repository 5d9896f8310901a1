import type { CampaignDetail } from '../../../server/http/api-types';
import { useText } from '../../components/ui-language';
import { DISTRIBUTION_TEXT } from './distribution-text';

/**
 * What each way of answering guarantees, in plain words, for everyone who reads the campaign: a shared link
 * cannot tell people apart, and the page says what someone holding one can still do, and what whoever holds
 * colleagues' personal links or codes can.
 */
export function WaysOfAnswering({ detail }: { detail: CampaignDetail }) {
  const text = useText(DISTRIBUTION_TEXT);
  const { campaign, distribution } = detail;
  return (
    <section aria-labelledby="ways-heading" data-testid="ways-of-answering">
      <h2 id="ways-heading">{text.ways}</h2>
      <ul className="list">
        <li>{text.personalWay}</li>
        <li>{text.codesWay}</li>
        <li>
          {text.sharedWay} <strong>{text.sharedInsider}</strong>
        </li>
      </ul>
      <p>{text.keptApart}</p>
      <p>
        <strong>{text.holdersNote}</strong>
      </p>
      <p className="muted">{text.readersNote}</p>
      {distribution.listed > 0 && <p className="notice">{text.listNote}</p>}
      {campaign.excludedResponses > 0 && (
        <p className="notice">{text.excluded(campaign.excludedResponses)}</p>
      )}
    </section>
  );
}
