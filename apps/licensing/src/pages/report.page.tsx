import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { useToday } from '@skhcn/one-stop-ui';
import {
  Card,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  LoadingState,
  PageHeader,
  SelectField,
} from '@skhcn/ui';

// recharts is big: it is loaded only when the report has something to draw.
const CountBarChart = lazy(() =>
  import('../components/report-charts.component').then((m) => ({ default: m.CountBarChart })),
);
const SharePieChart = lazy(() =>
  import('../components/report-charts.component').then((m) => ({ default: m.SharePieChart })),
);

/** How many past years the select offers (the register starts with the platform). */
const YEARS_BACK = 5;

function CountTable({
  caption,
  head,
  rows,
  total,
}: {
  caption: string;
  head: string;
  rows: { key: string; label: string; count: number }[];
  total?: number;
}) {
  return (
    <div className="skh-table-wrap">
      <table className="skh-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">Số lượng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatNumber(r.count)}</td>
            </tr>
          ))}
        </tbody>
        {total === undefined ? null : (
          <tfoot>
            <tr>
              <th scope="row">Tổng cộng</th>
              <td>{formatNumber(total)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function Chart({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>{children}</Suspense>;
}

/**
 * /cap-phep/bao-cao — the licensing report for a year: documents in force by kind, those expiring within 90 days,
 * radiation declarations per month, the radiation inventory by device type and district; charts with their tables,
 * and the Excel export. Each reader sees the fields of their unit (the server decides).
 */
export function ReportPage() {
  const today = useToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const trpc = useTRPC();
  const report = useQuery(
    trpc.licensing.report.queryOptions({ year }, { placeholderData: keepPreviousData }),
  );
  useEffect(() => {
    document.title = 'Báo cáo cấp phép – An toàn bức xạ và bưu chính';
  }, []);
  const data = report.data;
  const xlsx = `/api/reports/licensing.xlsx?${new URLSearchParams({ year: String(year) }).toString()}`;

  return (
    <>
      <PageHeader
        title="Báo cáo cấp phép"
        description="Giấy phép còn hiệu lực theo loại, giấy phép sắp hết hạn, hồ sơ khai báo theo tháng, thiết bị bức xạ theo loại và địa bàn."
        actions={<a href={xlsx}>Tải Excel (.xlsx)</a>}
      />
      <div className="skh-filters">
        <SelectField
          label="Năm báo cáo"
          options={Array.from({ length: YEARS_BACK + 1 }, (_, i) => {
            const y = String(thisYear - i);
            return { value: y, label: y };
          })}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        />
      </div>
      {report.isPending ? <LoadingState label="Đang tổng hợp báo cáo…" /> : null}
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
          <Card title="Giấy phép, văn bản còn hiệu lực">
            <p id="chart-in-force">
              Tại ngày {formatDate(data.asOf)}: {formatNumber(data.totals.inForce)} văn bản còn hiệu lực.
            </p>
            {data.totals.inForce > 0 ? (
              <Chart>
                <CountBarChart
                  data={data.inForce.map((r) => ({ label: r.kindLabel, count: r.count }))}
                  label="Biểu đồ số văn bản còn hiệu lực theo loại"
                  describedBy="chart-in-force"
                  longLabels
                />
              </Chart>
            ) : null}
            <CountTable
              caption="Văn bản còn hiệu lực theo loại"
              head="Loại văn bản"
              rows={data.inForce.map((r) => ({ key: r.kind, label: r.kindLabel, count: r.count }))}
              total={data.totals.inForce}
            />
          </Card>

          <Card title={`Sắp hết hạn trong ${data.expiringWithinDays} ngày`}>
            {data.expiring.total === 0 ? (
              <EmptyState
                title="Không có giấy phép sắp hết hạn"
                description={`Tính từ ngày ${formatDate(data.asOf)}, không có văn bản nào hết hạn trong ${data.expiringWithinDays} ngày tới.`}
              />
            ) : (
              <>
                <p>
                  {formatNumber(data.expiring.total)} văn bản hết hạn trong {data.expiringWithinDays} ngày
                  tính từ ngày {formatDate(data.asOf)}
                  {data.expiring.total > data.expiring.items.length
                    ? ` (liệt kê ${formatNumber(data.expiring.items.length)} văn bản hết hạn sớm nhất).`
                    : '.'}
                </p>
                <div className="skh-table-wrap">
                  <table className="skh-table">
                    <caption>Văn bản sắp hết hạn</caption>
                    <thead>
                      <tr>
                        <th scope="col">Số văn bản</th>
                        <th scope="col">Loại</th>
                        <th scope="col">Tổ chức, cơ sở</th>
                        <th scope="col">Ngày hết hạn</th>
                        <th scope="col">Còn lại</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.expiring.items.map((e) => (
                        <tr key={e.number}>
                          <th scope="row">{e.number}</th>
                          <td>{e.kindLabel}</td>
                          <td>{e.holderName}</td>
                          <td>{formatDate(e.expiresOn)}</td>
                          <td>{formatNumber(e.daysLeft)} ngày</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Card>

          {data.declarationsByMonth ? (
            <Card title={`Hồ sơ khai báo thiết bị bức xạ theo tháng năm ${data.year}`}>
              <p id="chart-declarations">
                {formatNumber(data.totals.declarations ?? 0)} hồ sơ khai báo tiếp nhận từ ngày{' '}
                {formatDate(data.from)} đến ngày {formatDate(data.to)}.
              </p>
              {(data.totals.declarations ?? 0) > 0 ? (
                <Chart>
                  <CountBarChart
                    data={data.declarationsByMonth.map((m) => ({ label: `T${m.month}`, count: m.count }))}
                    label="Biểu đồ số hồ sơ khai báo theo tháng"
                    describedBy="chart-declarations"
                  />
                </Chart>
              ) : null}
              <CountTable
                caption="Hồ sơ khai báo theo tháng"
                head="Tháng"
                rows={data.declarationsByMonth.map((m) => ({
                  key: String(m.month),
                  label: m.label,
                  count: m.count,
                }))}
                total={data.totals.declarations ?? 0}
              />
            </Card>
          ) : null}

          {data.devicesByType && data.devicesByDistrict ? (
            <Card title="Thiết bị bức xạ đang quản lý">
              {data.devicesByType.length === 0 ? (
                <EmptyState
                  title="Chưa có thiết bị trong danh mục"
                  description="Thiết bị được ghi vào danh mục khi hồ sơ khai báo được xác nhận."
                />
              ) : (
                <>
                  <p id="chart-device-types">
                    {formatNumber(data.totals.devices ?? 0)} thiết bị đang sử dụng hoặc lưu kho, tại thời điểm
                    lập báo cáo.
                  </p>
                  <Chart>
                    <SharePieChart
                      data={data.devicesByType.map((d) => ({ label: d.label, count: d.count }))}
                      label="Biểu đồ tỷ lệ thiết bị theo loại"
                      describedBy="chart-device-types"
                    />
                  </Chart>
                  <CountTable
                    caption="Thiết bị theo loại"
                    head="Loại thiết bị"
                    rows={data.devicesByType.map((d) => ({ key: d.type, label: d.label, count: d.count }))}
                    total={data.totals.devices ?? 0}
                  />
                  <p id="chart-device-districts">Theo quận/huyện ghi trong hồ sơ cơ sở.</p>
                  <Chart>
                    <CountBarChart
                      data={data.devicesByDistrict.map((d) => ({ label: d.district, count: d.count }))}
                      label="Biểu đồ số thiết bị theo địa bàn"
                      describedBy="chart-device-districts"
                      longLabels
                    />
                  </Chart>
                  <CountTable
                    caption="Thiết bị theo địa bàn"
                    head="Quận/huyện"
                    rows={data.devicesByDistrict.map((d) => ({
                      key: d.district,
                      label: d.district,
                      count: d.count,
                    }))}
                    total={data.totals.devices ?? 0}
                  />
                </>
              )}
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
