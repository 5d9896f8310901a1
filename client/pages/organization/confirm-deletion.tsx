import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { ORGANIZATION_TEXT } from './organization-text';

/**
 * Deleting for good, once the exact name is typed: the server asks for it only where responses are held,
 * but a slip of the mouse should never delete anything, so the page always asks.
 */
export function ConfirmDeletion({
  name,
  explanation,
  onDelete,
  onCancel,
}: {
  name: string;
  explanation: string;
  onDelete: (confirmName: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const text = useText(ORGANIZATION_TEXT);
  const [typed, setTyped] = useState('');
  const remove = useAction();
  const headingId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    void remove.run(() => onDelete(typed));
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={headingId} data-testid="confirm-deletion">
      <h3 id={headingId}>{text.confirmHeading(name)}</h3>
      <p>{explanation}</p>
      <TextField label={text.typeName(name)} value={typed} onChange={setTyped} maxLength={200} />
      <FormError error={remove.error} />
      <div className="actions">
        <button type="submit" disabled={remove.busy || typed !== name}>
          {remove.busy ? text.deleting : text.deleteForGood}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
