import { componentApplies, procedureInForce } from '@skhcn/domain';
import { FilePicker } from '@skhcn/one-stop-ui';
import { Card } from '@skhcn/ui';
import { draftAnswers } from './declaration-draft';
import type { SectionProps } from './intake-section';

/**
 * 6. The dossier's components: which are required follows the basis and risk class chosen above (the domain's
 * rule, the same the server applies); the others are offered as optional.
 */
export function ComponentsSection({ draft, set, errors, today }: SectionProps) {
  const procedure = draft.procedureCode ? procedureInForce(draft.procedureCode, today) : undefined;
  if (!procedure) return null;
  const answers = draftAnswers(draft);
  return (
    <Card title="6. Thành phần hồ sơ">
      <p className="os-muted" id="decl-components" tabIndex={-1}>
        Tệp PDF, PNG hoặc JPEG, mỗi tệp tối đa 10 MB. Thành phần bắt buộc thay đổi theo căn cứ công bố và mức
        rủi ro đã chọn.
      </p>
      {procedure.components
        .filter((c) => !c.appliesWhen || componentApplies(c, answers))
        .map((c) => {
          const required = c.required && componentApplies(c, answers);
          return (
            <FilePicker
              key={c.key}
              id={`decl-component-${c.key}`}
              label={c.name}
              required={required}
              hint={
                [c.form, c.when && !c.appliesWhen ? `Áp dụng khi: ${c.when}` : '']
                  .filter(Boolean)
                  .join(' · ') || undefined
              }
              files={draft.components[c.key] ?? []}
              error={errors[`decl-component-${c.key}`]}
              onChange={(files) => set({ components: { ...draft.components, [c.key]: files } })}
            />
          );
        })}
    </Card>
  );
}
