import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  DEFAULT_ORGANISATION_ID,
  RIGHTS,
  ROLES,
  ROUTED_PROCEDURE_CODES,
  assertCanAct,
  canAct,
  findOrganisation,
  getOrganisation,
  isDepartmentWide,
  organisations,
  rightsOf,
  routeProcedure,
  routeProcedureOrThrow,
  unitsWhereCanAct,
  validateOrganisation,
  type Membership,
  type OrganisationConfig,
  type Right,
  type Role,
} from './index';

const haiPhong = getOrganisation('hai-phong');
const laiChau = getOrganisation('lai-chau');
const allOrgs = Object.values(organisations);

describe('organisations as configuration', () => {
  it('defaults to Hải Phòng and also holds Lai Châu', () => {
    expect(DEFAULT_ORGANISATION_ID).toBe('hai-phong');
    expect(getOrganisation().id).toBe('hai-phong');
    expect(Object.keys(organisations).sort()).toEqual(['hai-phong', 'lai-chau']);
    expect(findOrganisation('ha-noi')).toBeUndefined();
    expect(findOrganisation('toString')).toBeUndefined();
    expect(() => getOrganisation('ha-noi')).toThrow(DomainError);
  });

  it('Hải Phòng has exactly the units of Điều 3, with the agreed codes and kinds', () => {
    expect(haiPhong.units.map((u) => [u.code, u.kind])).toEqual([
      ['BGD', 'leadership'],
      ['VP', 'office'],
      ['QLKH', 'office'],
      ['CNTT', 'office'],
      ['QLCN', 'office'],
      ['HTS', 'office'],
      ['CCTDC', 'sub-agency'],
      ['TTCNTT', 'centre'],
      ['TTDMST', 'centre'],
      ['TTKTTDC', 'centre'],
    ]);
    const name = (code: string) => haiPhong.units.find((u) => u.code === code)?.name;
    expect(name('QLCN')).toBe('Phòng Quản lý Công nghệ và Đổi mới sáng tạo');
    expect(name('HTS')).toBe('Phòng Hạ tầng số và Quản lý Chuyên ngành');
    expect(name('CCTDC')).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng Hải Phòng');
    expect(haiPhong.source.date).toBe('2025-06-30');
  });

  it('Lai Châu has its own offices (Thanh tra, Bưu chính-Viễn thông-CNTT, Quản lý TĐC) and no Chi cục', () => {
    const names = laiChau.units.map((u) => u.name);
    expect(names).toContain('Thanh tra Sở');
    expect(names).toContain('Phòng Bưu chính - Viễn thông - Công nghệ thông tin');
    expect(names).toContain('Phòng Quản lý Tiêu chuẩn đo lường chất lượng');
    expect(laiChau.units.some((u) => u.kind === 'sub-agency')).toBe(false);
  });

  it.each(allOrgs.map((o) => [o.id, o] as const))('%s is a valid configuration', (_id, org) => {
    expect(validateOrganisation(org)).toEqual([]);
  });

  it.each(allOrgs.map((o) => [o.id, o] as const))(
    '%s: every unit serves khoản of Điều 2; khoản 11, 12, 14 are covered',
    (_id, org) => {
      const served = new Set(org.units.flatMap((u) => u.khoan ?? []));
      for (const k of served) expect(k >= 1 && k <= 29).toBe(true);
      for (const k of [6, 11, 12, 14, 18]) expect(served.has(k)).toBe(true);
    },
  );

  it('validation reports broken configurations', () => {
    const broken: OrganisationConfig = {
      ...haiPhong,
      units: [
        ...haiPhong.units,
        { code: 'VP', name: 'Trùng', shortName: 'Trùng', kind: 'leadership', khoan: [30] },
      ],
      routing: { ...haiPhong.routing, 'tdc.hop-quy': 'XYZ' },
    };
    delete broken.routing['khcn.dang-ky-ket-qua'];
    const problems = validateOrganisation(broken);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/"VP" bị trùng/);
    expect(problems.join('\n')).toMatch(/đúng một đơn vị lãnh đạo \(hiện có 2\)/);
    expect(problems.join('\n')).toMatch(/khoản 30/);
    expect(problems.join('\n')).toMatch(/"khcn.dang-ky-ket-qua" chưa được phân công/);
    expect(problems.join('\n')).toMatch(/"tdc.hop-quy" giao cho đơn vị "XYZ"/);
    // the original is untouched
    expect(haiPhong.routing['khcn.dang-ky-ket-qua']).toBe('QLKH');
  });
});

