// A small framework for the DTI tests (not a test file itself): 2 pillars, 3 indicators, one component per method,
// 100 points in all.
import { must } from '../must';
import type { DtiComponent, DtiFramework, DtiIndicator, DtiPillar } from './framework.schema';

export const testFramework: DtiFramework = {
  id: 'thu-nghiem-2026',
  year: 2026,
  level: 'commune',
  name: 'Bộ chỉ số thử nghiệm 2026',
  pillars: [
    {
      id: 'A',
      name: 'Nền tảng số',
      indicators: [
        {
          id: 'A1',
          name: 'Thể chế số',
          components: [
            { id: 'c1', name: 'Ban hành kế hoạch chuyển đổi số năm', max: 10, method: { kind: 'yes_no' } },
            { id: 'c2', name: 'Bố trí cán bộ chuyên trách', max: 20, method: { kind: 'yes_partial_no' } },
          ],
        },
        {
          id: 'A2',
          name: 'Nhân lực số',
          components: [
            {
              id: 'c3',
              name: 'Tỷ lệ công chức được tập huấn kỹ năng số',
              max: 30,
              method: { kind: 'ratio' },
            },
          ],
        },
      ],
    },
    {
      id: 'B',
      name: 'Hoạt động số',
      indicators: [
        {
          id: 'B1',
          name: 'Chính quyền số',
          components: [
            {
              id: 'c4',
              name: 'Số hồ sơ trực tuyến toàn trình',
              max: 25,
              method: { kind: 'target', target: 200 },
            },
            {
              id: 'c5',
              name: 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)',
              max: 15,
              method: {
                kind: 'bands',
                bands: [
                  { from: 0, points: 0 },
                  { from: 50, points: 5 },
                  { from: 80, points: 10 },
                  { from: 95, points: 15 },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};

/** The pillar, indicator or component of `f` with this id (tests change them in a copy of a framework). */
export function pillarOf(f: DtiFramework, id: string): DtiPillar {
  return must(
    f.pillars.find((p) => p.id === id),
    `pillar ${id}`,
  );
}
export function indicatorOf(f: DtiFramework, id: string): DtiIndicator {
  return must(
    f.pillars.flatMap((p) => p.indicators).find((i) => i.id === id),
    `indicator ${id}`,
  );
}
export function componentOf(f: DtiFramework, id: string): DtiComponent {
  return must(
    f.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components)).find((c) => c.id === id),
    `component ${id}`,
  );
}
