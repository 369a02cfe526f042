// Realistic TĐC data for the mocks: enterprises of Hải Phòng, declarations parsed by the domain schema,
// dossiers at every stage, and the public registry of receipt notices.
import {
  addCalendarDays,
  addWorkingDays,
  conformityRegimeOn,
  must,
  parseConformityDeclaration,
  procedureInForce,
  taxCodeCheckDigit,
  type ConformityDeclarationInput,
  type DossierStatus,
} from '@skhcn/domain';
import { registryStatusLabels, type RegistryEntry, type TdcProcedureCode } from './conformity-contract';

/** A valid tax code starting with `first9` (the next prefix up when no check digit exists). */
export function validTaxCode(first9: string): string {
  let n = Number(first9);
  for (;;) {
    const prefix = String(n).padStart(9, '0');
    const check = taxCodeCheckDigit(prefix);
    if (check !== null) return `${prefix}${check}`;
    n++;
  }
}

export interface MockEnterprise {
  name: string;
  address: string;
  taxCode: string;
}

/** The national business registry as the mock knows it. */
export const mockEnterprises: MockEnterprise[] = [
  {
    name: 'Công ty Cổ phần Thép Hải Phòng',
    address: 'Số 12 đường Hà Nội, phường Hồng Bàng, thành phố Hải Phòng',
    taxCode: validTaxCode('020016778'),
  },
  {
    name: 'Công ty TNHH Dây cáp điện Vĩnh Bảo',
    address: 'Khu công nghiệp Vĩnh Bảo, xã Vĩnh Bảo, thành phố Hải Phòng',
    taxCode: validTaxCode('020145632'),
  },
  {
    name: 'Hợp tác xã Nước mắm Cát Hải',
    address: 'Thị trấn Cát Hải, đặc khu Cát Hải, thành phố Hải Phòng',
    taxCode: validTaxCode('020098765'),
  },
  {
    name: 'Công ty TNHH Thực phẩm Biển Đồ Sơn',
    address: 'Số 5 Lý Thánh Tông, phường Đồ Sơn, thành phố Hải Phòng',
    taxCode: validTaxCode('020177341'),
  },
  {
    name: 'Công ty Cổ phần Xi măng Tràng Kênh',
    address: 'Phường Thủy Nguyên, thành phố Hải Phòng',
    taxCode: validTaxCode('020023456'),
  },
  {
    name: 'Công ty TNHH Xuất nhập khẩu Minh Phát',
    address: 'Số 88 Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng',
    taxCode: validTaxCode('020188802'),
  },
  {
    name: 'Công ty TNHH Gạch ốp lát Kiến Thụy',
    address: 'Xã Kiến Thụy, thành phố Hải Phòng',
    taxCode: validTaxCode('020133417'),
  },
  {
    name: 'Công ty Cổ phần Nhựa Tiền Phong Đông Hải',
    address: 'Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng',
    taxCode: validTaxCode('020061234'),
  },
  {
    name: 'Công ty TNHH Đồ gia dụng Ánh Dương',
    address: 'Số 21 Trần Nguyên Hãn, phường Lê Chân, thành phố Hải Phòng',
    taxCode: validTaxCode('020199871'),
  },
];

const ent = (i: number): MockEnterprise => must(mockEnterprises[i], `mock enterprise ${i}`);

export const declarationKindOf: Record<TdcProcedureCode, ConformityDeclarationInput['kind']> = {
  'tdc.hop-quy': 'regulation',
  'tdc.hop-chuan': 'standard',
  'tdc.dau-dinh-luong': 'quantity_mark',
  'tdc.dieu-chinh-dau-dinh-luong': 'quantity_mark',
  'tdc.kiem-tra-nhap-khau': 'import_inspection',
};

export interface SeedEvent {
  action: string;
  /** calendar days from the receipt date */
  day: number;
  actor: 'canbo' | 'truong' | 'lanhdao' | 'applicant';
  reason?: string;
}

