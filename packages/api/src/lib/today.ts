const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO date in Vietnam (UTC+7) at `now`. */
export function vietnamToday(now: Date): string {
  return vietnamDate.format(now);
}
