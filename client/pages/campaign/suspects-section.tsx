import { useState } from 'react';
import type { CampaignDetail, SuspectAlert } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { DISTRIBUTION_TEXT } from './distribution-text';

/** Bursts and near-copies through shared links, as counts, with the decision to exclude or keep them. */
export function SuspectsSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(DISTRIBUTION_TEXT);
  const { campaign, organization } = detail;
  const [suspects, reload] = useResource(() => api.suspects(campaign.id), campaign.id);
  const alerts = suspects.state === 'ready' ? suspects.data.alerts : null;
  const [excluded, setExcluded] = useState<number | null>(null);
  const decision = useAction();

  const linkName = (departmentId: string | null) =>
    departmentId === null
      ? text.everyoneLink
      : text.linkOf(organization.departments.find((d) => d.id === departmentId)?.name ?? departmentId);

  async function decide(alert: SuspectAlert, kind: 'exclusion' | 'dismissal') {
    if (kind === 'exclusion' && !window.confirm(text.excludeConfirm(alert.suspects))) return;
    setExcluded(null);
    const result = await decision.run(() => api.decideSuspects(campaign.id, alert.id, kind));
    if (result) {
      if (kind === 'exclusion') setExcluded(result.excluded);
      onChanged();
    }
    // Decided or refused (changed meanwhile, say), the alerts are read again.
    reload();
  }

  return (
    <section aria-labelledby="suspects-heading">
      <h2 id="suspects-heading">{text.suspects}</h2>
      <p className="muted">{text.suspectsIntro}</p>
      {alerts !== null && alerts.length === 0 && <p>{text.noSuspects}</p>}
      {alerts !== null && alerts.length > 0 && (
        <ul className="list">
          {alerts.map((alert) => (
            <li key={alert.id} data-testid="suspect-alert">
              {text.alert(linkName(alert.departmentId), alert.recent, alert.burst, alert.nearlyIdentical)}{' '}
              <span className="actions">
                <button type="button" className="secondary" onClick={() => decide(alert, 'exclusion')}>
                  {text.exclude(alert.suspects)}
                </button>
                <button type="button" className="link" onClick={() => decide(alert, 'dismissal')}>
                  {text.keep}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {excluded !== null && <p role="status">{text.excludedNow(excluded)}</p>}
      <FormError error={decision.error ?? (suspects.state === 'failed' ? suspects.error : null)} />
    </section>
  );
}
