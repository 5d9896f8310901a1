import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import type { Organization } from '../../../server/http/api-types';
import { describeGrants } from './describe-grants';
import { InviteForm } from './invite-form';
import { ORGANIZATION_TEXT } from './organization-text';
import { TableScroll } from '../../components/table-scroll';

/** Who has a role in the organization, who is invited, and the form to invite more. */
export function PeopleSection({ organization }: { organization: Organization }) {
  const { language } = useUiLanguage();
  const text = ORGANIZATION_TEXT[language];
  const [people, reload] = useResource(() => api.users(organization.id), `users-${organization.id}`);
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{text.people}</h2>
      <p className="muted">{text.peopleHelp}</p>
      <ResourceView resource={people}>
        {({ users, pending }) => (
          <>
            {users.length === 0 ? (
              <p>{text.nobody}</p>
            ) : (
              <TableScroll label={text.people}>
                <table aria-label={text.people}>
                  <thead>
                    <tr>
                      <th scope="col">{text.name}</th>
                      <th scope="col">{text.email}</th>
                      <th scope="col">{text.role}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((u) => (
                      <tr key={u.email}>
                        <th scope="row">{u.name}</th>
                        <td>{u.email}</td>
                        <td>{describeGrants(u.grants, organization.departments, language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {pending.length > 0 && (
              <>
                <h3 id="pending-heading">{text.pending}</h3>
                <TableScroll label={text.pending}>
                  <table aria-labelledby="pending-heading">
                    <thead>
                      <tr>
                        <th scope="col">{text.email}</th>
                        <th scope="col">{text.role}</th>
                        <th scope="col">{text.invitedOn}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.map((p, index) => (
                        <tr key={`${p.email}-${index}`}>
                          <td>{p.email}</td>
                          <td>{describeGrants([p.grant], organization.departments, language)}</td>
                          <td>{p.createdOn}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </>
        )}
      </ResourceView>
      <InviteForm organization={organization} onInvited={reload} />
    </section>
  );
}
