// The management fields (lĩnh vực) of Điều 2, khoản 6–19, with their stable slugs and the apps that serve them.
import type { AppId } from './index';

export interface ManagementFieldData {
  readonly khoan: number;
  readonly slug: string;
  readonly label: string;
  readonly apps: readonly AppId[];
}

export const managementFieldsData: readonly ManagementFieldData[] = [
  {
    khoan: 6,
    slug: 'science-technology-innovation',
    label: 'Khoa học, công nghệ và đổi mới sáng tạo',
    apps: ['science'],
  },
  {
    khoan: 7,
    slug: 'innovation-technology-market',
    label: 'Đổi mới sáng tạo và thị trường công nghệ',
    apps: [],
  },
  {
    khoan: 8,
    slug: 'startups-science-enterprises',
    label: 'Khởi nghiệp sáng tạo và doanh nghiệp KH&CN',
    apps: [],
  },
  { khoan: 9, slug: 'science-technology-capacity', label: 'Tiềm lực khoa học, công nghệ và ĐMST', apps: [] },
  { khoan: 10, slug: 'intellectual-property', label: 'Sở hữu trí tuệ', apps: [] },
  {
    khoan: 11,
    slug: 'standards-metrology-quality',
    label: 'Tiêu chuẩn, đo lường, chất lượng',
    apps: ['conformity'],
  },
  { khoan: 12, slug: 'radiation-nuclear-safety', label: 'An toàn bức xạ và hạt nhân', apps: ['licensing'] },
  {
    khoan: 13,
    slug: 'science-information-statistics',
    label: 'Thông tin, thống kê KH&CN',
    apps: ['science'],
  },
  { khoan: 14, slug: 'postal', label: 'Bưu chính', apps: ['licensing'] },
  { khoan: 15, slug: 'telecommunications', label: 'Viễn thông', apps: [] },
  { khoan: 16, slug: 'radio-frequencies', label: 'Tần số vô tuyến điện', apps: [] },
  { khoan: 17, slug: 'digital-technology-industry', label: 'Công nghiệp CNTT, công nghệ số', apps: [] },
  { khoan: 18, slug: 'digital-transformation', label: 'Chuyển đổi số', apps: ['dti'] },
  { khoan: 19, slug: 'public-services', label: 'Dịch vụ sự nghiệp công', apps: [] },
];
