// What the licensing router answers in the component tests (shapes of @skhcn/api's outputs).
import { radiationAppraisalFee } from '@skhcn/domain';
import type { HolderDetail, RegisterEntry, RegisterItem } from '../api-types';

export const HOLDER_ID = '7d4f1a52-3f0e-4b8a-9d37-2c2f4b1e0a11';

export const hospital: HolderDetail = {
  holder: {
    id: HOLDER_ID,
    field: 'radiation',
    name: 'Bệnh viện Đa khoa Hồng Phúc',
    taxCode: '0201456787',
    address: 'Số 8 đường Lạch Tray, Hải Phòng',
    district: 'Ngô Quyền',
    phone: null,
    email: null,
    safetyOfficer: { name: 'Đặng Văn Khoa' },
    version: 1,
  },
  devices: [
    {
      id: 'd-1',
      holderId: HOLDER_ID,
      type: 'tong-hop',
      typeLabel: 'X-quang chẩn đoán thông thường (tổng hợp)',
      manufacturer: 'Shimadzu',
      model: 'RADspeed Pro',
      serial: 'SH-2025-0412',
      tube: null,
      yearMade: 2025,
      location: 'Phòng X-quang số 1',
      status: 'in_use',
      statusLabel: 'Đang sử dụng',
      lastInspectionOn: '2026-02-10',
      inspectionCertificate: 'KĐ-26-0311',
      inspectionDue: false,
    },
    {
      id: 'd-2',
      holderId: HOLDER_ID,
      type: 'ct',
      typeLabel: 'Chụp cắt lớp vi tính (CT)',
      manufacturer: 'Siemens',
      model: 'SOMATOM go.Up',
      serial: 'SI-108877',
      tube: null,
      yearMade: 2024,
      location: 'Phòng CT',
      status: 'in_use',
      statusLabel: 'Đang sử dụng',
      lastInspectionOn: '2024-06-01',
      inspectionCertificate: null,
      inspectionDue: true,
    },
  ],
  documents: [],
  inspections: [],
};

/** The fee the server computes: the domain's own function, as the router calls it. */
export function feeOf(input: unknown, onDate: string) {
  const { kind, devices } = input as { kind: 'new' | 'renewal'; devices: { type: string }[] };
  return radiationAppraisalFee({ kind, devices, onDate });
}

export const licenceItem: RegisterItem = {
  number: '1/2026/GPBX-QLCN',
  kind: 'radiation_licence',
  kindLabel: 'Giấy phép tiến hành công việc bức xạ',
  field: 'radiation',
  holderName: 'Bệnh viện Đa khoa Hồng Phúc',
  issuedOn: '2026-03-02',
  validFrom: '2026-03-02',
  expiresOn: '2029-03-02',
  status: 'in_force',
  statusLabel: 'Còn hiệu lực',
  pdfUrl: '/api/public/licensing/1%2F2026%2FGPBX-QLCN.pdf',
};

export const licenceEntry: RegisterEntry = {
  ...licenceItem,
  holder: { name: 'Bệnh viện Đa khoa Hồng Phúc', taxCode: '0201456787', address: 'Số 8 đường Lạch Tray' },
  scope: {
    devices: [{ type: 'ct', manufacturer: 'Siemens', model: 'SOMATOM go.Up', serial: 'SI-108877' }],
  },
  verifyUrl: '/tra-cuu/giay-phep/1%2F2026%2FGPBX-QLCN',
  revoked: null,
  history: [
    {
      at: '2026-03-02T08:00:00.000Z',
      status: 'issued',
      note: 'Cấp Giấy phép tiến hành công việc bức xạ số 1/2026/GPBX-QLCN.',
    },
  ],
};
