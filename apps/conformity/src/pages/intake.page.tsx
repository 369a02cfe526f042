import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TRPCClientError } from '@trpc/client';
import { getErrorMessage, useTRPC, useTRPCClient } from '@skhcn/api-client';
import {
  checkTaxCode,
  conformityBasisLabels,
  conformityRegimeOn,
  parseQcvn,
  parseTcvn,
  procedureInForce,
  riskClassLabels,
  type ConformityBasis,
  type RiskClass,
} from '@skhcn/domain';
import {
  Alert,
  Button,
  Card,
  ErrorSummary,
  LiveMessage,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  formatDate,
} from '@skhcn/ui';
import { useMutation } from '@tanstack/react-query';
import {
  TDC_PROCEDURE_CODES,
  type ConformitySubmitOutput,
  type DeclarationDraftInput,
  type TdcProcedureCode,
} from '../api-types';
import { FilePicker } from '../components/file-picker.component';
import { useSession } from '../components/use-session.hook';
import {
  draftIssues,
  emptyDraft,
  emptyProduct,
  fieldIdOf,
  kindOfProcedure,
  messagesByField,
  newKey,
  toDeclarationInput,
  type DeclarationDraft,
  type FieldIssue,
  type ProductDraft,
} from '../format/declaration-draft';
import { documentUrl } from '../format/dossier-format';
import { vnToday } from '../format/today';

export interface IntakePageProps {
  /** counter: an officer receives a paper dossier; online: an applicant submits */
  mode: 'counter' | 'online';
}

/** Field issues the server sent with a BAD_INPUT error (data.issues), mapped to the form's fields. */
function serverIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { issues?: { path: string; message: string }[] } | null | undefined;
  return (data?.issues ?? []).map((i) => ({ fieldId: fieldIdOf(i.path), message: i.message }));
}

