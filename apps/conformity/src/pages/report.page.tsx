import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { procedureInForce } from '@skhcn/domain';
import {
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  SelectField,
  MonthField,
  formatMonth,
  formatNumber,
} from '@skhcn/ui';
import { TDC_PROCEDURE_CODES, type ConformityReportRow, type TdcProcedureCode } from '../api-types';
import { useToday } from '@skhcn/one-stop-ui';

// recharts is big: it is loaded only when the report has data to draw.
const ReportChart = lazy(() => import('../components/report-chart.component'));

export interface MonthTotals {
  month: string;
  received: number;
  onTime: number;
  late: number;
  pending: number;
}

/** Sums the rows of every procedure per month, in month order. */
export function totalsByMonth(rows: readonly ConformityReportRow[]): MonthTotals[] {
  const map = new Map<string, MonthTotals>();
  for (const r of rows) {
    const t = map.get(r.month) ?? { month: r.month, received: 0, onTime: 0, late: 0, pending: 0 };
    t.received += r.received;
    t.onTime += r.onTime;
    t.late += r.late;
    t.pending += r.pending;
    map.set(r.month, t);
  }
  return [...map.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function monthsAgo(today: string, n: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

/** /tdc/bao-cao — received, on time, late and pending by procedure and month, for the unit head. */
export function ReportPage() {
  const today = useToday();
  const [fromMonth, setFromMonth] = useState(monthsAgo(today, 5));
  const [toMonth, setToMonth] = useState(today.slice(0, 7));
  const [procedureCode, setProcedureCode] = useState('');
  const input = {
    from: `${fromMonth}-01`,
    to: lastDayOf(toMonth),
    ...(procedureCode ? { procedureCode: procedureCode as TdcProcedureCode } : {}),
  };
  const valid = /^\d{4}-\d{2}$/.test(fromMonth) && /^\d{4}-\d{2}$/.test(toMonth) && fromMonth <= toMonth;
  const trpc = useTRPC();
  const report = useQuery(
    trpc.conformity.report.queryOptions(input, { enabled: valid, placeholderData: keepPreviousData }),
  );

  useEffect(() => {
    document.title = 'Báo cáo giải quyết hồ sơ – Tiêu chuẩn, đo lường, chất lượng';
  }, []);

  const xlsx = `/api/reports/conformity.xlsx?${new URLSearchParams(input).toString()}`;
  const months = report.data ? totalsByMonth(report.data.rows) : [];
  const rows = (report.data?.rows ?? []).filter((r) => r.received + r.pending > 0);

  return (
    <>
      <PageHeader
        title="Báo cáo giải quyết hồ sơ"
        description="Số hồ sơ tiếp nhận, giải quyết đúng hạn, quá hạn và đang giải quyết theo tháng và thủ tục."
        actions={
          valid ? (
            <a href={xlsx} download>
              Tải báo cáo Excel (.xlsx)
            </a>
          ) : undefined
        }
      />
      <div className="skh-filters">
        <MonthField
          label="Từ tháng"
          value={fromMonth}
          onChange={setFromMonth}
          error={valid ? undefined : 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc.'}
        />
        <MonthField label="Đến tháng" value={toMonth} onChange={setToMonth} />
        <SelectField
          label="Thủ tục"
          placeholder="Tất cả thủ tục"
          options={TDC_PROCEDURE_CODES.map((code) => ({
            value: code,
            label: procedureInForce(code, today)?.name ?? code,
          }))}
          value={procedureCode}
          onChange={(e) => setProcedureCode(e.target.value)}
        />
      </div>

      {valid && report.isPending ? <LoadingState label="Đang lập báo cáo…" /> : null}
      {report.isError ? (
        <ErrorState
          title="Không lập được báo cáo"
          message={getErrorMessage(report.error)}
          onRetry={() => void report.refetch()}
          retrying={report.isFetching}
        />
      ) : null}
      {report.isSuccess && report.data.totals.received + report.data.totals.pending === 0 ? (
        <EmptyState title="Không có hồ sơ trong khoảng thời gian này" />
      ) : null}
      {report.isSuccess && report.data.totals.received + report.data.totals.pending > 0 ? (
        <>
          <Card title="Tổng hợp">
            <dl className="skh-facts">
              <dt>Tiếp nhận</dt>
              <dd>{formatNumber(report.data.totals.received)}</dd>
              <dt>Giải quyết đúng hạn</dt>
              <dd>{formatNumber(report.data.totals.onTime)}</dd>
              <dt>Giải quyết quá hạn</dt>
              <dd>{formatNumber(report.data.totals.late)}</dd>
              <dt>Đang giải quyết</dt>
              <dd>{formatNumber(report.data.totals.pending)}</dd>
            </dl>
          </Card>
          <Card title="Biểu đồ theo tháng">
            <p id="report-chart-description" className="tdc-muted">
              Biểu đồ cột: mỗi tháng bốn cột là số hồ sơ tiếp nhận, đúng hạn, quá hạn và đang giải quyết, từ{' '}
              {formatMonth(fromMonth)} đến {formatMonth(toMonth)}. Số liệu chi tiết ở bảng bên dưới.
            </p>
            <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
              <ReportChart data={months} describedBy="report-chart-description" />
            </Suspense>
          </Card>
          <Card title="Số liệu theo tháng và thủ tục">
            <div className="skh-table-wrap">
              <table className="skh-table">
                <caption>Bảng số liệu (thay thế cho biểu đồ)</caption>
                <thead>
                  <tr>
                    <th scope="col">Tháng</th>
                    <th scope="col">Thủ tục</th>
                    <th scope="col">Tiếp nhận</th>
                    <th scope="col">Đúng hạn</th>
                    <th scope="col">Quá hạn</th>
                    <th scope="col">Đang giải quyết</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.month}-${r.procedureCode}`}>
                      <th scope="row">{formatMonth(r.month)}</th>
                      <td>{r.procedureName}</td>
                      <td>{formatNumber(r.received)}</td>
                      <td>{formatNumber(r.onTime)}</td>
                      <td>{formatNumber(r.late)}</td>
                      <td>{formatNumber(r.pending)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      Tổng cộng
                    </th>
                    <td>{formatNumber(report.data.totals.received)}</td>
                    <td>{formatNumber(report.data.totals.onTime)}</td>
                    <td>{formatNumber(report.data.totals.late)}</td>
                    <td>{formatNumber(report.data.totals.pending)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </Card>
        </>
      ) : null}
    </>
  );
}
