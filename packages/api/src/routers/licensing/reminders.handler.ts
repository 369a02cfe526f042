// licensing.reminders.list: the reminders due today (licence expiring, inspection overdue, correction overdue) with
// what was sent to the facility. Staff see those of the fields whose unit they may read; applicants their own
// facilities'.
import {
  findHolder,
  listHolders,
  listReminderSubjects,
  listRemindersOfSubjects,
  findHolderContacts,
} from '@skhcn/db';
import {
  DomainError,
  reminderKindLabels,
  remindersDue,
  type LicenceField,
  type ReminderKind,
} from '@skhcn/domain';
import type { z } from 'zod';
import { vietnamToday } from '../../lib/today';
import { isApplicantUser, staffCan } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { assertFieldStaff, unitOfField } from './licensing-procedures';
import type { remindersQuerySchema } from './licensing.schema';
import { reminderSubjectsOf } from './send-reminders.job';

export interface ReminderView {
  key: string;
  kind: ReminderKind;
  kindLabel: string;
  urgency: 'upcoming' | 'overdue';
  holderId: string;
  holderName: string;
  subjectId: string;
  threshold: string;
  dueOn: string;
  deadline: string;
  daysLeft: number;
  title: string;
  message: string;
  source: { document: string; article?: string; confidence?: 'H' | 'M' | 'L' };
  /** the e-mail of this reminder: sent, failed (retried), or not sendable (no address) */
  notice: {
    status: 'pending' | 'sent' | 'failed' | 'no_address';
    recipient: string | null;
    sentAt: string | null;
  } | null;
}

const FIELDS: LicenceField[] = ['radiation', 'postal'];

export async function remindersListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof remindersQuerySchema>;
}): Promise<{ today: string; items: ReminderView[] }> {
  const today = vietnamToday(ctx.now());
  let fields: LicenceField[];
  let holderIds: string[] | undefined;
  if (isApplicantUser(ctx.user)) {
    const own = (
      await Promise.all(
        FIELDS.map((field) =>
          listHolders(ctx.db, { field, applicantUserId: ctx.user.id, limit: 500, offset: 0 }),
        ),
      )
    ).flatMap((r) => r.rows);
    if (input.holderId && !own.some((h) => h.id === input.holderId)) {
      throw new DomainError(
        'FORBIDDEN',
        'Cơ sở này không phải của tổ chức bạn; bạn không có quyền truy cập.',
      );
    }
    holderIds = input.holderId ? [input.holderId] : own.map((h) => h.id);
    fields = FIELDS;
  } else if (input.holderId) {
    const holder = await findHolder(ctx.db, input.holderId);
    if (!holder) throw new DomainError('NOT_FOUND', 'Không tìm thấy cơ sở.');
    assertFieldStaff(ctx.user, holder.field as LicenceField);
    fields = [holder.field as LicenceField];
    holderIds = [holder.id];
  } else if (input.field) {
    assertFieldStaff(ctx.user, input.field);
    fields = [input.field];
  } else {
    fields = FIELDS.filter((f) => staffCan(ctx.user, 'dossier.read', unitOfField(f)));
    if (fields.length === 0) assertFieldStaff(ctx.user, 'radiation');
  }
  if (holderIds?.length === 0) return { today, items: [] };

  const rows = await listReminderSubjects(ctx.db, { fields, ...(holderIds ? { holderIds } : {}) });
  const due = remindersDue(reminderSubjectsOf(rows), today);
  const [contacts, notices] = await Promise.all([
    findHolderContacts(ctx.db, [...new Set(due.map((r) => r.holderId))]),
    listRemindersOfSubjects(ctx.db, [...new Set(due.map((r) => r.subjectId))]),
  ]);
  return {
    today,
    items: due.map((r) => {
      const notice = notices.find(
        (n) => n.subjectId === r.subjectId && n.kind === r.kind && n.threshold === r.threshold,
      );
      return {
        key: `${r.kind}:${r.subjectId}:${r.threshold}`,
        kind: r.kind,
        kindLabel: reminderKindLabels[r.kind],
        urgency: r.urgency,
        holderId: r.holderId,
        holderName: contacts.get(r.holderId)?.name ?? '',
        subjectId: r.subjectId,
        threshold: r.threshold,
        dueOn: r.dueOn,
        deadline: r.deadline,
        daysLeft: r.daysLeft,
        title: r.title,
        message: r.message,
        source: {
          document: r.source.document,
          ...(r.source.article ? { article: r.source.article } : {}),
          ...(r.source.confidence ? { confidence: r.source.confidence } : {}),
        },
        notice: notice
          ? {
              status: notice.status as 'pending' | 'sent' | 'failed' | 'no_address',
              recipient: notice.recipient,
              sentAt: notice.sentAt ? notice.sentAt.toISOString() : null,
            }
          : null,
      };
    }),
  };
}