describe('routing of procedures to units', () => {
  it('lists the 21 procedure codes of the catalog, without duplicates', () => {
    expect(ROUTED_PROCEDURE_CODES).toHaveLength(21);
    expect(new Set(ROUTED_PROCEDURE_CODES).size).toBe(21);
  });

  it.each(allOrgs.flatMap((o) => ROUTED_PROCEDURE_CODES.map((c) => [o.id, c, o] as const)))(
    '%s routes %s to one of its own units',
    (_id, code, org) => {
      const unit = routeProcedure(org, code);
      expect(unit).toBeDefined();
      expect(org.units).toContain(unit);
      expect(unit?.kind).not.toBe('leadership');
    },
  );

  it.each([
    ['hai-phong', 'buu-chinh.cap-giay-phep', 'HTS'],
    ['hai-phong', 'buc-xa.khai-bao', 'QLCN'],
    ['hai-phong', 'tdc.hop-quy', 'CCTDC'],
    ['hai-phong', 'tdc.kiem-tra-nhap-khau', 'CCTDC'],
    ['hai-phong', 'khcn.giao-quyen-ket-qua', 'QLKH'],
    ['lai-chau', 'buu-chinh.xac-nhan-thong-bao', 'BCVTCNTT'],
    ['lai-chau', 'buc-xa.chung-chi-nhan-vien', 'QLKHCN'],
    ['lai-chau', 'tdc.dau-dinh-luong', 'QLTDC'],
    ['lai-chau', 'khcn.danh-gia-khong-ngan-sach', 'QLKHCN'],
  ] as const)('%s: %s → %s', (orgId, code, unitCode) => {
    expect(routeProcedure(getOrganisation(orgId), code)?.code).toBe(unitCode);
  });

  it('the same procedure lands in differently named units in the two provinces', () => {
    const differ = ROUTED_PROCEDURE_CODES.filter(
      (c) => routeProcedure(haiPhong, c)?.code !== routeProcedure(laiChau, c)?.code,
    );
    expect(differ.length).toBeGreaterThan(0);
  });

  it('the Hải Phòng radiation choice is marked configurable, with HTS as the alternative', () => {
    expect(haiPhong.routingSource.note).toMatch(/CÓ THỂ CẤU HÌNH/);
    for (const code of ROUTED_PROCEDURE_CODES.filter((c) => c.startsWith('buc-xa.'))) {
      expect(haiPhong.routingAlternatives?.[code]).toEqual(['HTS']);
    }
    const reconfigured: OrganisationConfig = {
      ...haiPhong,
      routing: { ...haiPhong.routing, 'buc-xa.khai-bao': 'HTS' },
    };
    expect(validateOrganisation(reconfigured)).toEqual([]);
    expect(routeProcedure(reconfigured, 'buc-xa.khai-bao')?.code).toBe('HTS');
  });

  it('unknown procedures are not routed', () => {
    expect(routeProcedure(haiPhong, 'buu-chinh.khong-co')).toBeUndefined();
    expect(routeProcedure(haiPhong, 'constructor')).toBeUndefined();
    expect(() => routeProcedureOrThrow(haiPhong, 'x.y')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PROCEDURE' }),
    );
    expect(routeProcedureOrThrow(haiPhong, 'tdc.hop-chuan').code).toBe('CCTDC');
  });
});

describe('rights of roles', () => {
  it.each([
    ['officer', ['dossier.read', 'dossier.receive', 'dossier.process', 'org.read']],
    [
      'unit_head',
      ['dossier.read', 'dossier.receive', 'dossier.process', 'org.read', 'dossier.assign', 'report.read'],
    ],
    [
      'leader',
      [
        'dossier.read',
        'dossier.receive',
        'dossier.process',
        'org.read',
        'dossier.assign',
        'report.read',
        'dossier.sign',
      ],
    ],
    ['admin', ['org.read', 'org.manage', 'report.read']],
  ] as const)('%s has exactly %j', (role, rights) => {
    expect([...rightsOf(role)].sort()).toEqual([...rights].sort());
  });

  it('rights grow officer ⊂ unit head ⊂ leader; only leaders sign; only admins manage the organisation', () => {
    const officer = rightsOf('officer');
    const head = rightsOf('unit_head');
    const leader = rightsOf('leader');
    for (const r of officer) expect(head).toContain(r);
    for (const r of head) expect(leader).toContain(r);
    expect(ROLES.filter((r) => rightsOf(r).includes('dossier.sign'))).toEqual(['leader']);
    expect(ROLES.filter((r) => rightsOf(r).includes('org.manage'))).toEqual(['admin']);
    expect(rightsOf('admin')).not.toContain('dossier.read');
  });
});

