// The catalog of procedure versions and the look-ups over it.
import type { LegalSource } from '../legal-source';
import { isoDateSchema } from '../legal-source';
import { DomainError } from '../errors';
import type { Duration, ProcedureVersion } from './procedure.types';
import { postalProcedures } from './postal.data';
import { radiationProcedures } from './radiation.data';
import { conformityProcedures } from './conformity.data';
import { scienceProcedures } from './science.data';

/** The codes other parts of the platform route on. */
export const PROCEDURE_CODES = [
  'buu-chinh.cap-giay-phep',
  'buu-chinh.xac-nhan-thong-bao',
  'buu-chinh.sua-doi-giay-phep',
  'buu-chinh.sua-doi-xac-nhan',
  'buu-chinh.cap-lai-giay-phep',
  'buu-chinh.cap-lai-giay-phep-het-han',
  'buu-chinh.cap-lai-xac-nhan',
  'buc-xa.khai-bao',
  'buc-xa.cap-giay-phep',
  'buc-xa.gia-han-giay-phep',
  'buc-xa.sua-doi-giay-phep',
  'buc-xa.cap-lai-giay-phep',
  'buc-xa.chung-chi-nhan-vien',
  'tdc.hop-quy',
  'tdc.hop-chuan',
  'tdc.dau-dinh-luong',
  'tdc.dieu-chinh-dau-dinh-luong',
  'tdc.kiem-tra-nhap-khau',
  'khcn.dang-ky-ket-qua',
  'khcn.giao-quyen-ket-qua',
  'khcn.danh-gia-khong-ngan-sach',
] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** The TĐC procedures (khoản 11 Điều 2), served by the conformity app. */
export type ConformityProcedureCode = Extract<ProcedureCode, `tdc.${string}`>;
export const CONFORMITY_PROCEDURE_CODES: readonly ConformityProcedureCode[] = PROCEDURE_CODES.filter(
  (c): c is ConformityProcedureCode => c.startsWith('tdc.'),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const procedureCatalog: readonly ProcedureVersion[] = deepFreeze([
  ...postalProcedures,
  ...radiationProcedures,
  ...conformityProcedures,
  ...scienceProcedures,
]);

/** True when the version is in force on the ISO date (effectiveTo is inclusive). */
export function coversDate(
  version: Pick<ProcedureVersion, 'effectiveFrom' | 'effectiveTo'>,
  onDate: string,
): boolean {
  return (
    version.effectiveFrom <= onDate && (version.effectiveTo === undefined || onDate <= version.effectiveTo)
  );
}

function checkDate(onDate: string): string {
  if (!isoDateSchema.safeParse(onDate).success) {
    throw new DomainError('BAD_INPUT', `Ngày "${onDate}" không hợp lệ (cần dạng YYYY-MM-DD).`, { onDate });
  }
  return onDate;
}

/** Distinct procedure codes in catalog order. */
export function procedureCodes(): string[] {
  return [...new Set(procedureCatalog.map((v) => v.code))];
}

/** All versions of a code, oldest first. */
export function procedureVersions(code: string): ProcedureVersion[] {
  return procedureCatalog
    .filter((v) => v.code === code)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
}

/** The version in force on an ISO date; undefined when none. A dossier follows the version in force on its receipt date. */
export function procedureInForce(code: string, onDate: string): ProcedureVersion | undefined {
  checkDate(onDate);
  return procedureVersions(code).find((v) => coversDate(v, onDate));
}

/**
 * Procedures of a khoản of Điều 2. With `onDate`: the version of each code in force that day.
 * Without: every version of every code of that khoản (oldest first per code).
 */
export function proceduresByKhoan(khoan: number, onDate?: string): ProcedureVersion[] {
  const codes = procedureCodes().filter((c) =>
    procedureCatalog.some((v) => v.code === c && v.khoan === khoan),
  );
  if (onDate === undefined)
    return codes.flatMap((c) => procedureVersions(c).filter((v) => v.khoan === khoan));
  checkDate(onDate);
  return codes
    .map((c) => procedureInForce(c, onDate))
    .filter((v): v is ProcedureVersion => v !== undefined && v.khoan === khoan);
}

/** Like procedureInForce, but throws DomainError UNKNOWN_PROCEDURE or NO_VERSION_IN_FORCE. */
export function findProcedureOrThrow(code: string, onDate: string): ProcedureVersion {
  checkDate(onDate);
  const versions = procedureVersions(code);
  if (versions.length === 0) throw new DomainError('UNKNOWN_PROCEDURE', undefined, { code });
  const version = versions.find((v) => coversDate(v, onDate));
  if (!version) throw new DomainError('NO_VERSION_IN_FORCE', undefined, { code, onDate });
  return version;
}

/** One version of a code by its version label. */
/** The catalog by code and version (it is frozen): every row of a list looks its version up */
const byCodeAndVersion = new Map(procedureCatalog.map((v) => [`${v.code}\u0000${v.version}`, v]));

export function findProcedureVersion(code: string, version: string): ProcedureVersion | undefined {
  return byCodeAndVersion.get(`${code}\u0000${version}`);
}

export type EffectiveProcessingTime = Duration & {
  source: LegalSource;
  from?: string;
  /** Set when a provincial override replaced the national time */
  province?: string;
};

/** The processing time that applies in a province: its override where it has one, else the national time. */
export function effectiveProcessingTime(
  version: Pick<ProcedureVersion, 'processingTime' | 'override'>,
  provinceId?: string,
): EffectiveProcessingTime {
  const { amount, unit, source, from } = version.processingTime;
  const o = version.override;
  if (provinceId !== undefined && o?.province === provinceId && o.processingTime) {
    return {
      amount: o.processingTime.amount,
      unit: o.processingTime.unit,
      source: o.source,
      ...(from !== undefined ? { from } : {}),
      province: o.province,
    };
  }
  return { amount, unit, source, ...(from !== undefined ? { from } : {}) };
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Problems in the date ranges of a catalog: overlapping versions of one code, gaps between
 * consecutive versions (a law replaced by another leaves no day uncovered), or an open-ended
 * version followed by another. Empty when the catalog is sound.
 */
export function catalogDateIssues(catalog: readonly ProcedureVersion[]): string[] {
  const issues: string[] = [];
  const codes = [...new Set(catalog.map((v) => v.code))];
  for (const code of codes) {
    const versions = catalog
      .filter((v) => v.code === code)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
    const labels = new Set<string>();
    for (const v of versions) {
      if (labels.has(v.version)) issues.push(`${code}: phiên bản ${v.version} bị trùng`);
      labels.add(v.version);
    }
    for (const [i, cur] of versions.entries()) {
      const prev = versions[i - 1];
      if (!prev) continue;
      if (prev.effectiveTo === undefined) {
        issues.push(`${code}: phiên bản ${prev.version} không có ngày hết hiệu lực nhưng có phiên bản sau`);
      } else if (cur.effectiveFrom <= prev.effectiveTo) {
        issues.push(`${code}: phiên bản ${prev.version} và ${cur.version} chồng lấn thời gian`);
      } else if (cur.effectiveFrom !== nextDay(prev.effectiveTo)) {
        issues.push(`${code}: khoảng trống giữa phiên bản ${prev.version} và ${cur.version}`);
      }
    }
  }
  return issues;
}
