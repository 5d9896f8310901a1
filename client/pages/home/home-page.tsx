import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type Principal } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { ROLE_TEXT } from '../../components/role-text';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import type { Organization } from '../../../server/http/api-types';
import { CreateOrganizationForm } from './create-organization-form';

const TEXT = {
  title: 'Organizations',
  lead: 'Find out whether your organization is ready for OKRs before you roll them out: survey your staff, and get a verdict with the evidence behind it and what to do first.',
  noRole:
    'You have no role in any organization yet. Ask the owner or an administrator of your organization for an invitation link.',
  demoHeading: 'New here?',
  demoText:
    'Load a demo organization with five departments and 54 synthetic responses to see a full readiness report straight away.',
  demoButton: 'Load the demo organization',
  demoLoading: 'Loading the demo…',
  size: (departments: number, people: number) => `${departments} departments, ${people} people`,
};

export default function HomePage() {
  const { principal } = useSession();
  const [organizations, reload] = useResource(() => api.organizations(), 'organizations');
  const navigate = useNavigate();
  const mayCreate = allows(principal, 'organization:create');

  return (
    <PageFrame title={TEXT.title}>
      <p className="lead">{TEXT.lead}</p>
      <ResourceView resource={organizations}>
        {(list) =>
          list.length > 0 ? (
            <OrganizationList organizations={list} principal={principal} />
          ) : mayCreate ? (
            <DemoOffer />
          ) : (
            <p className="notice">{TEXT.noRole}</p>
          )
        }
      </ResourceView>
      {mayCreate && (
        <CreateOrganizationForm
          onCreated={(organization) => {
            reload();
            navigate(`/organizations/${organization.id}`);
          }}
        />
      )}
    </PageFrame>
  );
}

function OrganizationList({
  organizations,
  principal,
}: {
  organizations: Organization[];
  principal: Principal;
}) {
  const rolesIn = (organizationId: string) =>
    principal.grants
      .filter((g) => g.organizationId === organizationId)
      .map((g) => ROLE_TEXT[g.role].label)
      .join(', ');
  return (
    <ul className="list">
      {organizations.map((o) => (
        <li key={o.id}>
          <Link to={`/organizations/${o.id}`}>{o.name}</Link>{' '}
          <span className="muted">
            {TEXT.size(
              o.departments.length,
              o.departments.reduce((s, d) => s + d.headcount, 0),
            )}
            {!principal.isOwner && ` · ${rolesIn(o.id)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DemoOffer() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function loadDemo() {
    setLoading(true);
    setError(null);
    try {
      const demo = await api.loadDemo();
      navigate(`/campaigns/${demo.campaignId}/report`);
    } catch (e) {
      setError((e as Error).message);
      setLoading(false);
    }
  }

  return (
    <section className="card" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{TEXT.demoHeading}</h2>
      <p>{TEXT.demoText}</p>
      <button type="button" onClick={loadDemo} disabled={loading}>
        {loading ? TEXT.demoLoading : TEXT.demoButton}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
