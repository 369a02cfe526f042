// The licensing reminders of the mock API, computed by the domain's remindersDue from the demo hospital's records
// (as the demo seed makes them): its licence expires 30 days after today, its general X-ray device was last inspected
// 13 months ago. Staff of the radiation unit (QLCN) and the leaders see them; the hospital sees its own.
import type { LicensingReport, PostalConditionsView, ReminderView } from '@skhcn/api';
import {
  addCalendarDays,
  assessPostalConditions,
  POSTAL_LICENCE_CONDITIONS,
  POSTAL_SCOPES,
  postalCapitalRuleOn,
  postalScopeLabels,
  type PostalConditionsRecord,
  addYearsToIsoDate,
  LICENSING_DOCUMENT_KINDS,
  licensingDocumentKinds,
  reminderKindLabels,
  remindersDue,
  type ReminderSubjects,
} from '@skhcn/domain';
import type { MockUser } from './fixtures';
import { MockTrpcError, type MockProcedures } from './trpc-envelope';

export const MOCK_HOSPITAL = {
  id: '1c000000-0000-4000-8000-000000000001',
  name: 'Bệnh viện Đa khoa Hồng Phúc',
  email: 'antoan.bucxa@bvhongphuc.vn',
};

export function mockReminderSubjects(today: string): ReminderSubjects {
  return {
    licences: [
      {
        id: '1c000000-0000-4000-8000-000000000002',
        holderId: MOCK_HOSPITAL.id,
        field: 'radiation',
        number: '1/2023/GPBX-QLCN',
        expiresOn: addCalendarDays(today, 30),
      },
    ],
    devices: [
      {
        id: '1c000000-0000-4000-8000-000000000003',
        holderId: MOCK_HOSPITAL.id,
        label: 'X-quang chẩn đoán thông thường (tổng hợp) Philips DigitalDiagnost C50, số sê-ri PH-2019-0077',
        lastInspectionOn: addCalendarDays(addYearsToIsoDate(today, -1), -30),
        inServiceSince: addYearsToIsoDate(today, -3),
      },
    ],
    corrections: [],
  };
}

/**
 * licensing.report on the demo data: the hospital's declaration confirmation and licence (expiring in 30 days), its
 * one general X-ray in Ngô Quyền; the declaration was three years ago, so no declaration this year. Radiation staff
 * (QLCN) see the radiation part, postal staff (HTS) the postal part, leaders both; applicants are refused.
 */
export function mockLicensingReport(
  input: { year: number; from?: string; to?: string },
  today: string,
  fields: ('radiation' | 'postal')[],
): LicensingReport {
  const from = input.from ?? `${input.year}-01-01`;
  const to = input.to ?? `${input.year}-12-31`;
  const asOf = to < today ? to : today;
  const expiresOn = addCalendarDays(today, 30);
  const issuedOn = addYearsToIsoDate(expiresOn, -3);
  const live = issuedOn <= asOf && expiresOn >= asOf;
  const expiring = live && expiresOn <= addCalendarDays(asOf, 90) && fields.includes('radiation');
  const inForce = LICENSING_DOCUMENT_KINDS.filter((k) =>
    fields.includes(licensingDocumentKinds[k].field),
  ).map((kind) => ({
    kind,
    kindLabel: licensingDocumentKinds[kind].label,
    field: licensingDocumentKinds[kind].field,
    count: (kind === 'radiation_licence' || kind === 'declaration_confirmation') && live ? 1 : 0,
  }));
  const radiation = fields.includes('radiation');
  const days = Math.round((Date.parse(expiresOn) - Date.parse(asOf)) / 86_400_000);
  return {
    year: input.year,
    from,
    to,
    asOf,
    expiringWithinDays: 90,
    fields,
    inForce,
    expiring: {
      total: expiring ? 1 : 0,
      items: expiring
        ? [
            {
              number: '1/2023/GPBX-QLCN',
              kind: 'radiation_licence',
              kindLabel: licensingDocumentKinds.radiation_licence.label,
              holderName: MOCK_HOSPITAL.name,
              expiresOn,
              daysLeft: days,
            },
          ]
        : [],
    },
    declarationsByMonth: radiation
      ? Array.from({ length: 12 }, (_, i) => ({ month: i + 1, label: `Tháng ${i + 1}`, count: 0 }))
      : null,
    devicesByType: radiation
      ? [{ type: 'tong-hop', label: 'X-quang chẩn đoán thông thường (tổng hợp)', count: 1 }]
      : null,
    devicesByDistrict: radiation ? [{ district: 'Ngô Quyền', count: 1 }] : null,
    totals: {
      inForce: inForce.reduce((n, r) => n + r.count, 0),
      expiring: expiring ? 1 : 0,
      declarations: radiation ? 0 : null,
      devices: radiation ? 1 : null,
    },
  };
}

interface MockConditionCheck extends PostalConditionsRecord {
  position: number;
  recordedAt: string;
  recordedByName: string;
}

/**
 * licensing.postalConditions of the mock API: appraisals kept per dossier in memory and judged by the domain's
 * assessPostalConditions, as the server does; postal staff (HTS) record, other staff read, applicants are refused.
 * The mock does not check the dossier's procedure (any dossier id is taken as a postal licence).
 */
