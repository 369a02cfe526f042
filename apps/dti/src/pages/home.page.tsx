import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, EmptyState, ErrorState, formatDate, LoadingState, PageHeader } from '@skhcn/ui';
import { useOverview } from '../components/use-overview.hook';

/** /cds — the cycles: every one for the CĐS team, the reporter's own for a commune or department. */
export function HomePage() {
  const trpc = useTRPC();
  const overview = useOverview();
  const cycles = useQuery(trpc.dti.cycles.list.queryOptions(undefined, { enabled: overview.isSuccess }));

  useEffect(() => {
    document.title = 'Chỉ số chuyển đổi số – Sở Khoa học và Công nghệ';
  }, []);

  if (overview.isPending) return <LoadingState label="Đang tải…" />;
  if (overview.isError)
    return (
      <ErrorState
        title="Không tải được phân hệ chỉ số chuyển đổi số"
        message={getErrorMessage(overview.error)}
        onRetry={() => void overview.refetch()}
      />
    );
  const me = overview.data;
  const reporterOnly = !me.team;
  const single = me.reporterUnits.length === 1 ? me.reporterUnits[0] : undefined;

  return (
    <>
      <PageHeader
        title="Chỉ số chuyển đổi số (DTI)"
        description={
          reporterOnly
            ? `Nhập số liệu và minh chứng của ${me.reporterUnits.map((u) => u.name).join(', ') || 'đơn vị'} cho các kỳ đánh giá.`
            : 'Thu thập số liệu có minh chứng của các sở, ngành và xã, phường; thẩm định; tính điểm, xếp hạng và báo cáo (khoản 18 điểm h Điều 2).'
        }
        actions={me.canManage ? <Link to="chu-ky/moi">Mở kỳ đánh giá mới</Link> : undefined}
      />
      {reporterOnly && me.reporterUnits.length === 0 ? (
        <EmptyState
          title="Bạn chưa được giao nhập số liệu cho đơn vị nào"
          description="Liên hệ Tổ chuyển đổi số của Sở Khoa học và Công nghệ để được phân công."
        />
      ) : null}
      {cycles.isPending && (me.team || me.reporterUnits.length > 0) ? (
        <LoadingState label="Đang tải kỳ đánh giá…" />
      ) : null}
      {cycles.isError && getAppCode(cycles.error) !== 'FORBIDDEN' ? (
        <ErrorState
          title="Không tải được danh sách kỳ đánh giá"
          message={getErrorMessage(cycles.error)}
          onRetry={() => void cycles.refetch()}
          retrying={cycles.isFetching}
        />
      ) : null}
      {cycles.isSuccess && cycles.data.length === 0 ? (
        <EmptyState
          title="Chưa có kỳ đánh giá nào"
          description={me.canManage ? 'Mở kỳ đánh giá đầu tiên sau khi chuẩn bị bộ chỉ số.' : undefined}
        />
      ) : null}
      {cycles.isSuccess && cycles.data.length > 0 ? (
        <Card title="Kỳ đánh giá">
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">Các kỳ đánh giá, mới nhất trước</caption>
              <thead>
                <tr>
                  <th scope="col">Kỳ đánh giá</th>
                  <th scope="col">Năm</th>
                  <th scope="col">Cấp</th>
                  <th scope="col">Hạn nhập số liệu</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Mở</th>
                </tr>
              </thead>
              <tbody>
                {cycles.data.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`chu-ky/${c.id}`}>{c.name}</Link>
                    </th>
                    <td>{c.year}</td>
                    <td>{c.levelLabel}</td>
                    <td>{formatDate(c.deadline)}</td>
                    <td>
                      <Badge tone={c.status === 'open' ? 'info' : 'neutral'}>{c.statusLabel}</Badge>
                    </td>
                    <td>{c.unitCount}</td>
                    <td>
                      <ul className="dti-links">
                        {single && c.status === 'open' ? (
                          <li>
                            <Link to={`chu-ky/${c.id}/don-vi/${single.id}`}>
                              Nhập số liệu<span className="skh-visually-hidden"> {c.name}</span>
                            </Link>
                          </li>
                        ) : null}
                        {me.team || c.status === 'closed' ? (
                          <li>
                            <Link to={`chu-ky/${c.id}/ket-qua`}>
                              Kết quả<span className="skh-visually-hidden"> {c.name}</span>
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
    </>
  );
}
