import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import type { Organization } from '../../../server/http/api-types';
import { describeGrants } from './describe-grants';
import { InviteForm } from './invite-form';
import { ORGANIZATION_TEXT as TEXT } from './organization-text';

/** Who has a role in the organization, who is invited, and the form to invite more. */
export function PeopleSection({ organization }: { organization: Organization }) {
  const [people, reload] = useResource(() => api.users(organization.id), `users-${organization.id}`);
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{TEXT.people}</h2>
      <p className="muted">{TEXT.peopleHelp}</p>
      <ResourceView resource={people}>
        {({ users, pending }) => (
          <>
            {users.length === 0 ? (
              <p>{TEXT.nobody}</p>
            ) : (
              <div className="table-scroll">
                <table aria-label={TEXT.people}>
                  <thead>
                    <tr>
                      <th scope="col">{TEXT.name}</th>
                      <th scope="col">{TEXT.email}</th>
                      <th scope="col">{TEXT.role}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((u) => (
                      <tr key={u.email}>
                        <th scope="row">{u.name}</th>
                        <td>{u.email}</td>
                        <td>{describeGrants(u.grants, organization.departments)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {pending.length > 0 && (
              <>
                <h3 id="pending-heading">{TEXT.pending}</h3>
                <div className="table-scroll">
                  <table aria-labelledby="pending-heading">
                    <thead>
                      <tr>
                        <th scope="col">{TEXT.email}</th>
                        <th scope="col">{TEXT.role}</th>
                        <th scope="col">{TEXT.invitedOn}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.map((p, index) => (
                        <tr key={`${p.email}-${index}`}>
                          <td>{p.email}</td>
                          <td>{describeGrants([p.grant], organization.departments)}</td>
                          <td>{p.createdOn}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </>
        )}
      </ResourceView>
      <InviteForm organization={organization} onInvited={reload} />
    </section>
  );
}
