// Research fields (lĩnh vực nghiên cứu KH&CN, level 1) used to file tasks and in the office's reports.
import type { LegalSource } from '../legal-source';
import { QD_12_2008_BKHCN } from './science-sources.data';

export const SCIENCE_FIELDS = [
  'natural',
  'engineering',
  'medical',
  'agricultural',
  'social',
  'humanities',
] as const;
export type ScienceField = (typeof SCIENCE_FIELDS)[number];

export const scienceFieldLabels: Record<ScienceField, string> = {
  natural: 'Khoa học tự nhiên',
  engineering: 'Khoa học kỹ thuật và công nghệ',
  medical: 'Khoa học y, dược',
  agricultural: 'Khoa học nông nghiệp',
  social: 'Khoa học xã hội',
  humanities: 'Khoa học nhân văn',
};

export const SCIENCE_FIELDS_SOURCE: LegalSource = QD_12_2008_BKHCN;
