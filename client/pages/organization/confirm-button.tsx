import { useState } from 'react';

/**
 * A button for something that cannot be undone from here: the first press asks, in words naming exactly
 * what will happen, and only the second, on "confirm", acts. Inline rather than a browser dialog, so it
 * reads in the page's language and a screen reader hears the question where the focus is.
 */
export function ConfirmButton({
  label,
  question,
  confirm,
  cancel,
  busy,
  onConfirm,
}: {
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={label}>
      <span role="alert">{question}</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" className="link" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </span>
  );
}
