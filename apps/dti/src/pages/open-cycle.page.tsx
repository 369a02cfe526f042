import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  DTI_IMPUTATION_RULES,
  dtiImputationDisclosures,
  dtiImputationLabels,
  type DtiImputationRule,
} from '@skhcn/domain';
import {
  Alert,
  Button,
  DateField,
  ErrorState,
  ErrorSummary,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
  type ErrorSummaryItem,
} from '@skhcn/ui';
import type { UnitOption } from '../api-types';
import { vnToday } from '../format/today';

/** /cds/chu-ky/moi — the CĐS team opens a year's cycle: framework, units, deadline, rule for missing data. */
export function OpenCyclePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const frameworks = useQuery(trpc.dti.frameworks.list.queryOptions());
  const [frameworkId, setFrameworkId] = useState('');
  const framework = frameworks.data?.find((f) => f.id === frameworkId);
  const units = useQuery(
    trpc.dti.units.list.queryOptions(framework ? { level: framework.level } : undefined, {
      enabled: !!framework,
    }),
  );
  const [name, setName] = useState('');
  const [deadline, setDeadline] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [imputation, setImputation] = useState<DtiImputationRule>('none');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const open = useMutation(
    trpc.dti.cycles.open.mutationOptions({
      onSuccess: async (cycle) => {
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
        void navigate(`../chu-ky/${cycle.id}`);
      },
    }),
  );

  useEffect(() => {
    document.title = 'Mở kỳ đánh giá – Chỉ số chuyển đổi số';
  }, []);

  const unitList = units.data;
  const groups = useMemo(() => {
    const map = new Map<string, { name: string; units: UnitOption[] }>();
    for (const u of unitList ?? []) {
      const key = u.groupCode ?? '';
      const g = map.get(key) ?? { name: u.groupName ?? 'Chưa phân nhóm', units: [] };
      g.units.push(u);
      map.set(key, g);
    }
    return [...map.values()];
  }, [unitList]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!framework) found.push({ fieldId: 'framework', message: 'Chọn bộ chỉ số.' });
    else if (framework.openProblem) found.push({ fieldId: 'framework', message: framework.openProblem });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline))
      found.push({ fieldId: 'deadline', message: 'Nhập hạn nhập số liệu (ngày/tháng/năm).' });
    else if (deadline < vnToday())
      found.push({ fieldId: 'deadline', message: 'Hạn nhập số liệu không được trước ngày hôm nay.' });
    if (framework && selected.length === 0)
      found.push({ fieldId: 'units', message: 'Chọn ít nhất một đơn vị được đánh giá.' });
    setProblems(found);
    if (found.length > 0 || !framework) return;
    open.mutate({
      frameworkId: framework.id,
      deadline,
      unitIds: selected,
      imputation,
      ...(name.trim() ? { name: name.trim() } : {}),
    });
  };

  const error = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  if (frameworks.isPending) return <LoadingState label="Đang tải bộ chỉ số…" />;
  if (frameworks.isError)
    return (
      <ErrorState
        title="Không tải được bộ chỉ số"
        message={getErrorMessage(frameworks.error)}
        onRetry={() => void frameworks.refetch()}
      />
    );
  const usable = frameworks.data.filter((f) => f.stats.components > 0);

  return (
    <>
      <PageHeader
        title="Mở kỳ đánh giá"
        description="Chọn bộ chỉ số, các đơn vị được đánh giá, hạn nhập số liệu và cách xử lý số liệu thiếu. Khi kỳ đánh giá mở, bộ chỉ số bị khóa."
      />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary items={problems} title="Chưa mở được kỳ đánh giá: vui lòng sửa các mục sau" />
        <SelectField
          id="framework"
          label="Bộ chỉ số"
          required
          placeholder="— Chọn bộ chỉ số —"
          options={usable.map((f) => ({
            value: f.id,
            label: `${f.name} (${f.levelLabel}, năm ${f.year}, ${f.stats.components} chỉ số thành phần)`,
          }))}
          hint="Chỉ liệt kê bộ chỉ số đã có chỉ số thành phần. Bộ chỉ số mẫu cần được Tổ chuyển đổi số rà soát trước."
          value={frameworkId}
          error={error('framework')}
          onChange={(e) => {
            setFrameworkId(e.target.value);
            setSelected([]);
          }}
        />
        {framework?.sample ? (
          <Alert tone="warning" title="Bộ chỉ số mẫu">
            Bộ chỉ số này là bản mẫu (chưa phải văn bản ban hành); các dòng chưa xác minh vẫn được tính điểm
            như đã nhập.
          </Alert>
        ) : null}
        <TextField
          id="name"
          label="Tên kỳ đánh giá"
          hint={
            framework
              ? `Để trống: “Đánh giá chỉ số chuyển đổi số ${framework.levelLabel.toLowerCase()} năm ${framework.year}”`
              : undefined
          }
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <DateField
          id="deadline"
          label="Hạn nhập số liệu"
          required
          min={vnToday()}
          hint="Sau ngày này đơn vị chỉ sửa được các mục bị trả lại."
          value={deadline}
          error={error('deadline')}
          onChange={setDeadline}
        />
        <fieldset
          className="skh-fieldset"
          id="units"
          tabIndex={-1}
          aria-describedby={error('units') ? 'units-error' : undefined}
        >
          <legend>Đơn vị được đánh giá</legend>
          {error('units') ? (
            <span id="units-error" className="skh-field__error">
              {error('units')}
            </span>
          ) : null}
          {!framework ? <p className="dti-muted">Chọn bộ chỉ số để thấy các đơn vị cùng cấp.</p> : null}
          {units.isPending && framework ? <LoadingState label="Đang tải đơn vị…" /> : null}
          {units.isSuccess && units.data.length === 0 ? <p>Chưa có đơn vị nào ở cấp này.</p> : null}
          {units.isSuccess && units.data.length > 0 ? (
            <>
              <Button
                variant="secondary"
                size="small"
                onClick={() =>
                  setSelected(selected.length === units.data.length ? [] : units.data.map((u) => u.id))
                }
              >
                {selected.length === units.data.length
                  ? 'Bỏ chọn tất cả'
                  : `Chọn tất cả ${units.data.length} đơn vị`}
              </Button>
              {groups.map((g) => (
                <fieldset key={g.name} className="skh-fieldset">
                  <legend>{g.name}</legend>
                  {g.units.map((u) => (
                    <label key={u.id} className="skh-checkbox">
                      <input
                        type="checkbox"
                        checked={selected.includes(u.id)}
                        onChange={(e) =>
                          setSelected(
                            e.target.checked ? [...selected, u.id] : selected.filter((x) => x !== u.id),
                          )
                        }
                      />
                      <span>
                        {u.name}
                        <span className="dti-muted">
                          {' '}
                          —{' '}
                          {u.reporters.length
                            ? `người nhập: ${u.reporters.join(', ')}`
                            : 'chưa phân công người nhập'}
                        </span>
                      </span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </>
          ) : null}
        </fieldset>
        <fieldset className="skh-fieldset">
          <legend>Xử lý số liệu thiếu (công bố kèm kết quả)</legend>
          {DTI_IMPUTATION_RULES.map((rule) => (
            <label key={rule} className="skh-checkbox">
              <input
                type="radio"
                name="imputation"
                value={rule}
                checked={imputation === rule}
                onChange={() => setImputation(rule)}
              />
              <span>
                <strong>{dtiImputationLabels[rule]}</strong>
                <span className="dti-muted"> — {dtiImputationDisclosures[rule]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {open.isError ? (
          <Alert tone="error" title="Chưa mở được kỳ đánh giá">
            {getErrorMessage(open.error)}
          </Alert>
        ) : null}
        <Button type="submit" loading={open.isPending}>
          Mở kỳ đánh giá
        </Button>
      </form>
    </>
  );
}