export interface DossierSeed {
  id: string;
  seq: number;
  procedureCode: TdcProcedureCode;
  enterprise: MockEnterprise;
  channel: 'online' | 'direct' | 'postal';
  /** calendar days before "today" the dossier was received (or submitted, for status 1) */
  receivedDaysAgo: number;
  status: DossierStatus;
  assigned: boolean;
  awaitingSignature?: boolean;
  ownedByApplicant?: boolean;
  declaration: (receivedOn: string) => ConformityDeclarationInput;
  events: SeedEvent[];
  noticeNumber?: string;
}

const org = (e: MockEnterprise, phone = '0225 3842 123') => ({
  name: e.name,
  taxCode: e.taxCode,
  address: e.address,
  phone,
  email: 'chatluong@example.vn',
});

const monthsBefore = (iso: string, months: number): string => addCalendarDays(iso, -30 * months);

function regulation(e: MockEnterprise, receivedOn: string, product: string, qcvn: string, hs?: string) {
  const risk = conformityRegimeOn(receivedOn).regime === 'risk';
  return {
    kind: 'regulation' as const,
    receivedOn,
    organisation: org(e),
    products: [
      {
        name: product,
        model: 'Theo catalogue 2026',
        brand: e.name.split(' ').slice(-2).join(' '),
        hsCode: hs,
        origin: 'Việt Nam',
      },
    ],
    regulations: [qcvn],
    ...(risk ? { riskClass: 'medium' as const } : {}),
    basis: {
      basis: 'self_assessment' as const,
      reportDate: monthsBefore(receivedOn, 1),
      testLaboratory: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hải Phòng',
    },
  };
}

function standard(e: MockEnterprise, receivedOn: string, product: string, tcvn: string) {
  return {
    kind: 'standard' as const,
    receivedOn,
    organisation: org(e),
    products: [{ name: product, origin: 'Việt Nam' }],
    standards: [tcvn],
    basis: {
      basis: 'registered_certifier' as const,
      certifier: 'Trung tâm Chứng nhận Phù hợp QUACERT',
      certificateNumber: `HC ${receivedOn.slice(2, 4)}.${String(product.length * 37).padStart(4, '0')}`,
      issuedOn: monthsBefore(receivedOn, 2),
      expiresOn: addCalendarDays(receivedOn, 3 * 365 - 60),
    },
  };
}

function quantityMark(e: MockEnterprise, receivedOn: string, product: string, value: number, unit: string) {
  return {
    kind: 'quantity_mark' as const,
    receivedOn,
    organisation: org(e),
    products: [{ name: product, brand: 'Cát Hải', origin: 'Việt Nam', nominalQuantity: { value, unit } }],
  };
}

function importInspection(e: MockEnterprise, receivedOn: string) {
  const risk = conformityRegimeOn(receivedOn).regime === 'risk';
  return {
    kind: 'import_inspection' as const,
    receivedOn,
    organisation: org(e),
    products: [
      {
        name: 'Máy sấy tóc',
        model: 'HD-2200',
        brand: 'Sunhouse',
        hsCode: '8516.31.00',
        origin: 'Trung Quốc',
      },
    ],
    regulations: ['QCVN 4:2009/BKHCN', 'QCVN 9:2012/BKHCN'],
    ...(risk ? { riskClass: 'high' as const } : {}),
    basis: {
      basis: 'designated_certifier' as const,
      certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)',
      certificateNumber: 'QT1-2026/1187',
      issuedOn: monthsBefore(receivedOn, 1),
      expiresOn: addCalendarDays(receivedOn, 365),
    },
    lot: {
      customsDeclarationNumber: '105873214560',
      invoiceNumber: 'INV-2026-0912',
      quantity: '1.200 chiếc',
    },
  };
}

const uuid = (n: number) => `8f1c2a10-0000-4000-8000-${String(n).padStart(12, '0')}`;

const RECEIVE: SeedEvent = { action: 'receive', day: 0, actor: 'canbo' };

