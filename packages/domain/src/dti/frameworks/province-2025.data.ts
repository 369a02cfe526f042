// Provincial DTI from Quyết định 405/QĐ-BKHCN ngày 03/4/2025 (Ministry of Science and Technology), first used for
// DTI 2024, built from /work/shared/data/dti/dti-province-2025.json: a skeleton only — the eight main indicators as
// reported in the news of the 2024 results and their two groups; no points, no per-indicator counts, no components.
import type { DtiFramework } from '../framework.schema';

export const province2025Framework: DtiFramework = {
  id: 'tinh-2025-qd405',
  year: 2025,
  level: 'province',
  name: 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (QĐ 405/QĐ-BKHCN, áp dụng từ DTI 2024)',
  verified: false,
  source: '405/QĐ-BKHCN',
  declaredComponentCount: 47,
  note: 'KHUNG SƯỜN: 8 chỉ số chính và 47 chỉ số thành phần theo tin báo chí về kết quả DTI 2024 (21/10/2025); một nguồn (plo.vn) nêu 7 chỉ số chính. Chưa có tổng điểm, điểm từng chỉ số và các dòng chỉ số thành phần: Tổ CĐS nhập theo phụ lục của QĐ 405/QĐ-BKHCN.',
  pillars: [
    {
      id: 'I',
      name: 'Nhóm chỉ số nền tảng chung',
      indicators: [
        {
          id: '1',
          name: 'Nhận thức số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '2',
          name: 'Thể chế số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '3',
          name: 'Hạ tầng số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '4',
          name: 'Nhân lực số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '5',
          name: 'An toàn thông tin mạng',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
      ],
      verified: true,
      source: '405/QĐ-BKHCN',
    },
    {
      id: 'II',
      name: 'Nhóm chỉ số hoạt động',
      indicators: [
        {
          id: '6',
          name: 'Chính quyền số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '7',
          name: 'Kinh tế số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
        {
          id: '8',
          name: 'Xã hội số',
          components: [],
          verified: true,
          source: '405/QĐ-BKHCN',
          note: 'Tên theo báo chí đưa tin kết quả DTI 2024; chưa có điểm và chỉ số thành phần.',
        },
      ],
      verified: true,
      source: '405/QĐ-BKHCN',
    },
  ],
};
