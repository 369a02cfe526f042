import { matchesSearch } from '@skhcn/ui';

export interface MapPoint {
  letter: string;
  text: string;
  items?: string[] | undefined;
}
export interface MapDuty {
  khoan: number;
  title: string;
  points: MapPoint[];
  field?: { slug: string; label: string; apps: readonly string[] } | null | undefined;
  units: { code: string; name: string }[];
  procedures: { code: string; name: string; app: string }[];
}

export interface FilteredDuty<T extends MapDuty> {
  duty: T;
  /** Points to show: all of them when the khoản itself matches, else only the matching ones. */
  points: MapPoint[];
}

function pointText(p: MapPoint): string {
  return [p.text, ...(p.items ?? [])].join(' ');
}

/** Khoản of Điều 2 matching `query`, ignoring case and Vietnamese diacritics ("buu chinh" finds "bưu chính"). */
export function filterDuties<T extends MapDuty>(duties: readonly T[], query: string): FilteredDuty<T>[] {
  const out: FilteredDuty<T>[] = [];
  for (const duty of duties) {
    const own = [
      `Khoản ${duty.khoan}`,
      duty.title,
      duty.field?.label ?? '',
      ...duty.units.map((u) => u.name),
      ...duty.procedures.map((p) => p.name),
    ].join(' \n ');
    if (matchesSearch(own, query)) {
      out.push({ duty, points: duty.points });
      continue;
    }
    const points = duty.points.filter((p) => matchesSearch(pointText(p), query));
    if (points.length > 0) out.push({ duty, points });
  }
  return out;
}

/** A short heading for a khoản: its field label, or the start of its text. */
export function dutyHeading(duty: MapDuty, max = 90): string {
  if (duty.field) return duty.field.label;
  const title = duty.title.replace(/[:.;]\s*$/, '');
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