/** Dossiers at every stage; days are relative to "today" so the deadline colours always show. */
export const dossierSeeds: DossierSeed[] = [
  {
    id: uuid(1),
    seq: 1,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(0),
    channel: 'online',
    receivedDaysAgo: 0,
    status: 1,
    assigned: false,
    ownedByApplicant: true,
    declaration: (d) => regulation(ent(0), d, 'Thép cốt bê tông cán nóng', 'QCVN 7:2019/BKHCN', '7214.20'),
    events: [],
  },
  {
    id: uuid(2),
    seq: 2,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(1),
    channel: 'direct',
    receivedDaysAgo: 16,
    status: 4,
    assigned: true,
    declaration: (d) =>
      regulation(ent(1), d, 'Dây điện bọc nhựa PVC 0,6/1 kV', 'QCVN 4:2009/BKHCN', '8544.49'),
    events: [RECEIVE, { action: 'assign', day: 1, actor: 'truong' }],
  },
  {
    id: uuid(3),
    seq: 3,
    procedureCode: 'tdc.dau-dinh-luong',
    enterprise: ent(2),
    channel: 'direct',
    receivedDaysAgo: 5,
    status: 4,
    assigned: true,
    declaration: (d) => quantityMark(ent(2), d, 'Nước mắm cá cơm 40 độ đạm', 500, 'ml'),
    events: [RECEIVE, { action: 'assign', day: 1, actor: 'truong' }],
  },
  {
    id: uuid(4),
    seq: 4,
    procedureCode: 'tdc.hop-chuan',
    enterprise: ent(4),
    channel: 'postal',
    receivedDaysAgo: 1,
    status: 2,
    assigned: false,
    declaration: (d) => standard(ent(4), d, 'Xi măng poóc lăng hỗn hợp PCB40', 'TCVN 6260:2020'),
    events: [RECEIVE],
  },
  {
    id: uuid(5),
    seq: 5,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(0),
    channel: 'online',
    receivedDaysAgo: 9,
    status: 5,
    assigned: true,
    ownedByApplicant: true,
    declaration: (d) => regulation(ent(0), d, 'Thép cuộn cán nóng SD390', 'QCVN 7:2019/BKHCN', '7213.10'),
    events: [
      RECEIVE,
      { action: 'assign', day: 1, actor: 'truong' },
      {
        action: 'request_additions',
        day: 3,
        actor: 'canbo',
        reason: 'Phiếu kết quả thử nghiệm đã quá 12 tháng; đề nghị bổ sung phiếu thử nghiệm mới.',
      },
    ],
  },
  {
    id: uuid(6),
    seq: 6,
    procedureCode: 'tdc.kiem-tra-nhap-khau',
    enterprise: ent(5),
    channel: 'direct',
    receivedDaysAgo: 6,
    status: 4,
    assigned: true,
    awaitingSignature: true,
    declaration: (d) => importInspection(ent(5), d),
    events: [
      RECEIVE,
      { action: 'assign', day: 0, actor: 'truong' },
      { action: 'submit_for_signature', day: 2, actor: 'canbo' },
    ],
  },
  {
    id: uuid(7),
    seq: 7,
    procedureCode: 'tdc.hop-chuan',
    enterprise: ent(6),
    channel: 'direct',
    receivedDaysAgo: 20,
    status: 9,
    assigned: true,
    declaration: (d) => standard(ent(6), d, 'Gạch gốm ốp lát ép bán khô', 'TCVN 7745:2007'),
    events: [
      RECEIVE,
      { action: 'assign', day: 1, actor: 'truong' },
      { action: 'submit_for_signature', day: 4, actor: 'canbo' },
      { action: 'approve', day: 6, actor: 'lanhdao' },
    ],
    noticeNumber: '41/2026/TBTNHS-CCTĐC',
  },
  {
    id: uuid(8),
    seq: 8,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(7),
    channel: 'direct',
    // received before 01/07/2026: the group-2 regime of TT 28/2012 applies for life
    receivedDaysAgo: 200,
    status: 10,
    assigned: true,
    declaration: (d) =>
      regulation(ent(7), d, 'Ống nhựa uPVC dùng cho cấp nước', 'QCVN 16:2023/BXD', '3917.23'),
    events: [
      RECEIVE,
      { action: 'assign', day: 1, actor: 'truong' },
      { action: 'submit_for_signature', day: 3, actor: 'canbo' },
      { action: 'approve', day: 4, actor: 'lanhdao' },
      { action: 'return_result', day: 5, actor: 'canbo' },
    ],
    noticeNumber: '12/2026/TBTNHS-CCTĐC',
  },
  {
    id: uuid(9),
    seq: 9,
    procedureCode: 'tdc.dieu-chinh-dau-dinh-luong',
    enterprise: ent(3),
    channel: 'online',
    receivedDaysAgo: 2,
    status: 1,
    assigned: false,
    declaration: (d) => quantityMark(ent(3), d, 'Chả mực Hạ Long đóng gói', 250, 'g'),
    events: [],
  },
  {
    id: uuid(10),
    seq: 10,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(8),
    channel: 'online',
    receivedDaysAgo: 12,
    status: 3,
    assigned: false,
    declaration: (d) => regulation(ent(8), d, 'Nồi cơm điện 1,8 lít', 'QCVN 4:2009/BKHCN', '8516.60'),
    events: [
      {
        action: 'refuse',
        day: 1,
        actor: 'canbo',
        reason: 'Sản phẩm không thuộc danh mục phải công bố hợp quy tại địa phương.',
      },
    ],
  },
  {
    id: uuid(11),
    seq: 11,
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(1),
    channel: 'direct',
    receivedDaysAgo: 3,
    status: 2,
    assigned: false,
    declaration: (d) => regulation(ent(1), d, 'Cáp điện lực hạ thế CXV 4x16', 'QCVN 4:2009/BKHCN', '8544.49'),
    events: [RECEIVE],
  },
  {
    id: uuid(12),
    seq: 12,
    procedureCode: 'tdc.dau-dinh-luong',
    enterprise: ent(2),
    channel: 'direct',
    receivedDaysAgo: 8,
    status: 4,
    assigned: true,
    declaration: (d) => quantityMark(ent(2), d, 'Nước mắm nhĩ cá cơm than', 750, 'ml'),
    events: [RECEIVE, { action: 'assign', day: 0, actor: 'truong' }],
  },
];

