// The results' charts (recharts, loaded only on the results pages). Each chart is described in words next to it and
// has a table alternative on the page; colours are ≥ 3:1 against white and told apart by the legend too.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIndex } from '../format/dti-format';

const UNIT = '#0b4f9c';
const AVERAGE = '#7a4b00';
const PREVIOUS = '#6b7585';

export interface ComparisonDatum {
  name: string;
  unit: number;
  average: number;
}

interface ChartFrame {
  label: string;
  describedBy: string;
}

const tick = (v: number) => formatIndex(v);

/** The unit's index per indicator against the cycle's average (0–1). */
export function IndicatorRadar({
  data,
  unitName,
  label,
  describedBy,
}: ChartFrame & { data: ComparisonDatum[]; unitName: string }) {
  return (
    <div className="dti-chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="70%">
          <PolarGrid stroke="#d5dae1" />
          <PolarAngleAxis dataKey="name" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 1]} tickFormatter={tick} angle={90} />
          <Radar name={unitName} dataKey="unit" stroke={UNIT} fill={UNIT} fillOpacity={0.35} />
          <Radar
            name="Bình quân các đơn vị"
            dataKey="average"
            stroke={AVERAGE}
            fill={AVERAGE}
            fillOpacity={0.1}
          />
          <Legend />
          <Tooltip formatter={(v) => formatIndex(Number(v))} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Bars per pillar: the unit's index against the average (0–1). */
export function PillarBars({
  data,
  unitName,
  label,
  describedBy,
}: ChartFrame & { data: ComparisonDatum[]; unitName: string }) {
  return (
    <div className="dti-chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          <XAxis dataKey="name" />
          <YAxis domain={[0, 1]} tickFormatter={tick} />
          <Tooltip formatter={(v) => formatIndex(Number(v))} />
          <Legend />
          <Bar dataKey="unit" name={unitName} fill={UNIT} />
          <Bar dataKey="average" name="Bình quân các đơn vị" fill={AVERAGE} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface YearDatum {
  name: string;
  current: number;
  previous: number | null;
}

/** Each unit's index this year and the year before. */
export function YearBars({
  data,
  year,
  previousYear,
  label,
  describedBy,
}: ChartFrame & { data: YearDatum[]; year: number; previousYear: number }) {
  return (
    <div className="dti-chart" role="img" aria-label={label} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 40, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
          <XAxis
            dataKey="name"
            interval={0}
            angle={-30}
            textAnchor="end"
            height={70}
            tick={{ fontSize: 12 }}
          />
          <YAxis domain={[0, 1]} tickFormatter={tick} />
          <Tooltip formatter={(v) => (v === null ? 'Không có' : formatIndex(Number(v)))} />
          <Legend verticalAlign="top" />
          <Bar dataKey="previous" name={`Năm ${previousYear}`} fill={PREVIOUS} />
          <Bar dataKey="current" name={`Năm ${year}`} fill={UNIT} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
