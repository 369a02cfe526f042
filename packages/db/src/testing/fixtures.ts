import type { OrganisationConfig } from '@skhcn/domain';

/** A small organisation with the unit codes the demo users need, independent of the real config. */
export const fixtureOrganisation: OrganisationConfig = {
  id: 'test-org',
  provinceName: 'Tỉnh Thử Nghiệm',
  departmentName: 'Sở Khoa học và Công nghệ',
  source: { document: 'Quyết định thử nghiệm', confidence: 'L' },
  units: [
    { code: 'BGD', name: 'Ban Giám đốc', shortName: 'BGĐ', kind: 'leadership' },
    { code: 'VP', name: 'Văn phòng Sở', shortName: 'VP', kind: 'office' },
    { code: 'QLKH', name: 'Phòng Quản lý Khoa học', shortName: 'QLKH', kind: 'office', khoan: [6] },
    { code: 'CNTT', name: 'Phòng Công nghệ thông tin', shortName: 'CNTT', kind: 'office', khoan: [18] },
    {
      code: 'QLCN',
      name: 'Phòng Quản lý Công nghệ và Đổi mới sáng tạo',
      shortName: 'QLCN',
      kind: 'office',
      khoan: [12],
    },
    {
      code: 'HTS',
      name: 'Phòng Hạ tầng số và Quản lý chuyên ngành',
      shortName: 'HTS',
      kind: 'office',
      khoan: [14],
    },
    {
      code: 'CCTDC',
      name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      shortName: 'Chi cục TĐC',
      kind: 'sub-agency',
      khoan: [11],
    },
  ],
  routing: {},
  routingSource: { document: 'Quyết định thử nghiệm', confidence: 'L' },
};
