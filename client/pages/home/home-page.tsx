import { Link, useNavigate } from 'react-router';
import { api, type Principal } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { joinList } from '../../../shared/languages';
import { ROLE_TEXT } from '../../components/role-text';
import { useText, useUiLanguage } from '../../components/ui-language';
import { FormError } from '../../components/form-error';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import type { OrganizationListItem } from '../../../server/http/api-types';
import { ArchivedOrganizations } from './archived-organizations';
import { CreateOrganizationForm } from './create-organization-form';
import { HOME_TEXT } from './home-text';
import { NextWaveDue } from './next-wave-due';
import { PortfolioCard } from './portfolio-card';

export default function HomePage() {
  const { principal } = useSession();
  const [organizations, reload] = useResource(() => api.organizations(), 'organizations');
  const navigate = useNavigate();
  const mayCreate = allows(principal, 'organization:create');
  const text = useText(HOME_TEXT);

  return (
    <PageFrame title={text.title}>
      <p className="lead">{text.lead}</p>
      <ResourceView resource={organizations}>
        {(list) =>
          list.length > 0 ? (
            <OrganizationList organizations={list} principal={principal} />
          ) : mayCreate ? (
            <DemoOffer />
          ) : (
            <p className="notice">{text.noRole}</p>
          )
        }
      </ResourceView>
      <ArchivedOrganizations principal={principal} onChanged={reload} />
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
  organizations: OrganizationListItem[];
  principal: Principal;
}) {
  const { language } = useUiLanguage();
  const text = HOME_TEXT[language];
  const rolesIn = (organizationId: string) =>
    joinList(
      language,
      principal.grants
        .filter((g) => g.organizationId === organizationId)
        .map((g) => ROLE_TEXT[language][g.role].label),
    );
  // Several organizations (a consultant's clients, say) are shown as a portfolio: a card each with its
  // latest verdict and scores, so they can be compared at a glance.
  if (organizations.length > 1) {
    return (
      <ul className="portfolio">
        {organizations.map((o) => (
          <li key={o.id}>
            <PortfolioCard
              organization={o}
              roles={principal.isOwner ? '' : rolesIn(o.id)}
              mayManage={allows(principal, 'organization:manage', o.id)}
            />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="list">
      {organizations.map((o) => (
        <li key={o.id}>
          <Link to={`/organizations/${o.id}`}>{o.name}</Link>{' '}
          <span className="muted">
            {text.size(
              o.departments.length,
              o.departments.reduce((s, d) => s + d.headcount, 0),
            )}
            {!principal.isOwner && ` · ${rolesIn(o.id)}`}
          </span>
          {o.nextWaveDue && (
            <NextWaveDue
              organization={o.name}
              due={o.nextWaveDue}
              mayManage={allows(principal, 'organization:manage', o.id)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function DemoOffer() {
  const navigate = useNavigate();
  const load = useAction();
  const text = useText(HOME_TEXT);

  function loadDemo() {
    void load.run(async () => {
      const demo = await api.loadDemo();
      navigate(`/campaigns/${demo.campaignId}/report`);
    });
  }

  return (
    <section className="card" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{text.demoHeading}</h2>
      <p>{text.demoText}</p>
      <button type="button" onClick={loadDemo} disabled={load.busy}>
        {load.busy ? text.demoLoading : text.demoButton}
      </button>
      <FormError error={load.error} />
    </section>
  );
}