describe('canAct', () => {
  const officerCCTDC: Membership = { unitCode: 'CCTDC', role: 'officer' };
  const headHTS: Membership = { unitCode: 'HTS', role: 'unit_head' };
  const director: Membership = { unitCode: 'BGD', role: 'leader' };
  const admin: Membership = { unitCode: 'VP', role: 'admin' };

  it.each([
    // member, right, target, expected
    [officerCCTDC, 'dossier.process', 'CCTDC', true],
    [officerCCTDC, 'dossier.read', 'CCTDC', true],
    [officerCCTDC, 'dossier.read', 'HTS', false], // wrong unit
    [officerCCTDC, 'dossier.assign', 'CCTDC', false], // right not held
    [officerCCTDC, 'dossier.sign', 'CCTDC', false],
    [officerCCTDC, 'report.read', 'CCTDC', false],
    [headHTS, 'dossier.assign', 'HTS', true],
    [headHTS, 'report.read', 'HTS', true],
    [headHTS, 'dossier.assign', 'CCTDC', false], // wrong unit
    [headHTS, 'dossier.sign', 'HTS', false],
    [director, 'dossier.sign', 'CCTDC', true],
    [director, 'dossier.sign', 'HTS', true],
    [director, 'dossier.assign', 'QLKH', true],
    [director, 'org.manage', 'BGD', false], // right not held
    [admin, 'org.manage', 'CCTDC', true],
    [admin, 'report.read', 'HTS', true],
    [admin, 'dossier.read', 'VP', false], // admins do not read dossiers
    [admin, 'dossier.sign', 'VP', false],
  ] as const)('%j may %s on %s: %s', (member, right, target, expected) => {
    expect(canAct(member, right, target)).toBe(expected);
    expect(canAct(member, right, target, haiPhong)).toBe(expected);
  });

  it('with an organisation: unknown units are denied, and a "leader" outside the leadership unit acts only on its own unit', () => {
    expect(canAct(director, 'dossier.read', 'QLTDC', haiPhong)).toBe(false);
    expect(canAct(director, 'dossier.read', 'QLTDC', laiChau)).toBe(true);
    expect(canAct({ unitCode: 'XYZ', role: 'admin' }, 'org.read', 'VP', haiPhong)).toBe(false);
    const misplacedLeader: Membership = { unitCode: 'HTS', role: 'leader' };
    expect(isDepartmentWide(misplacedLeader, haiPhong)).toBe(false);
    expect(canAct(misplacedLeader, 'dossier.sign', 'HTS', haiPhong)).toBe(true);
    expect(canAct(misplacedLeader, 'dossier.sign', 'CCTDC', haiPhong)).toBe(false);
  });

  it('unitsWhereCanAct lists the units a member may see', () => {
    expect(unitsWhereCanAct(officerCCTDC, 'dossier.read', haiPhong)).toEqual(['CCTDC']);
    expect(unitsWhereCanAct(director, 'dossier.read', haiPhong)).toHaveLength(haiPhong.units.length);
    expect(unitsWhereCanAct(admin, 'dossier.read', haiPhong)).toEqual([]);
  });

  it('assertCanAct throws FORBIDDEN for a missing right and FORBIDDEN_UNIT for another unit', () => {
    expect(() => assertCanAct(officerCCTDC, 'dossier.sign', 'CCTDC')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertCanAct(officerCCTDC, 'dossier.read', 'HTS')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN_UNIT' }),
    );
    expect(() => assertCanAct(officerCCTDC, 'dossier.read', 'CCTDC')).not.toThrow();
  });

  it('property: officers and unit heads never act outside their unit; nobody uses a right their role lacks', () => {
    const codes = haiPhong.units.map((u) => u.code);
    fc.assert(
      fc.property(
        fc.constantFrom<Role>(...ROLES),
        fc.constantFrom(...codes),
        fc.constantFrom<Right>(...RIGHTS),
        fc.constantFrom(...codes),
        (role, unitCode, right, target) => {
          const allowed = canAct({ unitCode, role }, right, target, haiPhong);
          if (!rightsOf(role).includes(right)) return !allowed;
          if (role === 'officer' || role === 'unit_head') return allowed === (unitCode === target);
          if (role === 'admin') return allowed;
          return allowed === (unitCode === 'BGD' || unitCode === target);
        },
      ),
    );
  });
});
