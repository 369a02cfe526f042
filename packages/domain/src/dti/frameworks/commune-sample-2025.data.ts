// Sample commune-level DTI framework (Tây Ninh, 2025), built from /work/shared/data/dti/dti-commune-tayninh-2025.json:
// all 62 rows with their names and maximum points as printed in a commune's self-assessment (xã Cần Giuộc), a CSV in
// a public software repository (xuantruongnguyen230300-gif/PlatformManager, doc/ERD/example_db_ver1.csv, commit
// 0de360175e09ada778cc9f61621102e8eb4deed2). UNOFFICIAL: the Tây Ninh decision issuing the set was not identified, and
// the source gives no scoring methods — the methods here are placeholders chosen by row name (ratio for “Tỷ lệ…”,
// yes/partial/no otherwise), every row unverified. An editable sample for the CĐS team, not law.
import type { DtiFramework } from '../framework.schema';

export const communeSample2025Framework: DtiFramework = {
  id: 'xa-mau-2025-tayninh',
  year: 2025,
  level: 'commune',
  name: 'Bộ chỉ số chuyển đổi số cấp xã năm 2025 (mẫu theo bảng tự đánh giá của một xã tỉnh Tây Ninh)',
  sample: true,
  verified: false,
  source:
    'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
  note: 'MẪU ĐỂ CHỈNH SỬA. Tên và điểm tối đa của 62 dòng chép từ một bảng tự đánh giá không chính thức; chưa xác định quyết định ban hành. Cách tính KHÔNG có trong nguồn: dòng “Tỷ lệ…/Tỷ trọng…” đặt tạm là tỷ lệ, các dòng khác là Có/Một phần/Không. Tổng điểm các dòng là 960; nguồn không nêu tổng điểm. Các dòng 4.22.1–4.22.11 là mục con, nguồn không có dòng 4.22.',
  declaredComponentCount: 62,
  pillars: [
    {
      id: 'N1',
      name: 'Hạ tầng và Nền tảng số',
      indicators: [
        {
          id: '1',
          name: 'Hạ tầng và Nền tảng số',
          components: [
            {
              id: '1.1',
              name: 'Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.2',
              name: 'Tỷ lệ phủ sóng mạng di động băng rộng 5G trên dân số',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.3',
              name: 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.4',
              name: 'Mức độ ứng dụng AI',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.5',
              name: 'Trang bị máy tính cho CBCCVC',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.6',
              name: 'Triển khai Hệ thống camera giám sát an ninh, trật tự xã hội',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '1.7',
              name: 'Nội dung thông tin của đài truyền thanh xã, phường được thực hiện trên nền tảng công nghệ thông tin - viễn thông',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
          ],
          declaredComponentCount: 7,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
    {
      id: 'N2',
      name: 'Nhân lực số',
      indicators: [
        {
          id: '2',
          name: 'Nhân lực số',
          components: [
            {
              id: '2.1',
              name: 'Bố trí người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin',
              max: 30,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '2.2',
              name: 'Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '2.3',
              name: 'Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số; kỹ năng số cơ bản (bao gồm các phòng, ban chuyên môn, đơn vị sự nghiệp cấp xã, không bao gồm trường học, y tế)',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '2.4',
              name: 'Số lượng người dân được phổ cập kỹ năng số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '2.5',
              name: 'Tỷ lệ thành viên Tổ Công nghệ số cộng đồng được tập huấn, bồi dưỡng về chuyển đổi số, phổ cập kỹ năng số cơ bản',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
          ],
          declaredComponentCount: 5,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
    {
      id: 'N3',
      name: 'An toàn thông tin, an ninh mạng',
      indicators: [
        {
          id: '3',
          name: 'An toàn thông tin, an ninh mạng',
          components: [
            {
              id: '3.1',
              name: 'Tỷ lệ hệ thống thông tin được xác định và phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ trước khi đưa vào vận hành, sử dụng (chỉ tính các hệ thống do cơ quan tự quản lý vận hành riêng, không tính các hệ thống đã đưa vào quản lý tập trung tại Trung tâm dữ liệu tỉnh)',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '3.2',
              name: 'Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá mức độ đảm đảm an toàn thông tin, an ninh mạng định kỳ (chỉ tính các hệ thống do cơ quan tự quản lý vận hành riêng, không tính các hệ thống đã đưa vào quản lý tập trung tại Trung tâm dữ liệu tỉnh)',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '3.3',
              name: 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin, an ninh mạng theo cấp độ đã dược phê duyệt (chỉ tính các hệ thống do cơ quan tự quản lý vận hành riêng, không tính các hệ thống đã đưa vào quản lý tập trung tại Trung tâm dữ liệu tỉnh)',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '3.4',
              name: 'Tỷ lệ máy tính của công chức, viên chức có kết nối mạng LAN, được cài đặt phần mềm phòng, chống mã độc',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '3.5',
              name: 'Có tham gia đầy đủ các lớp diễn tập, ứng cứu sự cố ATTT của tỉnh tổ chức',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '3.6',
              name: 'Có tham gia đầy đủ các lớp tập huấn, đào tạo về ATTT của tỉnh',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
          ],
          declaredComponentCount: 6,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
    {
      id: 'N4',
      name: 'Hoạt động chính quyền số',
      indicators: [
        {
          id: '4',
          name: 'Hoạt động chính quyền số',
          components: [
            {
              id: '4.1',
              name: 'Cổng/Trang thông tin điện tử của địa phương cung cấp đầy đủ nội dung thông tin bắt buộc theo quy định tại Nghị định số 42/2022/NĐ-CP và Thông tư số 22/2023/TT-BTTTT',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.2',
              name: 'Số lượng ứng dụng, cơ sở dữ liệu chuyên ngành đã kết nối, sử dụng qua LGSP cấp tỉnh',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.3',
              name: 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.4',
              name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.5',
              name: 'Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.6',
              name: 'Tỷ lệ hồ sơ TTHC đã giải quyết đúng hạn',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.7',
              name: 'Tổng chi Ngân sách nhà nước cho chuyển đổi số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.8',
              name: 'Tổng chi thường xuyên cho chuyển đổi số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.9',
              name: 'Tổng chi đầu tư cho chuyển đổi số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.10',
              name: 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.11',
              name: 'Tỉ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường điện tử (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số để giải quyết công việc',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.12',
              name: 'Tỷ lệ chế độ báo cáo của cấp xã được thực hiện trên Hệ thống thông tin báo cáo',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.13',
              name: 'Tỷ lệ hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp xã',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.14',
              name: 'Chính quyền cấp xã sử dụng hệ thống, nền tảng họp không giấy trong các cuộc họp',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.15',
              name: 'Quản lý, chỉ đạo điều hành của UBND cấp xã được hỗ trợ thông qua Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.16',
              name: 'Sử dụng các nền tảng số hoặc mạng xã hội được chính quyền cấp xã phổ biến đến người dân nội dung thông tin (pháp luật, thông báo, hướng dẫn…)',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.17',
              name: 'Tỷ lệ lĩnh vực kinh tế – xã hội trên địa bàn cấp xã được quản lý, cập nhật dữ liệu thông qua hệ thống quản lý thông tin dữ liệu số',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.18',
              name: 'Tỷ lệ công chức, viên chức sử dụng phần mềm Quản lý văn bản và điều hành trong xử lý công việc',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.19',
              name: 'Tỷ lệ văn bản điện tử ký số (trừ văn bản mật)',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.20',
              name: 'Tỷ lệ hồ sơ công việc lưu trữ điện tử được tạo lập',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.21',
              name: 'Tỷ lệ thực hiện hồ sơ công việc điện tử trên hệ thống',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '4.22.1',
              name: 'Triển khai thực hiện nhiệm vụ được giao theo các Kế hoạch giai đoạn 2026-2030 của tỉnh: - Kế hoạch hành động phát triển Chính quyền số trên địa bàn tỉnh Tây Ninh giai đoạn 2026-2030; - Kế hoạch phát triển kinh tế số và xã hội số giai đoạn 2026 -2030 - Kế hoạch thực hiện chuyển đổi số trên địa bàn tỉnh Tây Ninh giai đoạn 2026 -2030',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.2',
              name: 'Triển khai thực hiện nhiệm vụ được giao theo Kế hoạch chuyển đổi số của tỉnh hàng năm',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.3',
              name: 'Triển khai thực hiện nhiệm vụ được giao theo Kế hoạch phát triển chính quyền số của tỉnh hàng năm',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.4',
              name: 'Triển khai thực hiện nhiệm vụ được giao theo Kế hoạch phát triển kinh tế số và xã hội số hàng năm',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.5',
              name: 'Triển khai thực hiện nhiệm vụ truyền thông, phổ biến, nâng cao nhận thức về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên báo chí, truyền thông, hệ thống thông tin cơ sở, truyền thông xã hội, mạng xã hội, nền tảng số và phương thức khác hàng năm',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.6',
              name: 'Xây dựng và triển khai kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.7',
              name: 'Bán hành kế hoạch chuyển đổi số bám sát yêu cầu, nhiệm vụ kế hoạch của UBND tỉnh giao',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.8',
              name: 'Kết quả thực hiện kế hoạch chuyển đổi số',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.9',
              name: 'Ban hành quy chế khai thác các nền tảng số, cơ sở dữ liệu chuyên ngành',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.10',
              name: 'Tuyên truyền chuyển đổi số tại địa phương',
              max: 30,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
            {
              id: '4.22.11',
              name: 'Triển khai hoạt động hưởng ứng ngày chuyển đổi số quốc gia',
              max: 20,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
              note: 'Mục con của 4.22 (nguồn không có dòng 4.22).',
            },
          ],
          declaredComponentCount: 32,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
    {
      id: 'N5',
      name: 'Hoạt động Kinh tế số',
      indicators: [
        {
          id: '5',
          name: 'Hoạt động Kinh tế số',
          components: [
            {
              id: '5.1',
              name: 'Tỷ trọng kinh tế số trong GRDP',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '5.2',
              name: 'Tỷ lệ doanh nghiệp công nghệ số/1000 dân',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '5.3',
              name: 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '5.4',
              name: 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử',
              max: 20,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
          ],
          declaredComponentCount: 4,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
    {
      id: 'N6',
      name: 'Hoạt động Xã hội số',
      indicators: [
        {
          id: '6',
          name: 'Hoạt động Xã hội số',
          components: [
            {
              id: '6.1',
              name: 'Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản danh tính điện tử sử dụng được cho các giao dịch điện tử',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.2',
              name: 'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trực tuyến tại ngân hàng hoặc tổ chức được phép khác',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.3',
              name: 'Tỷ lệ dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.4',
              name: 'Tỷ lệ người dân có Sổ sức khỏe điện tử',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.5',
              name: 'Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.6',
              name: 'Tỷ lệ phản ánh, kiến nghị đã giải quyết đúng hạn trên hệ thống 1022',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.7',
              name: 'Tỷ lệ mức độ hài lòng về phản ánh kiến nghị trên hệ thống 1022',
              max: 10,
              method: {
                kind: 'ratio',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
            {
              id: '6.8',
              name: 'Tổ dân phố trên địa bàn xã có nhóm hoặc diễn đàn số được sử dụng để chia sẻ, trao đổi thông tin giữa cán bộ, công chức và người dân',
              max: 10,
              method: {
                kind: 'yes_partial_no',
              },
              verified: false,
              source:
                'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
            },
          ],
          declaredComponentCount: 8,
          verified: false,
          source:
            'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
        },
      ],
      verified: false,
      source:
        'Bảng tự đánh giá DTI xã Cần Giuộc (Tây Ninh), tệp CSV trong kho mã công khai xuantruongnguyen230300-gif/PlatformManager — nguồn không chính thức',
    },
  ],
};
