// The DTI's files: the Excel workbook of a cycle (results, every input with its scores and evidence, the framework
// and the imputation rule), the framework as an Excel sheet the CĐS team edits and imports back, and the input of the
// PDF report (@skhcn/documents). exceljs writes and reads the workbooks (see the catalog entry for why).
import ExcelJS from 'exceljs';
import type { DtiExportView } from '@skhcn/api';
import type { DtiReportInput } from '@skhcn/documents';
import {
  DomainError,
  DTI_FRAMEWORK_COLUMNS,
  type DtiFramework,
  dtiFrameworkRows,
  dtiLevelLabels,
  formatVietnameseDate,
  must,
  type OrganisationConfig,
  roundIndex,
  vietnamLocalTime,
} from '@skhcn/domain';
import { placeOf } from '../documents/document-inputs';

const HEADER_FONT = { bold: true } as const;
const SOURCE_LABEL = { accepted: 'Đã thẩm định', imputed: 'Bù số liệu', missing: 'Thiếu số liệu' } as const;

function titleRows(ws: ExcelJS.Worksheet, width: number, title: string, subtitle: string): void {
  const last = String.fromCharCode(64 + Math.min(width, 26));
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = subtitle;
}

function header(ws: ExcelJS.Worksheet, row: number, values: string[]): void {
  const r = ws.getRow(row);
  r.values = values;
  r.font = HEADER_FONT;
  r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** The cycle as a workbook: "Kết quả" (ranking), "Số liệu" (every unit × component), "Bộ chỉ số", "Ghi chú". */
export async function dtiCycleWorkbook(view: DtiExportView): Promise<Buffer> {
  const { results, framework } = view;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Khoa học và Công nghệ';
  wb.created = new Date();
  const subtitle = `${results.cycle.name} — ${results.framework.name} (thang điểm ${results.framework.max})${results.provisional ? ' — KẾT QUẢ TẠM TÍNH' : ''}`;

  // Kết quả
  const pillars = results.framework.pillars;
  const ws = wb.addWorksheet('Kết quả', { views: [{ state: 'frozen', ySplit: 4 }] });
  const yoy = results.previousCycle !== null;
  const heads = [
    'Hạng',
    'Mã đơn vị',
    'Đơn vị',
    'Nhóm',
    'Điểm',
    'Điểm tối đa',
    'Chỉ số (0–1)',
    ...pillars.map((p) => `Trụ cột: ${p.name}`),
    ...(yoy
      ? [
          `Chỉ số năm ${must(results.previousCycle, 'results.previousCycle').year}`,
          'Thay đổi chỉ số',
          'Thứ hạng thay đổi',
        ]
      : []),
    'Thiếu số liệu',
    'Bù số liệu',
  ];
  titleRows(ws, heads.length, 'KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ', subtitle);
  header(ws, 4, heads);
  for (const u of results.units) {
    ws.addRow([
      u.rank,
      u.unitId,
      u.name,
      u.groupName ?? '',
      u.points,
      u.max,
      roundIndex(u.index),
      ...pillars.map((p) => u.pillars[p.id] ?? 0),
      ...(yoy
        ? [
            u.previousIndex === null ? '' : roundIndex(u.previousIndex),
            u.indexChange ?? '',
            u.rankChange ?? '',
          ]
        : []),
      u.missing.length,
      u.imputed.length,
    ]);
  }
  ws.getColumn(3).width = 32;
  ws.getColumn(7).numFmt = '0.000';

  // Số liệu
  const items = new Map(view.items.map((i) => [`${i.unitId}|${i.componentId}`, i]));
  const data = wb.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(data, 1, [
    'Mã đơn vị',
    'Đơn vị',
    'Mã chỉ số thành phần',
    'Chỉ số thành phần',
    'Điểm tối đa',
    'Trạng thái',
    'Giá trị đơn vị tự đánh giá',
    'Điểm tự đánh giá',
    'Giá trị thẩm định',
    'Điểm thẩm định',
    'Điểm đạt được',
    'Nguồn điểm đạt được',
    'Nhận xét thẩm định',
    'Minh chứng',
  ]);
  const components = framework.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components));
  for (const u of results.units) {
    for (const c of components) {
      const item = items.get(`${u.unitId}|${c.id}`);
      const final = view.final[u.unitId]?.[c.id];
      data.addRow([
        u.unitId,
        u.name,
        c.id,
        c.name,
        c.max,
        item?.statusLabel ?? 'Chưa nhập',
        item?.valueText ?? '',
        item?.selfPoints ?? '',
        item ? (item.appraisedValueText ?? (item.status === 'accepted' ? item.valueText : '')) : '',
        item?.appraisedPoints ?? '',
        final?.points ?? 0,
        final ? SOURCE_LABEL[final.source] : '',
        item?.reviewComment ?? '',
        (item?.evidence ?? [])
          .map((e) =>
            [
              e.documentNumber,
              e.title,
              e.issuedOn ? formatVietnameseDate(e.issuedOn) : null,
              e.file?.originalName,
              e.url,
            ]
              .filter(Boolean)
              .join(', '),
          )
          .join('; '),
      ]);
    }
  }
  data.getColumn(4).width = 48;
  data.getColumn(14).width = 60;

  // Bộ chỉ số
  const fw = wb.addWorksheet('Bộ chỉ số');
  header(fw, 1, [...DTI_FRAMEWORK_COLUMNS]);
  for (const row of dtiFrameworkRows(framework)) fw.addRow(row);

  // Ghi chú: how the numbers were made
  const notes = wb.addWorksheet('Ghi chú');
  notes.getColumn(1).width = 30;
  notes.getColumn(2).width = 100;
  notes.addRows([
    ['Kỳ đánh giá', results.cycle.name],
    ['Cấp', dtiLevelLabels[results.cycle.level]],
    ['Hạn nhập số liệu', formatVietnameseDate(results.cycle.deadline)],
    ['Trạng thái', results.cycle.statusLabel],
    ['Bộ chỉ số', `${results.framework.name} (${framework.id})`],
    ['Chỉ số', 'Điểm đạt được chia cho điểm tối đa; công bố và xếp hạng với ba chữ số thập phân.'],
    ['Xếp hạng', 'Các đơn vị có cùng chỉ số cùng hạng, hạng tiếp theo được bỏ qua (1, 2, 2, 4).'],
    ['Xử lý số liệu thiếu', `${results.imputation.label}. ${results.imputation.disclosure}`],
    ['Số ô được bù', results.imputation.filled.length],
    ...(results.previousCycle ? [['So sánh với', results.previousCycle.name]] : []),
  ]);
  notes.getColumn(1).font = HEADER_FONT;

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The framework as the sheet the CĐS team edits in Excel and imports back (POST …/import.xlsx). */
export async function dtiFrameworkWorkbook(framework: DtiFramework): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Khoa học và Công nghệ';
  const ws = wb.addWorksheet('Bộ chỉ số', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(ws, 1, [...DTI_FRAMEWORK_COLUMNS]);
  for (const row of dtiFrameworkRows(framework)) ws.addRow(row);
  [10, 30, 10, 30, 14, 60, 12, 18, 24, 12, 30, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  help.addRows([
    [
      `Bộ chỉ số: ${framework.name ?? framework.id} (mã ${framework.id}, năm ${framework.year}, ${dtiLevelLabels[framework.level]}).`,
    ],
    [
      'Mỗi dòng của trang “Bộ chỉ số” là một chỉ số thành phần; dòng không có mã chỉ số thành phần giữ chỗ cho chỉ số chưa có dòng.',
    ],
    [
      'Cách tính: Có/Không; Có/Một phần/Không; Tỷ lệ; Theo chỉ tiêu (tham số: chỉ tiêu, ví dụ 200); Theo mức (tham số: “ngưỡng:điểm; …”, ví dụ “0:0; 50:5; 80:10”).',
    ],
    ['Đã xác minh: “Có” khi dòng đã được đối chiếu với văn bản gốc; ghi số văn bản ở cột “Văn bản nguồn”.'],
    [
      'Nhập lại tệp này ở màn hình “Bộ chỉ số” trước khi mở kỳ đánh giá; sau khi kỳ đánh giá mở, bộ chỉ số bị khóa.',
    ],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellValue(value: ExcelJS.CellValue): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  // an error value (#N/A…) or a shared formula: shown as its JSON rather than “[object Object]”
  return JSON.stringify(value);
}

/** The rows (under the header) of the first sheet of an imported framework workbook. */
export async function readFrameworkRows(bytes: Buffer): Promise<(string | number)[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('BAD_INPUT', 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DomainError('BAD_INPUT', 'Bảng tính không có trang nào.');
  const head = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellValue);
  if (String(head[0] ?? '').trim() !== DTI_FRAMEWORK_COLUMNS[0])
    throw new DomainError(
      'BAD_INPUT',
      `Dòng đầu của trang thứ nhất phải là tiêu đề cột (“${DTI_FRAMEWORK_COLUMNS.slice(0, 3).join('”, “')}”, …) như tệp tải về từ hệ thống.`,
    );
  const rows: (string | number)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (n === 1) return;
    rows[n - 2] = DTI_FRAMEWORK_COLUMNS.map((_, i) => cellValue(row.getCell(i + 1).value));
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The PDF report's input from the export view. */
export function dtiReportInput(
  view: DtiExportView,
  ctx: { org: OrganisationConfig; origin: string; today: string },
): DtiReportInput {
  const { results } = view;
  const n = results.units.length || 1;
  return {
    issuer: {
      parentBodies: [`UBND ${ctx.org.provinceName.toUpperCase()}`],
      name: 'Sở Khoa học và Công nghệ',
    },
    number: '……/BC-SKHCN',
    place: placeOf(ctx.org),
    issuedOn: ctx.today,
    verificationUrl: `${ctx.origin}/cds/chu-ky/${results.cycle.id}/ket-qua`,
    cycleName: results.cycle.name,
    frameworkName: results.framework.name,
    levelLabel: results.cycle.levelLabel,
    year: results.cycle.year,
    provisional: results.provisional,
    deadline: results.cycle.deadline,
    ...(results.cycle.closedAt ? { closedOn: vietnamLocalTime(results.cycle.closedAt).date } : {}),
    max: results.framework.max,
    imputationDisclosure: results.imputation.disclosure,
    sampleFramework: results.framework.sample,
    ...(results.previousCycle ? { previousYear: results.previousCycle.year } : {}),
    pillars: results.framework.pillars.map((p) => ({
      name: p.name,
      max: p.max,
      average: results.units.reduce((s, u) => s + (u.pillars[p.id] ?? 0), 0) / n,
    })),
    rows: results.units.map((u) => ({
      rank: u.rank,
      unitName: u.name,
      ...(u.groupName ? { groupName: u.groupName } : {}),
      points: u.points,
      index: Math.min(1, Math.max(0, u.index)),
      ...(u.indexChange !== null ? { indexChange: u.indexChange } : {}),
      ...(u.rankChange !== null ? { rankChange: u.rankChange } : {}),
      missing: u.missing.length,
      imputed: u.imputed.length,
    })),
    preparedBy: { title: 'Người lập', fullName: view.preparedBy },
  };
}
