import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ReminderView } from '../api-types';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { fieldPath, isApplicant, useField, useSession } from '@skhcn/one-stop-ui';
import { Badge, Card, EmptyState, ErrorState, formatDate, formatDateTime, LoadingState } from '@skhcn/ui';

function noticeText(n: ReminderView['notice']): string {
  if (!n) return 'Chưa gửi thư nhắc (hệ thống gửi trong vòng một giờ).';
  switch (n.status) {
    case 'sent':
      return `Đã gửi thư nhắc tới ${n.recipient ?? ''}${n.sentAt ? ` lúc ${formatDateTime(n.sentAt)}` : ''}.`;
    case 'pending':
      return `Đang gửi thư nhắc tới ${n.recipient ?? ''}.`;
    case 'failed':
      return `Gửi thư tới ${n.recipient ?? ''} chưa thành công; hệ thống sẽ gửi lại.`;
    case 'no_address':
      return 'Cơ sở chưa có địa chỉ thư điện tử: không gửi được thư nhắc, cần liên hệ trực tiếp.';
  }
}

function dueText(r: ReminderView): string {
  if (r.kind === 'licence_expiring') return `Hết hạn ngày ${formatDate(r.deadline)} · còn ${r.daysLeft} ngày`;
  return `Hạn ${formatDate(r.deadline)} · quá hạn ${-r.daysLeft} ngày`;
}

function ReminderGroup({
  title,
  items,
  showHolder,
}: {
  title: string;
  items: ReminderView[];
  showHolder: boolean;
}) {
  const field = useField();
  if (items.length === 0) return null;
  return (
    <section aria-label={`${title} (${items.length})`}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((r) => (
          <li key={r.key}>
            <p>
              <Badge tone={r.urgency === 'overdue' ? 'danger' : 'warning'}>{r.kindLabel}</Badge>{' '}
              <strong>{r.title}</strong>
            </p>
            {showHolder ? (
              <p>
                <Link to={fieldPath(field, 'co-so', r.holderId)}>{r.holderName}</Link>
              </p>
            ) : null}
            <p>{dueText(r)}</p>
            <p>{r.message}</p>
            <p>
              <small>
                {noticeText(r.notice)} Căn cứ: {r.source.document}
                {r.source.confidence === 'L' ? ' (mốc do Sở quy định, có thể điều chỉnh)' : ''}.
              </small>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Sắp đến hạn / Quá hạn": the licensing reminders due today — of one facility (its page) or of every facility the
 * user may see (the field's home).
 */
export function RemindersCard({ holderId }: { holderId?: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.licensing.reminders.list.queryOptions(holderId ? { holderId } : {}));
  const title = 'Sắp đến hạn / Quá hạn';
  if (q.isPending)
    return (
      <Card title={title}>
        <LoadingState label="Đang tải việc sắp đến hạn…" />
      </Card>
    );
  if (q.isError)
    return (
      <Card title={title}>
        <ErrorState
          title="Không tải được việc sắp đến hạn"
          message={getErrorMessage(q.error)}
          onRetry={() => void q.refetch()}
          retrying={q.isFetching}
        />
      </Card>
    );
  const { items, today } = q.data;
  return (
    <Card title={title}>
      {items.length === 0 ? (
        <EmptyState
          title="Không có việc sắp đến hạn hay quá hạn"
          description={`Tính đến ngày ${formatDate(today)}: không có giấy phép sắp hết hạn, thiết bị quá hạn kiểm định hay yêu cầu khắc phục quá hạn.`}
        />
      ) : (
        <>
          <p role="status">
            Ngày {formatDate(today)}: {items.length} việc cần theo dõi.
          </p>
          <ReminderGroup
            title="Quá hạn"
            items={items.filter((r) => r.urgency === 'overdue')}
            showHolder={!holderId}
          />
          <ReminderGroup
            title="Sắp đến hạn"
            items={items.filter((r) => r.urgency === 'upcoming')}
            showHolder={!holderId}
          />
        </>
      )}
    </Card>
  );
}

/** The licensing home's panel: the reminders card, for staff (an applicant sees its own on its facility's page). */
export function RemindersHomePanel() {
  const { data: user, isPending } = useSession();
  if (isPending || isApplicant(user)) return null;
  return <RemindersCard />;
}
