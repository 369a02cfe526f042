import {
  conformityBasisLabels,
  conformityRegimeOn,
  declarableRiskClasses,
  RISK_CLASS_RULES,
  riskClassLabels,
  type ConformityBasis,
  type RiskClass,
} from '@skhcn/domain';
import { Card, DateField, SelectField, TextField } from '@skhcn/ui';
import type { SectionProps } from './intake-section';

/**
 * 5. What the declaration rests on: from 01/07/2026 the risk class first (only the classes a declaration is made
 * for), then the bases that class allows (Nghị định 37/2026/NĐ-CP); the certificate or self-assessment details; the
 * lot of an import.
 */
export function BasisSection({ draft, set, errors, kind, today }: SectionProps) {
  const riskRegime = conformityRegimeOn(today).regime === 'risk';
  const declaresRisk = riskRegime && (kind === 'regulation' || kind === 'import_inspection');
  const riskOptions =
    kind === 'regulation' || kind === 'import_inspection' ? declarableRiskClasses(kind) : [];
  const bases =
    declaresRisk && draft.riskClass
      ? RISK_CLASS_RULES[draft.riskClass].allowedBases
      : (Object.keys(conformityBasisLabels) as ConformityBasis[]);
  const b = draft.basis;
  const setBasis = (changes: Partial<typeof b>) => set({ basis: { ...b, ...changes } });
  return (
    <Card title="5. Căn cứ công bố">
      {declaresRisk ? (
        <SelectField
          id="decl-riskClass"
          label="Mức rủi ro của sản phẩm, hàng hóa"
          required
          placeholder="Chọn mức rủi ro"
          hint="Hàng hóa rủi ro thấp không phải công bố hợp quy."
          options={riskOptions.map((r) => ({ value: r, label: riskClassLabels[r] }))}
          value={draft.riskClass}
          error={errors['decl-riskClass']}
          onChange={(e) => {
            const riskClass = e.target.value as RiskClass | '';
            // a basis the new class does not allow is dropped rather than kept silently
            const allowed = riskClass ? RISK_CLASS_RULES[riskClass].allowedBases : bases;
            set({
              riskClass,
              ...(draft.basisKind && !allowed.includes(draft.basisKind) ? { basisKind: '' } : {}),
            });
          }}
        />
      ) : null}
      <SelectField
        id="decl-basis-basis"
        label="Căn cứ"
        required={kind !== 'import_inspection'}
        placeholder={kind === 'import_inspection' ? 'Không có' : 'Chọn căn cứ công bố'}
        options={bases.map((basis) => ({ value: basis, label: conformityBasisLabels[basis] }))}
        value={draft.basisKind}
        error={errors['decl-basis-basis'] ?? errors['decl-basis']}
        onChange={(e) => set({ basisKind: e.target.value as ConformityBasis | '' })}
      />
      {draft.basisKind === 'self_assessment' ? (
        <div className="skh-row">
          <DateField
            id="decl-basis-reportDate"
            label="Ngày ký báo cáo tự đánh giá"
            required
            value={b.reportDate}
            error={errors['decl-basis-reportDate']}
            onChange={(reportDate) => setBasis({ reportDate })}
          />
          <TextField
            id="decl-basis-testLaboratory"
            label="Phòng thử nghiệm"
            value={b.testLaboratory}
            error={errors['decl-basis-testLaboratory']}
            onChange={(e) => setBasis({ testLaboratory: e.target.value })}
          />
        </div>
      ) : null}
      {draft.basisKind === 'registered_certifier' || draft.basisKind === 'designated_certifier' ? (
        <>
          <TextField
            id="decl-basis-certifier"
            label="Tổ chức chứng nhận"
            required
            value={b.certifier}
            error={errors['decl-basis-certifier']}
            onChange={(e) => setBasis({ certifier: e.target.value })}
          />
          <div className="skh-row">
            <TextField
              id="decl-basis-certificateNumber"
              label="Số giấy chứng nhận"
              required
              value={b.certificateNumber}
              error={errors['decl-basis-certificateNumber']}
              onChange={(e) => setBasis({ certificateNumber: e.target.value })}
            />
            <DateField
              id="decl-basis-issuedOn"
              label="Ngày cấp"
              required
              value={b.issuedOn}
              error={errors['decl-basis-issuedOn']}
              onChange={(issuedOn) => setBasis({ issuedOn })}
            />
            <DateField
              id="decl-basis-expiresOn"
              label="Ngày hết hạn"
              required
              value={b.expiresOn}
              error={errors['decl-basis-expiresOn']}
              onChange={(expiresOn) => setBasis({ expiresOn })}
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
  );
}
