import { useId, type HTMLInputTypeAttribute, type InputHTMLAttributes, type ReactNode } from 'react';

export interface TextFieldProps {
  /** The label's text; may hold hidden spans that complete the accessible name. */
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  required?: boolean;
  autoComplete?: string;
  minLength?: number;
  maxLength?: number;
  placeholder?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  min?: number;
  max?: number;
  /** The input's aria-describedby, and the id of the hint when there is one. */
  describedBy?: string;
  /** Help shown below the field and read after its name, outside the label so the name stays short. */
  hint?: ReactNode;
}

/** A labelled text input: the label wraps its text and the input, so the label names it. */
export function TextField({ label, value, onChange, describedBy, hint, ...input }: TextFieldProps) {
  const generatedId = useId();
  const hintId = describedBy ?? generatedId;
  return (
    <>
      <label>
        {label}
        <input
          {...input}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy ?? (hint == null ? undefined : hintId)}
        />
      </label>
      {hint != null && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
    </>
  );
}
