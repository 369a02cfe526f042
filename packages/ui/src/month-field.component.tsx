import { useId, useState, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  ListBox,
  ListBoxItem,
  Popover,
  type Selection,
} from 'react-aria-components';
import {
  formatTypedMonth,
  parseIsoMonth,
  parseTypedMonth,
  yearMonthToIso,
  type YearMonth,
} from './calendar-date.util';
import { cx } from './class-names.util';
import { CalendarIcon } from './calendar-icon.component';
import { installVietnameseAriaStrings, VIETNAMESE_LOCALE } from './react-aria-vi';

installVietnameseAriaStrings();

export interface MonthFieldProps {
  label: string;
  hint?: ReactNode;
  /** The app's own validation message; shown instead of the field's own (range, incomplete). */
  error?: ReactNode;
  /** ISO month, e.g. '2026-11'; '' when empty. */
  value: string;
  /** Called with the ISO month, or '' when the field is emptied or holds an incomplete or impossible month. */
  onChange: (value: string) => void;
  /** Earliest allowed month (ISO 'YYYY-MM'). */
  min?: string;
  /** Latest allowed month (ISO 'YYYY-MM'). */
  max?: string;
  /** Lands on the text input. */
  id?: string;
  /** Submits the ISO value in a hidden input with this name. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

function textOf(iso: string): string {
  const m = parseIsoMonth(iso);
  return m ? formatTypedMonth(m) : '';
}

function rangeMessage(value: string, min: string | undefined, max: string | undefined): string | undefined {
  if (!value) return undefined;
  if (min && value < min) return `Tháng phải từ ${textOf(min)} trở đi.`;
  if (max && value > max) return `Tháng không được sau ${textOf(max)}.`;
  return undefined;
}

function typedProblem(text: string): string | undefined {
  const typed = parseTypedMonth(text);
  if (typed === 'incomplete') return 'Vui lòng nhập đủ tháng và năm (mm/yyyy).';
  if (typed === 'invalid') return 'Tháng không hợp lệ: nhập theo dạng mm/yyyy, ví dụ 11/2026.';
  return undefined;
}

interface MonthGridProps {
  selected: YearMonth | null;
  min?: string;
  max?: string;
  onPick: (month: YearMonth) => void;
}

/**
 * The twelve months of one year as a grid of options (arrow keys move, Enter picks), with the previous and next
 * year either side of the year's heading.
 */
function MonthGrid({ selected, min, max, onPick }: MonthGridProps) {
  const [year, setYear] = useState(() => selected?.year ?? new Date().getFullYear());
  const iso = (month: number) => yearMonthToIso({ year, month });
  const disabledKeys = MONTHS.filter((m) => (min && iso(m) < min) || (max && iso(m) > max));
  const selectedKeys = selected && selected.year === year ? [selected.month] : [];
  const pick = (keys: Selection) => {
    const [month] = keys === 'all' ? [] : [...keys];
    // Choosing the month already chosen deselects it in a listbox: here it keeps it and closes.
    if (month !== undefined) onPick({ year, month: Number(month) });
    else if (selected) onPick(selected);
  };
  return (
    <div className="skh-calendar">
      <header className="skh-calendar__header">
        <Button
          className="skh-calendar__nav"
          aria-label={`Năm trước (${year - 1})`}
          onPress={() => setYear(year - 1)}
        >
          <span aria-hidden="true">‹</span>
        </Button>
        <Heading className="skh-calendar__title">Năm {year}</Heading>
        <Button
          className="skh-calendar__nav"
          aria-label={`Năm sau (${year + 1})`}
          onPress={() => setYear(year + 1)}
        >
          <span aria-hidden="true">›</span>
        </Button>
      </header>
      <ListBox
        aria-label={`Các tháng năm ${year}`}
        className="skh-month-grid"
        layout="grid"
        selectionMode="single"
        selectedKeys={selectedKeys}
        disabledKeys={disabledKeys}
        onSelectionChange={pick}
        autoFocus
      >
        {MONTHS.map((m) => (
          <ListBoxItem key={m} id={m} textValue={`Tháng ${m} năm ${year}`} className="skh-month-grid__month">
            Tháng {m}
          </ListBoxItem>
        ))}
      </ListBox>
    </div>
  );
}

/**
 * A month typed as mm/yyyy or picked from a month grid ("Chọn tháng"), in Vietnamese whatever the browser's
 * language. react-aria has no month picker, so this is a plain text input (typing, pasting, select-all and
 * delete work as everywhere) beside react-aria's popover with a listbox of months. Laid out like TextField.
 */
export function MonthField({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
  id,
  name,
  required,
  disabled,
  className,
}: MonthFieldProps) {
  const autoId = useId();
  const inputId = id ?? `m${autoId}`;
  const [text, setText] = useState(() => textOf(value));
  const [emitted, setEmitted] = useState(value);
  if (value !== emitted) {
    setEmitted(value);
    setText(textOf(value));
  }
  const emit = (iso: string) => {
    if (iso === emitted) return;
    setEmitted(iso);
    onChange(iso);
  };
  const [problem, setProblem] = useState<string>();
  const own = problem ?? rangeMessage(value, min, max);
  const message = error || own;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = message ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  const type = (next: string) => {
    setText(next);
    setProblem(undefined);
    const typed = parseTypedMonth(next);
    emit(typeof typed === 'object' ? yearMonthToIso(typed) : '');
  };
  const pick = (month: YearMonth) => {
    setText(formatTypedMonth(month));
    setProblem(undefined);
    emit(yearMonthToIso(month));
  };

  return (
    <div className={cx('skh-field', 'skh-month-field', className)}>
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
      {message ? (
        <span id={errorId} className="skh-field__error">
          {message}
        </span>
      ) : null}
      <div className="skh-field__control">
        <input
          id={inputId}
          className="skh-input skh-month-field__input"
          inputMode="numeric"
          autoComplete="off"
          placeholder="mm/yyyy"
          value={text}
          required={required}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            const typed = parseTypedMonth(text);
            if (typeof typed === 'object') setText(formatTypedMonth(typed));
            setProblem(typedProblem(text));
          }}
        />
        {name ? <input type="hidden" name={name} value={value} /> : null}
        <I18nProvider locale={VIETNAMESE_LOCALE}>
          <DialogTrigger>
            <Button
              className="skh-button skh-button--secondary skh-date-field__button"
              aria-label={`Chọn tháng: ${label}`}
              isDisabled={disabled}
            >
              <CalendarIcon />
            </Button>
            <Popover className="skh-popover" placement="bottom end">
              <Dialog className="skh-popover__dialog" aria-label={`Chọn tháng: ${label}`}>
                {({ close }) => (
                  <MonthGrid
                    selected={parseIsoMonth(value)}
                    min={min}
                    max={max}
                    onPick={(month) => {
                      pick(month);
                      close();
                    }}
                  />
                )}
              </Dialog>
            </Popover>
          </DialogTrigger>
        </I18nProvider>
      </div>
      <span className="skh-visually-hidden" aria-live="polite">
        {error ? '' : own}
      </span>
    </div>
  );
}
