import { useId } from 'react';
import type { ActionOwners, PlanActionView } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { ACTION_PLAN_TEXT } from './action-plan-text';

export type OwnerPerson = ActionOwners['people'][number];

/** What the picker holds: a person by account, or (account empty) a name and email, or nobody (all empty). */
export interface OwnerDraft {
  accountId: string;
  name: string;
  email: string;
}

export const NO_OWNER: OwnerDraft = { accountId: '', name: '', email: '' };

export function draftOf(owner: PlanActionView['owner']): OwnerDraft {
  if (owner === null) return NO_OWNER;
  return 'accountId' in owner
    ? { ...NO_OWNER, accountId: owner.accountId }
    : { accountId: '', name: owner.name, email: owner.email };
}

/** The owner to send: the person picked, else someone without an account once an email is written, else none. */
export function ownerFrom(draft: OwnerDraft): PlanActionView['owner'] {
  if (draft.accountId) return { accountId: draft.accountId };
  const email = draft.email.trim();
  return email ? { name: draft.name.trim() || email, email } : null;
}

/**
 * Chooses an action's owner: a native select of the organization's people (accounts are few even where staff
 * are many: staff answer without one, so a few hundred at most, which a select's type-to-find and a phone's
 * own picker handle), whose first choice is someone without an account, by name and email, or nobody.
 */
export function OwnerPicker({
  people,
  value,
  onChange,
  language,
  about,
}: {
  people: readonly OwnerPerson[];
  value: OwnerDraft;
  onChange: (next: OwnerDraft) => void;
  language: Language;
  /** The action's title, when the picker changes an existing action: each row's labels then name it. */
  about?: string;
}) {
  const text = ACTION_PLAN_TEXT[language];
  const hintId = useId();
  const selectId = useId();
  // An owner the list does not hold (the list not yet loaded, or their role since taken away) stays a choice.
  const listed = !value.accountId || people.some((p) => p.accountId === value.accountId);
  return (
    <>
      {/* Labelled by id, not by wrapping: a wrapping label's name would take in the chosen option's text. */}
      <label htmlFor={selectId} className="owner-label">
        {about === undefined ? text.ownerPick : text.ownerPickOf(about)}
      </label>
      <select
        id={selectId}
        value={value.accountId}
        onChange={(e) => onChange({ ...NO_OWNER, accountId: e.target.value })}
      >
        <option value="">{text.ownerOutside}</option>
        <optgroup label={text.ownerPeople}>
          {!listed && <option value={value.accountId}>{text.member}</option>}
          {people.map((p) => (
            <option key={p.accountId} value={p.accountId}>
              {p.name} ({p.email})
            </option>
          ))}
        </optgroup>
      </select>
      {value.accountId === '' && (
        <>
          <label>
            {about === undefined ? text.ownerName : text.ownerNameOf(about)}
            <input
              value={value.name}
              onChange={(e) => onChange({ ...value, name: e.target.value })}
              maxLength={100}
              autoComplete="off"
            />
          </label>
          <label>
            {about === undefined ? text.ownerEmail : text.ownerEmailOf(about)}
            <input
              type="email"
              value={value.email}
              onChange={(e) => onChange({ ...value, email: e.target.value })}
              aria-describedby={hintId}
              autoComplete="off"
            />
          </label>
          <p id={hintId} className="muted owner-hint">
            {text.ownerOutsideHint}
          </p>
        </>
      )}
    </>
  );
}
