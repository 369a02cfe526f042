import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { listDtiEvents, schema } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { appCodeOf, appErrorOf, as, uploadedFile } from '../../testing/one-stop.test-kit';
import {
  APRIL_1,
  DEADLINE,
  MARCH_2,
  PLAN_EVIDENCE,
  seedDtiPeople,
  smallFramework,
  THREE_COMMUNES,
  type DtiPeople,
} from './dti.test-kit';
import { must } from '@skhcn/domain';

describeEachDatabase('dti router', (t) => {
  let p: DtiPeople;

  beforeAll(async () => {
    await t.reset();
    p = await seedDtiPeople(t.db);
  });

  /** Removes the cycles and frameworks a test made (the demo's 2025 cycle and shipped frameworks stay). */
  beforeEach(async () => {
    const mine = sql`(select id from dti_cycles where year = 2026)`;
    await t.db.execute(sql`delete from dti_evidence where cycle_id in ${mine}`);
    await t.db.execute(sql`delete from dti_inputs where cycle_id in ${mine}`);
    await t.db.execute(sql`delete from dti_cycle_units where cycle_id in ${mine}`);
    await t.db.execute(sql`delete from dti_cycles where year = 2026`);
    await t.db.execute(sql`delete from dti_frameworks where id like 'xa-thu-%'`);
  });

  const cds = (now = MARCH_2) => as(t.db, p.cds, now);
  const reporter = (who: keyof DtiPeople, now = MARCH_2) => as(t.db, p[who], now);

  async function openSmallCycle(imputation: 'none' | 'last_year' | 'group_mean' = 'none') {
    await cds().dti.frameworks.create({ framework: smallFramework() });
    return cds().dti.cycles.open({
      frameworkId: 'xa-thu-2026',
      deadline: DEADLINE,
      unitIds: THREE_COMMUNES,
      imputation,
    });
  }

  describe('rights', () => {
    it('lets only the CĐS team and the leaders keep frameworks and cycles', async () => {
      expect((await cds().dti.frameworks.list()).map((f) => f.id)).toContain('tinh-2022-qd922');
      expect(await appCodeOf(as(t.db, p.tdcOfficer, MARCH_2).dti.frameworks.list())).toBe('FORBIDDEN');
      expect(await appCodeOf(reporter('hongBang').dti.frameworks.list())).toBe('FORBIDDEN');
      expect(
        await appCodeOf(
          reporter('hongBang').dti.cycles.open({
            frameworkId: 'xa-2026',
            deadline: DEADLINE,
            unitIds: THREE_COMMUNES,
            imputation: 'none',
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(await as(t.db, p.leader, MARCH_2).dti.overview()).toMatchObject({ team: true, canManage: true });
      expect(await reporter('anLao').dti.overview()).toEqual({
        team: false,
        canManage: false,
        canReview: false,
        reporterUnits: [{ id: 'xa-an-lao', name: 'Xã An Lão' }],
      });
    });

    it('lets only the unit’s assigned user enter its inputs', async () => {
      const cycle = await openSmallCycle();
      const save = (who: 'hongBang' | 'cds', unitId: string) =>
        (who === 'cds' ? cds() : reporter(who)).dti.inputs.save({
          cycleId: cycle.id,
          unitId,
          componentId: '1.1',
          expectedVersion: 0,
          value: true,
          evidence: [PLAN_EVIDENCE],
        });
      expect(await appCodeOf(save('hongBang', 'phuong-ngo-quyen'))).toBe('FORBIDDEN');
      // the CĐS team reviews; it does not enter a unit's data
      expect(await appCodeOf(save('cds', 'phuong-hong-bang'))).toBe('FORBIDDEN');
      expect(await save('hongBang', 'phuong-hong-bang')).toMatchObject({ status: 'draft', selfPoints: 10 });
      // a reporter sees their own unit's form, not another's
      expect(
        await appCodeOf(reporter('hongBang').dti.inputs.forUnit({ cycleId: cycle.id, unitId: 'xa-an-lao' })),
      ).toBe('FORBIDDEN');
      const dashboard = await reporter('hongBang').dti.cycles.get({ cycleId: cycle.id });
      expect(dashboard.units.map((u) => u.unitId)).toEqual(['phuong-hong-bang']);
    });
  });

  describe('frameworks', () => {
    it('imports a framework, saves edits with a version, and refuses a stale save', async () => {
      const created = await cds().dti.frameworks.create({ framework: smallFramework() });
      expect(created).toMatchObject({ version: 1, locked: false, stats: { components: 3, max: 60 } });
      const edited = smallFramework();
      must(edited.pillars[0]?.indicators[0]?.components[0], 'component 1.1').max = 15;
      const saved = await cds().dti.frameworks.save({
        id: created.id,
        expectedVersion: 1,
        framework: edited,
      });
      expect(saved).toMatchObject({ version: 2, stats: { max: 65 } });
      expect(
        await appCodeOf(cds().dti.frameworks.save({ id: created.id, expectedVersion: 1, framework: edited })),
      ).toBe('CONFLICT');
      expect(await appCodeOf(cds().dti.frameworks.create({ framework: smallFramework() }))).toBe('CONFLICT');
    });

    it('explains an invalid framework field by field, in Vietnamese', async () => {
      const bad = smallFramework();
      must(bad.pillars[1]?.indicators[0]?.components[0], 'component 2.1').id = '1.1';
      const err = await appErrorOf(cds().dti.frameworks.create({ framework: bad }));
      expect(err.appCode).toBe('BAD_INPUT');
      expect(err.message).toContain('Mã chỉ số thành phần “1.1” bị trùng.');
    });

    it('locks a framework once a cycle using it opens; a copy for the next year is editable', async () => {
      const cycle = await openSmallCycle();
      const f = await cds().dti.frameworks.get({ id: 'xa-thu-2026' });
      expect(f.locked).toBe(true);
      expect(
        await appCodeOf(
          cds().dti.frameworks.save({ id: f.id, expectedVersion: f.version, framework: f.framework }),
        ),
      ).toBe('FRAMEWORK_LOCKED');
      const copy = await cds().dti.frameworks.copy({ fromId: f.id, toId: 'xa-thu-2027', year: 2027 });
      expect(copy).toMatchObject({ year: 2027, locked: false, version: 1 });
      const next = { ...copy.framework, name: 'Bộ chỉ số cấp xã 2027' };
      expect(
        await cds().dti.frameworks.save({ id: copy.id, expectedVersion: 1, framework: next }),
      ).toMatchObject({
        name: 'Bộ chỉ số cấp xã 2027',
      });
      await t.db.execute(sql`delete from dti_frameworks where id = 'xa-thu-2027'`);
      expect(cycle.status).toBe('open');
    });

    it('refuses to open a cycle on a framework without component rows, on units of another level, or with a past deadline', async () => {
      const open = (frameworkId: string, unitIds: string[], deadline = DEADLINE) =>
        cds().dti.cycles.open({ frameworkId, deadline, unitIds, imputation: 'none' });
      const noRows = await appErrorOf(open('tinh-2022-qd922', ['tp-hai-phong']));
      expect(noRows.appCode).toBe('BAD_INPUT');
      expect(noRows.message).toContain('chưa có chỉ số thành phần');
      await cds().dti.frameworks.create({ framework: smallFramework() });
      expect((await appErrorOf(open('xa-thu-2026', ['so-tai-chinh']))).message).toContain('Sở Tài chính');
      expect((await appErrorOf(open('xa-thu-2026', THREE_COMMUNES, '2026-03-01'))).message).toBe(
        'Hạn nhập số liệu không được trước ngày hôm nay.',
      );
    });
  });

  describe('a cycle from opening to close', () => {
    it('runs the story: draft, submit with evidence, return, correct, resubmit, accept, close, results', async () => {
      const cycle = await openSmallCycle();
      const key = { cycleId: cycle.id, unitId: 'phuong-hong-bang' };
      const file = await uploadedFile(t.db, p.hongBang, 'ke-hoach-cds-2026.pdf');
      const plan = await reporter('hongBang').dti.inputs.save({
        ...key,
        componentId: '1.1',
        expectedVersion: 0,
        value: true,
        evidence: [{ ...PLAN_EVIDENCE, fileId: file }],
      });
      const training = await reporter('hongBang').dti.inputs.save({
        ...key,
        componentId: '1.2',
        expectedVersion: 0,
        value: { numerator: 45, denominator: 60 },
        note: '45 trên 60 công chức đã được tập huấn.',
        evidence: [
          {
            title: 'Danh sách học viên lớp kỹ năng số',
            url: 'https://hongbang.haiphong.gov.vn/cds/tap-huan',
          },
        ],
      });
      const online = await reporter('hongBang').dti.inputs.save({
        ...key,
        componentId: '2.1',
        expectedVersion: 0,
        value: 150,
        evidence: [],
      });
      expect([plan.selfPoints, training.selfPoints, online.selfPoints]).toEqual([10, 22.5, 15]);
      expect(plan.evidence[0]).toMatchObject({
        documentNumber: '15/KH-UBND',
        issuedOn: '2026-01-20',
        file: { originalName: 'ke-hoach-cds-2026.pdf', downloadUrl: `/api/files/${file}` },
      });

      // an item that scores needs evidence before it is sent, and the whole submission waits for it
      const noEvidence = await appErrorOf(
        reporter('hongBang').dti.inputs.submit({
          ...key,
          items: [
            { componentId: '1.1', expectedVersion: 1 },
            { componentId: '2.1', expectedVersion: 1 },
          ],
        }),
      );
      expect(noEvidence).toEqual({
        appCode: 'BAD_INPUT',
        message:
          'Chỉ số thành phần “2.1”: Mục có điểm phải có ít nhất một minh chứng (văn bản, tệp hoặc đường dẫn) trước khi gửi.',
      });
      expect((await reporter('hongBang').dti.inputs.forUnit(key)).totals.counts).toMatchObject({
        draft: 3,
        submitted: 0,
      });
      await reporter('hongBang').dti.inputs.save({
        ...key,
        componentId: '2.1',
        expectedVersion: 1,
        value: 150,
        evidence: [{ title: 'Báo cáo thống kê hồ sơ trực tuyến quý I/2026', documentNumber: '32/BC-UBND' }],
      });
      const sent = await reporter('hongBang').dti.inputs.submit({
        ...key,
        items: [
          { componentId: '1.1', expectedVersion: 1 },
          { componentId: '1.2', expectedVersion: 1 },
          { componentId: '2.1', expectedVersion: 2 },
        ],
      });
      expect(sent.items.map((i) => i.status)).toEqual(['submitted', 'submitted', 'submitted']);
      // a submitted item can no longer be changed by the unit
      expect(
        await appCodeOf(
          reporter('hongBang').dti.inputs.save({
            ...key,
            componentId: '1.1',
            expectedVersion: 2,
            value: false,
            evidence: [],
          }),
        ),
      ).toBe('INVALID_TRANSITION');

      // the reviewer sees them, returns the training ratio with a comment, accepts the others
      const queue = await cds().dti.review.queue({ cycleId: cycle.id });
      expect(queue.items.map((i) => [i.unitName, i.componentId, i.selfPoints])).toEqual([
        ['Phường Hồng Bàng', '1.1', 10],
        ['Phường Hồng Bàng', '1.2', 22.5],
        ['Phường Hồng Bàng', '2.1', 15],
      ]);
      expect(
        await appCodeOf(
          cds().dti.review.decide({
            cycleId: cycle.id,
            decisions: [
              { unitId: 'phuong-hong-bang', componentId: '1.2', expectedVersion: 2, decision: 'return' },
            ],
          }),
        ),
      ).toBe('BAD_INPUT');
      await cds().dti.review.decide({
        cycleId: cycle.id,
        decisions: [
          { unitId: 'phuong-hong-bang', componentId: '1.1', expectedVersion: 2, decision: 'accept' },
          {
            unitId: 'phuong-hong-bang',
            componentId: '1.2',
            expectedVersion: 2,
            decision: 'return',
            comment: 'Danh sách chỉ có 40 người đã tập huấn; đề nghị sửa tử số.',
          },
          // the reviewer appraises 2.1 lower than the unit (120 dossiers): 12 points, not 15
          {
            unitId: 'phuong-hong-bang',
            componentId: '2.1',
            expectedVersion: 3,
            decision: 'accept',
            appraisedValue: 120,
          },
        ],
      });

      // after the deadline the unit may still correct what was returned, and nothing else
      const late = await reporter('hongBang', APRIL_1).dti.inputs.forUnit(key);
      const returned = must(late.pillars[0]?.indicators[0]?.components[1]?.item, 'the item of 1.2');
      expect(returned).toMatchObject({
        status: 'returned',
        reviewComment: 'Danh sách chỉ có 40 người đã tập huấn; đề nghị sửa tử số.',
        returnCount: 1,
      });
      expect(late.deadlinePassed).toBe(true);
      expect(
        await appCodeOf(
          reporter('ngoQuyen', APRIL_1).dti.inputs.save({
            cycleId: cycle.id,
            unitId: 'phuong-ngo-quyen',
            componentId: '1.1',
            expectedVersion: 0,
            value: true,
            evidence: [PLAN_EVIDENCE],
          }),
        ),
      ).toBe('DEADLINE_PASSED');
      const corrected = await reporter('hongBang', APRIL_1).dti.inputs.save({
        ...key,
        componentId: '1.2',
        expectedVersion: returned.version,
        value: { numerator: 40, denominator: 60 },
        evidence: [
          {
            title: 'Danh sách học viên lớp kỹ năng số (bản sửa)',
            url: 'https://hongbang.haiphong.gov.vn/cds/tap-huan',
          },
        ],
      });
      expect(corrected).toMatchObject({ status: 'returned', selfPoints: 20 });
      await reporter('hongBang', APRIL_1).dti.inputs.submit({
        ...key,
        items: [{ componentId: '1.2', expectedVersion: corrected.version }],
      });
      await cds(APRIL_1).dti.review.decide({
        cycleId: cycle.id,
        decisions: [
          {
            unitId: 'phuong-hong-bang',
            componentId: '1.2',
            expectedVersion: corrected.version + 1,
            decision: 'accept',
          },
        ],
      });

      // provisional results while open: reporters do not see them yet
      expect(await appCodeOf(reporter('hongBang', APRIL_1).dti.results.get({ cycleId: cycle.id }))).toBe(
        'FORBIDDEN',
      );
      const dashboard = await cds(APRIL_1).dti.cycles.get({ cycleId: cycle.id });
      expect(dashboard.units.find((u) => u.unitId === 'phuong-hong-bang')).toMatchObject({
        counts: { accepted: 3, empty: 0 },
        completion: 1,
      });
      await cds(APRIL_1).dti.cycles.close({ cycleId: cycle.id, expectedVersion: dashboard.cycle.version });

      // closed: the data is locked
      expect(
        await appCodeOf(
          reporter('hongBang', APRIL_1).dti.inputs.save({
            ...key,
            componentId: '1.2',
            expectedVersion: corrected.version + 2,
            value: { numerator: 1, denominator: 1 },
            evidence: [],
          }),
        ),
      ).toBe('CYCLE_CLOSED');
      // 10 + 40/60 × 30 + 120/200 × 20 = 10 + 20 + 12 = 42 of 60; the other two reported nothing
      const results = await reporter('hongBang', APRIL_1).dti.results.get({ cycleId: cycle.id });
      expect(results.provisional).toBe(false);
      expect(results.units.map((u) => [u.name, u.points, u.rank, u.missing.length])).toEqual([
        ['Phường Hồng Bàng', 42, 1, 0],
        ['Phường Ngô Quyền', 0, 2, 3],
        ['Xã An Lão', 0, 2, 3],
      ]);
      expect(must(results.units[0], 'results.units[0]').index).toBeCloseTo(0.7, 10);
      expect(must(results.units[0], 'results.units[0]').pillars).toEqual({ N1: 30, N2: 12 });
      // year over year against the demo's closed 2025 commune cycle
      expect(results.previousCycle?.year).toBe(2025);
      expect(must(results.units[0], 'results.units[0]').previousRank).toEqual(expect.any(Number));

      const actions = (await listDtiEvents(t.db, { cycleId: cycle.id })).map((e) => e.action);
      expect(actions.filter((a) => a === 'input.return')).toHaveLength(1);
      expect(actions.at(0)).toBe('cycle.open');
      expect(actions.at(-1)).toBe('cycle.close');
    });

    it('detects concurrent edits of one item: the second save with the same version is refused', async () => {
      const cycle = await openSmallCycle();
      const save = (numerator: number) =>
        reporter('ngoQuyen').dti.inputs.save({
          cycleId: cycle.id,
          unitId: 'phuong-ngo-quyen',
          componentId: '1.2',
          expectedVersion: 0,
          value: { numerator, denominator: 60 },
          evidence: [{ title: 'Danh sách tập huấn', documentNumber: '7/DS-UBND' }],
        });
      const outcomes = await Promise.allSettled([save(30), save(31)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rows = await t.db
        .select()
        .from(schema.dtiInputs)
        .where(sql`unit_id = 'phuong-ngo-quyen' and cycle_id = ${cycle.id}`);
      expect(rows).toHaveLength(1);
      expect(must(rows[0], 'rows[0]').version).toBe(1);
    });

    it('refuses evidence files someone else uploaded', async () => {
      const cycle = await openSmallCycle();
      const strangers = await uploadedFile(t.db, p.anLao, 'cua-xa-khac.pdf');
      expect(
        await appCodeOf(
          reporter('hongBang').dti.inputs.save({
            cycleId: cycle.id,
            unitId: 'phuong-hong-bang',
            componentId: '1.1',
            expectedVersion: 0,
            value: true,
            evidence: [{ title: 'Kế hoạch', fileId: strangers }],
          }),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  describe('results and analyses of the demo’s closed 2025 cycle', () => {
    async function cycle2025() {
      const cycles = await cds().dti.cycles.list();
      return must(
        cycles.find((c) => c.year === 2025 && c.level === 'commune'),
        'cycles.find((c) => c.year === 2025 && c.level === "commune")',
      );
    }

    it('ranks the twelve communes, fills gaps by group mean and says so', async () => {
      const c = await cycle2025();
      const results = await cds().dti.results.get({ cycleId: c.id });
      expect(results.units).toHaveLength(12);
      expect(results.imputation).toMatchObject({
        rule: 'group_mean',
        label: 'Lấy điểm trung bình của các đơn vị cùng nhóm',
      });
      expect(results.imputation.filled.length).toBeGreaterThan(0);
      const ranks = results.units.map((u) => u.rank);
      expect(ranks[0]).toBe(1);
      for (let i = 1; i < ranks.length; i++)
        expect(ranks[i]).toBeGreaterThanOrEqual(must(ranks[i - 1], 'ranks[i - 1]'));
      const filledUnit = must(
        results.units.find(
          (u) => u.unitId === must(results.imputation.filled[0], 'results.imputation.filled[0]').unitId,
        ),
        'results.units.find((u) => u.unitId === results.imputation…',
      );
      expect(filledUnit.imputed).toContain(
        must(results.imputation.filled[0], 'results.imputation.filled[0]').componentId,
      );
    });

    it('what-if moves a unit without touching the data; the decomposition lists what cost it most', async () => {
      const c = await cycle2025();
      const before = await cds().dti.results.get({ cycleId: c.id });
      const last = must(before.units.at(-1), 'before.units.at(-1)');
      const whatIf = await cds().dti.results.whatIf({
        cycleId: c.id,
        changes: (
          [
            ['1.4', 'yes'],
            ['1.5', 'yes'],
            ['1.6', 'yes'],
            ['1.7', 'yes'],
            ['2.1', 'yes'],
            ['2.4', 'yes'],
            ['2.5', { numerator: 1, denominator: 1 }],
          ] as const
        ).map(([componentId, value]) => ({ unitId: last.unitId, componentId, value })),
        weights: {},
      });
      const row = must(
        whatIf.rows.find((r) => r.unitId === last.unitId),
        'whatIf.rows.find((r) => r.unitId === last.unitId)',
      );
      expect(row.after.points).toBeGreaterThan(row.before.points);
      expect(row.after.rank).toBeLessThanOrEqual(row.before.rank);
      expect((await cds().dti.results.get({ cycleId: c.id })).units).toEqual(before.units);

      const d = await cds().dti.results.decomposition({ cycleId: c.id, unitId: last.unitId });
      expect(must(d.components[0], 'd.components[0]').lost).toBeGreaterThanOrEqual(
        must(d.components.at(-1), 'd.components.at(-1)').lost,
      );
      expect(d.points).toBeCloseTo(last.points, 9);
      const s = await cds().dti.results.sensitivity({ cycleId: c.id, delta: 0.2 });
      expect(s.units).toHaveLength(12);
      for (const u of s.units) expect(u.bestRank).toBeLessThanOrEqual(u.worstRank);
      expect(
        await appCodeOf(reporter('anLao').dti.results.whatIf({ cycleId: c.id, changes: [], weights: {} })),
      ).toBe('FORBIDDEN');
    });
  });
});
