// The read models the API serves (same shapes as @skhcn/api), computed from the real domain data.
import type { FieldMapEntry, ProcedureView, UnitView } from '@skhcn/api';
import {
  dieu2,
  getOrganisation,
  procedureCodes,
  procedureInForce,
  procedureVersions,
  routeProcedure,
  type ProcedureVersion,
} from '@skhcn/domain';

export type { FieldMapEntry, ProcedureView, UnitView };

/** Today as an ISO date in Việt Nam (UTC+7). */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function toProcedureView(p: ProcedureVersion): ProcedureView {
  return { ...p, unitCode: routeProcedure(getOrganisation(), p.code)?.code ?? null };
}

export function proceduresInForce(onDate: string): ProcedureVersion[] {
  return procedureCodes()
    .map((code) => procedureInForce(code, onDate))
    .filter((p): p is ProcedureVersion => p !== undefined);
}

export interface ProcedureFilter {
  khoan?: number;
  fieldSlug?: string;
  onDate?: string;
}

export function listProcedures(filter: ProcedureFilter, today: string): ProcedureView[] {
  return proceduresInForce(filter.onDate ?? today)
    .filter((p) => filter.khoan === undefined || p.khoan === filter.khoan)
    .filter((p) => filter.fieldSlug === undefined || p.fieldSlug === filter.fieldSlug)
    .map(toProcedureView);
}

export function versionsOf(code: string): ProcedureView[] {
  return procedureVersions(code).map(toProcedureView);
}

/** Every khoản of Điều 2 with its points, field, responsible units and the procedures in force. */
export function buildFieldsMap(today: string): FieldMapEntry[] {
  const org = getOrganisation();
  const inForce = proceduresInForce(today);
  return dieu2.map((duty) => ({
    khoan: duty.khoan,
    title: duty.title,
    points: duty.points,
    field: duty.field ?? null,
    apps: duty.field?.apps ?? [],
    units: org.units
      .filter((u) => u.khoan?.includes(duty.khoan))
      .map((u) => ({ code: u.code, name: u.name, shortName: u.shortName })),
    procedures: inForce
      .filter((p) => p.khoan === duty.khoan)
      .map((p) => ({ code: p.code, name: p.name, app: p.app, version: p.version })),
  }));
}

export function fieldBySlug(slug: string, today: string): FieldMapEntry | undefined {
  return buildFieldsMap(today).find((d) => d.field?.slug === slug);
}

export function unitViews(): UnitView[] {
  const org = getOrganisation();
  return org.units.map((u) => ({
    code: u.code,
    orgId: org.id,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    khoan: u.khoan ?? [],
  }));
}
