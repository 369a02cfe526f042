import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth, formatNumber } from '@skhcn/ui';
import type { MonthTotals } from '../pages/report.page';

export interface ReportChartProps {
  data: MonthTotals[];
  /** id of the text describing the chart */
  describedBy: string;
}

// Colours ≥ 3:1 against white (WCAG 1.4.11) and told apart by the legend and the table too.
const SERIES = [
  { key: 'received', name: 'Tiếp nhận', fill: '#0b4f9c' },
  { key: 'onTime', name: 'Đúng hạn', fill: '#1e6b34' },
  { key: 'late', name: 'Quá hạn', fill: '#b3261e' },
  { key: 'pending', name: 'Đang giải quyết', fill: '#7a4b00' },
] as const;

/** Bars per month (recharts); loaded lazily by the report page. */
export default function ReportChart({ data, describedBy }: ReportChartProps) {
  return (
    <div
      className="tdc-chart"
      role="img"
      aria-label="Biểu đồ số hồ sơ theo tháng"
      aria-describedby={describedBy}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          <XAxis dataKey="month" tickFormatter={formatMonth} />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip
            labelFormatter={(m) => (typeof m === 'string' ? `Tháng ${formatMonth(m)}` : m)}
            formatter={(v) => formatNumber(Number(v))}
          />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
