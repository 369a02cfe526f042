// Scoring one component from its input. The value each method takes:
//   yes_no          true / false (or 1 / 0)                 → max or 0
//   yes_partial_no  'yes' | 'partial' | 'no'                → max, max ÷ 2, 0
//   ratio           { numerator, denominator } (both ≥ 0)   → numerator ÷ denominator × max, capped at max;
//                                                             a zero denominator scores 0
//   target          a number ≥ 0                            → min(value ÷ target, 1) × max
//   bands           a number                                → the points of the highest band whose `from` ≤ value
//                                                             (0 below the lowest band)
// Every score lies in [0, max], and a larger input never scores less (bands' points never fall, see the schema).
import { z } from 'zod';
import { DomainError } from '../errors';
import { dtiMethodLabels, type DtiComponent, type DtiMethod } from './framework.schema';

export const DTI_YES_PARTIAL_NO = ['yes', 'partial', 'no'] as const;
export type DtiYesPartialNo = (typeof DTI_YES_PARTIAL_NO)[number];

export interface DtiRatio {
  numerator: number;
  denominator: number;
}

/** An input value in any of the shapes the methods take (see the header of this file). */
export type DtiValue = boolean | DtiYesPartialNo | DtiRatio | number;

/** One input of one unit for one component. */
export interface DtiInput {
  unitId: string;
  componentId: string;
  value: DtiValue;
}

/** Any value shape, for API inputs; the component's method decides which one is valid (checkDtiValue). */
export const dtiValueSchema = z.union(
  [
    z.boolean(),
    z.enum(DTI_YES_PARTIAL_NO),
    z.object({ numerator: z.number(), denominator: z.number() }),
    z.number(),
  ],
  { error: 'Giá trị phải là Có/Không, Có/Một phần/Không, một tỷ lệ (tử số, mẫu số) hoặc một số.' },
);

export type DtiValueCheck = { ok: true; value: DtiValue } | { ok: false; message: string };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why `raw` is not a value of the shape `method` takes (Vietnamese), or undefined when it is. Allocates nothing. */
export function dtiValueProblem(method: DtiMethod, raw: unknown): string | undefined {
  switch (method.kind) {
    case 'yes_no':
      return typeof raw === 'boolean' || raw === 1 || raw === 0 ? undefined : 'Chọn Có hoặc Không.';
    case 'yes_partial_no':
      return raw === 'yes' || raw === 'partial' || raw === 'no' ? undefined : 'Chọn Có, Một phần hoặc Không.';
    case 'ratio': {
      if (typeof raw !== 'object' || raw === null) return 'Nhập tử số và mẫu số.';
      const { numerator, denominator } = raw as Partial<DtiRatio>;
      if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator)) return 'Tử số và mẫu số phải là số.';
      return numerator < 0 || denominator < 0 ? 'Tử số và mẫu số không được âm.' : undefined;
    }
    case 'target':
      if (!isFiniteNumber(raw)) return 'Giá trị phải là một số.';
      return raw < 0 ? 'Giá trị không được âm.' : undefined;
    case 'bands':
      return isFiniteNumber(raw) ? undefined : 'Giá trị phải là một số.';
  }
}

/** Is `raw` a value of the shape `method` takes? The value normalised (1/0 → true/false), or why not. */
export function checkDtiValue(method: DtiMethod, raw: unknown): DtiValueCheck {
  const problem = dtiValueProblem(method, raw);
  if (problem !== undefined) return { ok: false, message: problem };
  if (method.kind === 'yes_no') return { ok: true, value: raw === true || raw === 1 };
  if (method.kind === 'ratio') {
    const { numerator, denominator } = raw as DtiRatio;
    return { ok: true, value: { numerator, denominator } };
  }
  return { ok: true, value: raw as DtiValue };
}

const clamp = (points: number, max: number) => Math.min(max, Math.max(0, points));

/** The points of a value already checked for the method (dtiValueProblem or checkDtiValue). */
export function pointsOf(method: DtiMethod, max: number, value: DtiValue): number {
  switch (method.kind) {
    case 'yes_no':
      return value === true || value === 1 ? max : 0;
    case 'yes_partial_no':
      return value === 'yes' ? max : value === 'partial' ? max / 2 : 0;
    case 'ratio': {
      const { numerator, denominator } = value as DtiRatio;
      return denominator === 0 ? 0 : clamp((numerator / denominator) * max, max);
    }
    case 'target':
      return clamp(Math.min((value as number) / method.target, 1) * max, max);
    case 'bands': {
      let points = 0;
      for (const band of method.bands) {
        if (band.from <= (value as number)) points = band.points;
        else break;
      }
      return clamp(points, max);
    }
  }
}

/** The points of a component for a raw input; BAD_INPUT (Vietnamese, naming the component) when the shape is wrong. */
export function scoreDtiComponent(component: DtiComponent, raw: unknown): number {
  const check = checkDtiValue(component.method, raw);
  if (!check.ok)
    throw new DomainError('BAD_INPUT', `Chỉ số thành phần “${component.id}”: ${check.message}`, {
      componentId: component.id,
    });
  return pointsOf(component.method, component.max, check.value);
}

const vnNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** A value as people read it: "Có", "Một phần", "45/60 (75%)", "1.234,5". */
export function formatDtiValue(method: DtiMethod, value: DtiValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  switch (method.kind) {
    case 'yes_no':
      return value === true || value === 1 ? 'Có' : 'Không';
    case 'yes_partial_no':
      return value === 'yes' ? 'Có' : value === 'partial' ? 'Một phần' : 'Không';
    case 'ratio': {
      const { numerator, denominator } = value as DtiRatio;
      const percent = denominator === 0 ? '' : ` (${vnNumber.format((numerator / denominator) * 100)}%)`;
      return `${vnNumber.format(numerator)}/${vnNumber.format(denominator)}${percent}`;
    }
    case 'target':
    case 'bands':
      return vnNumber.format(value as number);
  }
}

/** The method's parameters in words: "chỉ tiêu 100", "từ 0: 0 điểm; từ 50: 5 điểm". */
export function formatDtiMethod(method: DtiMethod): string {
  if (method.kind === 'target') return `Theo chỉ tiêu (chỉ tiêu ${vnNumber.format(method.target)})`;
  if (method.kind === 'bands')
    return `Theo mức (${method.bands.map((b) => `từ ${vnNumber.format(b.from)}: ${vnNumber.format(b.points)} điểm`).join('; ')})`;
  return dtiMethodLabels[method.kind];
}
