import { useCallback, useEffect, useState } from 'react';
import type { CampaignDetail, SuspectAlert } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useErrorText } from '../../components/use-error-text';
import { DISTRIBUTION_TEXT } from './distribution-text';

/** Bursts and near-copies through shared links, as counts, with the decision to exclude or keep them. */
export function SuspectsSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(DISTRIBUTION_TEXT);
  const errorText = useErrorText(text.problem);
  const { campaign, organization } = detail;
  const [alerts, setAlerts] = useState<SuspectAlert[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api.suspects(campaign.id).then(
      (found) => setAlerts(found.alerts),
      (e: unknown) => setError(errorText(e)),
    );
    // errorText changes with the language only; the alerts need no reload for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaign.id]);
  useEffect(load, [load]);

  const linkName = (departmentId: string | null) =>
    departmentId === null
      ? text.everyoneLink
      : text.linkOf(organization.departments.find((d) => d.id === departmentId)?.name ?? departmentId);

  async function decide(alert: SuspectAlert, decision: 'exclusion' | 'dismissal') {
    if (decision === 'exclusion' && !window.confirm(text.excludeConfirm(alert.suspects))) return;
    setError(null);
    setMessage(null);
    try {
      const { excluded } = await api.decideSuspects(campaign.id, alert.id, decision);
      if (decision === 'exclusion') setMessage(text.excludedNow(excluded));
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
    load();
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
      {message && <p role="status">{message}</p>}
      <FormError message={error} />
    </section>
  );
}
