// Sample department-level (sở, ban, ngành) DTI framework, built from /work/shared/data/dti/dti-department-hanoi-2025.json:
// Hà Nội's Quyết định 5279/QĐ-UBND ngày 23/10/2025 — nine groups and their component counts (34 in all), as reported
// by vietnamnet. No points and no component rows. Each group is both a pillar and its one indicator (the source has one
// level of grouping). A sample from another province for the CĐS team to edit, not Hải Phòng's law.
import type { DtiFramework } from '../framework.schema';

export const departmentSample2025Framework: DtiFramework = {
  id: 'so-mau-2025-hanoi',
  year: 2025,
  level: 'department',
  name: 'Bộ chỉ số chuyển đổi số cấp sở, ban, ngành năm 2025 (mẫu theo QĐ 5279/QĐ-UBND của Hà Nội)',
  sample: true,
  verified: false,
  source: '5279/QĐ-UBND (Hà Nội)',
  declaredComponentCount: 34,
  note: 'MẪU ĐỂ CHỈNH SỬA. 9 nhóm chỉ số và số chỉ số thành phần (tổng 34) theo QĐ 5279/QĐ-UBND ngày 23/10/2025 của UBND thành phố Hà Nội (vietnamnet); mỗi nhóm được ghi vừa là trụ cột vừa là chỉ số vì nguồn chỉ có một cấp nhóm. Chưa có điểm và các dòng chỉ số thành phần.',
  pillars: [
    {
      id: 'N1',
      name: 'Nhận thức số',
      indicators: [
        {
          id: '1',
          name: 'Nhận thức số',
          components: [],
          declaredComponentCount: 3,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N2',
      name: 'Thể chế số',
      indicators: [
        {
          id: '2',
          name: 'Thể chế số',
          components: [],
          declaredComponentCount: 4,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N3',
      name: 'Hạ tầng số',
      indicators: [
        {
          id: '3',
          name: 'Hạ tầng số',
          components: [],
          declaredComponentCount: 2,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N4',
      name: 'Nhân lực số',
      indicators: [
        {
          id: '4',
          name: 'Nhân lực số',
          components: [],
          declaredComponentCount: 3,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N5',
      name: 'An toàn thông tin mạng',
      indicators: [
        {
          id: '5',
          name: 'An toàn thông tin mạng',
          components: [],
          declaredComponentCount: 5,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N6',
      name: 'Hoạt động chính quyền số',
      indicators: [
        {
          id: '6',
          name: 'Hoạt động chính quyền số',
          components: [],
          declaredComponentCount: 11,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N7',
      name: 'Hoạt động kinh tế số',
      indicators: [
        {
          id: '7',
          name: 'Hoạt động kinh tế số',
          components: [],
          declaredComponentCount: 1,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N8',
      name: 'Hoạt động xã hội số',
      indicators: [
        {
          id: '8',
          name: 'Hoạt động xã hội số',
          components: [],
          declaredComponentCount: 3,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
    {
      id: 'N9',
      name: 'Mức độ hoàn thành kế hoạch chuyển đổi số của năm',
      indicators: [
        {
          id: '9',
          name: 'Mức độ hoàn thành kế hoạch chuyển đổi số của năm',
          components: [],
          declaredComponentCount: 2,
          verified: true,
          source: '5279/QĐ-UBND (Hà Nội)',
        },
      ],
      verified: true,
      source: '5279/QĐ-UBND (Hà Nội)',
    },
  ],
};
