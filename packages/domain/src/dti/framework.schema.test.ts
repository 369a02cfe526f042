import { describe, expect, it } from 'vitest';
import { must } from '../must';
import { componentOf, indicatorOf, pillarOf, testFramework } from './dti.test-kit';
import { parseDtiFramework, type DtiFramework } from './framework.schema';
import {
  copyDtiFramework,
  dtiFrameworkFromRows,
  dtiFrameworkOpenProblem,
  dtiFrameworkRows,
  dtiFrameworkStats,
  dtiFrameworkWarnings,
} from './framework-tools';
import { DTI_SHIPPED_FRAMEWORKS, shippedDtiFramework } from './frameworks/shipped-frameworks.data';

const edit = (change: (f: DtiFramework) => void): unknown => {
  const f = structuredClone(testFramework);
  change(f);
  return f;
};

const messages = (input: unknown) => {
  const r = parseDtiFramework(input);
  return r.success ? [] : r.issues.map((i) => i.message);
};

describe('the exchange format', () => {
  it('accepts the issue’s minimal shape and drops unknown keys', () => {
    const r = parseDtiFramework({
      id: 'hn-2026',
      year: 2026,
      level: 'department',
      extra: 'bỏ qua',
      pillars: [
        {
          id: 'p',
          name: 'Chính quyền số',
          indicators: [
            {
              id: 'i',
              name: 'Dịch vụ công',
              components: [{ id: 'c', name: 'Có cổng', max: 5, method: { kind: 'yes_no' } }],
            },
          ],
        },
      ],
    });
    expect(r.success).toBe(true);
    expect(r.success && 'extra' in r.data).toBe(false);
  });

  it.each<[string, (f: DtiFramework) => void, string]>([
    [
      'duplicate component ids',
      (f) => (componentOf(f, 'c4').id = 'c1'),
      'Mã chỉ số thành phần “c1” bị trùng.',
    ],
    ['duplicate indicator ids', (f) => (indicatorOf(f, 'B1').id = 'A1'), 'Mã chỉ số “A1” bị trùng.'],
    ['duplicate pillar ids', (f) => (pillarOf(f, 'B').id = 'A'), 'Mã trụ cột “A” bị trùng.'],
    ['a negative maximum', (f) => (componentOf(f, 'c1').max = -1), 'Điểm tối đa không được âm.'],
    [
      'a target of 0',
      (f) => (componentOf(f, 'c4').method = { kind: 'target', target: 0 }),
      'Chỉ tiêu phải lớn hơn 0.',
    ],
    [
      'unsorted bands',
      (f) =>
        (componentOf(f, 'c5').method = {
          kind: 'bands',
          bands: [
            { from: 50, points: 5 },
            { from: 20, points: 10 },
          ],
        }),
      'Chỉ số “c5”: ngưỡng các mức phải tăng dần (mức 2 có ngưỡng 20 không lớn hơn 50).',
    ],
    [
      'band points that fall as thresholds rise',
      (f) =>
        (componentOf(f, 'c5').method = {
          kind: 'bands',
          bands: [
            { from: 0, points: 10 },
            { from: 50, points: 5 },
          ],
        }),
      'Chỉ số “c5”: điểm các mức không được giảm khi ngưỡng tăng (mức 2).',
    ],
    [
      'a band worth more than the maximum',
      (f) =>
        (componentOf(f, 'c5').method = {
          kind: 'bands',
          bands: [{ from: 0, points: 99 }],
        }),
      'Chỉ số “c5”: điểm của mức 1 (99) vượt điểm tối đa (15).',
    ],
    ['an id with spaces', (f) => (pillarOf(f, 'A').id = 'trụ cột 1'), 'Mã trụ cột chỉ gồm chữ không dấu'],
    ['an empty name', (f) => (indicatorOf(f, 'A1').name = '   '), 'Tên chỉ số là bắt buộc.'],
    ['no pillar', (f) => (f.pillars = []), 'Bộ chỉ số cần ít nhất một trụ cột.'],
  ])('refuses %s with a Vietnamese message', (_label, change, message) => {
    expect(messages(edit(change)).join(' | ')).toContain(message);
  });

  it('refuses an unknown method and a wrong level', () => {
    expect(
      messages(edit((f) => ((componentOf(f, 'c1').method as { kind: string }).kind = 'percent'))).join(),
    ).toContain('Cách tính phải là một trong: yes_no, yes_partial_no, ratio, target, bands.');
    expect(messages(edit((f) => ((f as { level: string }).level = 'district'))).join()).toContain(
      'Cấp đánh giá phải là',
    );
  });
});

