// The licensing reminder job: computes the reminders due today (the domain's remindersDue) and sends each to the
// facility's e-mail exactly once, however many server processes run it. One process computes at a time (a
// transaction-scoped advisory lock); each reminder is claimed by INSERT … ON CONFLICT DO NOTHING on its key
// (subject, kind, threshold) in that transaction, and only the claimer sends it, after commit. A failed send is
// retried on a later run; a facility without an e-mail address is recorded as such (staff see it on screen).
import {
  claimReminder,
  findHolderContacts,
  listReminderSubjects,
  markReminderFailed,
  markReminderSent,
  reclaimUnsentReminders,
  tryReminderJobLock,
  type Database,
  type LicensingReminderRow,
} from '@skhcn/db';
import { radiationDeviceType, remindersDue, type Reminder, type ReminderSubjects } from '@skhcn/domain';
import { silentLogger, type Logger } from '../../context';
import { startPeriodicJob, type PeriodicJob } from '../../lib/periodic-job';
import { vietnamToday } from '../../lib/today';
import type { Mailer } from '../../notifications/mailer';

/** Send again after a failure at most this many times; a claim older than the lease is taken over. */
export const REMINDER_RETRY = { maxAttempts: 5, leaseMs: 15 * 60_000 } as const;

export interface ReminderJobResult {
  /** another process held the lock: this run computed nothing */
  skipped: boolean;
  /** reminders recorded by this run (sent or not) */
  claimed: number;
  sent: number;
  failed: number;
  noAddress: number;
}

export interface ReminderJobOptions {
  mailer: Mailer;
  now?: () => Date;
  logger?: Logger;
  /** false: rely on the unique key alone (tests prove it suffices) */
  lock?: boolean;
}

/** The domain's subjects from the database rows. */
export function reminderSubjectsOf(rows: Awaited<ReturnType<typeof listReminderSubjects>>): ReminderSubjects {
  return {
    licences: rows.licences,
    devices: rows.devices.map((d) => ({
      id: d.id,
      holderId: d.holderId,
      label: `${radiationDeviceType(d.type)?.label ?? d.type} ${d.manufacturer} ${d.model}, số sê-ri ${d.serial}`,
      lastInspectionOn: d.lastInspectionOn,
      inServiceSince: vietnamToday(d.createdAt),
    })),
    corrections: rows.corrections.map((c) => ({
      id: c.id,
      holderId: c.holderId,
      description: c.description,
      deadline: c.deadline,
      resolvedOn: null,
    })),
  };
}

export function reminderMail(r: Reminder, holderName: string): { subject: string; text: string } {
  return {
    subject: `[Sở KH&CN] ${r.title}`,
    text: [
      `Kính gửi ${holderName},`,
      '',
      r.message,
      '',
      `Căn cứ: ${r.source.document}${r.source.article ? `, ${r.source.article}` : ''}.`,
      'Thư này được gửi tự động từ hệ thống một cửa của Sở Khoa học và Công nghệ; vui lòng không trả lời thư này.',
    ].join('\n'),
  };
}

/** One run of the job (the server calls it every hour and once at start). */
export async function runLicensingReminders(
  db: Database,
  options: ReminderJobOptions,
): Promise<ReminderJobResult> {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const at = now();
  const today = vietnamToday(at);
  const result: ReminderJobResult = { skipped: false, claimed: 0, sent: 0, failed: 0, noAddress: 0 };

  const toSend = await db.transaction(async (tx) => {
    if (options.lock !== false && !(await tryReminderJobLock(tx))) {
      result.skipped = true;
      return [];
    }
    const rows = await listReminderSubjects(tx, { fields: ['radiation', 'postal'] });
    const due = remindersDue(reminderSubjectsOf(rows), today);
    const contacts = await findHolderContacts(tx, [...new Set(due.map((r) => r.holderId))]);
    const claimed: LicensingReminderRow[] = [];
    for (const r of due) {
      const holder = contacts.get(r.holderId);
      const email = holder?.email?.trim() || null;
      const mail = reminderMail(r, holder?.name ?? '');
      const row = await claimReminder(
        tx,
        {
          holderId: r.holderId,
          subjectId: r.subjectId,
          kind: r.kind,
          threshold: r.threshold,
          dueOn: r.dueOn,
          deadline: r.deadline,
          status: email ? 'pending' : 'no_address',
          recipient: email,
          subject: mail.subject,
          body: mail.text,
        },
        at,
      );
      if (!row) continue;
      result.claimed++;
      if (row.status === 'no_address') result.noAddress++;
      else claimed.push(row);
    }
    const retried = await reclaimUnsentReminders(
      tx,
      at,
      new Date(at.getTime() - REMINDER_RETRY.leaseMs),
      REMINDER_RETRY.maxAttempts,
    );
    return [...claimed, ...retried.filter((r) => !claimed.some((c) => c.id === r.id))];
  });

  for (const row of toSend) {
    if (!row.recipient) continue;
    try {
      await options.mailer.send({ to: row.recipient, subject: row.subject, text: row.body });
      await markReminderSent(db, row.id, now());
      result.sent++;
    } catch (err) {
      await markReminderFailed(db, row.id, err instanceof Error ? err.message : String(err));
      result.failed++;
      logger.warn({ err, reminderId: row.id }, 'licensing reminder not sent');
    }
  }
  return result;
}

/** The hourly timer of the server: runs once now, then every `intervalMs`; unref'd; `stop` waits for a running run. */
export function startLicensingReminders(
  db: Database,
  options: ReminderJobOptions & { intervalMs?: number },
): PeriodicJob {
  const logger = options.logger ?? silentLogger;
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 60 * 60_000,
    logger,
    run: () => runLicensingReminders(db, options),
    report: (r) => {
      if (r.claimed + r.sent + r.failed > 0) logger.info({ ...r }, 'licensing reminders');
    },
    failure: 'licensing reminders failed',
  });
}
