import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { csrfHeaders, getErrorMessage, useTRPC } from '@skhcn/api-client';
import { DTI_METHOD_KINDS, dtiMethodLabels, type DtiFramework, type DtiMethodKind } from '@skhcn/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  ErrorState,
  ErrorSummary,
  formatDateTime,
  formatNumber,
  LiveMessage,
  LoadingState,
  PageHeader,
  TextField,
  type ErrorSummaryItem,
} from '@skhcn/ui';
import type { FrameworkDetail } from '../api-types';
import {
  editStateOf,
  fieldId,
  fieldOfPath,
  frameworkOfEdit,
  newComponent,
  newKey,
  type EditComponent,
  type EditPillar,
} from '../format/framework-edit';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

interface ComponentRowEditorProps {
  pk: string;
  ik: string;
  c: EditComponent;
  /** Fields with a problem, comma-separated (a string keeps the row's props comparable) */
  invalidFields: string;
  onChange: (pk: string, ik: string, ck: string, change: Partial<EditComponent>) => void;
  onRemove: (pk: string, ik: string, ck: string) => void;
}

/** One component's row of the editor; memoised so typing in one row does not redraw the others. */
const ComponentRowEditor = memo(function ComponentRowEditor({
  pk,
  ik,
  c,
  invalidFields,
  onChange,
  onRemove,
}: ComponentRowEditorProps) {
  const f = (field: string) => fieldId(pk, ik, c.key, field);
  const invalid = (field: string) => (invalidFields.split(',').includes(field) ? true : undefined);
  const set = (change: Partial<EditComponent>) => onChange(pk, ik, c.key, change);
  const label = c.id || 'mới';
  return (
    <tr>
      <td>
        <input
          id={f('id')}
          className="skh-input"
          aria-label={`Mã chỉ số thành phần ${label}`}
          aria-invalid={invalid('id')}
          value={c.id}
          size={6}
          onChange={(e) => set({ id: e.target.value })}
        />
      </td>
      <td>
        <textarea
          id={f('name')}
          className="skh-input"
          rows={2}
          aria-label={`Tên chỉ số thành phần ${label}`}
          aria-invalid={invalid('name')}
          value={c.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </td>
      <td>
        <input
          id={f('max')}
          className="skh-input"
          inputMode="decimal"
          size={5}
          aria-label={`Điểm tối đa ${label}`}
          aria-invalid={invalid('max')}
          value={c.max}
          onChange={(e) => set({ max: e.target.value })}
        />
      </td>
      <td>
        <select
          id={f('kind')}
          className="skh-input"
          aria-label={`Cách tính ${label}`}
          value={c.kind}
          onChange={(e) => set({ kind: e.target.value as DtiMethodKind })}
        >
          {DTI_METHOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {dtiMethodLabels[k]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {c.kind === 'target' || c.kind === 'bands' ? (
          <input
            id={f('param')}
            className="skh-input"
            size={14}
            aria-label={c.kind === 'target' ? `Chỉ tiêu ${label}` : `Các mức (ngưỡng:điểm; …) ${label}`}
            aria-invalid={invalid('param')}
            placeholder={c.kind === 'target' ? '200' : '0:0; 50:5; 80:10'}
            value={c.param}
            onChange={(e) => set({ param: e.target.value })}
          />
        ) : (
          <span className="dti-muted">—</span>
        )}
      </td>
      <td>
        <input
          id={f('verified')}
          type="checkbox"
          aria-label={`Đã xác minh ${label}`}
          checked={c.verified}
          onChange={(e) => set({ verified: e.target.checked })}
        />
      </td>
      <td>
        <input
          id={f('source')}
          className="skh-input"
          size={12}
          aria-label={`Văn bản nguồn ${label}`}
          value={c.source}
          onChange={(e) => set({ source: e.target.value })}
        />
      </td>
      <td>
        <Button variant="link" size="small" onClick={() => onRemove(pk, ik, c.key)}>
          Xóa<span className="skh-visually-hidden"> chỉ số thành phần {label}</span>
        </Button>
      </td>
    </tr>
  );
});

function Editor({ detail, onSaved }: { detail: FrameworkDetail; onSaved: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pillars, setPillars] = useState<EditPillar[]>(() => editStateOf(detail.framework));
  const [name, setName] = useState(detail.framework.name ?? '');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const save = useMutation(
    trpc.dti.frameworks.save.mutationOptions({
      onSuccess: async (saved) => {
        onSaved(
          `Đã lưu bộ chỉ số (phiên bản ${saved.version}, ${saved.stats.components} chỉ số thành phần).`,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
      },
      onError: (err) => {
        const issues = (err as { data?: { issues?: { path: string; message: string }[] } }).data?.issues;
        if (issues)
          setProblems(issues.map((i) => ({ fieldId: fieldOfPath(pillars, i.path), message: i.message })));
      },
    }),
  );

  const setPillar = useCallback(
    (pk: string, change: (p: EditPillar) => EditPillar) =>
      setPillars((all) => all.map((p) => (p.key === pk ? change(p) : p))),
    [],
  );
  const setComponent = useCallback(
    (pk: string, ik: string, ck: string, change: Partial<EditComponent>) =>
      setPillar(pk, (p) => ({
        ...p,
        indicators: p.indicators.map((i) =>
          i.key === ik
            ? { ...i, components: i.components.map((c) => (c.key === ck ? { ...c, ...change } : c)) }
            : i,
        ),
      })),
    [setPillar],
  );
  const removeComponent = useCallback(
    (pk: string, ik: string, ck: string) =>
      setPillar(pk, (p) => ({
        ...p,
        indicators: p.indicators.map((i) =>
          i.key === ik ? { ...i, components: i.components.filter((c) => c.key !== ck) } : i,
        ),
      })),
    [setPillar],
  );

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const meta: DtiFramework = { ...detail.framework, ...(name.trim() ? { name: name.trim() } : {}) };
    const result = frameworkOfEdit(meta, pillars);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    save.mutate({ id: detail.id, expectedVersion: detail.version, framework: result.framework });
  };

  const err = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  return (
    <form onSubmit={onSave} noValidate>
      <ErrorSummary items={problems} title="Chưa lưu được bộ chỉ số: vui lòng sửa các mục sau" />
      <TextField id="f-name" label="Tên bộ chỉ số" value={name} onChange={(e) => setName(e.target.value)} />
      {pillars.map((p, pi) => (
        <fieldset key={p.key} className="skh-fieldset">
          <legend>Trụ cột {pi + 1}</legend>
          <div className="dti-grid">
            <TextField
              id={fieldId(p.key, 'id')}
              label="Mã trụ cột"
              value={p.id}
              error={err(fieldId(p.key, 'id'))}
              onChange={(e) => setPillar(p.key, (x) => ({ ...x, id: e.target.value }))}
            />
            <TextField
              id={fieldId(p.key, 'name')}
              label="Tên trụ cột"
              value={p.name}
              error={err(fieldId(p.key, 'name'))}
              onChange={(e) => setPillar(p.key, (x) => ({ ...x, name: e.target.value }))}
            />
          </div>
          {p.indicators.map((i, ii) => (
            <fieldset key={i.key} className="skh-fieldset">
              <legend>
                Chỉ số {pi + 1}.{ii + 1}
                {i.declaredComponentCount !== undefined || i.declaredMax !== undefined ? (
                  <span className="dti-muted">
                    {' '}
                    (theo văn bản: {i.declaredComponentCount ?? '?'} chỉ số thành phần, {i.declaredMax ?? '?'}{' '}
                    điểm)
                  </span>
                ) : null}
              </legend>
              <div className="dti-grid">
                <TextField
                  id={fieldId(p.key, i.key, 'id')}
                  label="Mã chỉ số"
                  value={i.id}
                  error={err(fieldId(p.key, i.key, 'id'))}
                  onChange={(e) =>
                    setPillar(p.key, (x) => ({
                      ...x,
                      indicators: x.indicators.map((y) =>
                        y.key === i.key ? { ...y, id: e.target.value } : y,
                      ),
                    }))
                  }
                />
                <TextField
                  id={fieldId(p.key, i.key, 'name')}
                  label="Tên chỉ số"
                  value={i.name}
                  error={err(fieldId(p.key, i.key, 'name'))}
                  onChange={(e) =>
                    setPillar(p.key, (x) => ({
                      ...x,
                      indicators: x.indicators.map((y) =>
                        y.key === i.key ? { ...y, name: e.target.value } : y,
                      ),
                    }))
                  }
                />
              </div>
              <div className="skh-table-wrap">
                <table className="skh-table">
                  <caption>Chỉ số thành phần của chỉ số “{i.name || i.id}”</caption>
                  <thead>
                    <tr>
                      <th scope="col">Mã</th>
                      <th scope="col">Tên chỉ số thành phần</th>
                      <th scope="col">Điểm tối đa</th>
                      <th scope="col">Cách tính</th>
                      <th scope="col">Tham số</th>
                      <th scope="col">Đã xác minh</th>
                      <th scope="col">Văn bản nguồn</th>
                      <th scope="col">Xóa</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.components.map((c) => (
                      <ComponentRowEditor
                        key={c.key}
                        pk={p.key}
                        ik={i.key}
                        c={c}
                        invalidFields={['id', 'name', 'max', 'param']
                          .filter((x) => err(fieldId(p.key, i.key, c.key, x)))
                          .join(',')}
                        onChange={setComponent}
                        onRemove={removeComponent}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="skh-actions">
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() =>
                    setPillar(p.key, (x) => ({
                      ...x,
                      indicators: x.indicators.map((y) =>
                        y.key === i.key ? { ...y, components: [...y.components, newComponent()] } : y,
                      ),
                    }))
                  }
                >
                  Thêm chỉ số thành phần
                  <span className="skh-visually-hidden"> vào chỉ số {i.name || i.id}</span>
                </Button>
                <Button
                  variant="link"
                  size="small"
                  onClick={() =>
                    setPillar(p.key, (x) => ({
                      ...x,
                      indicators: x.indicators.filter((y) => y.key !== i.key),
                    }))
                  }
                >
                  Xóa chỉ số {pi + 1}.{ii + 1}
                </Button>
              </div>
            </fieldset>
          ))}
          <div className="skh-actions">
            <Button
              variant="secondary"
              size="small"
              onClick={() =>
                setPillar(p.key, (x) => ({
                  ...x,
                  indicators: [...x.indicators, { key: newKey(), id: '', name: '', components: [] }],
                }))
              }
            >
              Thêm chỉ số vào trụ cột {pi + 1}
            </Button>
            <Button
              variant="link"
              size="small"
              onClick={() => setPillars(pillars.filter((x) => x.key !== p.key))}
            >
              Xóa trụ cột {pi + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="skh-actions">
        <Button
          variant="secondary"
          onClick={() => setPillars([...pillars, { key: newKey(), id: '', name: '', indicators: [] }])}
        >
          Thêm trụ cột
        </Button>
        <Button type="submit" loading={save.isPending}>
          Lưu bộ chỉ số
        </Button>
      </div>
      {save.isError ? (
        <Alert tone="error" title="Chưa lưu được bộ chỉ số">
          {getErrorMessage(save.error)}
        </Alert>
      ) : null}
    </form>
  );
}

/** /cds/bo-chi-so/:id — a framework: its rows, sources and warnings; edit (until a cycle uses it), copy, import, export. */
export function FrameworkEditorPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.dti.frameworks.get.queryOptions({ id }));
  const [copyId, setCopyId] = useState('');
  const [copyYear, setCopyYear] = useState('');
  const [copyProblem, setCopyProblem] = useState('');
  const [message, setMessage] = useState('');
  const [importMessage, setImportMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(
    null,
  );
  const copy = useMutation(
    trpc.dti.frameworks.copy.mutationOptions({
      onSuccess: async (f) => {
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
        void navigate(`../bo-chi-so/${f.id}`);
      },
    }),
  );

  useEffect(() => {
    if (detail.data) document.title = `${detail.data.name} – Bộ chỉ số`;
  }, [detail.data]);

  if (detail.isPending) return <LoadingState label="Đang tải bộ chỉ số…" />;
  if (detail.isError)
    return (
      <ErrorState
        title="Không tải được bộ chỉ số"
        message={getErrorMessage(detail.error)}
        onRetry={() => void detail.refetch()}
      />
    );
  const d = detail.data;

  const onImportXlsx = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const res = await fetch(
        `/api/dti/frameworks/${encodeURIComponent(d.id)}/import.xlsx?version=${d.version}`,
        {
          method: 'POST',
          credentials: 'same-origin',
          headers: { ...csrfHeaders(), 'content-type': 'application/octet-stream' },
          body: await file.arrayBuffer(),
        },
      );
      const body = (await res.json().catch(() => null)) as {
        error?: { message?: string };
        version?: number;
      } | null;
      if (!res.ok || !body || body.error) {
        setImportMessage({
          tone: 'error',
          text: body?.error?.message ?? 'Máy chủ không nhận tệp. Vui lòng thử lại.',
        });
        return;
      }
      setImportMessage({
        tone: 'success',
        text: `Đã nhập bảng tính; bộ chỉ số ở phiên bản ${body.version}.`,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
    } catch {
      setImportMessage({ tone: 'error', text: 'Không gửi được tệp: mất kết nối tới máy chủ.' });
    }
  };

  const onCopy = (e: FormEvent) => {
    e.preventDefault();
    const year = Number(copyYear);
    if (
      !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(copyId.trim()) ||
      !Number.isInteger(year) ||
      year < 2000 ||
      year > 2100
    ) {
      setCopyProblem('Nhập mã mới (chữ không dấu, chữ số, dấu chấm, gạch ngang) và năm từ 2000 đến 2100.');
      return;
    }
    setCopyProblem('');
    copy.mutate({ fromId: d.id, toId: copyId.trim(), year });
  };

  return (
    <>
      <PageHeader
        title={d.name}
        description={`${d.levelLabel} · năm ${d.year} · ${formatNumber(d.stats.components)} chỉ số thành phần · thang điểm ${formatNumber(d.stats.max)}`}
        actions={
          <>
            {d.locked ? <Badge tone="neutral">Đã khóa</Badge> : <Badge tone="info">Đang soạn</Badge>}{' '}
            {d.sample ? <Badge tone="warning">Bản mẫu</Badge> : null}
          </>
        }
      />
      <LiveMessage message={message} />
      <Card title="Nguồn và tình trạng">
        <dl className="skh-facts">
          <dt>Mã</dt>
          <dd>{d.id}</dd>
          <dt>Văn bản nguồn</dt>
          <dd>
            {d.legalSource ? (
              <>
                {d.legalSource.document}
                {d.legalSource.article ? `, ${d.legalSource.article}` : ''}
                {d.legalSource.note ? <span className="dti-muted"> — {d.legalSource.note}</span> : null}
              </>
            ) : (
              (d.framework.source ?? 'Do Tổ chuyển đổi số nhập')
            )}
          </dd>
          {d.framework.note ? (
            <>
              <dt>Ghi chú</dt>
              <dd>{d.framework.note}</dd>
            </>
          ) : null}
          <dt>Phiên bản</dt>
          <dd>
            {d.version} (cập nhật {formatDateTime(d.updatedAt)})
          </dd>
        </dl>
        {d.warnings.length > 0 ? (
          <Alert tone="warning" title="Cần lưu ý">
            <ul>
              {d.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {d.locked ? (
          <Alert tone="info" title="Bộ chỉ số đã khóa">
            Bộ chỉ số đã được dùng cho một kỳ đánh giá nên không sửa được. Sao chép sang bộ mới cho năm sau để
            chỉnh sửa.
          </Alert>
        ) : null}
      </Card>
      <div className="dti-grid">
        <Card title="Xuất, nhập">
          <ul className="dti-links">
            <li>
              <Button
                variant="link"
                onClick={() => download(`${d.id}.json`, JSON.stringify(d.framework, null, 2))}
              >
                Tải tệp JSON (định dạng trao đổi)
              </Button>
            </li>
            <li>
              <a href={`/api/dti/frameworks/${encodeURIComponent(d.id)}/rows.xlsx`} download>
                Tải bảng tính Excel để chỉnh sửa (.xlsx)
              </a>
            </li>
          </ul>
          {!d.locked ? (
            <div className="skh-field">
              <label className="skh-field__label" htmlFor="import-xlsx">
                Nhập lại bảng tính Excel đã chỉnh sửa
              </label>
              <input
                id="import-xlsx"
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void onImportXlsx(e)}
              />
            </div>
          ) : null}
          {importMessage ? <Alert tone={importMessage.tone}>{importMessage.text}</Alert> : null}
        </Card>
        <Card title="Sao chép sang năm khác">
          <form onSubmit={onCopy} noValidate>
            <TextField
              id="copy-id"
              label="Mã bộ chỉ số mới"
              hint="Ví dụ xa-2027"
              value={copyId}
              onChange={(e) => setCopyId(e.target.value)}
              error={copyProblem || undefined}
            />
            <TextField
              id="copy-year"
              label="Năm đánh giá"
              inputMode="numeric"
              value={copyYear}
              onChange={(e) => setCopyYear(e.target.value)}
            />
            <Button type="submit" loading={copy.isPending}>
              Sao chép
            </Button>
            {copy.isError ? <Alert tone="error">{getErrorMessage(copy.error)}</Alert> : null}
          </form>
        </Card>
      </div>
      <Card title={d.locked ? 'Các chỉ số' : 'Chỉnh sửa các chỉ số'}>
        {d.locked ? (
          <ul className="dti-tree">
            {d.framework.pillars.map((p) => (
              <li key={p.id}>
                <strong>
                  {p.id}. {p.name}
                </strong>
                <ul className="dti-tree">
                  {p.indicators.map((i) => (
                    <li key={i.id}>
                      {i.id}. {i.name}
                      <ul className="dti-tree">
                        {i.components.map((c) => (
                          <li key={c.id}>
                            {c.id}. {c.name} — {formatNumber(c.max)} điểm, {dtiMethodLabels[c.method.kind]}
                            {c.verified ? '' : ' (chưa xác minh)'}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <Editor key={d.version} detail={d} onSaved={setMessage} />
        )}
      </Card>
    </>
  );
}
