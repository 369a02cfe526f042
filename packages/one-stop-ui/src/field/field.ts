// What a field app gives the one-stop screens: its name, where the shell mounts it, its procedures, and the few
// screens that are its own (the record panel on the dossier page, the intake form, extra pages such as reports).
import { createContext, useContext, type ComponentType } from 'react';
import type { Role } from '@skhcn/domain';
import type { DossierDetail } from '../api-types';

export interface FieldNavItem {
  /** Path under the field's base path, e.g. "bao-cao" */
  to: string;
  label: string;
  /** Only these roles see it (all staff when omitted) */
  roles?: readonly Role[];
}

export interface OneStopField {
  /** The field's name on screens, e.g. "Tiêu chuẩn, đo lường, chất lượng" */
  title: string;
  /** Khoản of Điều 2 whose procedures the field serves (the procedure list) */
  khoan: readonly number[];
  /** Where the shell mounts the field, e.g. "/tdc" (absolute links are built from it) */
  basePath: string;
  /** The field's procedure codes (inbox filter, intake choices) */
  procedureCodes: readonly string[];
  /** The field's own data on the dossier page (TĐC: the declaration); the page shows it under the status */
  RecordPanel?: ComponentType<{ detail: DossierDetail }>;
  /** The intake form: an officer at the counter, or an applicant online */
  IntakeForm: ComponentType<{ mode: 'counter' | 'online' }>;
  /** The field's own pages (reports, registers…) added to its menu */
  extraNav?: readonly FieldNavItem[];
  /** Shown on the field's home under its title (licensing: the reminders due) */
  HomePanel?: ComponentType;
}

const FieldContext = createContext<OneStopField | null>(null);
export const FieldProvider = FieldContext.Provider;

/** The field the one-stop screens are mounted for. */
export function useField(): OneStopField {
  const field = useContext(FieldContext);
  if (!field)
    throw new Error('One-stop screens must be rendered inside <OneStopRoutes field={…}> or <FieldProvider>');
  return field;
}

/** An absolute path inside the field: fieldPath(field, 'ho-so', id) → "/tdc/ho-so/<id>". */
export function fieldPath(field: Pick<OneStopField, 'basePath'>, ...parts: string[]): string {
  const tail = parts.map(encodeURIComponent).join('/');
  return tail ? `${field.basePath}/${tail}` : field.basePath;
}
