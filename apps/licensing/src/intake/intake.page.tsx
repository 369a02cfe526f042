import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { LICENSING_PROCEDURE_CODES, procedureInForce, RADIATION_DEVICE_TYPES } from '@skhcn/domain';
import { FilePicker, fieldPath, useField, useSession, useToday } from '@skhcn/one-stop-ui';
import {
  Alert,
  Button,
  Card,
  DateField,
  ErrorSummary,
  formatDate,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@skhcn/ui';
import type { LicensingSubmitOutput } from '../api-types';
import { FeePreview } from './fee-preview.component';
import {
  emptyDevice,
  emptyIntake,
  intakeIssues,
  isRadiation,
  needsDevices,
  needsPrevious,
  needsServices,
  needsYears,
  picksDevices,
  toSubmitInput,
  type DeviceDraft,
  type FieldIssue,
  type IntakeDraft,
} from './intake-draft';

const EVENTS = [
  { value: 'acquired', label: 'Mới có thiết bị (mua, nhận, thuê)' },
  { value: 'moved_in', label: 'Chuyển thiết bị đến địa điểm trong tỉnh' },
  { value: 'moved_out', label: 'Chuyển thiết bị đi nơi khác' },
  { value: 'disposed', label: 'Thanh lý, chuyển giao thiết bị' },
];

function DeviceRows({
  devices,
  onChange,
  errors,
}: {
  devices: DeviceDraft[];
  onChange: (d: DeviceDraft[]) => void;
  errors: Record<string, string>;
}) {
  const set = (i: number, changes: Partial<DeviceDraft>) =>
    onChange(devices.map((d, j) => (j === i ? { ...d, ...changes } : d)));
  return (
    <>
      {devices.map((d, i) => (
        <fieldset key={i} className="skh-card">
          <legend>Thiết bị {i + 1}</legend>
          <SelectField
            id={`lic-device-${i}-type`}
            label="Loại thiết bị"
            required
            placeholder="Chọn loại thiết bị"
            options={RADIATION_DEVICE_TYPES.map((t) => ({ value: t.type, label: t.label }))}
            value={d.type}
            error={errors[`lic-device-${i}-type`]}
            onChange={(e) => set(i, { type: e.target.value })}
          />
          <TextField
            id={`lic-device-${i}-manufacturer`}
            label="Hãng sản xuất"
            required
            value={d.manufacturer}
            error={errors[`lic-device-${i}-manufacturer`]}
            onChange={(e) => set(i, { manufacturer: e.target.value })}
          />
          <TextField
            id={`lic-device-${i}-model`}
            label="Model"
            required
            value={d.model}
            error={errors[`lic-device-${i}-model`]}
            onChange={(e) => set(i, { model: e.target.value })}
          />
          <TextField
            id={`lic-device-${i}-serial`}
            label="Số sê-ri"
            required
            value={d.serial}
            error={errors[`lic-device-${i}-serial`]}
            onChange={(e) => set(i, { serial: e.target.value })}
          />
          <TextField
            label="Năm sản xuất"
            inputMode="numeric"
            value={d.yearMade}
            onChange={(e) => set(i, { yearMade: e.target.value.replace(/\D/g, '').slice(0, 4) })}
          />
          <TextField
            label="Vị trí đặt thiết bị"
            value={d.location}
            onChange={(e) => set(i, { location: e.target.value })}
          />
          <DateField
            label="Ngày kiểm định gần nhất"
            value={d.lastInspectionOn}
            onChange={(v) => set(i, { lastInspectionOn: v })}
          />
          <TextField
            label="Số giấy chứng nhận kiểm định"
            value={d.inspectionCertificate}
            onChange={(e) => set(i, { inspectionCertificate: e.target.value })}
          />
          {devices.length > 1 ? (
            <Button variant="secondary" onClick={() => onChange(devices.filter((_, j) => j !== i))}>
              Bỏ thiết bị {i + 1}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => onChange([...devices, emptyDevice()])}>
        Thêm thiết bị
      </Button>
    </>
  );
}

/** The holder's declared devices, to choose those a licence covers (and see the fee). */
function DevicePicker({
  taxCode,
  selected,
  onChange,
  error,
}: {
  taxCode: string;
  selected: string[];
  onChange: (ids: string[], types: string[]) => void;
  error?: string | undefined;
}) {
  const trpc = useTRPC();
  const holders = useQuery({
    ...trpc.licensing.holders.list.queryOptions({ field: 'radiation', q: taxCode, page: 1, pageSize: 5 }),
    enabled: /^\d{10}/.test(taxCode),
  });
  const holder = holders.data?.items.find((h) => h.taxCode === taxCode);
  const detail = useQuery({
    ...trpc.licensing.holders.get.queryOptions({ holderId: holder?.id ?? '' }),
    enabled: holder !== undefined,
  });
  const devices = (detail.data?.devices ?? []).filter((d) => d.status === 'in_use' || d.status === 'stored');
  const toggle = (id: string) => {
    const ids = selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id];
    onChange(
      ids,
      devices.filter((d) => ids.includes(d.id)).map((d) => d.type),
    );
  };
  return (
    <fieldset id="lic-devices" tabIndex={-1} aria-describedby={error ? 'lic-devices-error' : undefined}>
      <legend>Thiết bị giấy phép bao gồm *</legend>
      {error ? (
        <p id="lic-devices-error" className="skh-field__error">
          {error}
        </p>
      ) : null}
      {devices.length === 0 ? (
        <p className="os-muted">
          {holders.isPending || detail.isPending
            ? 'Đang tải thiết bị đã khai báo…'
            : 'Chưa có thiết bị đã khai báo của cơ sở này. Thiết bị phải được khai báo trước khi đề nghị cấp giấy phép.'}
        </p>
      ) : (
        devices.map((d) => (
          <label key={d.id} className="skh-checkbox">
            <input type="checkbox" checked={selected.includes(d.id)} onChange={() => toggle(d.id)} />{' '}
            {d.typeLabel}: {d.manufacturer} {d.model}, số sê-ri {d.serial}
          </label>
        ))
      )}
    </fieldset>
  );
}

/** The previous licence's devices, for the renewal fee (the register is public). */
function RenewalFee({ number }: { number: string }) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.licensing.verify.queryOptions({ number }), enabled: number.length > 4 });
  const devices = (Array.isArray(q.data?.scope.devices) ? q.data.scope.devices : []) as { type: string }[];
  return <FeePreview kind="renewal" types={devices.map((d) => d.type)} />;
}

/** A licensing dossier filed online or received at the counter: the form follows the procedure chosen. */
export function IntakePage({ mode }: { mode: 'counter' | 'online' }) {
  const field = useField();
  const { data: user } = useSession();
  const today = useToday();
  const [params] = useSearchParams();
  const chosen = params.get('thu-tuc') ?? '';
  const own = user?.applicant;
  const fresh = () =>
    emptyIntake(
      own ? { name: own.organisationName, taxCode: own.taxCode } : undefined,
      LICENSING_PROCEDURE_CODES.includes(chosen) ? chosen : '',
    );
  const [draft, setDraft] = useState<IntakeDraft>(fresh);
  const [types, setTypes] = useState<string[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [result, setResult] = useState<LicensingSubmitOutput | null>(null);
  const trpc = useTRPC();
  const submit = useMutation(trpc.licensing.submit.mutationOptions());
  const receive = useMutation(trpc.licensing.receive.mutationOptions());
  const mutation = mode === 'counter' ? receive : submit;
  const title = mode === 'counter' ? 'Tiếp nhận hồ sơ tại quầy' : 'Nộp hồ sơ trực tuyến';
  useEffect(() => {
    document.title = `${title} – ${field.title}`;
  }, [title, field.title]);

  const set = (changes: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const errors = Object.fromEntries(issues.map((i) => [i.fieldId, i.message]));
  const code = draft.procedureCode;
  const procedure = code ? procedureInForce(code, today) : undefined;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = intakeIssues(draft, today);
    setIssues(found);
    if (found.length > 0) return;
    const input = toSubmitInput(draft);
    if (mode === 'counter') receive.mutate({ ...input, channel: 'direct' }, { onSuccess: setResult });
    else submit.mutate(input, { onSuccess: setResult });
  };

  if (result) {
    return (
      <>
        <PageHeader title={title} />
        <Alert tone="success" title={mode === 'counter' ? 'Đã tiếp nhận hồ sơ' : 'Đã nộp hồ sơ'}>
          <dl className="skh-facts">
            <dt>Mã hồ sơ</dt>
            <dd>
              <strong>{result.code}</strong>
            </dd>
            <dt>Ngày hẹn trả kết quả</dt>
            <dd>
              {result.appointmentDate
                ? formatDate(result.appointmentDate)
                : 'Sẽ có khi cán bộ Bộ phận một cửa tiếp nhận hồ sơ.'}
            </dd>
          </dl>
        </Alert>
        <p>
          {mode === 'counter' ? (
            <Link to={fieldPath(field, 'ho-so', result.dossierId)}>Mở hồ sơ {result.code}</Link>
          ) : (
            <Link to={`/ho-so-cua-toi/${encodeURIComponent(result.dossierId)}`}>Xem hồ sơ {result.code}</Link>
          )}
        </p>
        <Button
          variant="secondary"
          onClick={() => {
            setResult(null);
            setDraft(fresh());
            setTypes([]);
          }}
        >
          Nộp hồ sơ khác
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} description={`Theo quy định áp dụng ngày ${formatDate(today)}.`} />
      <ErrorSummary items={issues} />
      {mutation.isError ? (
        <Alert tone="error" title="Chưa gửi được hồ sơ">
          {getErrorMessage(mutation.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <p className="os-muted">Các mục có dấu * là bắt buộc.</p>
        <Card title="1. Thủ tục">
          <SelectField
            id="lic-procedure"
            label="Thủ tục hành chính"
            required
            placeholder="Chọn thủ tục"
            options={LICENSING_PROCEDURE_CODES.flatMap((c) => {
              const v = procedureInForce(c, today);
              return v ? [{ value: c, label: `${isRadiation(c) ? 'Bức xạ' : 'Bưu chính'} – ${v.name}` }] : [];
            })}
            value={code}
            error={errors['lic-procedure']}
            onChange={(e) => {
              set({ procedureCode: e.target.value, components: {}, deviceIds: [] });
              setTypes([]);
            }}
          />
          {procedure?.filingDeadline ? <p className="os-muted">{procedure.filingDeadline.rule}.</p> : null}
        </Card>
        <Card title={`2. ${isRadiation(code) ? 'Cơ sở' : 'Tổ chức, doanh nghiệp'}`}>
          <TextField
            id="lic-name"
            label="Tên"
            required
            value={draft.name}
            error={errors['lic-name']}
            onChange={(e) => set({ name: e.target.value })}
          />
          <TextField
            id="lic-tax-code"
            label="Mã số thuế"
            required
            inputMode="numeric"
            readOnly={mode === 'online'}
            hint={mode === 'online' ? 'Tài khoản của bạn nộp hồ sơ cho tổ chức của mình.' : undefined}
            value={draft.taxCode}
            error={errors['lic-tax-code']}
            onChange={(e) => set({ taxCode: e.target.value.trim() })}
          />
          <TextField
            id="lic-address"
            label="Địa chỉ"
            required
            value={draft.address}
            error={errors['lic-address']}
            onChange={(e) => set({ address: e.target.value })}
          />
          <TextField
            label="Quận, huyện"
            value={draft.district}
            onChange={(e) => set({ district: e.target.value })}
          />
          <TextField
            label="Số điện thoại"
            type="tel"
            value={draft.phone}
            onChange={(e) => set({ phone: e.target.value })}
          />
          {isRadiation(code) ? (
            <>
              <TextField
                label="Người phụ trách an toàn bức xạ"
                value={draft.officerName}
                onChange={(e) => set({ officerName: e.target.value })}
              />
              <TextField
                label="Số chứng chỉ của người phụ trách an toàn"
                value={draft.officerCertificate}
                onChange={(e) => set({ officerCertificate: e.target.value })}
              />
            </>
          ) : null}
        </Card>
        {needsDevices(code) ? (
          <Card title="3. Khai báo thiết bị">
            <SelectField
              label="Sự việc phải khai báo"
              required
              options={EVENTS}
              value={draft.event}
              onChange={(e) => set({ event: e.target.value })}
            />
            <DateField
              id="lic-event-date"
              label="Ngày phát sinh sự việc"
              max={today}
              value={draft.eventDate}
              error={errors['lic-event-date']}
              onChange={(v) => set({ eventDate: v })}
            />
            <DeviceRows devices={draft.devices} onChange={(devices) => set({ devices })} errors={errors} />
          </Card>
        ) : null}
        {picksDevices(code) ? (
          <Card title="3. Thiết bị">
            <DevicePicker
              taxCode={draft.taxCode}
              selected={draft.deviceIds}
              error={errors['lic-devices']}
              onChange={(deviceIds, t) => {
                set({ deviceIds });
                setTypes(t);
              }}
            />
          </Card>
        ) : null}
        {code === 'buc-xa.cap-giay-phep' ? <FeePreview kind="new" types={types} /> : null}
        {needsPrevious(code) ? (
          <Card title="3. Văn bản đã được cấp">
            <TextField
              id="lic-previous"
              label="Số văn bản đã được cấp"
              required
              hint="Ví dụ 1/2026/GPBX-QLCN"
              value={draft.previousNumber}
              error={errors['lic-previous']}
              onChange={(e) => set({ previousNumber: e.target.value })}
            />
          </Card>
        ) : null}
        {code === 'buc-xa.gia-han-giay-phep' ? <RenewalFee number={draft.previousNumber.trim()} /> : null}
        {needsServices(code) || needsYears(code) ? (
          <Card title="4. Dịch vụ bưu chính">
            {needsServices(code) ? (
              <>
                <TextAreaField
                  id="lic-services"
                  label="Dịch vụ (mỗi dòng một dịch vụ)"
                  required
                  value={draft.services}
                  error={errors['lic-services']}
                  onChange={(e) => set({ services: e.target.value })}
                />
                <TextField
                  label="Phạm vi cung ứng"
                  value={draft.scope}
                  onChange={(e) => set({ scope: e.target.value })}
                />
              </>
            ) : null}
            {needsYears(code) ? (
              <TextField
                id="lic-years"
                label="Thời hạn đề nghị (năm, tối đa 10)"
                required
                inputMode="numeric"
                value={draft.requestedYears}
                error={errors['lic-years']}
                onChange={(e) => set({ requestedYears: e.target.value.replace(/\D/g, '').slice(0, 2) })}
              />
            ) : null}
          </Card>
        ) : null}
        {code === 'buc-xa.chung-chi-nhan-vien' ? (
          <Card title="3. Người đề nghị cấp chứng chỉ">
            <TextField
              id="lic-person"
              label="Họ và tên"
              required
              value={draft.personName}
              error={errors['lic-person']}
              onChange={(e) => set({ personName: e.target.value })}
            />
          </Card>
        ) : null}
        {procedure ? (
          <Card title="Thành phần hồ sơ">
            <p className="os-muted">Tệp PDF, PNG hoặc JPEG, mỗi tệp tối đa 10 MB.</p>
            {procedure.components.map((c) => (
              <FilePicker
                key={c.key}
                id={`lic-component-${c.key}`}
                label={c.name}
                required={c.required && !c.when}
                hint={c.when ? `Áp dụng khi: ${c.when}` : undefined}
                files={draft.components[c.key] ?? []}
                error={errors[`lic-component-${c.key}`]}
                onChange={(files) => set({ components: { ...draft.components, [c.key]: files } })}
              />
            ))}
          </Card>
        ) : null}
        <Button type="submit" loading={mutation.isPending}>
          {mode === 'counter' ? 'Tiếp nhận hồ sơ' : 'Nộp hồ sơ'}
        </Button>
      </form>
    </>
  );
}