export interface RegistrySeed {
  noticeNumber: string;
  procedureCode: TdcProcedureCode;
  enterprise: MockEnterprise;
  products: RegistryEntry['products'];
  standards: string[];
  basis: RegistryEntry['basis'];
  issuedOn: string;
  expiresOn: string;
  status: RegistryEntry['status'];
  revokedOn?: string;
  revokeNote?: string;
  dossierCode: string;
}

const selfAssessment = {
  kind: 'self_assessment' as const,
  label: 'Kết quả tự đánh giá của tổ chức, cá nhân',
};

export const registrySeeds: RegistrySeed[] = [
  {
    noticeNumber: '12/2026/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(7),
    products: [{ name: 'Ống nhựa uPVC dùng cho cấp nước', model: 'D21–D315', hsCode: '3917.23' }],
    standards: ['QCVN 16:2023/BXD'],
    basis: selfAssessment,
    issuedOn: '2026-05-18',
    expiresOn: '2029-05-18',
    status: 'in_force',
    dossierCode: 'CCTDC-260512-0008',
  },
  {
    noticeNumber: '41/2026/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-chuan',
    enterprise: ent(6),
    products: [{ name: 'Gạch gốm ốp lát ép bán khô', model: '600x600 mm' }],
    standards: ['TCVN 7745:2007'],
    basis: {
      kind: 'registered_certifier' as const,
      label: 'Kết quả chứng nhận của tổ chức chứng nhận đã đăng ký',
      certificateNumber: 'HC 26.0851',
      certifier: 'Trung tâm Chứng nhận Phù hợp QUACERT',
    },
    issuedOn: '2026-11-11',
    expiresOn: '2029-09-12',
    status: 'in_force',
    dossierCode: 'CCTDC-261103-0007',
  },
  {
    noticeNumber: '7/2023/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(0),
    products: [{ name: 'Thép cốt bê tông cán nóng', model: 'CB300-V, CB400-V', hsCode: '7214.20' }],
    standards: ['QCVN 7:2019/BKHCN'],
    basis: {
      kind: 'designated_certifier' as const,
      label: 'Kết quả chứng nhận của tổ chức chứng nhận được chỉ định',
      certificateNumber: 'QT1-2023/0456',
      certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)',
    },
    issuedOn: '2023-03-06',
    expiresOn: '2026-03-06',
    status: 'expired',
    dossierCode: 'CCTDC-230301-0003',
  },
  {
    noticeNumber: '25/2025/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(8),
    products: [{ name: 'Ấm đun nước siêu tốc 1,7 lít', model: 'AD-17', hsCode: '8516.79' }],
    standards: ['QCVN 4:2009/BKHCN', 'QCVN 9:2012/BKHCN'],
    basis: selfAssessment,
    issuedOn: '2025-08-14',
    expiresOn: '2028-08-14',
    status: 'revoked',
    revokedOn: '2026-02-09',
    revokeNote: 'Kết quả hậu kiểm: sản phẩm không phù hợp QCVN 4:2009/BKHCN.',
    dossierCode: 'CCTDC-250808-0025',
  },
  {
    noticeNumber: '33/2026/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-quy',
    enterprise: ent(1),
    products: [{ name: 'Dây điện đôi mềm dẹt 2x1,5 mm²', model: 'VCmo', hsCode: '8544.49' }],
    standards: ['QCVN 4:2009/BKHCN'],
    basis: selfAssessment,
    issuedOn: '2026-09-21',
    expiresOn: '2029-09-21',
    status: 'in_force',
    dossierCode: 'CCTDC-260915-0033',
  },
  {
    noticeNumber: '5/2026/TBTNHS-CCTĐC',
    procedureCode: 'tdc.hop-chuan',
    enterprise: ent(4),
    products: [{ name: 'Xi măng poóc lăng PC50' }],
    standards: ['TCVN 2682:2020'],
    basis: {
      kind: 'registered_certifier' as const,
      label: 'Kết quả chứng nhận của tổ chức chứng nhận đã đăng ký',
      certificateNumber: 'VICB 26.112',
      certifier: 'Viện Vật liệu xây dựng',
    },
    issuedOn: '2026-01-20',
    expiresOn: '2029-01-20',
    status: 'in_force',
    dossierCode: 'CCTDC-260114-0005',
  },
];

