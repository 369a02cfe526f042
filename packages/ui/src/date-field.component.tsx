import {
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  CalendarGridBody,
  CalendarGridHeader,
  CalendarHeaderCell,
  DateInput,
  DatePicker,
  DateFieldStateContext,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
  type DateFieldState,
} from 'react-aria-components';
import type { CalendarDate } from '@internationalized/date';
import { calendarDateToIso, isoToCalendarDate } from './calendar-date.util';
import { cx } from './class-names.util';
import { formatDate } from './formatters';
import { CalendarIcon } from './calendar-icon.component';
import { installVietnameseAriaStrings, VIETNAMESE_LOCALE } from './react-aria-vi';

installVietnameseAriaStrings();

export interface DateFieldProps {
  label: string;
  hint?: ReactNode;
  /** The app's own validation message; shown instead of the field's own (range, incomplete). */
  error?: ReactNode;
  /** ISO date, e.g. '2026-11-10'; '' when empty. */
  value: string;
  /** Called with the ISO date, or '' when the field is emptied or holds an incomplete or impossible date. */
  onChange: (value: string) => void;
  /** Earliest allowed day (ISO). Earlier days are greyed in the calendar and explained when typed. */
  min?: string;
  /** Latest allowed day (ISO). */
  max?: string;
  /** The day segment's id, so an error summary link or "focus the first error" can move focus to it. */
  id?: string;
  /** Submits the ISO value in a hidden input with this name. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

/** Typing a separator after a number moves on to the next segment: "1/11/2026" is 1 November. */
const SEPARATORS = new Set(['/', '.', '-', ' ', ',']);

/**
 * Keyboard handlers for the element around the segments. react-aria moves on by itself once a segment cannot
 * take another digit ("10" → month); after a shorter entry ("1") the separator does it, as in a native date
 * input (react-spectrum#5364). Only when the segment was typed into since it took focus, so "10/11/2026" typed
 * straight through does not skip the month.
 */
function useSeparatorsMoveOn(onEdit: () => void) {
  const typedIn = useRef<Element | null>(null);
  return {
    onFocusCapture: () => {
      typedIn.current = null;
    },
    onKeyDownCapture: (e: KeyboardEvent<HTMLElement>) => {
      const segment = e.target as HTMLElement;
      if (segment.getAttribute('role') !== 'spinbutton') return;
      if (/^\d$/.test(e.key)) typedIn.current = segment;
      if (/^(\d|Backspace|Delete|ArrowUp|ArrowDown|PageUp|PageDown|Home|End)$/.test(e.key)) onEdit();
      if (!SEPARATORS.has(e.key)) return;
      e.preventDefault();
      if (typedIn.current !== segment || segment.hasAttribute('data-placeholder')) return;
      const segments = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
      segments[segments.indexOf(segment) + 1]?.focus();
    },
  };
}

/** What the segments hold right now (react-aria keeps a half-typed date to itself). */
interface Entry {
  filled: number;
  total: number;
  day?: number;
  month?: number;
  year?: number;
}

const EMPTY_ENTRY: Entry = { filled: 0, total: 3 };

function readEntry(state: DateFieldState): Entry {
  const editable = state.segments.filter((s) => s.isEditable);
  const entry: Entry = { filled: 0, total: editable.length };
  for (const s of editable) {
    if (s.isPlaceholder || s.value == null) continue;
    entry.filled += 1;
    if (s.type === 'day' || s.type === 'month' || s.type === 'year') entry[s.type] = s.value;
  }
  return entry;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A year is read once it has four digits: while "2026" is typed, 2, 20 and 202 are not dates yet. */
const FIRST_FULL_YEAR = 1000;

/** The ISO date the segments spell, or '' while they are empty, incomplete or name a day that does not exist. */
function entryToIso({ filled, total, day, month, year }: Entry): string {
  if (filled < total || day === undefined || month === undefined || year === undefined) return '';
  if (year < FIRST_FULL_YEAR || day > daysInMonth(year, month)) return '';
  return calendarDateToIso({ year, month, day });
}

/**
 * What is wrong with what was typed, said when focus leaves the segments: some but not all of them filled, or a
 * day the month does not have — react-aria then moves it to the month's last day (31/02 → 28/02), so say so.
 */
function entryProblem({ filled, total, day, month, year }: Entry): string | undefined {
  if (filled === 0) return undefined;
  if (filled < total) return 'Vui lòng nhập đủ ngày, tháng, năm (dd/mm/yyyy).';
  if (day === undefined || month === undefined || year === undefined) return undefined;
  if (year < FIRST_FULL_YEAR) return 'Vui lòng nhập năm đủ 4 chữ số (dd/mm/yyyy).';
  const last = daysInMonth(year, month);
  if (day <= last) return undefined;
  return (
    `Tháng ${month} năm ${year} chỉ có ${last} ngày: ${pad2(day)}/${pad2(month)}/${year} đã được đổi thành ` +
    `${last}/${pad2(month)}/${year}, vui lòng kiểm tra lại.`
  );
}

/** Reports every change of the segments' content to the field (rendered inside react-aria's DateInput). */
function EntryWatch({ onEntry }: { onEntry: (entry: Entry) => void }) {
  const state = useContext(DateFieldStateContext);
  const { filled, total, day, month, year } = state ? readEntry(state) : EMPTY_ENTRY;
  const report = useEffectEvent(() => onEntry({ filled, total, day, month, year }));
  useEffect(() => report(), [filled, total, day, month, year]);
  return null;
}

function rangeMessage(value: string, min: string | undefined, max: string | undefined): string | undefined {
  if (!value) return undefined;
  if (min && value < min) return `Ngày phải từ ${formatDate(min)} trở đi.`;
  if (max && value > max) return `Ngày không được sau ${formatDate(max)}.`;
  return undefined;
}

/**
 * A date typed as dd/mm/yyyy segments or picked from a calendar ("Chọn ngày"), in Vietnamese whatever the
 * browser's language: "10/11/2026" is 10 November 2026. Label, hint and error are laid out like TextField.
 */
export function DateField({
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
}: DateFieldProps) {
  // react-aria shows a half-typed date only while its value prop keeps the same identity, so the picker gets its
  // own value, and the app's value follows what the segments spell ('' while incomplete).
  const [pickerValue, setPickerValue] = useState(() => isoToCalendarDate(value));
  const [emitted, setEmitted] = useState(value);
  if (value !== emitted) {
    setEmitted(value);
    setPickerValue(isoToCalendarDate(value));
  }
  const emit = (iso: string) => {
    if (iso === emitted) return;
    setEmitted(iso);
    onChange(iso);
  };
  const entry = useRef(EMPTY_ENTRY);
  const [problem, setProblem] = useState<string>();
  const own = problem ?? rangeMessage(value, min, max);
  const message = error || own;
  const minValue = useMemo(() => isoToCalendarDate(min) ?? undefined, [min]);
  const maxValue = useMemo(() => isoToCalendarDate(max) ?? undefined, [max]);
  const separators = useSeparatorsMoveOn(() => setProblem(undefined));

  return (
    <I18nProvider locale={VIETNAMESE_LOCALE}>
      <DatePicker<CalendarDate>
        className={cx('skh-field', 'skh-date-field', className)}
        value={pickerValue}
        onChange={(date) => {
          setPickerValue(date);
          emit(date && date.year >= FIRST_FULL_YEAR ? calendarDateToIso(date) : '');
        }}
        onOpenChange={(open) => open && setProblem(undefined)}
        minValue={minValue}
        maxValue={maxValue}
        firstDayOfWeek="mon"
        granularity="day"
        shouldForceLeadingZeros
        isRequired={required}
        isDisabled={disabled}
        isInvalid={Boolean(message)}
        validationBehavior="aria"
      >
        <Label className={required ? 'skh-field__label skh-field__label--required' : 'skh-field__label'}>
          {label}
        </Label>
        {hint ? (
          <Text slot="description" className="skh-field__hint">
            {hint}
          </Text>
        ) : null}
        {message ? (
          <Text slot="errorMessage" className="skh-field__error">
            {message}
          </Text>
        ) : null}
        <Group className="skh-field__control skh-date-field__control">
          <div
            className="skh-date-field__typing"
            {...separators}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget)) setProblem(entryProblem(entry.current));
            }}
          >
            <DateInput className="skh-input skh-date-field__input">
              {(segment) =>
                segment.type === 'day' ? (
                  <>
                    <EntryWatch
                      onEntry={(e) => {
                        entry.current = e;
                        emit(entryToIso(e));
                      }}
                    />
                    {/* react-aria puts an id on the segment (its labels follow it), though its types omit it */}
                    <DateSegment segment={segment} className="skh-date-field__segment" {...{ id }} />
                  </>
                ) : (
                  <DateSegment segment={segment} className="skh-date-field__segment" />
                )
              }
            </DateInput>
          </div>
          <Button className="skh-button skh-button--secondary skh-date-field__button" aria-label="Chọn ngày">
            <CalendarIcon />
          </Button>
        </Group>
        {/* react-aria's own hidden input would keep the last whole date while the segments are half-typed */}
        {name ? <input type="hidden" name={name} value={value} /> : null}
        <span className="skh-visually-hidden" aria-live="polite">
          {error ? '' : own}
        </span>
        <Popover className="skh-popover" placement="bottom start">
          <Dialog className="skh-popover__dialog">
            <Calendar className="skh-calendar" firstDayOfWeek="mon">
              <header className="skh-calendar__header">
                <Button slot="previous" className="skh-calendar__nav" aria-label="Tháng trước">
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading className="skh-calendar__title" />
                <Button slot="next" className="skh-calendar__nav" aria-label="Tháng sau">
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid className="skh-calendar__grid" weekdayStyle="short">
                <CalendarGridHeader>
                  {(day) => <CalendarHeaderCell className="skh-calendar__weekday">{day}</CalendarHeaderCell>}
                </CalendarGridHeader>
                <CalendarGridBody>
                  {(date) => <CalendarCell date={date} className="skh-calendar__day" />}
                </CalendarGridBody>
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
