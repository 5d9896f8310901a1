import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { OrganizationWithCampaigns } from '../../../server/http/api-types';
import { ConfirmDeletion } from './confirm-deletion';
import { ORGANIZATION_TEXT } from './organization-text';

/** Archiving the organization (or taking it back) and deleting it for good, once its name is typed. */
export function OrganizationRemoval({
  organization,
  onChanged,
}: {
  organization: OrganizationWithCampaigns;
  onChanged: () => void;
}) {
  const text = useText(ORGANIZATION_TEXT);
  const navigate = useNavigate();
  const act = useAction();
  const [confirming, setConfirming] = useState(false);
  const isArchived = organization.archivedOn !== undefined;
  const toggle = () =>
    void act.run(async () => {
      await (isArchived
        ? api.unarchiveOrganization(organization.id)
        : api.archiveOrganization(organization.id));
      onChanged();
    });
  return (
    <section className="card" aria-labelledby="removal-heading">
      <h2 id="removal-heading">{text.removalHeading}</h2>
      <p className="muted">{text.removalHelp}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={toggle} disabled={act.busy}>
          {isArchived ? text.unarchiveOrganization : text.archiveOrganization}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirming(true)}
          aria-expanded={confirming}
        >
          {text.deleteOrganization}
        </button>
      </div>
      <FormError error={act.error} />
      {confirming && (
        <ConfirmDeletion
          name={organization.name}
          explanation={text.confirmOrganization}
          onCancel={() => setConfirming(false)}
          onDelete={async (confirmName) => {
            await api.deleteOrganization(organization.id, confirmName);
            navigate('/');
          }}
        />
      )}
    </section>
  );
}
