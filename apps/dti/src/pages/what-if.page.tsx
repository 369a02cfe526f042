import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { DtiValue } from '@skhcn/domain';
import {
  Button,
  Card,
  ErrorState,
  ErrorSummary,
  LiveMessage,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
  type ErrorSummaryItem,
} from '@skhcn/ui';
import type { EntryComponent } from '../api-types';
import {
  draftOf,
  parseVietnameseNumber,
  ValueInput,
  valueOf,
  type DraftValue,
} from '../components/value-input.component';
import { formatIndex, formatPoints } from '../format/dti-format';

interface ChangeDraft {
  key: number;
  componentId: string;
  value: DraftValue | null;
}

interface Scenario {
  changes: { unitId: string; componentId: string; value: DtiValue }[];
  weights: Record<string, number>;
}

let nextKey = 1;

/**
 * /cds/chu-ky/:cycleId/gia-dinh — what if a unit's input or an indicator's weight were different: the scores and ranks
 * move, the real data does not (the computation runs without saving anything).
 */
export function WhatIfPage() {
  const { cycleId = '' } = useParams();
  const trpc = useTRPC();
  const results = useQuery(trpc.dti.results.get.queryOptions({ cycleId }));
  const [unitId, setUnitId] = useState('');
  const focus = unitId || results.data?.units[0]?.unitId || '';
  const entry = useQuery(
    trpc.dti.inputs.forUnit.queryOptions({ cycleId, unitId: focus }, { enabled: !!focus }),
  );
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [changes, setChanges] = useState<ChangeDraft[]>([]);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const whatIf = useQuery(
    trpc.dti.results.whatIf.queryOptions(
      { cycleId, ...(scenario ?? { changes: [], weights: {} }) },
      { enabled: !!scenario },
    ),
  );

  useEffect(() => {
    document.title = 'Phân tích giả định – Chỉ số chuyển đổi số';
  }, []);

  if (results.isPending) return <LoadingState label="Đang tải kết quả…" />;
  if (results.isError)
    return (
      <ErrorState
        title="Không tải được kết quả"
        message={getErrorMessage(results.error)}
        onRetry={() => void results.refetch()}
      />
    );
  const r = results.data;
  const components: EntryComponent[] =
    entry.data?.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components)) ?? [];
  const componentOf = (id: string) => components.find((c) => c.id === id);

  const onCompute = (e: FormEvent) => {
    e.preventDefault();
    const found: ErrorSummaryItem[] = [];
    const w: Record<string, number> = {};
    for (const [id, text] of Object.entries(weights)) {
      if (text.trim() === '') continue;
      const n = parseVietnameseNumber(text);
      if (n === undefined || n < 0 || n > 10)
        found.push({
          fieldId: `w-${id}`,
          message: `Trọng số của “${r.framework.indicators.find((i) => i.id === id)?.name}” phải từ 0 đến 10.`,
        });
      else w[id] = n;
    }
    const out: Scenario['changes'] = [];
    changes.forEach((c, i) => {
      const component = componentOf(c.componentId);
      if (!component || !c.value) {
        found.push({
          fieldId: `c-${c.key}-component`,
          message: `Thay đổi ${i + 1}: chọn chỉ số thành phần.`,
        });
        return;
      }
      const v = valueOf(component.method, c.value);
      if ('error' in v) found.push({ fieldId: `c-${c.key}-value`, message: `Thay đổi ${i + 1}: ${v.error}` });
      else out.push({ unitId: focus, componentId: c.componentId, value: v.value });
    });
    setProblems(found);
    if (found.length === 0) setScenario({ changes: out, weights: w });
  };

  const focusRow = whatIf.data?.rows.find((x) => x.unitId === focus);
  const focusName = r.units.find((u) => u.unitId === focus)?.name ?? focus;

  return (
    <>
      <PageHeader
        title="Phân tích giả định"
        description="Thay đổi số liệu của một đơn vị hoặc trọng số các chỉ số để xem điểm và thứ hạng thay đổi. Không lưu thay đổi nào vào số liệu thật."
        actions={<Link to={`../chu-ky/${cycleId}/ket-qua`}>Về kết quả</Link>}
      />
      <form onSubmit={onCompute} noValidate>
        <ErrorSummary items={problems} title="Chưa tính được: vui lòng sửa các mục sau" />
        <Card title="Đơn vị">
          <SelectField
            label="Đơn vị xem xét"
            options={r.units.map((u) => ({
              value: u.unitId,
              label: `${u.rank}. ${u.name} (chỉ số ${formatIndex(u.index)})`,
            }))}
            value={focus}
            onChange={(e) => {
              setUnitId(e.target.value);
              setChanges([]);
            }}
          />
        </Card>
        <Card title={`Thay đổi số liệu của ${focusName}`}>
          {entry.isPending && focus ? <LoadingState label="Đang tải chỉ số thành phần…" /> : null}
          {changes.length === 0 ? <p className="dti-muted">Chưa có thay đổi số liệu.</p> : null}
          {changes.map((c, i) => {
            const component = componentOf(c.componentId);
            return (
              <fieldset key={c.key} className="skh-fieldset">
                <legend>Thay đổi {i + 1}</legend>
                <SelectField
                  id={`c-${c.key}-component`}
                  label="Chỉ số thành phần"
                  placeholder="— Chọn —"
                  options={components.map((x) => ({
                    value: x.id,
                    label: `${x.id}. ${x.name}${x.item ? ` (hiện: ${x.item.valueText})` : ' (chưa có số liệu)'}`,
                  }))}
                  value={c.componentId}
                  onChange={(e) => {
                    const next = componentOf(e.target.value);
                    setChanges(
                      changes.map((x) =>
                        x.key === c.key
                          ? {
                              ...x,
                              componentId: e.target.value,
                              value: next ? draftOf(next.method, next.item?.value) : null,
                            }
                          : x,
                      ),
                    );
                  }}
                />
                {component && c.value ? (
                  <ValueInput
                    id={`c-${c.key}-value`}
                    label={`Giá trị giả định ${component.id}`}
                    method={component.method}
                    draft={c.value}
                    onChange={(value) =>
                      setChanges(changes.map((x) => (x.key === c.key ? { ...x, value } : x)))
                    }
                  />
                ) : null}
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => setChanges(changes.filter((x) => x.key !== c.key))}
                >
                  Bỏ thay đổi {i + 1}
                </Button>
              </fieldset>
            );
          })}
          <Button
            variant="secondary"
            size="small"
            disabled={components.length === 0}
            onClick={() => setChanges([...changes, { key: nextKey++, componentId: '', value: null }])}
          >
            Thêm thay đổi số liệu
          </Button>
        </Card>
        <Card title="Trọng số các chỉ số">
          <p className="dti-muted">
            Hệ số nhân điểm của chỉ số (1 = như bộ chỉ số; 0 = không tính; 2 = gấp đôi).
          </p>
          <div className="dti-grid">
            {r.framework.indicators
              .filter((i) => i.max > 0)
              .map((i) => (
                <TextField
                  key={i.id}
                  id={`w-${i.id}`}
                  label={`${i.name} (tối đa ${formatPoints(i.max)} điểm)`}
                  inputMode="decimal"
                  placeholder="1"
                  value={weights[i.id] ?? ''}
                  error={problems.find((p) => p.fieldId === `w-${i.id}`)?.message}
                  onChange={(e) => setWeights({ ...weights, [i.id]: e.target.value })}
                />
              ))}
          </div>
        </Card>
        <div className="skh-actions">
          <Button type="submit" loading={whatIf.isFetching}>
            Tính kết quả giả định
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setChanges([]);
              setWeights({});
              setScenario(null);
              setProblems([]);
            }}
          >
            Đặt lại
          </Button>
        </div>
      </form>
      <LiveMessage
        message={
          focusRow
            ? `${focusName}: hạng ${focusRow.before.rank} → ${focusRow.after.rank}, chỉ số ${formatIndex(focusRow.before.index)} → ${formatIndex(focusRow.after.index)}.`
            : ''
        }
      />
      {whatIf.isError ? (
        <ErrorState
          title="Không tính được kết quả giả định"
          message={getErrorMessage(whatIf.error)}
          onRetry={() => void whatIf.refetch()}
        />
      ) : null}
      {whatIf.data ? (
        <Card title="Kết quả giả định">
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption>
                Điểm, chỉ số và hạng trước và sau giả định (thang điểm {formatPoints(whatIf.data.max.after)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Hạng hiện tại</th>
                  <th scope="col">Hạng giả định</th>
                  <th scope="col">Chỉ số hiện tại</th>
                  <th scope="col">Chỉ số giả định</th>
                  <th scope="col">Điểm giả định</th>
                </tr>
              </thead>
              <tbody>
                {whatIf.data.rows.map((row) => (
                  <tr key={row.unitId} className={row.unitId === focus ? 'dti-selected' : undefined}>
                    <th scope="row">{row.name}</th>
                    <td>{row.before.rank}</td>
                    <td>
                      <span
                        className={
                          row.after.rank < row.before.rank
                            ? 'dti-up'
                            : row.after.rank > row.before.rank
                              ? 'dti-down'
                              : undefined
                        }
                      >
                        {row.after.rank}
                      </span>
                    </td>
                    <td>{formatIndex(row.before.index)}</td>
                    <td>{formatIndex(row.after.index)}</td>
                    <td>{formatPoints(row.after.points)}</td>
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
