/** Vietnamese display formats: dates dd/MM/yyyy, numbers 1.234,5, money in đồng. */
const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * dd/MM/yyyy. A plain ISO date ("2026-07-01") is shown as written, with no time-zone shift;
 * a timestamp or Date is shown as the calendar day in Việt Nam (UTC+7).
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(dateParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** Numbers the Vietnamese way: "." groups thousands, "," marks decimals (1.234,5). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, ...options }).format(value);
}

/** Amounts in Vietnamese đồng, e.g. "1.500.000 ₫". */
export function formatVnd(value: number): string {
  return new Intl.NumberFormat('vi-VN', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(value);
}

/** A legal time limit, e.g. { amount: 5, unit: 'working_days' } → "5 ngày làm việc". */
export function formatDuration(d: { amount: number; unit: 'working_days' | 'calendar_days' }): string {
  return `${formatNumber(d.amount)} ${d.unit === 'working_days' ? 'ngày làm việc' : 'ngày'}`;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "dd/MM/yyyy HH:mm" in Việt Nam time; empty for missing or invalid values. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = Object.fromEntries(dateTimeParts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "YYYY-MM" → "11/2026". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}

/** File sizes the Vietnamese way: "820 KB", "1,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`;
  return `${formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
}
