import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { StatusBadge } from '../../components/status-badge';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { Campaign } from '../../../server/http/api-types';
import { ConfirmDeletion } from './confirm-deletion';
import { ORGANIZATION_TEXT } from './organization-text';

/**
 * The organization's campaigns, archived ones apart under a disclosure, with archive, take-back and delete
 * for those who may remove them (an open campaign is closed first, so it offers neither).
 */
export function CampaignList({
  campaigns,
  mayReadCampaigns,
  mayRemove,
  onChanged,
}: {
  campaigns: Campaign[];
  mayReadCampaigns: boolean;
  mayRemove: boolean;
  onChanged: () => void;
}) {
  const text = useText(ORGANIZATION_TEXT);
  const current = campaigns.filter((c) => c.archivedOn === undefined);
  const archived = campaigns.filter((c) => c.archivedOn !== undefined);
  const item = (c: Campaign) => (
    <CampaignItem
      key={c.id}
      campaign={c}
      mayReadCampaigns={mayReadCampaigns}
      mayRemove={mayRemove}
      onChanged={onChanged}
    />
  );
  return (
    <>
      {current.length > 0 && <ul className="list">{current.map(item)}</ul>}
      {mayRemove && current.some((c) => c.status === 'open') && <p className="muted">{text.archiveHelp}</p>}
      {archived.length > 0 && (
        <details data-testid="archived-campaigns">
          <summary>{text.archivedCampaigns(archived.length)}</summary>
          <ul className="list">{archived.map(item)}</ul>
        </details>
      )}
    </>
  );
}

function CampaignItem({
  campaign: c,
  mayReadCampaigns,
  mayRemove,
  onChanged,
}: {
  campaign: Campaign;
  mayReadCampaigns: boolean;
  mayRemove: boolean;
  onChanged: () => void;
}) {
  const text = useText(ORGANIZATION_TEXT);
  const act = useAction();
  const [confirming, setConfirming] = useState(false);
  const change = (call: () => Promise<unknown>) =>
    void act.run(async () => {
      await call();
      onChanged();
    });
  return (
    <li data-testid={`campaign-${c.name}`}>
      {mayReadCampaigns ? (
        <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
      ) : (
        <Link to={`/campaigns/${c.id}/report`}>{text.reportLink(c.name)}</Link>
      )}{' '}
      <StatusBadge status={c.status} />
      {c.archivedOn !== undefined && <span className="muted"> · {text.archivedOn(c.archivedOn)}</span>}
      {mayRemove && c.status !== 'open' && (
        <span className="actions">
          {c.archivedOn === undefined ? (
            <button
              type="button"
              className="link"
              disabled={act.busy}
              aria-label={text.archiveNamed(c.name)}
              onClick={() => change(() => api.archiveCampaign(c.id))}
            >
              {text.archive}
            </button>
          ) : (
            <button
              type="button"
              className="link"
              disabled={act.busy}
              aria-label={text.unarchiveNamed(c.name)}
              onClick={() => change(() => api.unarchiveCampaign(c.id))}
            >
              {text.unarchive}
            </button>
          )}
          <button
            type="button"
            className="link"
            onClick={() => setConfirming(true)}
            aria-label={text.deleteNamed(c.name)}
            aria-expanded={confirming}
          >
            {text.delete}
          </button>
        </span>
      )}
      <FormError error={act.error} />
      {confirming && (
        <ConfirmDeletion
          name={c.name}
          explanation={text.confirmCampaign}
          onCancel={() => setConfirming(false)}
          onDelete={async (confirmName) => {
            await api.deleteCampaign(c.id, confirmName);
            onChanged();
          }}
        />
      )}
    </li>
  );
}