export function IntakePage({ mode }: IntakePageProps) {
  const { data: user } = useSession();
  const today = vnToday();
  const applicantOrg = user?.applicant
    ? { name: user.applicant.organisationName, taxCode: user.applicant.taxCode }
    : undefined;
  const [draft, setDraft] = useState<DeclarationDraft>(() => emptyDraft(applicantOrg));
  const [contact, setContact] = useState({
    representative: '',
    phone: '',
    email: '',
    channel: 'direct',
    note: '',
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [taxMessage, setTaxMessage] = useState<string | undefined>();
  const [lookup, setLookup] = useState<{ tone: 'info' | 'warning' | 'success'; text: string } | null>(null);
  const [lookingUp, setLookingUp] = useState(false);
  const [result, setResult] = useState<ConformitySubmitOutput | null>(null);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const receive = useMutation(trpc.conformity.receive.mutationOptions());
  const submit = useMutation(trpc.conformity.submit.mutationOptions());
  const mutation = mode === 'counter' ? receive : submit;
  const resultRef = useRef<HTMLDivElement>(null);

  const title = mode === 'counter' ? 'Tiếp nhận hồ sơ tại quầy' : 'Nộp hồ sơ trực tuyến';
  useEffect(() => {
    document.title = `${title} – Tiêu chuẩn, đo lường, chất lượng`;
  }, [title]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const errors = messagesByField(issues);
  const kind = draft.procedureCode ? kindOfProcedure[draft.procedureCode] : undefined;
  const regime = conformityRegimeOn(today);
  const procedure = draft.procedureCode ? procedureInForce(draft.procedureCode, today) : undefined;
  const set = (changes: Partial<DeclarationDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const setOrg = (changes: Partial<DeclarationDraft['organisation']>) =>
    setDraft((d) => ({ ...d, organisation: { ...d.organisation, ...changes } }));
  const setProduct = (key: number, changes: Partial<ProductDraft>) =>
    setDraft((d) => ({ ...d, products: d.products.map((p) => (p.key === key ? { ...p, ...changes } : p)) }));

  const checkTax = (): string | null => {
    const value = draft.organisation.taxCode.trim();
    if (!value) {
      setTaxMessage(undefined);
      return null;
    }
    const r = checkTaxCode(value);
    if (!r.valid) {
      setTaxMessage(r.message);
      return null;
    }
    setTaxMessage(undefined);
    if (r.normalized !== draft.organisation.taxCode) setOrg({ taxCode: r.normalized });
    return r.normalized;
  };

  const onLookup = async () => {
    const taxCode = checkTax();
    if (!taxCode) {
      if (!draft.organisation.taxCode.trim()) setTaxMessage('Nhập mã số doanh nghiệp/mã số thuế để tra cứu.');
      return;
    }
    setLookingUp(true);
    setLookup(null);
    try {
      const r = await client.conformity.lookupEnterprise.query({ taxCode });
      if (!r.available) setLookup({ tone: 'warning', text: r.message });
      else if (!r.enterprise)
        setLookup({
          tone: 'info',
          text: 'Không tìm thấy doanh nghiệp với mã số này trong Hệ thống đăng ký doanh nghiệp quốc gia; vui lòng kiểm tra lại hoặc nhập tay.',
        });
      else {
        setOrg({ name: r.enterprise.name, address: r.enterprise.address, taxCode: r.enterprise.taxCode });
        setLookup({
          tone: 'success',
          text: `Đã điền tên và địa chỉ theo Hệ thống đăng ký doanh nghiệp quốc gia: ${r.enterprise.name}.`,
        });
      }
    } catch (err) {
      setLookup({ tone: 'warning', text: `Không tra cứu được: ${getErrorMessage(err)} Vui lòng nhập tay.` });
    } finally {
      setLookingUp(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = draftIssues(draft, today);
    setIssues(found);
    if (found.length > 0 || !draft.procedureCode) return;
    const components = Object.entries(draft.components)
      .filter(([, files]) => files.length > 0)
      .map(([componentKey, files]) => ({ componentKey, fileIds: files.map((f) => f.id) }));
    const base = {
      procedureCode: draft.procedureCode,
      declaration: toDeclarationInput(draft, today) as DeclarationDraftInput,
      components,
    };
    const onError = (err: unknown) => setIssues(serverIssues(err));
    if (mode === 'counter') {
      receive.mutate(
        {
          ...base,
          channel: contact.channel === 'postal' ? 'postal' : 'direct',
          applicant: {
            representative: contact.representative.trim() || undefined,
            phone: contact.phone.trim() || undefined,
            email: contact.email.trim() || undefined,
          },
          note: contact.note.trim() || undefined,
        },
        { onSuccess: setResult, onError },
      );
    } else {
      submit.mutate(base, { onSuccess: setResult, onError });
    }
  };

  if (result) {
    return (
      <>
        <PageHeader title={title} />
        <div ref={resultRef} tabIndex={-1}>
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
        </div>
        <ul>
          {result.appointmentDate ? (
            <li>
              <a href={documentUrl(result.dossierId, 'receipt')} target="_blank" rel="noreferrer">
                Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)
              </a>
            </li>
          ) : null}
          <li>
            {mode === 'counter' ? (
              <Link to={`../ho-so/${result.dossierId}`}>Mở hồ sơ {result.code}</Link>
            ) : (
              <Link to="../ho-so-cua-toi">Xem hồ sơ của tôi</Link>
            )}
          </li>
        </ul>
        <Button
          variant="secondary"
          onClick={() => {
            setResult(null);
            setIssues([]);
            setDraft(emptyDraft(applicantOrg));
          }}
        >
          {mode === 'counter' ? 'Tiếp nhận hồ sơ khác' : 'Nộp hồ sơ khác'}
        </Button>
      </>
    );
  }

  const procedureOptions = TDC_PROCEDURE_CODES.map((code) => ({
    value: code,
    label: procedureInForce(code, today)?.name ?? code,
  }));
  const refKind = kind === 'standard' ? 'TCVN' : 'QCVN';

  return (
    <>
      <PageHeader
        title={title}
        description={`Hồ sơ được kiểm tra theo quy định áp dụng ngày ${formatDate(today)}: ${regime.label}.`}
      />
      <ErrorSummary items={issues} />
      {mutation.isError && serverIssues(mutation.error).length === 0 ? (
        <Alert tone="error" title="Chưa gửi được hồ sơ">
          {getErrorMessage(mutation.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-describedby="intake-required-note">
        <p id="intake-required-note" className="tdc-muted">
          Các mục có dấu * là bắt buộc.
        </p>
        <Card title="1. Thủ tục">
          <SelectField
            id="decl-procedureCode"
            label="Thủ tục hành chính"
            required
            placeholder="Chọn thủ tục"
            options={procedureOptions}
            value={draft.procedureCode}
            error={errors['decl-procedureCode']}
            onChange={(e) => set({ procedureCode: e.target.value as TdcProcedureCode | '' })}
            hint={
              procedure
                ? `${procedure.regime ?? ''} · thời hạn ${procedure.processingTime.amount} ngày làm việc`
                : undefined
            }
          />
        </Card>

        <Card title="2. Tổ chức, cá nhân công bố">
          <div className="skh-row">
            <TextField
              id="decl-organisation-taxCode"
              label="Mã số doanh nghiệp/mã số thuế"
              required
              inputMode="numeric"
              autoComplete="off"
              hint="10 chữ số, hoặc 10 chữ số-3 chữ số với đơn vị phụ thuộc"
              value={draft.organisation.taxCode}
              error={taxMessage ?? errors['decl-organisation-taxCode']}
              onChange={(e) => setOrg({ taxCode: e.target.value })}
              onBlur={() => void checkTax()}
              readOnly={mode === 'online' && !!applicantOrg && checkTaxCode(applicantOrg.taxCode).valid}
            />
            <Button
              variant="secondary"
              onClick={() => void onLookup()}
              loading={lookingUp}
              style={{ marginBottom: 'var(--skh-space-4)' }}
            >
              Tra cứu
            </Button>
          </div>
          <LiveMessage message={lookup?.tone === 'success' ? lookup.text : ''} />
          {lookup && lookup.tone !== 'success' ? (
            <Alert tone={lookup.tone === 'warning' ? 'warning' : 'info'}>{lookup.text}</Alert>
          ) : null}
          <TextField
            id="decl-organisation-name"
            label="Tên tổ chức, cá nhân công bố"
            required
            value={draft.organisation.name}
            error={errors['decl-organisation-name']}
            onChange={(e) => setOrg({ name: e.target.value })}
          />
          <TextField
            id="decl-organisation-address"
            label="Địa chỉ"
            required
            value={draft.organisation.address}
            error={errors['decl-organisation-address']}
            onChange={(e) => setOrg({ address: e.target.value })}
          />
          <div className="skh-row">
            <TextField
              id="decl-organisation-phone"
              label="Điện thoại"
              type="tel"
              value={draft.organisation.phone}
              error={errors['decl-organisation-phone']}
              onChange={(e) => setOrg({ phone: e.target.value })}
            />
            <TextField
              id="decl-organisation-email"
              label="Thư điện tử"
              type="email"
              value={draft.organisation.email}
              error={errors['decl-organisation-email']}
              onChange={(e) => setOrg({ email: e.target.value })}
            />
          </div>
        </Card>

        <Card title="3. Sản phẩm, hàng hóa">
          {draft.products.map((p, i) => (
            <fieldset key={p.key} className="skh-fieldset">
              <legend>Sản phẩm {i + 1}</legend>
              <TextField
                id={`decl-products-${i}-name`}
                label="Tên sản phẩm, hàng hóa"
                required
                value={p.name}
                error={errors[`decl-products-${i}-name`]}
                onChange={(e) => setProduct(p.key, { name: e.target.value })}
              />
              <div className="skh-row">
                <TextField
                  id={`decl-products-${i}-model`}
                  label="Kiểu, loại, mẫu mã"
                  value={p.model}
                  error={errors[`decl-products-${i}-model`]}
                  onChange={(e) => setProduct(p.key, { model: e.target.value })}
                />
                <TextField
                  id={`decl-products-${i}-brand`}
                  label="Nhãn hiệu"
                  value={p.brand}
                  error={errors[`decl-products-${i}-brand`]}
                  onChange={(e) => setProduct(p.key, { brand: e.target.value })}
                />
              </div>
              <div className="skh-row">
                <TextField
                  id={`decl-products-${i}-hsCode`}
                  label="Mã HS"
                  required={kind === 'import_inspection'}
                  hint="4, 6 hoặc 8 chữ số, ví dụ 8516.10.10"
                  value={p.hsCode}
                  error={errors[`decl-products-${i}-hsCode`]}
                  onChange={(e) => setProduct(p.key, { hsCode: e.target.value })}
                />
                <TextField
                  id={`decl-products-${i}-origin`}
                  label="Xuất xứ"
                  required
                  value={p.origin}
                  error={errors[`decl-products-${i}-origin`]}
                  onChange={(e) => setProduct(p.key, { origin: e.target.value })}
                />
              </div>
              {kind === 'quantity_mark' ? (
                <div className="skh-row">
                  <TextField
                    id={`decl-products-${i}-quantityValue`}
                    label="Lượng danh định"
                    required
                    inputMode="decimal"
                    value={p.quantityValue}
                    error={errors[`decl-products-${i}-quantityValue`]}
                    onChange={(e) => setProduct(p.key, { quantityValue: e.target.value })}
                  />
                  <TextField
                    id={`decl-products-${i}-quantityUnit`}
                    label="Đơn vị đo"
                    required
                    hint="Ví dụ: g, kg, ml, l"
                    value={p.quantityUnit}
                    error={errors[`decl-products-${i}-quantityUnit`]}
                    onChange={(e) => setProduct(p.key, { quantityUnit: e.target.value })}
                  />
                </div>
              ) : null}
              {draft.products.length > 1 ? (
                <Button
                  variant="link"
                  onClick={() => set({ products: draft.products.filter((x) => x.key !== p.key) })}
                >
                  Xóa sản phẩm {i + 1}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => set({ products: [...draft.products, emptyProduct()] })}>
            Thêm sản phẩm
          </Button>
        </Card>

        {kind && kind !== 'quantity_mark' ? (
          <Card title={kind === 'standard' ? '4. Tiêu chuẩn công bố' : '4. Quy chuẩn kỹ thuật'}>
            {draft.refs.map((r, i) => {
              const parsed = r.text.trim()
                ? refKind === 'TCVN'
                  ? parseTcvn(r.text)
                  : parseQcvn(r.text)
                : null;
              return (
                <div key={r.key} className="skh-row">
                  <TextField
                    id={`decl-refs-${i}`}
                    label={`${refKind === 'TCVN' ? 'Số hiệu tiêu chuẩn' : 'Số hiệu quy chuẩn'} ${i + 1}`}
                    required={i === 0}
                    hint={
                      parsed
                        ? `Nhận dạng: ${parsed.code}`
                        : refKind === 'TCVN'
                          ? 'Ví dụ: TCVN 6396-20:2017'
                          : 'Ví dụ: QCVN 4:2009/BKHCN'
                    }
                    value={r.text}
                    error={errors[`decl-refs-${i}`]}
                    onChange={(e) =>
                      set({
                        refs: draft.refs.map((x) => (x.key === r.key ? { ...x, text: e.target.value } : x)),
                      })
                    }
                  />
                  {draft.refs.length > 1 ? (
                    <Button
                      variant="link"
                      style={{ marginBottom: 'var(--skh-space-4)' }}
                      onClick={() => set({ refs: draft.refs.filter((x) => x.key !== r.key) })}
                    >
                      Xóa<span className="skh-visually-hidden"> số hiệu {i + 1}</span>
                    </Button>
                  ) : null}
                </div>
              );
            })}
            <Button
              variant="secondary"
              onClick={() => set({ refs: [...draft.refs, { key: newKey(), text: '' }] })}
            >
              Thêm {refKind === 'TCVN' ? 'tiêu chuẩn' : 'quy chuẩn'}
            </Button>
          </Card>
        ) : null}

        {kind && kind !== 'quantity_mark' ? (
          <Card title="5. Căn cứ công bố">
            {(kind === 'regulation' || kind === 'import_inspection') && regime.regime === 'risk' ? (
              <SelectField
                id="decl-riskClass"
                label="Mức rủi ro của sản phẩm, hàng hóa"
                required
                placeholder="Chọn mức rủi ro"
                options={(['medium', 'high', 'low'] as RiskClass[]).map((r) => ({
                  value: r,
                  label: riskClassLabels[r],
                }))}
                value={draft.riskClass}
                error={errors['decl-riskClass']}
                onChange={(e) => set({ riskClass: e.target.value as RiskClass | '' })}
              />
            ) : null}
            <SelectField
              id="decl-basis-basis"
              label="Căn cứ"
              required={kind !== 'import_inspection'}
              placeholder={kind === 'import_inspection' ? 'Không có' : 'Chọn căn cứ công bố'}
              options={(Object.keys(conformityBasisLabels) as ConformityBasis[]).map((b) => ({
                value: b,
                label: conformityBasisLabels[b],
              }))}
              value={draft.basisKind}
              error={errors['decl-basis-basis'] ?? errors['decl-basis']}
              onChange={(e) => set({ basisKind: e.target.value as ConformityBasis | '' })}
            />
            {draft.basisKind === 'self_assessment' ? (
              <div className="skh-row">
                <TextField
                  id="decl-basis-reportDate"
                  label="Ngày ký báo cáo tự đánh giá"
                  type="date"
                  required
                  value={draft.basis.reportDate}
                  error={errors['decl-basis-reportDate']}
                  onChange={(e) => set({ basis: { ...draft.basis, reportDate: e.target.value } })}
                />
                <TextField
                  id="decl-basis-testLaboratory"
                  label="Phòng thử nghiệm"
                  value={draft.basis.testLaboratory}
                  error={errors['decl-basis-testLaboratory']}
                  onChange={(e) => set({ basis: { ...draft.basis, testLaboratory: e.target.value } })}
                />
              </div>
            ) : null}
            {draft.basisKind === 'registered_certifier' || draft.basisKind === 'designated_certifier' ? (
              <>
                <TextField
                  id="decl-basis-certifier"
                  label="Tổ chức chứng nhận"
                  required
                  value={draft.basis.certifier}
                  error={errors['decl-basis-certifier']}
                  onChange={(e) => set({ basis: { ...draft.basis, certifier: e.target.value } })}
                />
                <div className="skh-row">
                  <TextField
                    id="decl-basis-certificateNumber"
                    label="Số giấy chứng nhận"
                    required
                    value={draft.basis.certificateNumber}
                    error={errors['decl-basis-certificateNumber']}
                    onChange={(e) => set({ basis: { ...draft.basis, certificateNumber: e.target.value } })}
                  />
                  <TextField
                    id="decl-basis-issuedOn"
                    label="Ngày cấp"
                    type="date"
                    required
                    value={draft.basis.issuedOn}
                    error={errors['decl-basis-issuedOn']}
                    onChange={(e) => set({ basis: { ...draft.basis, issuedOn: e.target.value } })}
                  />
                  <TextField
                    id="decl-basis-expiresOn"
                    label="Ngày hết hạn"
                    type="date"
                    required
                    value={draft.basis.expiresOn}
                    error={errors['decl-basis-expiresOn']}
                    onChange={(e) => set({ basis: { ...draft.basis, expiresOn: e.target.value } })}
                  />
                </div>
              </>
            ) : null}
            {kind === 'import_inspection' ? (
              <div className="skh-row">
                <TextField
                  id="decl-lot-customsDeclarationNumber"
                  label="Số tờ khai hải quan"
                  value={draft.lot.customsDeclarationNumber}
                  error={errors['decl-lot-customsDeclarationNumber']}
                  onChange={(e) => set({ lot: { ...draft.lot, customsDeclarationNumber: e.target.value } })}
                />
                <TextField
                  id="decl-lot-invoiceNumber"
                  label="Số hóa đơn"
                  value={draft.lot.invoiceNumber}
                  error={errors['decl-lot-invoiceNumber']}
                  onChange={(e) => set({ lot: { ...draft.lot, invoiceNumber: e.target.value } })}
                />
                <TextField
                  id="decl-lot-quantity"
                  label="Số lượng, khối lượng"
                  value={draft.lot.quantity}
                  error={errors['decl-lot-quantity']}
                  onChange={(e) => set({ lot: { ...draft.lot, quantity: e.target.value } })}
                />
              </div>
            ) : null}
          </Card>
        ) : null}

        {procedure ? (
          <Card title="6. Thành phần hồ sơ">
            <p className="tdc-muted" id="decl-components" tabIndex={-1}>
              Tệp PDF, PNG hoặc JPEG, mỗi tệp tối đa 10 MB.
            </p>
            {procedure.components.map((c) => (
              <FilePicker
                key={c.key}
                id={`decl-component-${c.key}`}
                label={c.name}
                required={c.required && !c.when}
                hint={
                  [c.form, c.when ? `Áp dụng khi: ${c.when}` : ''].filter(Boolean).join(' · ') || undefined
                }
                files={draft.components[c.key] ?? []}
                error={errors[`decl-component-${c.key}`]}
                onChange={(files) => set({ components: { ...draft.components, [c.key]: files } })}
              />
            ))}
          </Card>
        ) : null}

        {mode === 'counter' ? (
          <Card title="7. Người nộp hồ sơ tại quầy">
            <div className="skh-row">
              <TextField
                id="contact-representative"
                label="Họ và tên người nộp"
                value={contact.representative}
                onChange={(e) => setContact((c) => ({ ...c, representative: e.target.value }))}
              />
              <TextField
                id="contact-phone"
                label="Điện thoại liên hệ"
                type="tel"
                value={contact.phone}
                onChange={(e) => setContact((c) => ({ ...c, phone: e.target.value }))}
              />
              <TextField
                id="contact-email"
                label="Thư điện tử nhận thông báo"
                type="email"
                value={contact.email}
                onChange={(e) => setContact((c) => ({ ...c, email: e.target.value }))}
              />
            </div>
            <SelectField
              id="contact-channel"
              label="Hình thức nộp"
              options={[
                { value: 'direct', label: 'Trực tiếp tại Bộ phận một cửa' },
                { value: 'postal', label: 'Qua dịch vụ bưu chính' },
              ]}
              value={contact.channel}
              onChange={(e) => setContact((c) => ({ ...c, channel: e.target.value }))}
            />
            <TextAreaField
              id="contact-note"
              label="Ghi chú"
              value={contact.note}
              onChange={(e) => setContact((c) => ({ ...c, note: e.target.value }))}
            />
          </Card>
        ) : null}

        <Button type="submit" loading={mutation.isPending}>
          {mode === 'counter' ? 'Tiếp nhận hồ sơ' : 'Nộp hồ sơ'}
        </Button>
      </form>
    </>
  );
}
