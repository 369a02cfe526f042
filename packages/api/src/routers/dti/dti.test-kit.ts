// Helpers for the DTI router tests (not a test file itself): the Hải Phòng demo people and assessed units, a small
// commune framework of three components.
import { seedDemo, type Database } from '@skhcn/db';
import { type DtiFramework, must, organisations } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { sessionUser } from '../../testing/one-stop.test-kit';
import { seedDtiDemo } from './dti-demo.seed';

/** Monday 2 March 2026, 09:00 in Vietnam. */
export const MARCH_2 = new Date('2026-03-02T02:00:00Z');
export const DEADLINE = '2026-03-31';
/** The day after the deadline, 09:00 in Vietnam. */
export const APRIL_1 = new Date('2026-04-01T02:00:00Z');

export interface DtiPeople {
  cds: SessionUser;
  leader: SessionUser;
  tdcOfficer: SessionUser;
  hongBang: SessionUser;
  ngoQuyen: SessionUser;
  anLao: SessionUser;
}

export async function seedDtiPeople(db: Database): Promise<DtiPeople> {
  await seedDemo(db, must(organisations['hai-phong'], 'organisations["hai-phong"]'));
  await seedDtiDemo(db);
  return {
    cds: await sessionUser(db, 'canbo.cds'),
    leader: await sessionUser(db, 'lanhdao'),
    tdcOfficer: await sessionUser(db, 'canbo.tdc'),
    hongBang: await sessionUser(db, 'xa.hongbang'),
    ngoQuyen: await sessionUser(db, 'xa.ngoquyen'),
    anLao: await sessionUser(db, 'xa.anlao'),
  };
}

/** Three components of a 2026 commune set: yes/no (10), ratio (30), target 200 (20). */
export function smallFramework(id = 'xa-thu-2026'): DtiFramework {
  return {
    id,
    year: 2026,
    level: 'commune',
    name: 'Bộ chỉ số cấp xã thử nghiệm 2026',
    pillars: [
      {
        id: 'N1',
        name: 'Nền tảng số',
        indicators: [
          {
            id: '1',
            name: 'Thể chế số',
            components: [
              { id: '1.1', name: 'Ban hành kế hoạch chuyển đổi số năm', max: 10, method: { kind: 'yes_no' } },
              {
                id: '1.2',
                name: 'Tỷ lệ công chức được tập huấn kỹ năng số',
                max: 30,
                method: { kind: 'ratio' },
              },
            ],
          },
        ],
      },
      {
        id: 'N2',
        name: 'Chính quyền số',
        indicators: [
          {
            id: '2',
            name: 'Dịch vụ công trực tuyến',
            components: [
              {
                id: '2.1',
                name: 'Số hồ sơ trực tuyến toàn trình',
                max: 20,
                method: { kind: 'target', target: 200 },
              },
            ],
          },
        ],
      },
    ],
  };
}

export const THREE_COMMUNES = ['phuong-hong-bang', 'phuong-ngo-quyen', 'xa-an-lao'];

export const PLAN_EVIDENCE = {
  documentNumber: '15/KH-UBND',
  title: 'Kế hoạch chuyển đổi số năm 2026 của phường',
  issuedOn: '2026-01-20',
  summary: 'Kế hoạch triển khai các nhiệm vụ chuyển đổi số năm 2026.',
};
