import * as englishModule from 'react-aria-components/i18n/en-US';

/**
 * Vietnamese for the few phrases react-aria speaks itself (screen-reader labels of the date segments, the
 * calendar and the popover). react-aria ships no Vietnamese, so under locale vi-VN it would fall back to English
 * ("Empty", "Selected Date: …", "Dismiss", "First available date"). It reads a page-wide dictionary from
 * `window[Symbol.for('react-aria.i18n.strings')]` (the hook its LocalizedStringProvider fills for server
 * rendering); every package must be present there, so the English dictionary is the base and the packages the
 * date and month fields use are overridden.
 */
type Args = Record<string, string>;
type LocalizedString = string | ((args: Args) => string);
type PackageStrings = Record<string, Record<string, LocalizedString>>;

// react-aria's English strings of every package. Its declaration file types this default export as a type only
// (i18n/lang.d.ts), hence the namespace import.
const english = (englishModule as unknown as { default: PackageStrings }).default;

const vietnamese: PackageStrings = {
  '@react-aria/datepicker': {
    era: 'kỷ nguyên',
    year: 'năm',
    month: 'tháng',
    day: 'ngày',
    hour: 'giờ',
    minute: 'phút',
    second: 'giây',
    dayPeriod: 'SA/CH',
    calendar: 'Lịch',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc',
    weekday: 'thứ',
    timeZoneName: 'múi giờ',
    selectedDateDescription: (a: Args) => `Ngày đã chọn: ${a.date}`,
    selectedRangeDescription: (a: Args) => `Khoảng đã chọn: ${a.startDate} đến ${a.endDate}`,
    selectedTimeDescription: (a: Args) => `Giờ đã chọn: ${a.time}`,
  },
  '@react-aria/calendar': {
    previous: 'Trước',
    next: 'Sau',
    selectedDateDescription: (a: Args) => `Ngày đã chọn: ${a.date}`,
    selectedRangeDescription: (a: Args) => `Khoảng đã chọn: ${a.dateRange}`,
    todayDate: (a: Args) => `Hôm nay, ${a.date}`,
    todayDateSelected: (a: Args) => `Hôm nay, ${a.date}, đã chọn`,
    dateSelected: (a: Args) => `${a.date}, đã chọn`,
    startRangeSelectionPrompt: 'Nhấn để bắt đầu chọn khoảng ngày',
    finishRangeSelectionPrompt: 'Nhấn để kết thúc chọn khoảng ngày',
    minimumDate: 'Ngày sớm nhất được chọn',
    maximumDate: 'Ngày muộn nhất được chọn',
    dateRange: (a: Args) => `${a.startDate} đến ${a.endDate}`,
  },
  '@react-aria/spinbutton': { Empty: 'Trống' },
  '@react-aria/overlays': { dismiss: 'Đóng' },
  '@react-stately/datepicker': {
    rangeUnderflow: (a: Args) => `Ngày phải từ ${a.minValue} trở đi.`,
    rangeOverflow: (a: Args) => `Ngày không được sau ${a.maxValue}.`,
    rangeReversed: 'Ngày bắt đầu không được sau ngày kết thúc.',
    unavailableDate: 'Ngày đã chọn không khả dụng.',
  },
};

/** Vietnamese order and names (dd/mm/yyyy, "tháng 11 năm 2026", T2…CN) whatever navigator.language is. */
export const VIETNAMESE_LOCALE = 'vi-VN';

const LOCALE = Symbol.for('react-aria.i18n.locale');
const STRINGS = Symbol.for('react-aria.i18n.strings');

/** Installs the dictionary once, unless the page (a host, another copy of @skhcn/ui) already did. */
export function installVietnameseAriaStrings(): void {
  if (typeof window === 'undefined') return;
  const w = window as unknown as Record<symbol, unknown>;
  if (w[STRINGS]) return;
  w[LOCALE] = VIETNAMESE_LOCALE;
  w[STRINGS] = { ...english, ...vietnamese };
}
