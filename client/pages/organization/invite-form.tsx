import { useState, type FormEvent } from 'react';
import { api, type InvitationLink, type Role } from '../../api/client';
import { FormError } from '../../components/form-error';
import { ROLE_ORDER, ROLE_TEXT } from '../../components/role-text';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { InviteUserRequest } from '../../../shared/request-schemas';
import { useUiLanguage } from '../../components/ui-language';
import type { Organization } from '../../../server/http/api-types';
import { OneTimeLink } from './one-time-link';
import { ORGANIZATION_TEXT } from './organization-text';

/** Invites someone with a role, then shows the one-time link to send them. */
export function InviteForm({
  organization,
  onInvited,
}: {
  organization: Organization;
  onInvited: () => void;
}) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('executive');
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const invite = useAction();
  const [invitation, setInvitation] = useState<InvitationLink | null>(null);
  const { language } = useUiLanguage();
  const text = ORGANIZATION_TEXT[language];
  const roles = ROLE_TEXT[language];

  const toggle = (id: string, on: boolean) =>
    setDepartmentIds((current) => (on ? [...current, id] : current.filter((d) => d !== id)));

  function submit(event: FormEvent) {
    event.preventDefault();
    setInvitation(null);
    const body = { email, role, departmentIds: role === 'department-head' ? departmentIds : [] };
    const problem = requestProblem(InviteUserRequest, body);
    if (problem) return invite.fail(problem);
    void invite.run(async () => {
      const created = await api.invite(organization.id, body);
      setInvitation(created);
      setEmail('');
      setDepartmentIds([]);
      onInvited();
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="invite-heading">
      <h3 id="invite-heading">{text.invite}</h3>
      <p className="muted">{text.inviteHelp}</p>
      <TextField
        label={text.email}
        type="email"
        value={email}
        onChange={setEmail}
        required
        maxLength={254}
        autoComplete="off"
      />
      <label>
        {text.role}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)} aria-describedby="role-help">
          {ROLE_ORDER.map((r) => (
            <option key={r} value={r}>
              {roles[r].label}
            </option>
          ))}
        </select>
      </label>
      <p id="role-help" className="muted">
        {text.roleAllows(roles[role].label, roles[role].allows)}
      </p>
      {role === 'department-head' && (
        <fieldset className="checkboxes" aria-describedby="head-of-help">
          <legend>{text.headOf}</legend>
          <p id="head-of-help" className="muted">
            {text.headOfHelp}
          </p>
          {organization.departments.map((d) => (
            <label key={d.id}>
              <input
                type="checkbox"
                checked={departmentIds.includes(d.id)}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />
              {d.name}
            </label>
          ))}
        </fieldset>
      )}
      <FormError error={invite.error} />
      <button type="submit" disabled={invite.busy}>
        {invite.busy ? text.inviting : text.sendInvite}
      </button>
      {invitation && <OneTimeLink invitation={invitation} />}
    </form>
  );
}
