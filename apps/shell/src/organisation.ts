import { DEFAULT_ORGANISATION_ID, organisations } from '@skhcn/domain';

const org = organisations[DEFAULT_ORGANISATION_ID];

/** The department's full name from the organisation configuration, e.g. "Sở Khoa học và Công nghệ thành phố Hải Phòng". */
export const departmentName: string = org?.departmentName ?? 'Sở Khoa học và Công nghệ';

export function unitName(unitCode: string): string {
  return org?.units.find((u) => u.code === unitCode)?.name ?? unitCode;
}
