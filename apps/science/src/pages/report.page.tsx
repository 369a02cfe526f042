import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  TextField,
  formatDate,
  formatNumber,
  formatVnd,
} from '@skhcn/ui';
import { vnToday } from '../format/today';

// recharts is big: it is loaded only when the report has data to draw.
const FieldStageChart = lazy(() =>
  import('../components/report-charts.component').then((m) => ({ default: m.FieldStageChart })),
);
const BudgetChart = lazy(() =>
  import('../components/report-charts.component').then((m) => ({ default: m.BudgetChart })),
);

/** /khcn/bao-cao — tasks by field and stage, budget by year, overdue reports; charts and an Excel export. */
export function ReportPage() {
  const year = Number(vnToday().slice(0, 4));
  const [from, setFrom] = useState(String(year - 2));
  const [to, setTo] = useState(String(year));
  const fromYear = Number(from);
  const toYear = Number(to);
  const valid = /^\d{4}$/.test(from) && /^\d{4}$/.test(to) && fromYear <= toYear;
  const trpc = useTRPC();
  const report = useQuery(
    trpc.science.report.queryOptions(
      { fromYear, toYear },
      { enabled: valid, placeholderData: keepPreviousData },
    ),
  );
  useEffect(() => {
    document.title = 'Báo cáo nhiệm vụ – Khoa học và công nghệ';
  }, []);

  const data = report.data;
  const stages = data ? data.stages.filter((s) => data.byField.some((f) => f.stages[s.stage] > 0)) : [];
  const chartData = data
    ? data.byField
        .filter((f) => f.total > 0)
        .map((f) => ({
          field: f.fieldLabel,
          ...Object.fromEntries(stages.map((s) => [s.label, f.stages[s.stage]])),
        }))
    : [];
  const xlsx = `/api/reports/science.xlsx?${new URLSearchParams({ fromYear: from, toYear: to }).toString()}`;

  return (
    <>
      <PageHeader
        title="Báo cáo nhiệm vụ khoa học và công nghệ"
        description="Nhiệm vụ theo lĩnh vực và giai đoạn, kinh phí theo năm, báo cáo định kỳ quá hạn."
        actions={valid ? <a href={xlsx}>Tải báo cáo Excel (.xlsx)</a> : null}
      />
      <div className="skh-filters">
        <TextField
          label="Từ năm"
          inputMode="numeric"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={valid ? undefined : 'Năm có 4 chữ số; từ năm không được sau đến năm.'}
        />
        <TextField label="Đến năm" inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {report.isPending && valid ? <LoadingState label="Đang tổng hợp báo cáo…" /> : null}
      {report.isError ? (
        <ErrorState
          title="Không tải được báo cáo"
          message={getErrorMessage(report.error)}
          onRetry={() => void report.refetch()}
          retrying={report.isFetching}
        />
      ) : null}
      {data ? (
        <>
          <Card title="Nhiệm vụ theo lĩnh vực và giai đoạn">
            {data.totals.tasks === 0 ? (
              <EmptyState title="Chưa có nhiệm vụ trong khoảng năm này" />
            ) : (
              <>
                <p id="chart-fields">
                  Tổng số {formatNumber(data.totals.tasks)} nhiệm vụ đề xuất từ năm {data.fromYear} đến năm{' '}
                  {data.toYear}; bảng dưới biểu đồ cho số liệu chi tiết.
                </p>
                <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
                  <FieldStageChart
                    data={chartData}
                    series={stages.map((s) => s.label)}
                    describedBy="chart-fields"
                  />
                </Suspense>
                <div className="skh-table-wrap">
                  <table className="skh-table">
                    <caption>Số nhiệm vụ theo lĩnh vực và giai đoạn</caption>
                    <thead>
                      <tr>
                        <th scope="col">Lĩnh vực</th>
                        {stages.map((s) => (
                          <th scope="col" key={s.stage}>
                            {s.label}
                          </th>
                        ))}
                        <th scope="col">Tổng số</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.byField.map((f) => (
                        <tr key={f.field}>
                          <th scope="row">{f.fieldLabel}</th>
                          {stages.map((s) => (
                            <td key={s.stage}>{formatNumber(f.stages[s.stage])}</td>
                          ))}
                          <td>{formatNumber(f.total)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Card>
          <Card title="Kinh phí theo năm">
            <p id="chart-budget">
              Tổng kinh phí dự kiến {formatVnd(data.totals.indicative)}; được phê duyệt{' '}
              {formatVnd(data.totals.approved)}.
            </p>
            {data.budgetByYear.length > 0 ? (
              <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
                <BudgetChart data={data.budgetByYear} describedBy="chart-budget" />
              </Suspense>
            ) : null}
            <div className="skh-table-wrap">
              <table className="skh-table">
                <caption>Kinh phí theo năm</caption>
                <thead>
                  <tr>
                    <th scope="col">Năm</th>
                    <th scope="col">Số nhiệm vụ</th>
                    <th scope="col">Kinh phí dự kiến</th>
                    <th scope="col">Kinh phí được phê duyệt</th>
                  </tr>
                </thead>
                <tbody>
                  {data.budgetByYear.map((b) => (
                    <tr key={b.year}>
                      <th scope="row">{b.year}</th>
                      <td>{formatNumber(b.tasks)}</td>
                      <td>{formatVnd(b.indicative)}</td>
                      <td>
                        {formatVnd(b.approved)} ({formatNumber(b.approvedTasks)} nhiệm vụ)
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <Card title="Báo cáo định kỳ quá hạn">
            {data.overdueReports.length === 0 ? (
              <p>Không có báo cáo định kỳ nào quá hạn.</p>
            ) : (
              <div className="skh-table-wrap">
                <table className="skh-table">
                  <caption className="skh-visually-hidden">Báo cáo định kỳ quá hạn</caption>
                  <thead>
                    <tr>
                      <th scope="col">Nhiệm vụ</th>
                      <th scope="col">Tổ chức chủ trì</th>
                      <th scope="col">Mốc báo cáo</th>
                      <th scope="col">Hạn</th>
                      <th scope="col">Quá hạn</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.overdueReports.map((o) => (
                      <tr key={`${o.taskId}-${o.milestone}`}>
                        <th scope="row">
                          <Link to={`../nhiem-vu/${o.taskId}`} relative="path">
                            {o.code}
                          </Link>{' '}
                          {o.title}
                        </th>
                        <td>{o.hostName ?? '—'}</td>
                        <td>{o.milestone}</td>
                        <td>{formatDate(o.dueOn)}</td>
                        <td>{formatNumber(o.daysOverdue)} ngày</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </>
      ) : null}
    </>
  );
}