export function registryEntryOf(seed: RegistrySeed): RegistryEntry {
  const history: RegistryEntry['history'] = [
    {
      at: `${seed.issuedOn}T09:00:00+07:00`,
      status: 'in_force',
      label: 'Cấp thông báo tiếp nhận',
    },
  ];
  if (seed.status === 'expired')
    history.push({
      at: `${seed.expiresOn}T00:00:00+07:00`,
      status: 'expired',
      label: 'Hết thời hạn hiệu lực',
    });
  if (seed.status === 'revoked' && seed.revokedOn)
    history.push({
      at: `${seed.revokedOn}T14:30:00+07:00`,
      status: 'revoked',
      label: 'Thu hồi thông báo tiếp nhận',
      ...(seed.revokeNote ? { note: seed.revokeNote } : {}),
    });
  const procedure = procedureInForce(seed.procedureCode, seed.issuedOn);
  return {
    noticeNumber: seed.noticeNumber,
    procedureCode: seed.procedureCode,
    procedureName: procedure?.name ?? seed.procedureCode,
    organisation: {
      name: seed.enterprise.name,
      taxCode: seed.enterprise.taxCode,
      address: seed.enterprise.address,
    },
    products: seed.products,
    standards: seed.standards,
    basis: seed.basis,
    issuedOn: seed.issuedOn,
    expiresOn: seed.expiresOn,
    status: seed.status,
    statusLabel: registryStatusLabels[seed.status],
    history,
    dossierCode: seed.dossierCode,
  };
}

/** Parses a seed's declaration with the domain schema (throws if a fixture drifts from the rules). */
export function seedDeclaration(seed: DossierSeed, receivedOn: string) {
  return parseConformityDeclaration(seed.declaration(receivedOn));
}

export { addWorkingDays };
