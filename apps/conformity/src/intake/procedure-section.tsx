import { procedureInForce } from '@skhcn/domain';
import { Card, SelectField } from '@skhcn/ui';
import { TDC_PROCEDURE_CODES, type TdcProcedureCode } from '../api-types';
import type { SectionProps } from './intake-section';

/** 1. The procedure, among those of TĐC in force today. */
export function ProcedureSection({ draft, set, errors, today }: SectionProps) {
  const procedure = draft.procedureCode ? procedureInForce(draft.procedureCode, today) : undefined;
  return (
    <Card title="1. Thủ tục">
      <SelectField
        id="decl-procedureCode"
        label="Thủ tục hành chính"
        required
        placeholder="Chọn thủ tục"
        options={TDC_PROCEDURE_CODES.map((code) => ({
          value: code,
          label: procedureInForce(code, today)?.name ?? code,
        }))}
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
  );
}
