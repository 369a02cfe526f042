// The frameworks shipped with the platform, each with its legal source: the CĐS team copies one and edits it for its
// own cycles (the database keeps their edits; these are only the starting points).
import type { LegalSource } from '../../legal-source';
import type { DtiFramework } from '../framework.schema';
import { communeSample2025Framework } from './commune-sample-2025.data';
import { departmentSample2025Framework } from './department-sample-2025.data';
import { province2022Framework } from './province-2022.data';
import { province2025Framework } from './province-2025.data';

export interface ShippedDtiFramework {
  framework: DtiFramework;
  legalSource: LegalSource;
}

export const DTI_SHIPPED_FRAMEWORKS: readonly ShippedDtiFramework[] = [
  {
    framework: province2022Framework,
    legalSource: {
      document: 'Quyết định 922/QĐ-BTTTT ngày 20/5/2022 của Bộ Thông tin và Truyền thông',
      article: 'Phụ lục I, Bảng I.1 (Cấu trúc DTI cấp tỉnh)',
      date: '2022-05-20',
      url: 'http://eballsviet.com/bo-chi-so-danh-gia-chuyen-doi-so-cap-tinh-59970',
      confidence: 'H',
      note: 'Cấu trúc và điểm các chỉ số chính đã xác minh (chỉ số 9 suy ra từ tổng nhóm II); 98 chỉ số thành phần chưa có.',
    },
  },
  {
    framework: province2025Framework,
    legalSource: {
      document: 'Quyết định 405/QĐ-BKHCN ngày 03/4/2025 của Bộ Khoa học và Công nghệ',
      date: '2025-04-03',
      url: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=80c046b9-9fe8-4f3f-8c21-09a875e66f3c&key=CbEyTxFir7vKATT7XIRXAw%3D%3D',
      confidence: 'M',
      note: 'Chỉ có tên 8 chỉ số chính và tổng 47 chỉ số thành phần theo báo chí; chưa có điểm.',
    },
  },
  {
    framework: departmentSample2025Framework,
    legalSource: {
      document: 'Quyết định 5279/QĐ-UBND ngày 23/10/2025 của UBND thành phố Hà Nội',
      date: '2025-10-23',
      url: 'https://vietnamnet.vn/bo-chi-so-moi-danh-gia-chuyen-doi-so-cac-co-quan-nha-nuoc-tp-ha-noi-2455965.html',
      confidence: 'M',
      note: 'Mẫu của tỉnh khác: 9 nhóm và số chỉ số thành phần; chưa có điểm và các dòng.',
    },
  },
  {
    framework: communeSample2025Framework,
    legalSource: {
      document: 'Bảng tự đánh giá DTI cấp xã (xã Cần Giuộc, tỉnh Tây Ninh) — nguồn không chính thức',
      url: 'https://github.com/xuantruongnguyen230300-gif/PlatformManager/blob/0de360175e09ada778cc9f61621102e8eb4deed2/doc/ERD/example_db_ver1.csv',
      confidence: 'L',
      note: 'Tên và điểm tối đa của 62 dòng; chưa xác định quyết định ban hành; cách tính là giả định mẫu.',
    },
  },
];

/** The shipped framework with this id, if any. */
export function shippedDtiFramework(id: string): ShippedDtiFramework | undefined {
  return DTI_SHIPPED_FRAMEWORKS.find((s) => s.framework.id === id);
}
