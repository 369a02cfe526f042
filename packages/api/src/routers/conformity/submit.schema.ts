import { z } from 'zod';
import { applicantContactSchema, noteSchema } from '../../one-stop';
import { CONFORMITY_PROCEDURE_CODES } from './conformity-procedures';
import { declarationDraftSchema } from './declaration-input';

export const conformityProcedureCodeSchema = z.enum(CONFORMITY_PROCEDURE_CODES, {
  error:
    'Thủ tục phải là một trong các thủ tục tiêu chuẩn, đo lường, chất lượng (công bố hợp chuẩn, hợp quy, dấu định lượng, kiểm tra hàng nhập khẩu).',
});

/** The files of each dossier component (thành phần hồ sơ), uploaded beforehand through POST /api/files. */
export const componentFilesSchema = z
  .array(
    z.object({
      componentKey: z.string().trim().min(1, { message: 'Vui lòng chọn thành phần hồ sơ.' }).max(100),
      fileIds: z
        .array(z.uuid({ message: 'Mã tệp không hợp lệ.' }))
        .min(1, { message: 'Vui lòng đính kèm ít nhất một tệp cho thành phần hồ sơ.' })
        .max(50, { message: 'Một thành phần hồ sơ có tối đa 50 tệp.' }),
    }),
  )
  .max(50, { message: 'Quá nhiều thành phần hồ sơ.' });

/** conformity.submit: an applicant files a TĐC dossier online with its declaration. */
export const conformitySubmitSchema = z.object({
  procedureCode: conformityProcedureCodeSchema,
  declaration: declarationDraftSchema,
  components: componentFilesSchema.min(1, { message: 'Vui lòng đính kèm thành phần hồ sơ.' }),
});
export type ConformitySubmitInput = z.infer<typeof conformitySubmitSchema>;

/** conformity.receive: an officer takes in a paper dossier at the counter (or by post) with its declaration. */
export const conformityReceiveSchema = conformitySubmitSchema.extend({
  components: componentFilesSchema,
  channel: z.enum(['direct', 'postal']).default('direct'),
  /** The person who brought the dossier and how to reach them (the organisation comes from the declaration) */
  applicant: applicantContactSchema.optional(),
  note: noteSchema,
});
export type ConformityReceiveInput = z.infer<typeof conformityReceiveSchema>;

export function attachmentsOf(components: ConformitySubmitInput['components']) {
  return components.flatMap((c) => c.fileIds.map((fileId) => ({ componentKey: c.componentKey, fileId })));
}
