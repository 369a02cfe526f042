import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Card,
  ErrorState,
  LoadingState,
  matchesSearch,
  PageHeader,
  Pagination,
  SelectField,
  TextField,
} from '@skhcn/ui';
import type { ResultRow, ResultsView } from '../api-types';
import type { ComparisonDatum } from '../components/dti-charts.component';
import { useOverview } from '../components/use-overview.hook';
import {
  formatIndex,
  formatPercent,
  formatPoints,
  formatRankChange,
  formatSignedIndex,
} from '../format/dti-format';
import { must } from '@skhcn/domain';

// recharts is big: it is loaded only when there is something to draw.
const IndicatorRadar = lazy(() =>
  import('../components/dti-charts.component').then((m) => ({ default: m.IndicatorRadar })),
);
const PillarBars = lazy(() =>
  import('../components/dti-charts.component').then((m) => ({ default: m.PillarBars })),
);
const YearBars = lazy(() =>
  import('../components/dti-charts.component').then((m) => ({ default: m.YearBars })),
);

const PAGE_SIZE = 20;
type SortKey = 'rank' | 'name' | 'change';

/** The unit's index per indicator (or pillar) against the mean of every unit, 0–1; parts worth no points left out. */
export function comparison(
  results: ResultsView,
  unit: ResultRow,
  by: 'indicators' | 'pillars',
): ComparisonDatum[] {
  const parts = by === 'indicators' ? results.framework.indicators : results.framework.pillars;
  const n = results.units.length || 1;
  return parts
    .filter((p) => p.max > 0)
    .map((p) => {
      const of = (u: ResultRow) => (by === 'indicators' ? u.indicators[p.id] : u.pillars[p.id]) ?? 0;
      return {
        name: p.name,
        unit: of(unit) / p.max,
        average: results.units.reduce((s, u) => s + of(u), 0) / n / p.max,
      };
    });
}

function Change({ row }: { row: ResultRow }) {
  if (row.indexChange === null) return <span className="dti-muted">Chưa có năm trước</span>;
  return (
    <>
      <span className={row.indexChange > 0 ? 'dti-up' : row.indexChange < 0 ? 'dti-down' : undefined}>
        {formatSignedIndex(row.indexChange)}
      </span>
      <br />
      <span className="dti-muted">{formatRankChange(row.rankChange)}</span>
    </>
  );
}

