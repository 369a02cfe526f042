// The licensing reminders of the mock API, computed by the domain's remindersDue from the demo hospital's records
// (as the demo seed makes them): its licence expires 30 days after today, its general X-ray device was last inspected
// 13 months ago. Staff of the radiation unit (QLCN) and the leaders see them; the hospital sees its own.
import type { ReminderView } from '@skhcn/api';
import {
  addCalendarDays,
  addYearsToIsoDate,
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

export function licensingProcedures(today: string, user: () => MockUser | null): MockProcedures {
  return {
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
