import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@skhcn/ui';

// Colours ≥ 3:1 against white (WCAG 1.4.11); every chart also has its table beside it.
const PALETTE = ['#0b4f9c', '#1e6b34', '#7a4b00', '#b3261e', '#5b2a86', '#00616e', '#4a5360', '#8a3b00'];

/** Bars of a count per label (declarations per month, documents in force per kind); loaded lazily by the report page. */
export function CountBarChart({
  data,
  label,
  describedBy,
  longLabels = false,
}: {
  data: { label: string; count: number }[];
  label: string;
  describedBy: string;
  /** Labels too long to sit under a bar (kinds of document, districts): bars run across, labels on the left */
  longLabels?: boolean;
}) {
  return (
    <div className="cp-chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={longLabels ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          {longLabels ? (
            <>
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
              <YAxis type="category" dataKey="label" width={280} interval={0} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
            </>
          )}
          <Tooltip formatter={(v) => formatNumber(Number(v))} />
          <Bar dataKey="count" name="Số lượng" fill={PALETTE[0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The share of each device type in the inventory. */
export function SharePieChart({
  data,
  label,
  describedBy,
}: {
  data: { label: string; count: number }[];
  label: string;
  describedBy: string;
}) {
  return (
    <div className="cp-chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={data}
            dataKey="count"
            nameKey="label"
            outerRadius="80%"
            label={({ value }) => formatNumber(Number(value))}
          >
            {data.map((d, i) => (
              <Cell key={d.label} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </Pie>
          <Tooltip formatter={(v) => formatNumber(Number(v))} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