describe('the shipped frameworks', () => {
  it.each(DTI_SHIPPED_FRAMEWORKS.map((s) => [s.framework.id, s] as const))(
    '%s is a valid framework with its source',
    (_id, shipped) => {
      expect(parseDtiFramework(shipped.framework)).toMatchObject({ success: true });
      expect(shipped.legalSource.document).not.toBe('');
    },
  );

  it('holds the verified structure of QĐ 922/QĐ-BTTTT: 9 main indicators, 98 components, 1.000 points, no rows yet', () => {
    const f = must(shippedDtiFramework('tinh-2022-qd922'), 'tinh-2022-qd922').framework;
    const indicators = f.pillars.flatMap((p) => p.indicators);
    expect(indicators).toHaveLength(9);
    expect(f.pillars.map((p) => p.declaredMax)).toEqual([500, 500]);
    expect(indicators.reduce((s, i) => s + (i.declaredMax ?? 0), 0)).toBe(1000);
    expect(indicators.reduce((s, i) => s + (i.declaredComponentCount ?? 0), 0)).toBe(98);
    expect(indicators.find((i) => i.name === 'Đô thị thông minh')?.declaredMax).toBe(0);
    // indicator 9 is derived from the group totals, not read: it is not marked verified
    expect(indicators.find((i) => i.id === '9')?.verified).toBe(false);
    expect(dtiFrameworkStats(f).components).toBe(0);
    expect(dtiFrameworkOpenProblem(f)).toMatch(/chưa có chỉ số thành phần/);
    expect(dtiFrameworkWarnings(f)[0]).toBe(
      'Chỉ số “1 Nhận thức số” chưa có chỉ số thành phần (theo văn bản: 10 chỉ số thành phần, 100 điểm): Tổ CĐS cần nhập.',
    );
  });

  it('marks the commune and department sets as editable samples, every sample row unverified', () => {
    const commune = must(shippedDtiFramework('xa-mau-2025-tayninh'), 'xa-mau-2025-tayninh').framework;
    expect(commune.sample).toBe(true);
    const stats = dtiFrameworkStats(commune);
    expect(stats).toMatchObject({ components: 62, max: 960, verifiedComponents: 0 });
    expect(must(shippedDtiFramework('so-mau-2025-hanoi'), 'so-mau-2025-hanoi').framework.sample).toBe(true);
    expect(
      must(shippedDtiFramework('so-mau-2025-hanoi'), 'so-mau-2025-hanoi').framework.pillars.reduce(
        (s, p) => s + p.indicators.reduce((t, i) => t + (i.declaredComponentCount ?? 0), 0),
        0,
      ),
    ).toBe(34);
  });
});

describe('working on a framework', () => {
  it('copies a year into the next with the same rows', () => {
    const copy = copyDtiFramework(testFramework, { id: 'thu-nghiem-2027', year: 2027 });
    expect(copy).toMatchObject({ id: 'thu-nghiem-2027', year: 2027, name: 'Bộ chỉ số thử nghiệm 2027' });
    expect(copy.pillars).toEqual(testFramework.pillars);
    expect(copy.pillars).not.toBe(testFramework.pillars);
  });

  it('goes to the Excel rows and back unchanged', () => {
    const rows = dtiFrameworkRows(testFramework);
    expect(rows[4]).toEqual([
      'B',
      'Hoạt động số',
      'B1',
      'Chính quyền số',
      'c5',
      'Tỷ lệ hồ sơ giải quyết đúng hạn (%)',
      15,
      'Theo mức',
      '0:0; 50:5; 80:10; 95:15',
      'Không',
      '',
      '',
    ]);
    const back = dtiFrameworkFromRows(
      { id: testFramework.id, year: 2026, level: 'commune', name: must(testFramework.name, 'the name') },
      rows,
    );
    expect(
      back.success &&
        back.data.pillars.map((p) =>
          p.indicators.map((i) => i.components.map((c) => [c.id, c.max, c.method])),
        ),
    ).toEqual(
      testFramework.pillars.map((p) =>
        p.indicators.map((i) => i.components.map((c) => [c.id, c.max, c.method])),
      ),
    );
  });

  it('names the sheet row of each problem', () => {
    const r = dtiFrameworkFromRows({ id: 'x', year: 2026, level: 'commune' }, [
      ['A', 'Trụ cột', 'A1', 'Chỉ số', 'c1', 'Thành phần', 'mười', 'Có/Không'],
      ['A', 'Trụ cột', 'A1', 'Chỉ số', 'c2', 'Thành phần', 5, 'phần trăm'],
      ['A', 'Trụ cột', 'A1', 'Chỉ số', 'c3', 'Thành phần', 5, 'Theo mức', '0-0'],
    ]);
    expect(r.success ? [] : r.issues.map((i) => i.message)).toEqual([
      'Dòng 2: điểm tối đa phải là một số.',
      'Dòng 3: cách tính “phần trăm” không hợp lệ (Có/Không, Có/Một phần/Không, Tỷ lệ, Theo chỉ tiêu, Theo mức).',
      'Dòng 4: cách tính theo mức cần các mức dạng “ngưỡng:điểm; …”, ví dụ “0:0; 50:5; 80:10”.',
    ]);
  });
});
