import { z } from 'zod';
import { bold, field, paragraph, type Block } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import { documentHeaderSchema, signerSchema, textSchema } from './common.schema';
import { defineDocument } from './define-document';
import { FORMS } from './form-catalog.data';

const number = z.number();
const heading = (text: string): Block => ({
  kind: 'paragraph',
  runs: [bold(text)],
  align: 'left',
  indent: false,
});

export const dtiReportSchema = documentHeaderSchema.extend({
  cycleName: textSchema(300),
  frameworkName: textSchema(300),
  /** e.g. "Cấp xã, phường, đặc khu" */
  levelLabel: textSchema(100),
  year: z.number().int(),
  /** The cycle is still open: the figures are provisional */
  provisional: z.boolean(),
  deadline: z.string(),
  closedOn: z.string().optional(),
  /** The framework's maximum points */
  max: number.min(0),
  /** How missing data was treated, as disclosed with the results */
  imputationDisclosure: textSchema(1000),
  /** The frame is an editable sample rather than a decision's annex */
  sampleFramework: z.boolean().default(false),
  previousYear: z.number().int().optional(),
  pillars: z.array(z.object({ name: textSchema(300), max: number.min(0), average: number.min(0) })).min(1),
  rows: z
    .array(
      z.object({
        rank: z.number().int().min(1),
        unitName: textSchema(300),
        groupName: textSchema(100).optional(),
        points: number.min(0),
        index: number.min(0).max(1),
        indexChange: number.optional(),
        rankChange: z.number().int().optional(),
        missing: z.number().int().min(0),
        imputed: z.number().int().min(0),
      }),
    )
    .min(1, { message: 'Kỳ đánh giá chưa có đơn vị nào' }),
  preparedBy: z.object({ title: textSchema(120), fullName: textSchema(120) }),
  signer: signerSchema.optional(),
});

export type DtiReportInput = z.input<typeof dtiReportSchema>;

const vn = (value: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
const points = (value: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
const signed = (value: number, digits: number) =>
  (value > 0 ? '+' : value < 0 ? '−' : '') + vn(Math.abs(value), digits);

/** The CĐS team's report of a cycle: the ranking on the 0–1 index, pillar averages, the imputation disclosed. */
export const dtiReportDocument = defineDocument(dtiReportSchema, (d) => {
  const yoy = d.previousYear !== undefined;
  const ranking: Block = {
    kind: 'table',
    columns: [
      { header: 'Hạng', weight: 1.3, align: 'center' },
      { header: 'Đơn vị', weight: 5 },
      { header: 'Điểm', weight: 1.8, align: 'right' },
      { header: 'Chỉ số (0–1)', weight: 1.8, align: 'right' },
      ...(yoy
        ? [
            { header: `So với ${d.previousYear}`, weight: 1.9, align: 'right' as const },
            { header: 'Thứ hạng thay đổi', weight: 1.8, align: 'center' as const },
          ]
        : []),
      { header: 'Thiếu / bù số liệu', weight: 1.9, align: 'center' },
    ],
    rows: d.rows.map((r) => [
      String(r.rank),
      r.groupName ? `${r.unitName} (${r.groupName})` : r.unitName,
      points(r.points),
      vn(r.index, 3),
      ...(yoy
        ? [
            r.indexChange === undefined ? '—' : signed(r.indexChange, 3),
            r.rankChange === undefined ? '—' : r.rankChange === 0 ? '0' : signed(r.rankChange, 0),
          ]
        : []),
      `${r.missing} / ${r.imputed}`,
    ]),
  };
  const pillars: Block = {
    kind: 'table',
    columns: [
      { header: 'Trụ cột', weight: 6 },
      { header: 'Điểm tối đa', weight: 2, align: 'right' },
      { header: 'Điểm bình quân', weight: 2, align: 'right' },
      { header: 'Tỷ lệ đạt', weight: 2, align: 'right' },
    ],
    rows: d.pillars.map((p) => [
      p.name,
      points(p.max),
      points(p.average),
      p.max > 0 ? `${vn((p.average / p.max) * 100, 1)}%` : '—',
    ]),
  };
  const blocks: Block[] = [
    ...field('Kỳ đánh giá', d.cycleName),
    ...field('Bộ chỉ số', `${d.frameworkName} (${d.levelLabel}, thang điểm ${points(d.max)})`),
    ...field('Hạn nhập số liệu', formatDate(d.deadline)),
    ...field('Ngày đóng kỳ', d.closedOn ? formatDate(d.closedOn) : undefined),
    ...field('Số đơn vị được đánh giá', String(d.rows.length)),
    ...(d.provisional
      ? [
          paragraph(
            bold(
              'KẾT QUẢ TẠM TÍNH: kỳ đánh giá chưa đóng, chỉ tính các số liệu đã được thẩm định chấp nhận.',
            ),
          ),
        ]
      : []),
    ...(d.sampleFramework
      ? [
          paragraph(
            'Lưu ý: bộ chỉ số là bản mẫu do Tổ chuyển đổi số biên tập, chưa phải phụ lục của quyết định ban hành.',
          ),
        ]
      : []),
    heading('1. Xếp hạng'),
    paragraph(
      'Chỉ số bằng điểm đạt được chia cho điểm tối đa, làm tròn ba chữ số thập phân; các đơn vị có cùng chỉ số cùng hạng và hạng tiếp theo được bỏ qua (xếp hạng 1, 2, 2, 4).',
    ),
    ranking,
    heading('2. Điểm bình quân theo trụ cột'),
    pillars,
    heading('3. Xử lý số liệu thiếu'),
    paragraph(d.imputationDisclosure),
    {
      kind: 'signatures',
      left: { title: d.preparedBy.title, hint: '(Ký, ghi rõ họ tên)', fullName: d.preparedBy.fullName },
      right: d.signer
        ? {
            ...(d.signer.authority ? { authority: d.signer.authority } : {}),
            title: d.signer.title,
            fullName: d.signer.fullName,
          }
        : { title: 'Lãnh đạo Sở', hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
    },
  ];
  return {
    form: FORMS['dti-report'],
    header: d,
    subtitles: [[`${d.levelLabel} năm ${d.year}`]],
    blocks,
  };
});
