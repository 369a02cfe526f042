import {
  useId,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { cx } from './class-names.util';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, hint and error above a control; the control sets aria-describedby with describedBy(). */
function FieldFrame({ id, label, hint, error, required, className, children }: FieldFrameProps) {
  return (
    <div className={cx('skh-field', className)}>
      <label
        className={required ? 'skh-field__label skh-field__label--required' : 'skh-field__label'}
        htmlFor={id}
      >
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="skh-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="skh-field__error">
          {error}
        </span>
      ) : null}
      <div className="skh-field__control">{children}</div>
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. "Tất cả thủ tục" */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  required,
  className,
  ref,
  ...rest
}: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? `s${autoId}`;
  return (
    <FieldFrame
      id={selectId}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
    >
      <select
        {...rest}
        ref={ref}
        id={selectId}
        required={required}
        className="skh-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  required,
  className,
  ref,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  const autoId = useId();
  const areaId = id ?? `t${autoId}`;
  return (
    <FieldFrame id={areaId} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        {...rest}
        ref={ref}
        id={areaId}
        rows={rows}
        required={required}
        className="skh-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(areaId, hint, error)}
      />
    </FieldFrame>
  );
}
