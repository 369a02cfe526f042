import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Button, EmptyState, ErrorState, LoadingState, PageHeader, TextField } from '@skhcn/ui';
import { appLink } from '../field-apps';
import type { AppId } from '@skhcn/domain';
import { dutyHeading, filterDuties, type MapDuty, type MapPoint } from './dieu2-filter';

function Points({ points }: { points: MapPoint[] }) {
  if (points.length === 0) return null;
  return (
    <ul className="shell-points">
      {points.map((p) => (
        <li key={p.letter}>
          <span className="shell-points__letter">{p.letter})</span> {p.text}
          {p.items && p.items.length > 0 ? (
            <ul>
              {p.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function DutySection({
  duty,
  points,
  expanded,
  onToggle,
}: {
  duty: MapDuty;
  points: MapPoint[];
  expanded: boolean;
  onToggle: () => void;
}) {
  const panelId = useId();
  const app = duty.field ? appLink(duty.field.apps as AppId[]) : undefined;
  return (
    <section className="shell-duty" aria-labelledby={`${panelId}-h`}>
      <h2 className="shell-duty__heading" id={`${panelId}-h`}>
        <button
          type="button"
          className="shell-duty__toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span className="shell-duty__chevron" aria-hidden="true">
            ▸
          </span>
          <span>
            Khoản {duty.khoan}. {dutyHeading(duty)}
          </span>
        </button>
      </h2>
      <div id={panelId} className="shell-duty__panel" hidden={!expanded}>
        <p>{duty.title}</p>
        <dl className="shell-duty__meta">
          <dt>Lĩnh vực</dt>
          <dd>
            {duty.field ? (
              <>
                <Link to={`/linh-vuc/${duty.field.slug}`}>{duty.field.label}</Link>{' '}
                <Badge tone="info">Lĩnh vực quản lý</Badge>
              </>
            ) : (
              'Nhiệm vụ chung của Sở'
            )}
          </dd>
          <dt>Đơn vị chủ trì</dt>
          <dd>{duty.units.length > 0 ? duty.units.map((u) => u.name).join('; ') : 'Chưa phân công'}</dd>
          <dt>Phân hệ phục vụ</dt>
          <dd>
            {app ? (
              <Link to={app.path}>{app.label}</Link>
            ) : duty.field && duty.field.apps.length > 0 ? (
              'Đang xây dựng'
            ) : (
              'Cổng chung (shell)'
            )}
          </dd>
          <dt>Thủ tục hành chính</dt>
          <dd>
            {duty.procedures.length > 0 ? (
              <ul>
                {duty.procedures.map((p) => (
                  <li key={p.code}>{p.name}</li>
                ))}
              </ul>
            ) : (
              'Không có'
            )}
          </dd>
        </dl>
        {points.length < duty.points.length ? (
          <p>
            Hiển thị {points.length}/{duty.points.length} điểm phù hợp với bộ lọc.
          </p>
        ) : null}
        <Points points={points} />
      </div>
    </section>
  );
}

export function Dieu2MapPage() {
  const trpc = useTRPC();
  const map = useQuery(trpc.fields.map.queryOptions());
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    document.title = 'Bản đồ nhiệm vụ theo Điều 2 – Sở Khoa học và Công nghệ';
  }, []);

  const duties: MapDuty[] | undefined = map.data;
  const filtered = useMemo(() => (duties ? filterDuties(duties, deferred) : []), [duties, deferred]);
  const filtering = deferred.trim() !== '';

  const toggle = (khoan: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(khoan)) next.delete(khoan);
      else next.add(khoan);
      return next;
    });

  return (
    <>
      <PageHeader
        title="Bản đồ nhiệm vụ theo Điều 2"
        description="29 nhiệm vụ, quyền hạn của Sở theo Điều 2 quyết định quy định chức năng, nhiệm vụ: đơn vị chủ trì, thủ tục hành chính và phân hệ phục vụ."
      />
      {map.isPending ? <LoadingState /> : null}
      {map.isError ? (
        <ErrorState
          title="Không tải được bản đồ nhiệm vụ"
          message={getErrorMessage(map.error)}
          onRetry={() => void map.refetch()}
          retrying={map.isFetching}
        />
      ) : null}
      {duties ? (
        <>
          <div className="shell-map__toolbar">
            <TextField
              label="Lọc theo nội dung"
              hint="Có thể gõ không dấu, ví dụ: buu chinh"
              type="search"
              value={query}
              onChange={(e) => {
                const value = e.target.value;
                setQuery(value);
                // Filtering opens every matching khoản; each can still be collapsed by hand.
                if (value.trim() !== '')
                  setOpen(new Set(filterDuties(duties, value).map((d) => d.duty.khoan)));
              }}
            />
            <Button variant="secondary" onClick={() => setOpen(new Set(duties.map((d) => d.khoan)))}>
              Mở tất cả
            </Button>
            <Button variant="secondary" onClick={() => setOpen(new Set())}>
              Thu gọn tất cả
            </Button>
          </div>
          <p role="status" aria-live="polite">
            {filtering ? `Tìm thấy ${filtered.length} khoản phù hợp.` : `${duties.length} khoản.`}
          </p>
          {filtered.length === 0 ? (
            <EmptyState title="Không có khoản nào phù hợp" description="Hãy thử từ khóa khác." />
          ) : (
            filtered.map(({ duty, points }) => (
              <DutySection
                key={duty.khoan}
                duty={duty}
                points={points}
                expanded={open.has(duty.khoan)}
                onToggle={() => toggle(duty.khoan)}
              />
            ))
          )}
        </>
      ) : null}
    </>
  );
}