function postalConditionsProcedures(today: string, user: () => MockUser | null): MockProcedures {
  const checks = new Map<string, MockConditionCheck[]>();
  const staff = () => {
    const u = user();
    if (!u) throw new MockTrpcError('UNAUTHENTICATED');
    if (u.kind === 'applicant') throw new MockTrpcError('FORBIDDEN', 'Chức năng này dành cho cán bộ.');
    return u;
  };
  const postalStaff = (u: MockUser) => u.memberships.some((m) => m.unitCode === 'HTS');
  const view = (dossierId: string, u: MockUser): PostalConditionsView => {
    const [latest, ...earlier] = [...(checks.get(dossierId) ?? [])].reverse();
    const rule = postalCapitalRuleOn(today);
    return {
      conditions: POSTAL_LICENCE_CONDITIONS.map((c) => ({ ...c })),
      scopes: POSTAL_SCOPES.map((value) => ({
        value,
        label: postalScopeLabels[value],
        minimumVnd: rule.minimumVnd[value],
      })),
      current: latest
        ? {
            position: latest.position,
            scope: latest.scope,
            capitalVnd: latest.capitalVnd,
            judgements: latest.judgements,
            recordedAt: latest.recordedAt,
            recordedByName: latest.recordedByName,
            assessment: assessPostalConditions(latest, today),
          }
        : null,
      history: earlier.map((c) => ({
        position: c.position,
        recordedAt: c.recordedAt,
        recordedByName: c.recordedByName,
        allMet: assessPostalConditions(c, today).allMet,
      })),
      canRecord: postalStaff(u),
    };
  };
  return {
    'licensing.postalConditions.get': {
      type: 'query',
      resolve: (input) => view((input as { dossierId: string }).dossierId, staff()),
    },
    'licensing.postalConditions.record': {
      type: 'mutation',
      resolve: (input) => {
        const u = staff();
        if (!postalStaff(u)) {
          throw new MockTrpcError(
            'FORBIDDEN_UNIT',
            'Dữ liệu bưu chính thuộc đơn vị khác; bạn không có quyền truy cập.',
          );
        }
        const i = input as PostalConditionsRecord & { dossierId: string; expectedPosition: number };
        const list = checks.get(i.dossierId) ?? [];
        if (i.expectedPosition !== list.length) {
          throw new MockTrpcError(
            'CONFLICT',
            'Người khác vừa ghi nhận kết quả thẩm định điều kiện của hồ sơ này. Vui lòng tải lại để xem bản mới nhất.',
          );
        }
        list.push({
          scope: i.scope,
          capitalVnd: i.capitalVnd,
          judgements: i.judgements,
          position: list.length + 1,
          recordedAt: `${today}T02:00:00.000Z`,
          recordedByName: u.fullName,
        });
        checks.set(i.dossierId, list);
        return view(i.dossierId, u);
      },
    },
  };
}

export function licensingProcedures(today: string, user: () => MockUser | null): MockProcedures {
  return {
    ...postalConditionsProcedures(today, user),
    'licensing.report': {
      type: 'query',
      resolve: (input) => {
        const u = user();
        if (!u) throw new MockTrpcError('UNAUTHENTICATED');
        if (u.kind === 'applicant')
          throw new MockTrpcError('FORBIDDEN', 'Báo cáo cấp phép chỉ dành cho cán bộ và lãnh đạo.');
        const leader = u.memberships.some((m) => m.role === 'leader');
        const fields = (['radiation', 'postal'] as const).filter(
          (f) => leader || u.memberships.some((m) => m.unitCode === (f === 'radiation' ? 'QLCN' : 'HTS')),
        );
        if (fields.length === 0) {
          throw new MockTrpcError(
            'FORBIDDEN_UNIT',
            'Dữ liệu an toàn bức xạ thuộc đơn vị khác; bạn không có quyền truy cập.',
          );
        }
        return mockLicensingReport(input as { year: number; from?: string; to?: string }, today, [...fields]);
      },
    },
    'licensing.reminders.list': {
      type: 'query',
      resolve: (input) => {
        const u = user();
        if (!u) throw new MockTrpcError('UNAUTHENTICATED');
        const o = (input ?? {}) as { holderId?: string; field?: string };
        const mine = u.kind === 'applicant' ? u.username === 'bv.hongphuc' : true;
        if (
          u.kind !== 'applicant' &&
          !u.memberships.some((m) => m.unitCode === 'QLCN' || m.role === 'leader')
        ) {
          throw new MockTrpcError(
            'FORBIDDEN_UNIT',
            'Dữ liệu an toàn bức xạ thuộc đơn vị khác; bạn không có quyền truy cập.',
          );
        }
        if (o.field === 'postal' || !mine || (o.holderId && o.holderId !== MOCK_HOSPITAL.id)) {
          return { today, items: [] };
        }
        const items: ReminderView[] = remindersDue(mockReminderSubjects(today), today).map((r) => ({
          key: `${r.kind}:${r.subjectId}:${r.threshold}`,
          kind: r.kind,
          kindLabel: reminderKindLabels[r.kind],
          urgency: r.urgency,
          holderId: r.holderId,
          holderName: MOCK_HOSPITAL.name,
          subjectId: r.subjectId,
          threshold: r.threshold,
          dueOn: r.dueOn,
          deadline: r.deadline,
          daysLeft: r.daysLeft,
          title: r.title,
          message: r.message,
          source: {
            document: r.source.document,
            ...(r.source.confidence ? { confidence: r.source.confidence } : {}),
          },
          notice: { status: 'sent', recipient: MOCK_HOSPITAL.email, sentAt: `${today}T00:05:00.000Z` },
        }));
        return { today, items };
      },
    },
  };
}
