import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@skhcn/ui';

export interface FieldStageDatum {
  field: string;
  [stageLabel: string]: string | number;
}

// Colours ≥ 3:1 against white (WCAG 1.4.11), told apart by the legend and the tables too.
const PALETTE = ['#0b4f9c', '#1e6b34', '#7a4b00', '#b3261e', '#5b2a86', '#00616e', '#4a5360', '#8a3b00'];

/** Tasks by field, stacked by stage; loaded lazily by the report page. */
export function FieldStageChart({
  data,
  series,
  describedBy,
}: {
  data: FieldStageDatum[];
  series: string[];
  describedBy: string;
}) {
  return (
    <div
      className="khcn-chart"
      role="img"
      aria-label="Biểu đồ số nhiệm vụ theo lĩnh vực và giai đoạn"
      aria-describedby={describedBy}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          <XAxis dataKey="field" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip formatter={(v) => formatNumber(Number(v))} />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s} dataKey={s} name={s} stackId="stage" fill={PALETTE[i % PALETTE.length]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Budget per year: indicative and approved, in millions of đồng. */
export function BudgetChart({
  data,
  describedBy,
}: {
  data: { year: number; indicative: number; approved: number }[];
  describedBy: string;
}) {
  const rows = data.map((d) => ({
    year: String(d.year),
    indicative: d.indicative / 1e6,
    approved: d.approved / 1e6,
  }));
  return (
    <div
      className="khcn-chart"
      role="img"
      aria-label="Biểu đồ kinh phí theo năm (triệu đồng)"
      aria-describedby={describedBy}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip formatter={(v) => `${formatNumber(Number(v))} triệu đồng`} />
          <Legend />
          <Bar dataKey="indicative" name="Kinh phí dự kiến" fill="#0b4f9c" />
          <Bar dataKey="approved" name="Kinh phí được phê duyệt" fill="#1e6b34" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
