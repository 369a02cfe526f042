import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { DTI_LEVELS, dtiLevelLabels, parseDtiFramework, type DtiLevel } from '@skhcn/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  formatNumber,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
} from '@skhcn/ui';
import type { FrameworkSummary } from '../api-types';

function Status({ f }: { f: FrameworkSummary }) {
  return (
    <>
      {f.locked ? (
        <Badge tone="neutral">Đã khóa (đã dùng cho kỳ đánh giá)</Badge>
      ) : (
        <Badge tone="info">Đang soạn</Badge>
      )}{' '}
      {f.sample ? <Badge tone="warning">Bản mẫu</Badge> : null}{' '}
      {f.stats.indicatorsWithoutComponents > 0 ? (
        <Badge tone="warning">
          Cần nhập chỉ số thành phần ({f.stats.indicatorsWithoutComponents} chỉ số)
        </Badge>
      ) : null}
    </>
  );
}

/** /cds/bo-chi-so — the frameworks: shipped ones, the team's, import from JSON, create a new one. */
export function FrameworksPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.dti.frameworks.list.queryOptions());
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [id, setId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [level, setLevel] = useState<DtiLevel>('commune');
  const [name, setName] = useState('');
  const [createProblems, setCreateProblems] = useState<Record<string, string>>({});
  const create = useMutation(
    trpc.dti.frameworks.create.mutationOptions({
      onSuccess: async (f) => {
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
        void navigate(f.id);
      },
    }),
  );

  useEffect(() => {
    document.title = 'Bộ chỉ số – Chỉ số chuyển đổi số';
  }, []);

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setImportProblems([`Tệp “${file.name}” không phải JSON hợp lệ.`]);
      return;
    }
    const parsed = parseDtiFramework(json);
    if (!parsed.success) {
      setImportProblems(
        parsed.issues.slice(0, 20).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
      );
      return;
    }
    setImportProblems([]);
    create.mutate({ framework: parsed.data });
  };

  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id.trim()))
      problems['new-id'] = 'Mã chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (ví dụ xa-2027).';
    const y = Number(year);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) problems['new-year'] = 'Năm từ 2000 đến 2100.';
    if (!name.trim()) problems['new-name'] = 'Nhập tên bộ chỉ số.';
    setCreateProblems(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate({
      framework: {
        id: id.trim(),
        year: y,
        level,
        name: name.trim(),
        pillars: [{ id: 'I', name: 'Trụ cột 1', indicators: [] }],
      },
    });
  };

  return (
    <>
      <PageHeader
        title="Bộ chỉ số"
        description="Bộ chỉ số theo năm và cấp. Tổ chuyển đổi số nhập, sửa bộ chỉ số trước khi mở kỳ đánh giá; sau khi mở, bộ chỉ số bị khóa."
      />
      {list.isPending ? <LoadingState label="Đang tải bộ chỉ số…" /> : null}
      {list.isError ? (
        <ErrorState
          title="Không tải được bộ chỉ số"
          message={getErrorMessage(list.error)}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.isSuccess && list.data.length === 0 ? <EmptyState title="Chưa có bộ chỉ số nào" /> : null}
      {list.isSuccess && list.data.length > 0 ? (
        <div className="skh-table-wrap">
          <table className="skh-table">
            <caption className="skh-visually-hidden">Các bộ chỉ số, năm mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Bộ chỉ số</th>
                <th scope="col">Năm</th>
                <th scope="col">Cấp</th>
                <th scope="col">Chỉ số thành phần</th>
                <th scope="col">Thang điểm</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={f.id}>{f.name}</Link>
                    <span className="dti-muted"> ({f.id})</span>
                  </th>
                  <td>{f.year}</td>
                  <td>{f.levelLabel}</td>
                  <td>
                    {formatNumber(f.stats.components)}{' '}
                    <span className="dti-muted">
                      ({formatNumber(f.stats.verifiedComponents)} đã xác minh)
                    </span>
                  </td>
                  <td>{formatNumber(f.stats.max)}</td>
                  <td>
                    <Status f={f} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="dti-grid">
        <Card title="Nhập bộ chỉ số từ tệp JSON">
          <p>
            Tệp JSON theo định dạng trao đổi giữa các tỉnh:{' '}
            <code>
              {
                '{ id, year, level, pillars: [{ id, name, indicators: [{ id, name, components: [{ id, name, max, method }] }] }] }'
              }
            </code>
          </p>
          <div className="skh-field">
            <label className="skh-field__label" htmlFor="import-json">
              Chọn tệp .json
            </label>
            <input
              id="import-json"
              type="file"
              accept=".json,application/json"
              onChange={(e) => void onImport(e)}
            />
          </div>
          {importProblems.length > 0 ? (
            <Alert tone="error" title="Tệp chưa đúng định dạng">
              <ul>
                {importProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </Card>
        <Card title="Tạo bộ chỉ số mới">
          <form onSubmit={onCreate} noValidate>
            <TextField
              id="new-id"
              label="Mã bộ chỉ số"
              required
              value={id}
              error={createProblems['new-id']}
              onChange={(e) => setId(e.target.value)}
            />
            <TextField
              id="new-year"
              label="Năm đánh giá"
              required
              inputMode="numeric"
              value={year}
              error={createProblems['new-year']}
              onChange={(e) => setYear(e.target.value)}
            />
            <SelectField
              id="new-level"
              label="Cấp"
              options={DTI_LEVELS.map((l) => ({ value: l, label: dtiLevelLabels[l] }))}
              value={level}
              onChange={(e) => setLevel(e.target.value as DtiLevel)}
            />
            <TextField
              id="new-name"
              label="Tên bộ chỉ số"
              required
              value={name}
              error={createProblems['new-name']}
              onChange={(e) => setName(e.target.value)}
            />
            <Button type="submit" loading={create.isPending}>
              Tạo bộ chỉ số
            </Button>
          </form>
        </Card>
      </div>
      {create.isError ? (
        <Alert tone="error" title="Chưa tạo được bộ chỉ số">
          {getErrorMessage(create.error)}
        </Alert>
      ) : null}
    </>
  );
}
