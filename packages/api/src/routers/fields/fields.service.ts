import {
  DEFAULT_ORGANISATION_ID,
  dieu2,
  organisations,
  procedureCodes,
  procedureInForce,
  type AppId,
  type Dieu2Duty,
  type Dieu2Point,
  type ManagementField,
  type ProcedureVersion,
} from '@skhcn/domain';

export interface FieldUnitView {
  code: string;
  name: string;
  shortName: string;
}

export interface FieldProcedureView {
  code: string;
  name: string;
  app: ProcedureVersion['app'];
  version: string;
}

/** One khoản of Điều 2 on the map: its points, its field, who serves it and which procedures are in force. */
export interface FieldMapEntry {
  khoan: number;
  title: string;
  points: Dieu2Point[];
  field: ManagementField | null;
  apps: AppId[];
  units: FieldUnitView[];
  procedures: FieldProcedureView[];
}

export function proceduresInForce(onDate: string): ProcedureVersion[] {
  return procedureCodes()
    .map((code) => procedureInForce(code, onDate))
    .filter((p): p is ProcedureVersion => p !== undefined);
}

export function buildFieldMap(onDate: string): FieldMapEntry[] {
  const org = organisations[DEFAULT_ORGANISATION_ID];
  const inForce = proceduresInForce(onDate);
  return dieu2.map((duty: Dieu2Duty) => ({
    khoan: duty.khoan,
    title: duty.title,
    points: duty.points,
    field: duty.field ?? null,
    apps: duty.field?.apps ?? [],
    units: (org?.units ?? [])
      .filter((u) => u.khoan?.includes(duty.khoan))
      .map((u) => ({ code: u.code, name: u.name, shortName: u.shortName })),
    procedures: inForce
      .filter((p) => p.khoan === duty.khoan)
      .map((p) => ({ code: p.code, name: p.name, app: p.app, version: p.version })),
  }));
}
