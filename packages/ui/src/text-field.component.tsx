import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Button } from './button.component';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** Validation message; when set the input is aria-invalid and described by it. */
  error?: ReactNode;
  id?: string;
  /** Extra content placed after the input inside the control row (e.g. a toggle button). */
  trailing?: ReactNode;
  /** React 19 passes ref as a prop: it reaches the input (to move focus to it). */
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  id,
  trailing,
  required,
  className,
  ref,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? `f${autoId}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['skh-field', className].filter(Boolean).join(' ')}>
      <label
        className={required ? 'skh-field__label skh-field__label--required' : 'skh-field__label'}
        htmlFor={inputId}
      >
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="skh-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="skh-field__error">
          {error}
        </span>
      ) : null}
      <div className="skh-field__control">
        <input
          {...rest}
          ref={ref}
          id={inputId}
          required={required}
          className="skh-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {trailing}
      </div>
    </div>
  );
}

export type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'trailing'>;

/** A password input with a "show password" toggle (aria-pressed). */
export function PasswordField(props: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const autoId = useId();
  const inputId = props.id ?? `p${autoId}`;
  return (
    <TextField
      autoComplete="current-password"
      {...props}
      id={inputId}
      type={visible ? 'text' : 'password'}
      trailing={
        // Named by its content, not aria-label, so "Mật khẩu" labels only the input.
        <Button
          variant="secondary"
          aria-pressed={visible}
          aria-controls={inputId}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Ẩn ' : 'Hiện '}
          <span className="skh-visually-hidden">mật khẩu</span>
        </Button>
      }
    />
  );
}
