import { useState } from 'react';
import { api, type OrganizationUsers, type PasswordResetLink, type Role } from '../../api/client';
import { allows } from '../../components/permissions';
import { FormError } from '../../components/form-error';
import { ResourceView } from '../../components/resource-view';
import { ROLE_TEXT } from '../../components/role-text';
import { TableScroll } from '../../components/table-scroll';
import { useAction } from '../../components/use-action';
import { useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import type { Organization } from '../../../server/http/api-types';
import { resetPasswordPath } from '../../../shared/public-paths';
import { ConfirmButton } from './confirm-button';
import { describeGrants } from './describe-grants';
import { InviteForm } from './invite-form';
import { ORGANIZATION_TEXT } from './organization-text';
import { PEOPLE_ADMIN_TEXT } from './people-admin-text';

type Person = OrganizationUsers['users'][number];

/**
 * Who has a role in the organization and who is invited, with what an administrator can take back: a
 * role, a pending invitation, a person's sessions; the owner can also make a one-time password-reset link.
 */
export function PeopleAdminSection({ organization }: { organization: Organization }) {
  const { language } = useUiLanguage();
  const text = ORGANIZATION_TEXT[language];
  const admin = PEOPLE_ADMIN_TEXT[language];
  const roles = ROLE_TEXT[language];
  const { principal } = useSession();
  const [people, reload] = useResource(() => api.users(organization.id), `users-${organization.id}`);
  const act = useAction();
  const [done, setDone] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<{ name: string; link: PasswordResetLink } | null>(null);
  const mayReset = allows(principal, 'users:reset-password', organization.id);

  const run = (task: () => Promise<unknown>, message: string) => {
    setDone(null);
    setResetLink(null);
    void act.run(async () => {
      await task();
      setDone(message);
      reload();
    });
  };
  const roleName = (role: Role) => roles[role].label;

  const personActions = (p: Person) => (
    <div className="actions">
      {p.grants.map((g) => (
        <ConfirmButton
          key={g.role}
          label={admin.removeRole(roleName(g.role))}
          question={
            p.accountId === principal.accountId
              ? admin.confirmRemoveOwnRole(roleName(g.role))
              : admin.confirmRemoveRole(p.name, roleName(g.role))
          }
          confirm={admin.remove}
          cancel={admin.cancel}
          busy={act.busy}
          onConfirm={() =>
            run(
              () => api.removeRole(organization.id, p.accountId, g.role),
              admin.roleRemoved(p.name, roleName(g.role)),
            )
          }
        />
      ))}
      {p.accountId !== principal.accountId && (
        <ConfirmButton
          label={admin.endSessions}
          question={admin.confirmEndSessions(p.name)}
          confirm={admin.signOut}
          cancel={admin.cancel}
          busy={act.busy}
          onConfirm={() =>
            run(() => api.endSessionsOf(organization.id, p.accountId), admin.sessionsEnded(p.name))
          }
        />
      )}
      {mayReset && p.accountId !== principal.accountId && (
        <button
          type="button"
          className="secondary"
          disabled={act.busy}
          onClick={() => {
            setDone(null);
            void act.run(async () => {
              const link = await api.makePasswordReset(organization.id, p.accountId);
              setResetLink({ name: p.name, link });
            });
          }}
        >
          {admin.makeResetLink}
        </button>
      )}
    </div>
  );

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{text.people}</h2>
      <p className="muted">{text.peopleHelp}</p>
      <FormError error={act.error} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      {resetLink && <ResetLinkNotice name={resetLink.name} link={resetLink.link} />}
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
                      <th scope="col">{admin.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((p) => (
                      <tr key={p.accountId}>
                        <th scope="row">
                          {p.name} {p.accountId === principal.accountId && admin.you}
                        </th>
                        <td>{p.email}</td>
                        <td>{describeGrants(p.grants, organization.departments, language)}</td>
                        <td>{personActions(p)}</td>
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
                        <th scope="col">{admin.actions}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.map((i) => (
                        <tr key={i.id}>
                          <td>{i.email}</td>
                          <td>{describeGrants([i.grant], organization.departments, language)}</td>
                          <td>{i.createdOn}</td>
                          <td>
                            <ConfirmButton
                              label={admin.revoke}
                              question={admin.confirmRevoke(i.email, roleName(i.grant.role))}
                              confirm={admin.revoke}
                              cancel={admin.cancel}
                              busy={act.busy}
                              onConfirm={() =>
                                run(() => api.revokeInvitation(organization.id, i.id), admin.revoked(i.email))
                              }
                            />
                          </td>
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

/** The one chance to copy a reset link: the server keeps only a hash of its token. */
function ResetLinkNotice({ name, link }: { name: string; link: PasswordResetLink }) {
  const [copied, setCopied] = useState(false);
  const { language } = useUiLanguage();
  const admin = PEOPLE_ADMIN_TEXT[language];
  const url = `${window.location.origin}${resetPasswordPath(link.token)}`;
  return (
    <div className="notice" role="status" data-testid="reset-link">
      <p>
        <strong>{admin.resetLinkFor(name)}</strong>
      </p>
      <p>{admin.resetLinkOnce(Math.round(link.expiresInMinutes / 60))}</p>
      <div className="one-time-link">
        <input readOnly value={url} aria-label={admin.link} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? admin.copied : admin.copy}
        </button>
      </div>
    </div>
  );
}
