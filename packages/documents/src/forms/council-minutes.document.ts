import { z } from 'zod';
import { bold, field, paragraph, type Block } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import { dateSchema, documentHeaderSchema, signerSchema, textSchema } from './common.schema';
import { defineDocument } from './define-document';
import { FORMS } from './form-catalog.data';

const number = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

export const councilMinutesSchema = documentHeaderSchema
  .extend({
    taskCode: textSchema(40),
    taskTitle: textSchema(500),
    councilName: textSchema(300),
    meetingOn: dateSchema,
    /** the composition model the council was formed under, e.g. "Hội đồng 5–7 thành viên (cấu hình của Sở)" */
    compositionLabel: textSchema(300),
    members: z
      .array(z.object({ fullName: textSchema(160), role: textSchema(100), organisation: textSchema(300) }))
      .min(1, { message: 'Hội đồng phải có thành viên' }),
    /** members present / all, e.g. 5 of 5 */
    present: z.number().int().min(0),
    criteria: z.array(z.object({ label: textSchema(300), max: z.number().positive() })).min(1),
    passAverage: z.number().min(0),
    /** e.g. "1/3" */
    maxZeroShare: textSchema(20),
    applications: z
      .array(
        z.object({
          organisationName: textSchema(300),
          principalInvestigator: textSchema(160),
          /** each counted member's total, in the members' order ('—' for none, "Xung đột" for a conflict) */
          totals: z.array(textSchema(20)),
          average: z.number().nullable(),
          passed: z.boolean(),
          rank: z.number().int().positive().nullable(),
        }),
      )
      .min(1, { message: 'Phải có ít nhất một hồ sơ được đánh giá' }),
    conflicts: z.array(
      z.object({
        memberName: textSchema(160),
        organisationName: textSchema(300),
        note: textSchema(2000).optional(),
      }),
    ),
    conclusion: textSchema(4000),
    chair: signerSchema.pick({ fullName: true }),
    secretary: signerSchema.pick({ fullName: true }),
  })
  .refine((d) => d.applications.every((a) => a.totals.length === d.members.length), {
    message: 'Mỗi hồ sơ phải có đủ cột điểm của các thành viên',
    path: ['applications'],
  });

export type CouncilMinutesInput = z.input<typeof councilMinutesSchema>;

/** Biên bản họp hội đồng tuyển chọn: composition, conflicts of interest, every member's total, averages and ranking. */
export const councilMinutesDocument = defineDocument(councilMinutesSchema, (d) => {
  const maxTotal = d.criteria.reduce((s, c) => s + c.max, 0);
  const membersTable: Block = {
    kind: 'table',
    columns: [
      { header: 'TT', weight: 1, align: 'center' },
      { header: 'Họ và tên', weight: 5 },
      { header: 'Vai trò trong hội đồng', weight: 4 },
      { header: 'Cơ quan công tác', weight: 6 },
    ],
    rows: d.members.map((m, i) => [String(i + 1), m.fullName, m.role, m.organisation]),
  };
  const criteriaTable: Block = {
    kind: 'table',
    columns: [
      { header: 'TT', weight: 1, align: 'center' },
      { header: 'Tiêu chí đánh giá', weight: 12 },
      { header: 'Điểm tối đa', weight: 3, align: 'center' },
    ],
    rows: [
      ...d.criteria.map((c, i) => [String(i + 1), c.label, number(c.max)]),
      ['', 'Tổng cộng', number(maxTotal)],
    ],
  };
  const scoreTable: Block = {
    kind: 'table',
    columns: [
      { header: 'Hồ sơ (tổ chức đăng ký chủ trì)', weight: 6 },
      ...d.members.map((_, i) => ({ header: `TV${i + 1}`, weight: 1.6, align: 'center' as const })),
      { header: 'Điểm trung bình', weight: 2.4, align: 'center' },
      { header: 'Kết quả', weight: 2.4, align: 'center' },
      { header: 'Xếp hạng', weight: 2, align: 'center' },
    ],
    rows: d.applications.map((a) => [
      `${a.organisationName} (chủ nhiệm: ${a.principalInvestigator})`,
      ...a.totals,
      a.average === null ? '—' : number(a.average),
      a.passed ? 'Đạt' : 'Không đạt',
      a.rank === null ? '—' : String(a.rank),
    ]),
  };
  const conflicts: Block[] =
    d.conflicts.length === 0
      ? [paragraph('Không thành viên nào khai báo có xung đột lợi ích với hồ sơ được đánh giá.')]
      : d.conflicts.map((c) =>
          paragraph(
            '- ',
            bold(c.memberName),
            ` khai báo có xung đột lợi ích với hồ sơ của ${c.organisationName}${c.note ? ` (${c.note})` : ''}; không chấm và phiếu không được tính cho hồ sơ này.`,
          ),
        );
  return {
    form: FORMS['council-minutes'],
    header: d,
    subtitles: [['Nhiệm vụ: ', bold(d.taskCode)]],
    blocks: [
      ...field('Tên nhiệm vụ', d.taskTitle),
      paragraph(`${d.councilName} họp ngày ${formatDate(d.meetingOn)}.`),
      ...field('Mô hình hội đồng', d.compositionLabel),
      ...field('Số thành viên tham gia', `${d.present}/${d.members.length}`),
      paragraph(bold('1. Thành phần hội đồng')),
      membersTable,
      paragraph(bold('2. Khai báo xung đột lợi ích')),
      ...conflicts,
      paragraph(bold('3. Phiếu đánh giá')),
      paragraph(
        `Mỗi thành viên chấm độc lập theo các tiêu chí dưới đây. Hồ sơ đạt khi điểm trung bình của các phiếu hợp lệ từ ${number(d.passAverage)}/${number(maxTotal)} điểm trở lên và không tiêu chí nào bị quá ${d.maxZeroShare} số thành viên có phiếu hợp lệ cho 0 điểm; các hồ sơ đạt được xếp hạng theo điểm trung bình (bằng điểm thì cùng hạng).`,
      ),
      criteriaTable,
      paragraph(bold('4. Kết quả chấm điểm và xếp hạng')),
      paragraph(`Tổng điểm của từng thành viên (TV1–TV${d.members.length} theo thứ tự tại mục 1):`),
      scoreTable,
      paragraph(bold('5. Kết luận của hội đồng')),
      paragraph(d.conclusion),
      {
        kind: 'signatures',
        left: { title: 'Thư ký hội đồng', hint: '(Ký, ghi rõ họ tên)', fullName: d.secretary.fullName },
        right: { title: 'Chủ tịch hội đồng', hint: '(Ký, ghi rõ họ tên)', fullName: d.chair.fullName },
      },
    ],
  };
});
