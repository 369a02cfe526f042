import { Card, formatDateTime } from '@skhcn/ui';
import type { DossierEvent } from '../api-types';
import { eventDetail } from '../format/dossier-format';

/** The steps of a dossier, oldest first: what, when, who, and what it recorded. */
export function DossierTimeline({
  events,
  title = 'Quá trình xử lý',
}: {
  events: readonly DossierEvent[];
  title?: string;
}) {
  return (
    <Card title={title}>
      <ol className="skh-timeline">
        {events.map((e) => {
          const detail = eventDetail(e);
          return (
            <li key={e.seq}>
              <p>
                <strong>{e.actionLabel}</strong> → {e.toStatusLabel}
              </p>
              <p className="os-muted">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actorName ?? 'Hệ thống'}
              </p>
              {detail ? <p>{detail}</p> : null}
              {e.reason ? <p>Lý do, ghi chú: {e.reason}</p> : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