function Decomposition({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const trpc = useTRPC();
  const d = useQuery(trpc.dti.results.decomposition.queryOptions({ cycleId, unitId }));
  if (d.isPending) return <LoadingState label="Đang phân tích điểm…" />;
  if (d.isError)
    return (
      <ErrorState
        title="Không phân tích được điểm"
        message={getErrorMessage(d.error)}
        onRetry={() => void d.refetch()}
      />
    );
  const top = d.data.components.slice(0, 10);
  if (top.length === 0) return <p>Đơn vị đạt điểm tối đa ở mọi chỉ số thành phần.</p>;
  return (
    <div className="skh-table-wrap">
      <table className="skh-table">
        <caption>
          Các chỉ số thành phần làm mất nhiều điểm nhất (mất {formatPoints(d.data.lost)} trên{' '}
          {formatPoints(d.data.max)} điểm)
        </caption>
        <thead>
          <tr>
            <th scope="col">Chỉ số thành phần</th>
            <th scope="col">Đạt / tối đa</th>
            <th scope="col">Điểm mất</th>
            <th scope="col">Tỷ trọng điểm mất</th>
            <th scope="col">Số liệu</th>
          </tr>
        </thead>
        <tbody>
          {top.map((c) => (
            <tr key={c.componentId}>
              <th scope="row">
                {c.componentId}. {c.componentName}
              </th>
              <td>
                {formatPoints(c.points)} / {formatPoints(c.max)}
              </td>
              <td>{formatPoints(c.lost)}</td>
              <td>{formatPercent(c.share)}</td>
              <td>
                {c.status === 'missing'
                  ? 'Thiếu số liệu'
                  : c.status === 'imputed'
                    ? 'Bù số liệu'
                    : 'Đã thẩm định'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Sensitivity({ cycleId }: { cycleId: string }) {
  const trpc = useTRPC();
  const [delta, setDelta] = useState('0.2');
  const s = useQuery(
    trpc.dti.results.sensitivity.queryOptions(
      { cycleId, delta: Number(delta) },
      { placeholderData: keepPreviousData },
    ),
  );
  return (
    <Card title="Độ nhạy của xếp hạng theo trọng số">
      <p>
        Lần lượt tăng và giảm trọng số của từng chỉ số (các chỉ số khác giữ nguyên) và xem thứ hạng thay đổi
        thế nào.
      </p>
      <SelectField
        label="Mức thay đổi trọng số"
        options={[
          { value: '0.1', label: '±10%' },
          { value: '0.2', label: '±20%' },
          { value: '0.3', label: '±30%' },
          { value: '0.5', label: '±50%' },
        ]}
        value={delta}
        onChange={(e) => setDelta(e.target.value)}
      />
      {s.isPending ? <LoadingState label="Đang tính độ nhạy…" /> : null}
      {s.isError ? (
        <ErrorState
          title="Không tính được độ nhạy"
          message={getErrorMessage(s.error)}
          onRetry={() => void s.refetch()}
        />
      ) : null}
      {s.data ? (
        <>
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>Số đơn vị đổi hạng khi thay đổi trọng số một chỉ số</caption>
              <thead>
                <tr>
                  <th scope="col">Chỉ số</th>
                  <th scope="col">Tăng trọng số: số đơn vị đổi hạng (tối đa bậc)</th>
                  <th scope="col">Giảm trọng số: số đơn vị đổi hạng (tối đa bậc)</th>
                </tr>
              </thead>
              <tbody>
                {s.data.indicators.map((i) => (
                  <tr key={i.indicatorId}>
                    <th scope="row">{i.name}</th>
                    <td>
                      {i.up.unitsMoved} ({i.up.maxShift})
                    </td>
                    <td>
                      {i.down.unitsMoved} ({i.down.maxShift})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>Khoảng thứ hạng của từng đơn vị khi trọng số thay đổi</caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Hạng</th>
                  <th scope="col">Hạng tốt nhất</th>
                  <th scope="col">Hạng kém nhất</th>
                </tr>
              </thead>
              <tbody>
                {s.data.units.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row">{s.data.names[u.unitId] ?? u.unitId}</th>
                    <td>{u.rank}</td>
                    <td>{u.bestRank}</td>
                    <td>{u.worstRank}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Card>
  );
}

/** /cds/chu-ky/:cycleId/ket-qua — ranking, radar and pillar charts per unit, year over year, analyses, exports. */
export function ResultsPage() {
  const { cycleId = '' } = useParams();
  const trpc = useTRPC();
  const overview = useOverview();
  const results = useQuery(trpc.dti.results.get.queryOptions({ cycleId }));
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState('');
  const group = params.get('nhom') ?? '';
  const sort = (params.get('sap-xep') as SortKey | null) ?? 'rank';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const team = overview.data?.team ?? false;

  useEffect(() => {
    document.title = 'Kết quả chỉ số chuyển đổi số';
  }, []);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (!v) next.delete(k);
      else next.set(k, v);
    }
    if (!('trang' in changes)) next.delete('trang');
    setParams(next);
  };

  const rows = useMemo(() => {
    const all = results.data?.units ?? [];
    const filtered = all.filter((u) => (!group || u.groupCode === group) && matchesSearch(u.name, text));
    return [...filtered].sort((a, b) =>
      sort === 'name'
        ? a.name.localeCompare(b.name, 'vi')
        : sort === 'change'
          ? (b.indexChange ?? -Infinity) - (a.indexChange ?? -Infinity) || a.rank - b.rank
          : a.rank - b.rank || a.name.localeCompare(b.name, 'vi'),
    );
  }, [results.data, group, text, sort]);

  if (results.isPending) return <LoadingState label="Đang tính kết quả…" />;
  if (results.isError)
    return (
      <ErrorState
        title="Không tải được kết quả"
        message={getErrorMessage(results.error)}
        onRetry={() => void results.refetch()}
        retrying={results.isFetching}
      />
    );
  const r = results.data;
  const mine = overview.data?.reporterUnits.map((u) => u.id) ?? [];
  const selectedId =
    params.get('don-vi') ??
    mine.find((id) => r.units.some((u) => u.unitId === id)) ??
    r.units[0]?.unitId ??
    '';
  const selected = r.units.find((u) => u.unitId === selectedId);
  const groups = [
    ...new Map(
      r.units
        .filter((u) => u.groupCode)
        .map((u) => [must(u.groupCode, 'u.groupCode'), u.groupName ?? must(u.groupCode, 'u.groupCode')]),
    ).entries(),
  ];
  const pageRows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const radar = selected ? comparison(r, selected, 'indicators') : [];
  const pillars = selected ? comparison(r, selected, 'pillars') : [];
  const previous = r.previousCycle;

  return (
    <>
      <PageHeader
        title="Kết quả và xếp hạng"
        description={`${r.cycle.name} · ${r.framework.name} (thang điểm ${formatPoints(r.framework.max)})`}
        actions={
          team ? (
            <ul className="dti-links">
              <li>
                <a href={`/api/dti/cycles/${cycleId}/export.xlsx`} download>
                  Tải Excel số liệu và điểm (.xlsx)
                </a>
              </li>
              <li>
                <a href={`/api/dti/cycles/${cycleId}/report.pdf`} target="_blank" rel="noreferrer">
                  Báo cáo (PDF)
                </a>
              </li>
              <li>
                <Link to={`../chu-ky/${cycleId}/gia-dinh`}>Phân tích giả định</Link>
              </li>
            </ul>
          ) : undefined
        }
      />
      {r.provisional ? (
        <Alert tone="warning" title="Kết quả tạm tính">
          Kỳ đánh giá chưa đóng: chỉ tính các số liệu đã được thẩm định chấp nhận.
        </Alert>
      ) : null}
      <Card title="Cách tính">
        <ul>
          <li>
            Chỉ số = điểm đạt được ÷ điểm tối đa ({formatPoints(r.framework.max)}), làm tròn ba chữ số thập
            phân.
          </li>
          <li>Các đơn vị có cùng chỉ số cùng hạng; hạng tiếp theo được bỏ qua (1, 2, 2, 4).</li>
          <li>
            Số liệu thiếu: <strong>{r.imputation.label}</strong>. {r.imputation.disclosure} Đã bù{' '}
            {r.imputation.filled.length} ô số liệu.
          </li>
          {r.framework.sample ? <li>Bộ chỉ số là bản mẫu, chưa phải phụ lục của văn bản ban hành.</li> : null}
        </ul>
      </Card>

      <Card title="Bảng xếp hạng">
        <div className="skh-filters">
          <TextField
            label="Tìm đơn vị"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              set({ trang: undefined });
            }}
          />
          <SelectField
            label="Nhóm"
            placeholder="Tất cả nhóm"
            options={groups.map(([value, label]) => ({ value, label }))}
            value={group}
            onChange={(e) => set({ nhom: e.target.value })}
          />
          <SelectField
            label="Sắp xếp"
            options={[
              { value: 'rank', label: 'Theo hạng' },
              { value: 'name', label: 'Theo tên đơn vị' },
              ...(previous ? [{ value: 'change', label: `Theo mức tăng so với ${previous.year}` }] : []),
            ]}
            value={sort}
            onChange={(e) => set({ 'sap-xep': e.target.value === 'rank' ? undefined : e.target.value })}
          />
        </div>
        <p role="status">
          {rows.length === r.units.length
            ? `${r.units.length} đơn vị.`
            : `Tìm thấy ${rows.length}/${r.units.length} đơn vị.`}
        </p>
        <div className="skh-table-wrap">
          <table className="skh-table">
            <caption>Xếp hạng theo chỉ số chuyển đổi số</caption>
            <thead>
              <tr>
                <th scope="col">Hạng</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Điểm</th>
                <th scope="col">Chỉ số</th>
                {r.framework.pillars.map((p) => (
                  <th key={p.id} scope="col">
                    {p.name}
                  </th>
                ))}
                {previous ? <th scope="col">So với {previous.year}</th> : null}
                <th scope="col">Thiếu / bù số liệu</th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((u) => (
                <tr key={u.unitId} className={u.unitId === selectedId ? 'dti-selected' : undefined}>
                  <td>{u.rank}</td>
                  <th scope="row">
                    <Link
                      to={`?${new URLSearchParams({ ...Object.fromEntries(params), 'don-vi': u.unitId }).toString()}`}
                      aria-current={u.unitId === selectedId ? 'true' : undefined}
                    >
                      {u.name}
                    </Link>
                    {u.groupName ? <span className="dti-muted"> ({u.groupName})</span> : null}
                  </th>
                  <td>{formatPoints(u.points)}</td>
                  <td>{formatIndex(u.index)}</td>
                  {r.framework.pillars.map((p) => (
                    <td key={p.id}>{formatPoints(u.pillars[p.id] ?? 0)}</td>
                  ))}
                  {previous ? (
                    <td>
                      <Change row={u} />
                    </td>
                  ) : null}
                  <td>
                    {u.missing.length > 0 ? <Badge tone="warning">Thiếu {u.missing.length}</Badge> : null}{' '}
                    {u.imputed.length > 0 ? <Badge tone="info">Bù {u.imputed.length}</Badge> : null}
                    {u.missing.length + u.imputed.length === 0 ? 'Đủ' : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={rows.length}
          noun="đơn vị"
          onPageChange={(p) => set({ trang: String(p) })}
        />
      </Card>

      {selected ? (
        <Card title={`${selected.name}: hạng ${selected.rank}, chỉ số ${formatIndex(selected.index)}`}>
          <SelectField
            label="Xem đơn vị"
            options={r.units.map((u) => ({ value: u.unitId, label: `${u.rank}. ${u.name}` }))}
            value={selectedId}
            onChange={(e) => set({ 'don-vi': e.target.value, trang: params.get('trang') ?? undefined })}
          />
          <h3>Biểu đồ radar theo chỉ số</h3>
          <p id="radar-description" className="dti-muted">
            Mỗi trục là một chỉ số, giá trị từ 0 đến 1 (điểm đạt ÷ điểm tối đa của chỉ số); vùng xanh là{' '}
            {selected.name}, vùng nâu là bình quân các đơn vị. Số liệu ở bảng bên dưới.
          </p>
          <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
            <IndicatorRadar
              data={radar}
              unitName={selected.name}
              label={`Biểu đồ radar các chỉ số của ${selected.name}`}
              describedBy="radar-description"
            />
          </Suspense>
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>Chỉ số theo từng chỉ số chính (thay thế cho biểu đồ)</caption>
              <thead>
                <tr>
                  <th scope="col">Chỉ số</th>
                  <th scope="col">{selected.name}</th>
                  <th scope="col">Bình quân</th>
                </tr>
              </thead>
              <tbody>
                {radar.map((d) => (
                  <tr key={d.name}>
                    <th scope="row">{d.name}</th>
                    <td>{formatIndex(d.unit)}</td>
                    <td>{formatIndex(d.average)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Theo trụ cột</h3>
          <p id="pillar-description" className="dti-muted">
            Biểu đồ cột: mỗi trụ cột hai cột, chỉ số của {selected.name} và bình quân các đơn vị (0 đến 1).
          </p>
          <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
            <PillarBars
              data={pillars}
              unitName={selected.name}
              label={`Biểu đồ cột theo trụ cột của ${selected.name}`}
              describedBy="pillar-description"
            />
          </Suspense>
          <h3>Chỉ số thành phần làm mất điểm nhiều nhất</h3>
          <Decomposition cycleId={cycleId} unitId={selected.unitId} />
        </Card>
      ) : null}

      {previous ? (
        <Card title={`So sánh với năm ${previous.year}`}>
          <p id="yoy-description" className="dti-muted">
            Biểu đồ cột: mỗi đơn vị hai cột, chỉ số năm {previous.year} và năm {r.cycle.year}; số liệu và thay
            đổi thứ hạng ở bảng xếp hạng.
          </p>
          <Suspense fallback={<LoadingState label="Đang vẽ biểu đồ…" />}>
            <YearBars
              data={r.units.map((u) => ({ name: u.name, current: u.index, previous: u.previousIndex }))}
              year={r.cycle.year}
              previousYear={previous.year}
              label={`Chỉ số năm ${previous.year} và năm ${r.cycle.year} của các đơn vị`}
              describedBy="yoy-description"
            />
          </Suspense>
        </Card>
      ) : null}

      {team ? <Sensitivity cycleId={cycleId} /> : null}
    </>
  );
}
