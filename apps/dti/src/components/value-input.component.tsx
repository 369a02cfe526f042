import { useId } from 'react';
import type { DtiMethod, DtiValue } from '@skhcn/domain';
import { TextField } from '@skhcn/ui';

/** What the form holds while typing: numbers as text, so "1,5" and "" can be shown and checked. */
export type DraftValue =
  | { kind: 'choice'; value: string }
  | { kind: 'ratio'; numerator: string; denominator: string }
  | { kind: 'number'; value: string };

export function draftOf(method: DtiMethod, value: DtiValue | null | undefined): DraftValue {
  switch (method.kind) {
    case 'yes_no':
      return {
        kind: 'choice',
        value: value === true || value === 1 ? 'yes' : value === false || value === 0 ? 'no' : '',
      };
    case 'yes_partial_no':
      return { kind: 'choice', value: typeof value === 'string' ? value : '' };
    case 'ratio': {
      const r = value && typeof value === 'object' ? value : null;
      return {
        kind: 'ratio',
        numerator: r ? String(r.numerator) : '',
        denominator: r ? String(r.denominator) : '',
      };
    }
    default:
      return { kind: 'number', value: typeof value === 'number' ? String(value).replace('.', ',') : '' };
  }
}

/** "1.234,5" or "1234.5" → 1234.5; undefined when not a number. */
export function parseVietnameseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return undefined;
  const normalised = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

/** The value to send, or the Vietnamese reason it cannot be sent yet. */
export function valueOf(method: DtiMethod, draft: DraftValue): { value: DtiValue } | { error: string } {
  if (draft.kind === 'choice') {
    if (!draft.value)
      return { error: method.kind === 'yes_no' ? 'Chọn Có hoặc Không.' : 'Chọn Có, Một phần hoặc Không.' };
    if (method.kind === 'yes_no') return { value: draft.value === 'yes' };
    return { value: draft.value as 'yes' | 'partial' | 'no' };
  }
  if (draft.kind === 'ratio') {
    const numerator = parseVietnameseNumber(draft.numerator);
    const denominator = parseVietnameseNumber(draft.denominator);
    if (numerator === undefined || denominator === undefined)
      return { error: 'Nhập tử số và mẫu số bằng số.' };
    if (numerator < 0 || denominator < 0) return { error: 'Tử số và mẫu số không được âm.' };
    return { value: { numerator, denominator } };
  }
  const n = parseVietnameseNumber(draft.value);
  if (n === undefined) return { error: 'Nhập giá trị bằng số.' };
  if (method.kind === 'target' && n < 0) return { error: 'Giá trị không được âm.' };
  return { value: n };
}

export interface ValueInputProps {
  /** Prefix of the controls' ids (error summary links jump to `${id}`) */
  id: string;
  method: DtiMethod;
  draft: DraftValue;
  onChange: (draft: DraftValue) => void;
  error?: string;
  disabled?: boolean;
  /** The accessible name of the group, e.g. the component's code */
  label: string;
}

const CHOICES = {
  yes_no: [
    ['yes', 'Có'],
    ['no', 'Không'],
  ],
  yes_partial_no: [
    ['yes', 'Có'],
    ['partial', 'Một phần'],
    ['no', 'Không'],
  ],
} as const;

/** The input of one component, in the shape its method takes: a choice, a ratio or a number. */
export function ValueInput({ id, method, draft, onChange, error, disabled, label }: ValueInputProps) {
  const errorId = useId();
  if (draft.kind === 'choice' && (method.kind === 'yes_no' || method.kind === 'yes_partial_no')) {
    return (
      <fieldset className="skh-fieldset dti-choice" aria-describedby={error ? errorId : undefined}>
        <legend>{label}</legend>
        {error ? (
          <span id={errorId} className="skh-field__error">
            {error}
          </span>
        ) : null}
        <div className="skh-row">
          {CHOICES[method.kind].map(([value, text], i) => (
            <label key={value} className="skh-checkbox">
              <input
                id={i === 0 ? id : `${id}-${value}`}
                type="radio"
                name={id}
                value={value}
                checked={draft.value === value}
                disabled={disabled}
                onChange={() => onChange({ kind: 'choice', value })}
              />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (draft.kind === 'ratio') {
    return (
      <div className="skh-row">
        <TextField
          id={id}
          label={`${label}: tử số`}
          inputMode="decimal"
          value={draft.numerator}
          disabled={disabled}
          error={error}
          onChange={(e) => onChange({ ...draft, numerator: e.target.value })}
        />
        <TextField
          id={`${id}-mau-so`}
          label={`${label}: mẫu số`}
          inputMode="decimal"
          value={draft.denominator}
          disabled={disabled}
          onChange={(e) => onChange({ ...draft, denominator: e.target.value })}
        />
      </div>
    );
  }
  return (
    <TextField
      id={id}
      label={`${label}: giá trị`}
      hint={method.kind === 'target' ? `Chỉ tiêu: ${String(method.target).replace('.', ',')}` : undefined}
      inputMode="decimal"
      value={draft.kind === 'number' ? draft.value : ''}
      disabled={disabled}
      error={error}
      onChange={(e) => onChange({ kind: 'number', value: e.target.value })}
    />
  );
}
