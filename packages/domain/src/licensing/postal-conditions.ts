// Judging the conditions of a postal licence from what the officer recorded: the capital against the minimum of the
// scope in force on the day, the other conditions as the officer judged them. Approval needs every one met.
import { DomainError } from '../errors';
import {
  POSTAL_CAPITAL_RULES,
  POSTAL_LICENCE_CONDITIONS,
  POSTAL_PROCEDURES_WITH_CONDITIONS,
  postalScopeLabels,
  type PostalCapitalRule,
  type PostalConditionKey,
  type PostalScope,
} from './postal-conditions.data';

export interface PostalConditionsRecord {
  scope: PostalScope;
  /** the enterprise's capital as the officer found it in the dossier, in đồng; null when not shown */
  capitalVnd: number | null;
  /** the officer's judgement of each judgement condition (a condition left out is not met) */
  judgements: Partial<Record<PostalConditionKey, { met: boolean; note?: string | null }>>;
}

export interface PostalConditionResult {
  key: PostalConditionKey;
  label: string;
  met: boolean;
  /** why it is not met, in Vietnamese (empty when met) */
  reason: string;
  note: string | null;
}

export interface PostalConditionsAssessment {
  items: PostalConditionResult[];
  allMet: boolean;
  minimumCapitalVnd: number;
}

const vnd = new Intl.NumberFormat('vi-VN');

/** The minimum-capital rule in force on an ISO date (the latest whose effectiveFrom is not after it). */
export function postalCapitalRuleOn(onDate: string, rules = POSTAL_CAPITAL_RULES): PostalCapitalRule {
  const inForce = rules.filter((r) => r.effectiveFrom <= onDate);
  const rule = inForce.at(-1);
  if (!rule) {
    throw new DomainError(
      'NO_VERSION_IN_FORCE',
      'Chưa có quy định về vốn tối thiểu có hiệu lực vào ngày này.',
      {
        onDate,
      },
    );
  }
  return rule;
}

export function requiresPostalConditions(procedureCode: string): boolean {
  return POSTAL_PROCEDURES_WITH_CONDITIONS.includes(procedureCode);
}

/** Judges every condition of the record on a date. */
export function assessPostalConditions(
  record: PostalConditionsRecord,
  onDate: string,
  rules = POSTAL_CAPITAL_RULES,
): PostalConditionsAssessment {
  const minimum = postalCapitalRuleOn(onDate, rules).minimumVnd[record.scope];
  const items = POSTAL_LICENCE_CONDITIONS.map((c): PostalConditionResult => {
    if (c.kind === 'capital') {
      const note = record.judgements[c.key]?.note ?? null;
      if (record.capitalVnd === null) {
        return { key: c.key, label: c.label, met: false, reason: 'Hồ sơ chưa chứng minh được vốn.', note };
      }
      const met = record.capitalVnd >= minimum;
      return {
        key: c.key,
        label: c.label,
        met,
        reason: met
          ? ''
          : `Vốn ${vnd.format(record.capitalVnd)} đồng thấp hơn mức tối thiểu ${vnd.format(minimum)} đồng (${postalScopeLabels[record.scope].toLowerCase()}).`,
        note,
      };
    }
    const j = record.judgements[c.key];
    const met = j?.met === true;
    return {
      key: c.key,
      label: c.label,
      met,
      reason: met ? '' : j ? 'Cán bộ thẩm định đánh giá chưa đáp ứng.' : 'Chưa thẩm định.',
      note: j?.note ?? null,
    };
  });
  return { items, allMet: items.every((i) => i.met), minimumCapitalVnd: minimum };
}

/**
 * Throws CONDITIONS_NOT_MET unless the latest assessment meets every condition (none recorded counts as not met):
 * a postal licence is not proposed for signature nor signed before its conditions are checked.
 */
export function assertPostalConditionsMet(assessment: PostalConditionsAssessment | null): void {
  if (!assessment) {
    throw new DomainError(
      'CONDITIONS_NOT_MET',
      'Chưa ghi nhận kết quả thẩm định điều kiện cấp giấy phép bưu chính; hãy thẩm định các điều kiện trước khi trình ký.',
    );
  }
  const failed = assessment.items.filter((i) => !i.met);
  if (failed.length > 0) {
    throw new DomainError(
      'CONDITIONS_NOT_MET',
      `Doanh nghiệp chưa đáp ứng điều kiện cấp giấy phép: ${failed.map((f) => `${f.label} (${f.reason})`).join('; ')}`,
      { failed: failed.map((f) => f.key) },
    );
  }
}
