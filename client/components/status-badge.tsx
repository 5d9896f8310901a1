import type { CampaignPhase } from '../../server/domain/campaigns/campaign';
import { COMMON_TEXT } from './common-text';
import { useText } from './ui-language';

/** A campaign's stored status, or its phase now (an opened campaign is scheduled before its first day). */
export function StatusBadge({ status, testId }: { status: CampaignPhase; testId?: string }) {
  const text = useText(COMMON_TEXT);
  return (
    <span className={`badge badge-${status}`} data-testid={testId}>
      {text.status[status]}
    </span>
  );
}
