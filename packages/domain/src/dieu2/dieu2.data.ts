// Generated once from seed 000_506e4fc377eaf574.txt (Điều 2) and checked by hand; edit as data.
// Lines broken by the PDF extraction are joined; the one misprinted letter is corrected (see dieu2Corrections).
import type { Dieu2Point } from './index';

export interface Dieu2DutyData {
  readonly khoan: number;
  readonly title: string;
  readonly points: readonly Dieu2Point[];
}

export const dieu2Data: readonly Dieu2DutyData[] = [
  {
    khoan: 1,
    title: 'Trình Ủy ban nhân dân thành phố:',
    points: [
      {
        letter: 'a',
        text: 'Dự thảo nghị quyết của Hội đồng nhân dân thành phố, dự thảo quyết định của Ủy ban nhân dân thành phố liên quan đến ngành, lĩnh vực thuộc phạm vi quản lý của Sở và các văn bản khác theo phân công của Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'b',
        text: 'Dự thảo kế hoạch phát triển ngành, lĩnh vực; chương trình, kế hoạch, đề án, dự án, biện pháp tổ chức thực hiện các nhiệm vụ về ngành, lĩnh vực trên địa bàn thành phố trong phạm vi quản lý của Sở;',
      },
      {
        letter: 'c',
        text: 'Dự thảo quyết định quy định cụ thể chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở; dự thảo quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Tiêu chuẩn Đo lường Chất lượng, Quỹ Phát triển khoa học và công nghệ của thành phố và đơn vị sự nghiệp công lập thuộc Sở (nếu có);',
      },
      {
        letter: 'd',
        text: 'Dự thảo quyết định việc phân cấp, ủy quyền nhiệm vụ thuộc ngành, lĩnh vực khoa học và công nghệ thuộc thẩm quyền của Ủy ban nhân dân thành phố cho Sở, Chi cục Tiêu chuẩn Đo lường Chất lượng, đơn vị sự nghiệp công lập thuộc Sở, Ủy ban nhân dân cấp xã theo quy định của pháp luật;',
      },
      {
        letter: 'đ',
        text: 'Dự thảo quyết định thực hiện xã hội hóa các hoạt động cung ứng dịch vụ sự nghiệp công theo ngành, lĩnh vực thuộc thẩm quyền của Ủy ban nhân dân thành phố và theo phân cấp, phân quyền.',
      },
    ],
  },
  {
    khoan: 2,
    title:
      'Trình Chủ tịch Ủy ban nhân dân thành phố dự thảo các văn bản thuộc thẩm quyền ban hành của Chủ tịch Ủy ban nhân dân thành phố theo phân công.',
    points: [],
  },
  {
    khoan: 3,
    title:
      'Tổ chức thực hiện các văn bản quy phạm pháp luật, chiến lược, quy hoạch, kế hoạch, chương trình, đề án sau khi được ban hành, phê duyệt; thông tin, tuyên truyền, hướng dẫn, phổ biến, giáo dục, theo dõi thi hành pháp luật về các lĩnh vực thuộc phạm vi quản lý nhà nước được giao.',
    points: [],
  },
  {
    khoan: 4,
    title:
      'Tổ chức thực hiện và chịu trách nhiệm về đăng ký, cấp, cấp lại, thu hồi, sửa đổi, bổ sung, gia hạn, tạm đình chỉ, đình chỉ các loại giấy phép, giấy chứng nhận, giấy xác nhận, giấy đăng ký, văn bằng, chứng chỉ và các giấy tờ khác thuộc phạm vi quản lý của Sở theo quy định của pháp luật và theo phân cấp, phân quyền của cấp có thẩm quyền.',
    points: [],
  },
  {
    khoan: 5,
    title:
      'Lập kế hoạch, dự toán và xây dựng đề xuất cơ cấu chi, tỷ lệ chi ngân sách nhà nước hàng năm dành cho ngành, lĩnh vực thuộc phạm vi chức năng quản lý trên cơ sở tổng hợp kế hoạch, dự toán của sở, ban, ngành, Ủy ban nhân dân cấp xã và các cơ quan liên quan. Theo dõi, phối hợp với các cơ quan, đơn vị liên quan kiểm tra việc sử dụng ngân sách nhà nước của ngành, lĩnh vực quản lý của Sở theo quy định.',
    points: [],
  },
  {
    khoan: 6,
    title: 'Về hoạt động khoa học, công nghệ và đổi mới sáng tạo',
    points: [
      {
        letter: 'a',
        text: 'Hướng dẫn thực hiện phương hướng, mục tiêu, nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo, thúc đẩy việc phát triển các ngành, lĩnh vực kinh tế - kỹ thuật chủ lực của địa phương trên cơ sở ứng dụng, đổi mới và làm chủ công nghệ, phát triển công nghệ mới, công nghệ cao, công nghệ số, công nghệ chiến lược và thương mại hóa công nghệ, kết quả nghiên cứu khoa học và phát triển công nghệ;',
      },
      {
        letter: 'b',
        text: 'Quản lý hoạt động nghiên cứu, phát triển, ứng dụng công nghệ trong các lĩnh vực, ngành kinh tế - kỹ thuật thuộc phạm vi địa phương; hướng dẫn Ủy ban nhân dân cấp xã về chuyên môn, nghiệp vụ quản lý về ngành, lĩnh vực thuộc phạm vi quản lý;',
      },
      {
        letter: 'c',
        text: 'Xây dựng, hướng dẫn và tổ chức thực hiện cơ chế, chính sách về công nghệ cao; tổ chức thực hiện việc chứng nhận các hoạt động công nghệ cao, chứng nhận doanh nghiệp công nghệ cao theo phân cấp, phân quyền; xây dựng cơ sở dữ liệu, hạ tầng thông tin về công nghệ cao trong phạm vi thẩm quyền được giao;',
      },
      {
        letter: 'd',
        text: 'Tổ chức việc xác định, đặt hàng, tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo theo quy định; theo dõi, tổng hợp tình hình, kết quả việc chuyển quyền sở hữu và quyền sử dụng kết quả nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo sử dụng ngân sách nhà nước. Khai thác, ứng dụng, thương mại hóa công nghệ, kết quả nghiên cứu khoa học và phát triển công nghệ; công bố, tuyên truyền kết quả nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo thuộc phạm vi thẩm quyền;',
      },
      {
        letter: 'đ',
        text: 'Theo dõi, hướng dẫn, kiểm tra, đánh giá quá trình thực hiện và sau nghiệm thu các nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo sử dụng ngân sách nhà nước theo phân cấp; tổ chức đánh giá độc lập kết quả nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo; xác định giá trị tài sản là kết quả của nhiệm vụ khoa học và công nghệ, tài sản trí tuệ theo quy định của pháp luật;',
      },
      {
        letter: 'e',
        text: 'Hướng dẫn, quản lý việc đăng ký và kiểm tra hoạt động đối với các tổ chức khoa học và công nghệ, văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ thuộc phạm vi thẩm quyền theo quy định của pháp luật;',
      },
      {
        letter: 'g',
        text: 'Xây dựng, hướng dẫn và tổ chức thực hiện cơ chế, chính sách khuyến khích, hỗ trợ phát triển hoạt động nghiên cứu ứng dụng công nghệ và tiến bộ kỹ thuật, ươm tạo công nghệ;',
      },
      {
        letter: 'h',
        text: 'Hỗ trợ tổ chức, cá nhân trên địa bàn thực hiện việc đánh giá công nghệ, đổi mới công nghệ, tìm kiếm công nghệ, chuyển giao, giải mã và làm chủ công nghệ, khai thác sáng chế; hướng dẫn, đánh giá trình độ, năng lực công nghệ và xây dựng định hướng phát triển công nghệ, lộ trình đổi mới công nghệ của địa phương theo quy định của pháp luật;',
      },
      {
        letter: 'i',
        text: 'Tiếp nhận hoặc hướng dẫn tiếp nhận kết quả nghiên cứu, tổ chức ứng dụng, đánh giá kết quả/hiệu quả ứng dụng kết quả thực hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo do Ủy ban nhân dân thành phố đề xuất đặt hàng hoặc đặt hàng sau khi nhiệm vụ được đánh giá, nghiệm thu;',
      },
      {
        letter: 'k',
        text: 'Hướng dẫn, quản lý hoạt động đánh giá, thẩm định, giám định và chuyển giao công nghệ trên địa bàn; chứng nhận đăng ký chuyển giao công nghệ, chứng nhận chuyển giao công nghệ, khuyến khích chuyển giao theo phân cấp; tổ chức thực hiện việc xác định dự án đầu tư sử dụng công nghệ lạc hậu, tiềm ẩn nguy cơ gây ô nhiễm môi trường, thâm dụng tài nguyên; tổ chức việc giám định chất lượng và giá trị máy móc, thiết bị, dây chuyền công nghệ của dự án đầu tư thuộc thẩm quyền; thẩm định, có ý kiến về công nghệ của các dự án đầu tư theo phân cấp; thẩm định, có ý kiến về nội dung khoa học và công nghệ các quy hoạch, các chương trình, đề án nghiên cứu khoa học và công nghệ của địa phương thuộc thẩm quyền theo quy định của pháp luật;',
      },
      {
        letter: 'l',
        text: 'Phối hợp với các sở, ban, ngành của thành phố và các cơ quan liên quan đề xuất danh mục các nhiệm vụ khoa học và công nghệ, đổi mới sáng tạo cấp quốc gia; tham gia ý kiến trong quá trình xây dựng danh mục nhiệm vụ khoa học và công nghệ, đổi mới sáng tạo cấp quốc gia khi được yêu cầu; phối hợp theo dõi, kiểm tra trong quá trình thực hiện và đề xuất việc tiếp nhận kết quả, tổ chức ứng dụng kết quả thực hiện nhiệm vụ khoa học và công nghệ, đổi mới sáng tạo cấp quốc gia phục vụ phát triển kinh tế - xã hội của địa phương;',
      },
      {
        letter: 'm',
        text: 'Thành lập các Hội đồng tư vấn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo quy định và theo phân cấp hoặc ủy quyền của Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân thành phố.',
      },
    ],
  },
  {
    khoan: 7,
    title: 'Về đổi mới sáng tạo và phát triển thị trường công nghệ',
    points: [
      {
        letter: 'a',
        text: 'Quản lý hoạt động đổi mới sáng tạo; xây dựng, hướng dẫn, kiểm tra và tổ chức thực hiện cơ chế, chính sách ưu đãi, hỗ trợ, khuyến khích phát triển đổi mới sáng tạo và huy động nguồn lực đầu tư cho đổi mới sáng tạo tại địa phương;',
      },
      {
        letter: 'b',
        text: 'Hướng dẫn và tổ chức triển khai các hoạt động đổi mới sáng tạo; hướng dẫn, triển khai áp dụng khung thể chế thử nghiệm có kiểm soát (sandbox) đối với công nghệ, quy trình, giải pháp, sản phẩm, dịch vụ, hoặc mô hình kinh doanh mới; phát triển thị trường khoa học và công nghệ, hệ thống đổi mới sáng tạo địa phương với doanh nghiệp là trung tâm; xây dựng các quy định của địa phương hỗ trợ đổi mới sáng tạo;',
      },
      {
        letter: 'c',
        text: 'Hướng dẫn việc thành lập, quản lý, phát triển hệ thống tổ chức đổi mới sáng tạo, tổ chức hỗ trợ đổi mới sáng tạo của địa phương theo thẩm quyền; tổ chức việc xác định các trung tâm đổi mới sáng tạo, hỗ trợ đổi mới sáng tạo theo quy định của pháp luật; xây dựng, vận hành, phát triển mạng lưới đổi mới sáng tạo địa phương;',
      },
      {
        letter: 'd',
        text: 'Quản lý, hướng dẫn và tổ chức thực hiện phát triển thị trường công nghệ của địa phương; xúc tiến thị trường công nghệ quy mô địa phương; các tổ chức trung gian của thị trường công nghệ, các trung tâm giao dịch công nghệ, sàn giao dịch công nghệ địa phương;',
      },
      {
        letter: 'đ',
        text: 'Hỗ trợ nâng cao năng lực công nghệ cho doanh nghiệp theo quy định của pháp luật; xây dựng và triển khai các chương trình, dự án hỗ trợ phát triển thị trường công nghệ; hỗ trợ tổ chức, cá nhân đổi mới công nghệ, thương mại hóa kết quả nghiên cứu khoa học và phát triển công nghệ, tìm kiếm công nghệ, nhập khẩu công nghệ, khai thác sáng chế, giải mã và làm chủ công nghệ; cho ý kiến về công nghệ đối với các dự án đầu tư; đánh giá trình độ, năng lực công nghệ và xây dựng định hướng phát triển công nghệ theo quy định của pháp luật;',
      },
      {
        letter: 'e',
        text: 'Chỉ đạo, tổ chức chợ công nghệ và thiết bị, hoạt động kết nối nguồn cung, nguồn cầu công nghệ; hoạt động giao dịch công nghệ, xúc tiến chuyển giao công nghệ; triển lãm khoa học, công nghệ và đổi mới sáng tạo;',
      },
      {
        letter: 'g',
        text: 'Chủ trì, phối hợp với các cơ quan liên quan tiến hành thu thập, tổng hợp, cung cấp thông tin, dữ liệu, đề xuất, thực hiện các giải pháp phục vụ xây dựng, nâng cao chỉ số đổi mới sáng tạo của địa phương.',
      },
    ],
  },
  {
    khoan: 8,
    title: 'Về khởi nghiệp sáng tạo và doanh nghiệp khoa học và công nghệ',
    points: [
      {
        letter: 'a',
        text: 'Quản lý, hướng dẫn hoạt động ươm tạo công nghệ, khởi nghiệp sáng tạo, doanh nghiệp khoa học và công nghệ; xây dựng, hướng dẫn, kiểm tra và tổ chức thực hiện cơ chế, chính sách về xác định, công nhận, ưu đãi, hỗ trợ, khuyến khích phát triển các cơ sở ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và công nghệ, cơ sở kỹ thuật, khu làm việc chung, cá nhân, nhóm cá nhân, doanh nghiệp khởi nghiệp sáng tạo, tư vấn viên khởi nghiệp sáng tạo, tổ chức hỗ trợ khởi nghiệp sáng tạo, nhà đầu tư cho khởi nghiệp sáng tạo và các chủ thể khác của hệ sinh thái khởi nghiệp sáng tạo theo thẩm quyền;',
      },
      {
        letter: 'b',
        text: 'Hướng dẫn việc thành lập và cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo theo thẩm quyền; theo dõi, kiểm tra, tổng hợp tình hình, kết quả hoạt động của doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo theo quy định; phối hợp với các cơ quan liên quan thực hiện cơ chế, chính sách ưu đãi, hỗ trợ của nhà nước đối với doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo, tổ chức khoa học và công nghệ theo quy định của pháp luật;',
      },
      {
        letter: 'c',
        text: 'Quản lý, phát triển hệ sinh thái khởi nghiệp sáng tạo của địa phương; thúc đẩy việc huy động nguồn lực đầu tư cho khởi nghiệp sáng tạo, ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và công nghệ tại địa phương;',
      },
      {
        letter: 'd',
        text: 'Quản lý, hướng dẫn và tổ chức triển khai phát triển hệ thống các tổ chức hỗ trợ khởi nghiệp sáng tạo, cơ sở ươm tạo công nghệ, ươm tạo và phát triển doanh nghiệp khoa học và công nghệ, cơ sở kỹ thuật, khu làm việc chung hỗ trợ khởi nghiệp sáng tạo; xây dựng, vận hành và phát triển mạng lưới khởi nghiệp sáng tạo, chuyên gia, cố vấn, nhà đầu tư khởi nghiệp sáng tạo thuộc phạm vi quản lý trên địa bàn thành phố;',
      },
      {
        letter: 'đ',
        text: 'Xây dựng và triển khai các chương trình, đề án, dự án hỗ trợ ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và công nghệ, khởi nghiệp sáng tạo, hỗ trợ cơ sở giáo dục đại học công lập, cơ sở giáo dục nghề nghiệp công lập, tổ chức khoa học và công nghệ công lập trên địa bàn thành phố được thành lập, tham gia thành lập, tham gia góp vốn vào doanh nghiệp để thương mại hóa kết quả nghiên cứu khoa học, phát triển công nghệ; chỉ đạo, tổ chức thực hiện các sự kiện về ươm tạo công nghệ, ươm tạo doanh nghiệp khoa học và công nghệ, khởi nghiệp sáng tạo trong phạm vi thẩm quyền và theo quy định pháp luật.',
      },
    ],
  },
  {
    khoan: 9,
    title: 'Về phát triển tiềm lực khoa học, công nghệ và đổi mới sáng tạo',
    points: [
      {
        letter: 'a',
        text: 'Chủ trì, phối hợp với các sở, ban, ngành xây dựng, trình cấp có thẩm quyền trong việc thực hiện quy hoạch các tổ chức khoa học và công nghệ công lập và tổ chức thực hiện sau khi được ban hành; hướng dẫn thực hiện cơ chế tự chủ đối với các tổ chức khoa học và công nghệ công lập theo quy định; chủ trì, phối hợp với các cơ quan liên quan trình cấp có thẩm quyền ban hành và tổ chức thực hiện các cơ chế, chính sách, chương trình, dự án đầu tư phát triển tiềm lực, nâng cao năng lực tự chủ của tổ chức khoa học và công nghệ công lập thuộc phạm vi quản lý;',
      },
      {
        letter: 'b',
        text: 'Quản lý hoạt động của các tổ chức khoa học và công nghệ trong và ngoài công lập thuộc thẩm quyền quản lý của thành phố; tham mưu, có ý kiến về việc thành lập, thẩm định việc thành lập, tổ chức lại, giải thể tổ chức khoa học và công nghệ công lập; hướng dẫn về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, quy chế hoạt động của Hội đồng quản lý trong tổ chức khoa học và công nghệ công lập thuộc thẩm quyền quản lý của thành phố theo quy định;',
      },
      {
        letter: 'c',
        text: 'Xây dựng và tổ chức thực hiện kế hoạch đào tạo, bồi dưỡng, phát triển đổi mới nguồn nhân lực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, kế hoạch đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; tổ chức thực hiện công tác đào tạo, bồi dưỡng chuyên môn, nghiệp vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số cho đội ngũ nhân lực khoa học và công nghệ thuộc phạm vi quản lý;',
      },
      {
        letter: 'd',
        text: 'Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành và tổ chức thực hiện các cơ chế, chính sách về đào tạo, bồi dưỡng, sử dụng, trọng dụng cá nhân hoạt động khoa học và công nghệ; chính sách thu hút đối với nhà khoa học, chuyên gia giỏi, trí thức là người Việt Nam ở nước ngoài theo thẩm quyền và phân cấp, uỷ quyền của Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'đ',
        text: 'Chủ trì, phối hợp với các sở, ban, ngành xây dựng và tổ chức thực hiện kế hoạch truyền thông về khoa học, công nghệ và đổi mới sáng tạo của thành phố.',
      },
    ],
  },
  {
    khoan: 10,
    title: 'Về sở hữu trí tuệ',
    points: [
      {
        letter: 'a',
        text: 'Tổ chức triển khai thực hiện chiến lược, quy hoạch, chương trình, kế hoạch, các nhiệm vụ thuộc lĩnh vực sở hữu trí tuệ trong phạm vi thẩm quyền được giao; thực hiện các biện pháp hỗ trợ phát triển hoạt động sở hữu công nghiệp; hướng dẫn nghiệp vụ sở hữu công nghiệp đối với các tổ chức và cá nhân; quản lý, xây dựng, phát triển chỉ dẫn địa lý, nhãn hiệu sử dụng địa danh, dấu hiệu khác chỉ nguồn gốc địa lý của sản phẩm địa phương theo quy định pháp luật và theo phân cấp, phân quyền của cấp có thẩm quyền;',
      },
      {
        letter: 'b',
        text: 'Hướng dẫn, hỗ trợ tổ chức, cá nhân tiến hành các thủ tục về sở hữu công nghiệp; chủ trì, phối hợp với các cơ quan có liên quan bảo vệ quyền sở hữu công nghiệp và xử lý vi phạm pháp luật về sở hữu công nghiệp theo quy định;',
      },
      {
        letter: 'c',
        text: 'Quản lý về hoạt động sáng kiến. Chủ trì triển khai các biện pháp để phổ biến, khuyến khích, thúc đẩy hoạt động sáng chế, sáng kiến, sáng tạo tại địa phương; tổ chức xét chấp thuận việc công nhận sáng kiến được tạo ra do nhà nước đầu tư kinh phí, phương tiện vật chất - kỹ thuật theo quy định của pháp luật;',
      },
      {
        letter: 'd',
        text: 'Giúp Ủy ban nhân dân thành phố thực hiện quản lý nhà nước về sở hữu trí tuệ đối với các lĩnh vực liên quan theo quy định của pháp luật và phân cấp, phân quyền của Ủy ban nhân dân thành phố.',
      },
    ],
  },
  {
    khoan: 11,
    title: 'Về tiêu chuẩn, đo lường, chất lượng',
    points: [
      {
        letter: 'a',
        text: 'Tổ chức việc xây dựng và tham gia xây dựng quy chuẩn kỹ thuật địa phương; tham gia xây dựng, góp ý quy chuẩn kỹ thuật quốc gia;',
      },
      {
        letter: 'b',
        text: 'Tổ chức phổ biến áp dụng quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương, tiêu chuẩn quốc gia, tiêu chuẩn quốc tế, tiêu chuẩn khu vực, tiêu chuẩn nước ngoài, áp dụng phương thức đánh giá sự phù hợp tiêu chuẩn, quy chuẩn kỹ thuật; hướng dẫn xây dựng tiêu chuẩn cơ sở đối với các tổ chức, cá nhân trên địa bàn; kiểm tra việc chấp hành pháp luật về tiêu chuẩn và quy chuẩn kỹ thuật trên địa bàn; tổ chức thực hiện việc khảo sát chất lượng sản phẩm, hàng hóa tại địa phương; cảnh báo về nguy cơ mất an toàn của sản phẩm hàng hóa cho người tiêu dùng và các cơ quan hữu quan tại địa phương;',
      },
      {
        letter: 'c',
        text: 'Tổ chức, quản lý, hướng dẫn các tổ chức, cá nhân sản xuất, kinh doanh thực hiện việc công bố tiêu chuẩn áp dụng đối với các sản phẩm, hàng hóa, dịch vụ, quá trình và môi trường theo phân công, phân cấp của cơ quan nhà nước có thẩm quyền;',
      },
      {
        letter: 'd',
        text: 'Tiếp nhận bản công bố hợp chuẩn của tổ chức, cá nhân đăng ký hoạt động sản xuất, kinh doanh tại địa phương; tiếp nhận bản công bố hợp quy đối với sản phẩm, hàng hóa có khả năng gây mất an toàn (hàng hóa nhóm 2) thuộc phạm vi quản lý; tiếp nhận bản đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu trong lĩnh vực được phân công; tư vấn đăng ký mã số mã vạch theo phân công, phân cấp của cơ quan nhà nước có thẩm quyền; thực hiện quản lý nhà nước về truy xuất nguồn gốc sản phẩm, hàng hóa tại địa phương;',
      },
      {
        letter: 'đ',
        text: 'Thực hiện nhiệm vụ thông báo vào hỏi đáp về tiêu chuẩn, đo lường, chất lượng và hàng rào kỹ thuật trong thương mại (gọi tắt là TBT) trên địa bàn; phối hợp với Điểm TBT quốc gia trong xử lý thông tin hỏi đáp, rà soát các văn bản, dự thảo biện pháp TBT của địa phương và tuyên truyền phổ biến về TBT cho doanh nghiệp để hỗ trợ xuất khẩu tại địa phương;',
      },
      {
        letter: 'e',
        text: 'Là đầu mối triển khai các nhiệm vụ, chương trình, đề án thuộc lĩnh vực tiêu chuẩn, đo lường, chất lượng thuộc phạm vi thẩm quyền tại địa phương; tổ chức mạng lưới kiểm định, hiệu chuẩn, thử nghiệm về đo lường đáp ứng yêu cầu của địa phương; tổ chức thực hiện việc kiểm định, hiệu chuẩn, thử nghiệm về đo lường trong các lĩnh vực và phạm vi đã đăng ký, được chỉ định;',
      },
      {
        letter: 'g',
        text: 'Quản lý, tổ chức và thực hiện việc công bố sử dụng dấu định lượng trên nhãn của hàng đóng gói sẵn theo quy định của pháp luật; tiếp nhận chương trình đảm bảo đo lường của tổ chức, doanh nghiệp tại địa phương, hướng dẫn xây dựng và áp dụng chương trình đảm bảo đo lường cho tổ chức doanh nghiệp tại địa phương;',
      },
      {
        letter: 'h',
        text: 'Tổ chức thực hiện việc kiểm tra nhà nước về đo lường đối với chuẩn đo lường, phương tiện đo, phép đo, lượng hàng đóng gói sẵn, hoạt động kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo, chuẩn đo lường theo quy định của pháp luật; tổ chức thực hiện các biện pháp để người có quyền và nghĩa vụ liên quan giám sát, kiểm tra việc thực hiện phép đo, phương pháp đo, phương tiện đo, chuẩn đo lường, chất lượng hàng hóa: tổ chức thực hiện việc thiết lập, duy trì, bảo quản và sử dụng các chuẩn đo lường của địa phương;',
      },
      {
        letter: 'i',
        text: 'Tổ chức thực hiện việc thử nghiệm phục vụ yêu cầu quản lý nhà nước và nhu cầu của tổ chức, cá nhân về chất lượng sản phẩm, hàng hóa trên địa bàn;',
      },
      {
        letter: 'k',
        text: 'Chủ trì, phối hợp với các cơ quan có liên quan tổ chức thực hiện kiểm tra chất lượng sản phẩm, hàng hóa trong sản xuất, hàng hóa nhập khẩu, hàng hóa lưu thông trên địa bàn và nhãn hàng hóa, mã số, mã vạch theo phân công, phân cấp hoặc ủy quyền của cơ quan nhà nước có thẩm quyền;',
      },
      {
        letter: 'l',
        text: 'Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương theo quy định của pháp luật;',
      },
      {
        letter: 'm',
        text: 'Hướng dẫn các tổ chức, doanh nghiệp tham dự giải thưởng chất lượng quốc gia, quốc tế; xem xét, đánh giá và đề xuất các tổ chức, doanh nghiệp tham dự giải thưởng chất lượng quốc gia trên địa bàn thành phố theo quy định;',
      },
      {
        letter: 'n',
        text: 'Tổ chức thực hiện các nhiệm vụ liên quan đến hoạt động nâng cao năng suất và chất lượng sản phẩm, hàng hóa; là đầu mối triển khai các nhiệm vụ thuộc chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm hàng hóa, đề án về truy xuất nguồn gốc sản phẩm, hàng hóa tại địa phương, đề án tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam tại địa phương;',
      },
      {
        letter: 'o',
        text: 'Tuyên truyền, phổ biến, hướng dẫn các văn bản quy phạm pháp luật về tiêu chuẩn đo lường chất lượng đến các tổ chức, cá nhân, doanh nghiệp thuộc phạm vi quản lý;',
      },
      {
        letter: 'p',
        text: 'Tổ chức triển khai ứng dụng các giải pháp về chuyển đổi số, mã số, mã vạch, truy xuất nguồn gốc để tăng cường công tác quản lý nhà nước về năng suất, chất lượng sản phẩm, hàng hóa;',
      },
      {
        letter: 'q',
        text: 'Xây dựng, đào tạo nguồn nhân lực lĩnh vực hoạt động tiêu chuẩn, đo lường, chất lượng bảo đảm số lượng và chất lượng;',
      },
      {
        letter: 'r',
        text: 'Phối hợp thực hiện việc đổi mới, phát triển hoạt động đo lường, tăng cường năng lực hạ tầng đo lường quốc gia, hỗ trợ doanh nghiệp nâng cao năng lực cạnh tranh trong phạm vi thẩm quyền được giao.',
      },
    ],
  },
  {
    khoan: 12,
    title: 'Về ứng dụng bức xạ, đồng vị phóng xạ; an toàn bức xạ và hạt nhân',
    points: [
      {
        letter: 'a',
        text: 'Tổ chức thực hiện các quy hoạch, kế hoạch, chương trình, dự án và các biện pháp để thúc đẩy ứng dụng bức xạ và đồng vị phóng xạ phục vụ phát triển kinh tế - xã hội;',
      },
      {
        letter: 'b',
        text: 'Quản lý các hoạt động quan trắc phóng xạ môi trường trên địa bàn; phối hợp quản lý các hoạt động phát triển, ứng dụng năng lượng nguyên tử theo quy định;',
      },
      {
        letter: 'c',
        text: 'Quản lý và thực hiện việc tiếp nhận khai báo hoạt động tiền hành công việc bức xạ sử dụng thiết bị X- quang chẩn đoán trong y tế; thiết bị chụp cắt lớp vi tính tích hợp với PET (PET/CT), tích hợp với SPECT (SPECT/CT); thiết bị phát tia X dùng trong phân tích huỳnh quang tia X, phân tích nhiễu xạ tia X, soi bo mạch, soi hiển vi điện tử, soi kiểm tra an ninh;',
      },
      {
        letter: 'd',
        text: 'Chủ trì và phối hợp với các cơ quan liên quan thực hiện thanh tra, kiểm tra việc tuân thủ các quy định pháp luật về an toàn bức xạ và hạt nhân thuộc địa bàn quản lý và xử lý đối với các vi phạm theo thẩm quyền và theo sự phân công, phân cấp, ủy quyền của Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'đ',
        text: 'Quản lý các hoạt động dịch vụ sự nghiệp công trong lĩnh vực năng lượng nguyên tử, an toàn bức xạ và hạt nhân trên địa bàn;',
      },
      {
        letter: 'e',
        text: 'Chủ trì và phối hợp với các cơ quan có liên quan giúp Ủy ban nhân dân thành phố xây dựng kế hoạch ứng phó sự cố bức xạ và hạt nhân cấp tỉnh trình cơ quan có thẩm quyền phê duyệt và tổ chức triển khai thực hiện sau khi được phê duyệt; xử lý sự cố bức xạ và hạt nhân trên địa bàn theo sự phân công của Ủy ban nhân dân thành phố; tiếp nhận, thông báo và phối hợp với các cơ quan có liên quan xác minh thông tin và tổ chức tìm kiếm, xử lý đối với nguồn phóng xạ, vật liệu hạt nhân, thiết bị hạt nhân nằm ngoài sự kiểm soát;',
      },
      {
        letter: 'g',
        text: 'Chủ trì và phối hợp với đơn vị chức năng của Bộ Khoa học và Công nghệ thu gom chất thải phóng xạ, nguồn phóng xạ phát hiện trên địa bàn quản lý mà không xác định được chủ sở hữu; quản lý các nguồn phóng xạ tại địa bàn theo quy định của pháp luật;',
      },
      {
        letter: 'h',
        text: 'Hướng dẫn các tổ chức, cá nhân trên địa bàn về các biện pháp quản lý chất thải phóng xạ và nguồn phóng xạ đã qua sử dụng, thực hiện các biện pháp bảo đảm an toàn, an ninh khi phát hiện nguồn phóng xạ, vật liệu hạt nhân, thiết bị hạt nhân nằm ngoài sự kiểm soát;',
      },
      {
        letter: 'i',
        text: 'Xây dựng cơ sở dữ liệu về an toàn bức xạ, an ninh nguồn phóng xạ tại địa phương và tích hợp với cơ sở dữ liệu quốc gia về khoa học và công nghệ.',
      },
    ],
  },
  {
    khoan: 13,
    title: 'Về thông tin, thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    points: [
      {
        letter: 'a',
        text: 'Tổ chức việc xây dựng và tham gia xây dựng các quy định về thông tin, thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại địa phương;',
      },
      {
        letter: 'b',
        text: 'Tổ chức phân tích, tổng hợp và cung cấp thông tin khoa học và công nghệ, thông tin thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phục vụ lãnh đạo, quản lý, nghiên cứu, đào tạo, sản xuất, kinh doanh và phát triển kinh tế - xã hội tại địa phương;',
      },
      {
        letter: 'c',
        text: 'Chỉ đạo thực hiện công tác thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thuộc phạm vi quản lý của địa phương theo quy định;',
      },
      {
        letter: 'd',
        text: 'Xây dựng, quản lý, vận hành, khai thác và phát triển hạ tầng thông tin khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; cập nhật và khai thác Cơ sở dữ liệu quốc gia về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; kết nối và chia sẻ các cơ sở dữ liệu về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của địa phương bảo đảm đồng bộ, thống nhất; xây dựng và phát triển mạng thông tin khoa học và công nghệ; ứng dụng công nghệ thông tin, truyền thông, phương tiện kỹ thuật tiên tiến trong hoạt động thông tin, thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;',
      },
      {
        letter: 'đ',
        text: 'Triển khai xây dựng các dự án dữ liệu của địa phương; phát triển, tích hợp hệ thống dữ liệu và thông tin quản lý của địa phương trong các lĩnh vực như: giáo dục; nông nghiệp; y tế; văn hoá; khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số để phục vụ khai thác, sử dụng theo quy định của pháp luật;',
      },
      {
        letter: 'e',
        text: 'Chỉ đạo tổ chức thực hiện chế độ báo cáo thống kê ngành, lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại địa phương;',
      },
      {
        letter: 'g',
        text: 'Phối hợp tổ chức thực hiện các cuộc điều tra thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thuộc Chương trình điều tra thống kê quốc gia và ngoài Chương trình điều tra thống kê quốc gia tại địa phương; tổ chức triển khai các cuộc điều tra thống kê khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của địa phương;',
      },
      {
        letter: 'h',
        text: 'Tổ chức và phát triển nguồn tin khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của địa phương; bổ sung sách, báo, tài liệu dưới các hình thức như mua, tặng, trao đổi; tổ chức và phát triển công tác thư viện, thư viện điện tử, thư viện số; tham gia Liên hợp thư viện Việt Nam về các nguồn tin khoa học và công nghệ;',
      },
      {
        letter: 'i',
        text: 'Tổ chức các trung tâm, sàn giao dịch thông tin công nghệ trực tiếp và trên mạng Internet, triển lãm, hội chợ khoa học và công nghệ; phổ biến, xuất bản ấn phẩm và cung cấp thông tin khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;',
      },
      {
        letter: 'k',
        text: 'Tổ chức hoạt động dịch vụ trong lĩnh vực thông tin, thư viện, thống kê, cơ sở dữ liệu về khoa học và công nghệ; in ấn, số hóa; tổ chức các sự kiện khoa học và công nghệ.',
      },
    ],
  },
  {
    khoan: 14,
    title: 'Về bưu chính',
    points: [
      {
        letter: 'a',
        text: 'Hướng dẫn, tổ chức và kiểm tra thực hiện cơ chế, chính sách, chiến lược, quy hoạch, kế hoạch, dự án, đề án, chương trình về bưu chính; tổ chức kiểm tra danh mục, cơ chế hỗ trợ và hoạt động cung ứng dịch vụ bưu chính công ích thuộc phạm vi thẩm quyền của thành phố theo quy định của pháp luật;',
      },
      {
        letter: 'b',
        text: 'Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, tạo điều kiện phát triển mạng bưu chính công cộng trên địa bàn;',
      },
      {
        letter: 'c',
        text: 'Quản lý và phối hợp quản lý hoạt động của doanh nghiệp bưu chính; giá cước, chất lượng dịch vụ bưu chính, an toàn bưu chính; tem bưu chính trên địa bàn;',
      },
      {
        letter: 'd',
        text: 'Giám sát, kiểm tra hoạt động của mạng bưu chính công cộng; việc cung ứng các dịch vụ bưu chính công ích, dịch vụ bưu chính phục vụ cơ quan Đảng, Nhà nước, nhiệm vụ công ích trên mạng bưu chính công cộng.',
      },
    ],
  },
  {
    khoan: 15,
    title: 'Về viễn thông',
    points: [
      {
        letter: 'a',
        text: 'Hướng dẫn, tổ chức thực hiện chiến lược, quy hoạch, kế hoạch, chương trình, cơ chế, chính sách về viễn thông, Internet, hạ tầng số thuộc phạm vi quản lý của thành phố;',
      },
      {
        letter: 'b',
        text: 'Hướng dẫn, kiểm tra, chỉ đạo các doanh nghiệp viễn thông triển khai công tác bảo đảm an toàn cơ sở hạ tầng trong hoạt động viễn thông trên địa bàn theo quy định của pháp luật; chủ trì tham mưu Ủy ban nhân dân thành phố chỉ đạo thực hiện việc bảo vệ an toàn cơ sở hạ tầng viễn thông, xử lý hành vi cản trở việc xây dựng hợp pháp, hành vi phá hoại, xâm phạm cơ sở hạ tầng viễn thông theo quy định của pháp luật;',
      },
      {
        letter: 'c',
        text: 'Chủ trì hoặc phối hợp với các cơ quan liên quan trong việc quản lý, theo dõi và kiểm tra hoạt động xây dựng, phát triển hạ tầng viễn thông trên địa bàn; thực hiện các quy trình và hỗ trợ doanh nghiệp viễn thông hoàn thiện thủ tục xây dựng cơ bản đối với các công trình viễn thông theo giấy phép được cấp, bảo đảm phù hợp với quy hoạch, kế hoạch phát triển của địa phương và quy định của pháp luật;',
      },
      {
        letter: 'd',
        text: 'Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, tạo điều kiện thuận lợi, thúc đẩy phát triển hạ tầng kỹ thuật viễn thông, trung tâm dữ liệu, hạ tầng số, thúc đẩy việc chia sẻ, sử dụng chung và xử lý các vướng mắc, tranh chấp về việc tiếp cận, chia sẻ, sử dụng chung, giá thuê đối với hạ tầng viễn thông thụ động và hạ tầng kỹ thuật liên ngành trên địa bàn;',
      },
      {
        letter: 'đ',
        text: 'Hướng dẫn, chỉ đạo, kiểm tra việc thực hiện các quy định về viễn thông, quản lý thông tin thuê bao viễn thông của các doanh nghiệp viễn thông trên địa bàn;',
      },
      {
        letter: 'e',
        text: 'Phối hợp quản lý, giám sát, kiểm tra việc tuân thủ các quy định về hoạt động của các mạng viễn thông phục vụ riêng cho cơ quan Đảng, Nhà nước trên địa bàn;',
      },
      {
        letter: 'g',
        text: 'Chủ trì tham mưu với Ủy ban nhân dân thành phố đề xuất địa bàn được hỗ trợ cung cấp dịch vụ viễn thông công ích, danh sách đối tượng được hỗ trợ sử dụng dịch vụ viễn thông công ích, thiết bị đầu cuối tại địa phương; tổ chức thực hiện chương trình cung cấp dịch vụ viễn thông công ích theo nhiệm vụ được giao; phối hợp kiểm tra thực hiện hoạt động viễn thông công ích tại địa phương;',
      },
      {
        letter: 'h',
        text: 'Thực hiện kiểm tra chất lượng thiết bị, mạng, dịch vụ viễn thông, chất lượng sản phẩm, hàng hóa viễn thông trên địa bàn quản lý theo quy định của pháp luật;',
      },
      {
        letter: 'i',
        text: 'Thực hiện các nhiệm vụ khác về quản lý nhà nước về viễn thông theo quy định của pháp luật và phân cấp, phân quyền của cấp có thẩm quyền.',
      },
    ],
  },
  {
    khoan: 16,
    title: 'Về tần số vô tuyến điện',
    points: [
      {
        letter: 'a',
        text: 'Hướng dẫn, kiểm tra việc thực hiện quy hoạch sử dụng kênh tần số đối với phát thanh, truyền hình; các quy định về điều kiện kỹ thuật, điều kiện khai thác các loại thiết bị vô tuyến điện được miễn giấy phép trên địa bàn thành phố;',
      },
      {
        letter: 'b',
        text: 'Phối hợp với tổ chức tàn số vô tuyến điện khu vực trong công tác giám sát, kiểm tra, xử lý can nhiễu, xử phạt vi phạm hành chính trong địa bàn thành phố;',
      },
      {
        letter: 'c',
        text: 'Phối hợp quản lý chất lượng phát xạ vô tuyến điện, tương thích điện tử và an toàn bức xạ vô tuyến điện trên địa bàn thành phố theo quy định của pháp luật.',
      },
    ],
  },
  {
    khoan: 17,
    title: 'Về công nghiệp công nghệ thông tin, công nghiệp công nghệ số',
    points: [
      {
        letter: 'a',
        text: 'Tổ chức thực hiện chiến lược, kế hoạch, chương trình, đề án, dự án về công nghiệp công nghệ thông tin, công nghiệp công nghệ số, công nghiệp bán dẫn; cơ chế, chính sách, các quy định quản lý, hỗ trợ phát triển công nghiệp công nghệ thông tin, công nghiệp công nghệ số, công nghiệp bán dẫn, phát triển doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin, công nghiệp công nghệ số;',
      },
      {
        letter: 'b',
        text: 'Chủ trì hoặc tham gia thẩm định các chương trình, kế hoạch, dự án phát triển công nghiệp công nghệ thông tin, công nghiệp công nghệ số, công nghiệp bán dẫn theo phạm vi thẩm quyền được giao và theo phân cấp, uỷ quyền của Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'c',
        text: 'Xây dựng, quản lý, cập nhật thông tin, dữ liệu về công nghiệp công nghệ thông tin, công nghiệp công nghệ số tại địa phương phục vụ công tác báo cáo định kỳ hoặc đột xuất theo yêu cầu của cơ quan quản lý nhà nước, cập nhật cơ sở dữ liệu công nghiệp công nghệ số theo quy định pháp luật;',
      },
      {
        letter: 'd',
        text: 'Tổ chức các hoạt động hỗ trợ xúc tiến đầu tư, xúc tiến thương mại về công nghiệp công nghệ thông tin, công nghiệp công nghệ số; tổng hợp, đánh giá kết quả phát triển công nghiệp công nghệ thông tin, công nghiệp công nghệ số tại địa phương;',
      },
      {
        letter: 'đ',
        text: 'Tham mưu cho Ủy ban nhân dân thành phố trong việc đề xuất thành lập, mở rộng, công nhận khu công nghệ thông tin tập trung, khu công nghệ số tập trung, bổ sung vào quy hoạch khu công nghệ thông tin tập trung, khu công nghệ số tập trung và các nhiệm vụ khác liên quan theo quy định pháp luật và theo phân công, phân cấp của Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'e',
        text: 'Tham mưu cho Ủy ban nhân dân thành phố xây dựng, trình Hội đồng nhân dân cùng cấp xem xét ban hành các chính sách hỗ trợ, ưu đãi, phát triển công nghiệp công nghệ số, công nghiệp bán dẫn, nhân lực công nghiệp công nghệ số và các nhiệm vụ khác liên quan theo quy định pháp luật và theo phân công, phân cấp của Hội đồng nhân dân thành phố.',
      },
    ],
  },
  {
    khoan: 18,
    title:
      'Về chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử, phát triển chính quyền số, kinh tế số và xã hội số',
    points: [
      {
        letter: 'a',
        text: 'Thực hiện nhiệm vụ cơ quan thường trực trong công tác chuyển đổi số của thành phố; là đầu mối chủ trì, tổng hợp, tham mưu, điều phối hoạt động giữa các sở, ngành, các cơ quan, tổ chức để thực hiện các chủ trương, chiến lược, cơ chế, chính sách thúc đẩy chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử, phát triển chính quyền số, kinh tế số và xã hội số, chính quyền thông minh tại địa phương;',
      },
      {
        letter: 'b',
        text: 'Thực hiện nhiệm vụ cơ quan chuyên trách về công nghệ thông tin theo quy định của pháp luật; đề xuất, xây dựng, hướng dẫn, tổ chức thực hiện cơ chế, chính sách, chiến lược, kế hoạch, chương trình, đề án của địa phương về chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử trong cơ quan nhà nước, doanh nghiệp và người dân, phát triển chính quyền số, kinh tế số và xã hội số, chính quyền thông minh; xây dựng quy chế, quy định và tổ chức hoạt động chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử, phát triển chính quyền số, kinh tế số và xã hội số, chính quyền thông minh; thu thập, lưu trữ, xử lý thông tin phục vụ sự chỉ đạo, điều hành của lãnh đạo; tổ chức triển khai, xây dựng, quản lý, vận hành, hướng dẫn sử dụng cơ sở hạ tầng của Trang thông tin điện tử, Cổng thông tin điện tử của địa phương; tổ chức triển khai, bảo đảm hạ tầng kỹ thuật cho việc cung cấp dịch vụ hành chính công trực tuyến;',
      },
      {
        letter: 'c',
        text: 'Hướng dẫn triển khai thực hiện các văn bản quy phạm pháp luật về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước trong phạm vi quản lý; theo dõi, kiểm tra việc thực hiện chương trình, kế hoạch, đề án ứng dụng công nghệ thông tin trong phạm vi quản lý, bảo đảm đầu tư tập trung, đúng mục tiêu, có hiệu quả; kiểm tra việc tuân thủ các quy định của pháp luật về đầu tư ứng dụng công nghệ thông tin đối với các tổ chức, cá nhân tham gia quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước theo thẩm quyền; thẩm định dự án đầu tư ứng dụng công nghệ thông tin, chuyển đổi số, phát triển chính quyền số, chính quyền thông minh, kinh tế số và xã hội số theo thẩm quyền;',
      },
      {
        letter: 'd',
        text: 'Xây dựng, duy trì, cập nhật, tổ chức thực hiện và đánh giá, kiểm tra việc tuân thủ kiến trúc chính quyền số, kiến trúc công nghệ thông tin và truyền thông (kiến trúc ICT) phát triển đô thị thông minh; đầu mối kỹ thuật hướng dẫn việc thiết kế, triển khai kiến trúc số cho các sở, ngành liên quan đến phạm vi, lĩnh vực quản lý tại địa phương;',
      },
      {
        letter: 'đ',
        text: 'Tổ chức triển khai, xây dựng, quản lý, vận hành hạ tầng mạng, hạ tầng, nền tảng sử dụng thống nhất ở địa phương phục vụ chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử, phát triển chính quyền số, kinh tế số và xã hội số, chính quyền thông minh thuộc phạm vi chức năng được giao theo quy định của pháp luật;',
      },
      {
        letter: 'e',
        text: 'Tổ chức triển khai các hoạt động thúc đẩy đưa hoạt động sản xuất, kinh doanh của doanh nghiệp, hoạt động của người dân lên các nền tảng số Việt Nam theo hướng dẫn của Bộ Khoa học và Công nghệ;',
      },
      {
        letter: 'g',
        text: 'Tổ chức triển khai các hoạt động thúc đẩy tổ chức, doanh nghiệp, người dân sử dụng chữ ký số, dấu thời gian, dịch vụ tin cậy và xác thực điện tử; phối hợp với đầu mối của Ban Cơ yếu Chính phủ thúc đẩy sử dụng chữ ký số chuyên dùng trong cơ quan nhà nước; thúc đẩy ứng dụng và phát triển chữ ký số, dấu thời gian, dịch vụ tin cậy và xác thực điện tử tại địa phương theo hướng dẫn của Bộ Khoa học và Công nghệ;',
      },
      {
        letter: 'h',
        text: 'Chủ trì, phối hợp với các sở, ngành liên quan tiến hành tổng hợp, cung cấp thông tin, dữ liệu, đề xuất, thực hiện các giải pháp trong việc xây dựng, nâng cao chỉ số đánh giá mức độ chuyển đổi số hằng năm của thành phố;',
      },
      {
        letter: 'i',
        text: 'Quản lý, kiểm tra, giám sát và báo cáo hoạt động Mạng truyền số liệu chuyên dùng tại địa phương; phối hợp với Cục Bưu điện Trung ương và các doanh nghiệp viễn thông triển khai kết nối theo quy định.',
      },
    ],
  },
  {
    khoan: 19,
    title: 'Về dịch vụ sự nghiệp công',
    points: [
      {
        letter: 'a',
        text: 'Hướng dẫn các tổ chức sự nghiệp thực hiện dịch vụ sự nghiệp công trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và các lĩnh vực khác thuộc chức năng, nhiệm vụ được giao trên địa bàn;',
      },
      {
        letter: 'b',
        text: 'Tổ chức thực hiện các quy trình, thủ tục, định mức kinh tế - kỹ thuật đối với các hoạt động cung ứng dịch vụ sự nghiệp công; hướng dẫn, tạo điều kiện hỗ trợ cho các tổ chức thực hiện dịch vụ sự nghiệp công thuộc phạm vi chức năng, nhiệm vụ được giao theo quy định pháp luật;',
      },
      {
        letter: 'c',
        text: 'Trình Ủy ban nhân dân thành phố ban hành, sửa đổi, bổ sung danh mục dịch vụ sự nghiệp công sử dụng ngân sách địa phương trong các lĩnh vực thuộc phạm vi chức năng, nhiệm vụ được giao theo quy định pháp luật;',
      },
      {
        letter: 'd',
        text: 'Xây dựng, trình Ủy ban nhân dân thành phố ban hành tiêu chí, tiêu chuẩn chất lượng dịch vụ sự nghiệp công sử dụng ngân sách nhà nước trong các lĩnh vực thuộc phạm vi chức năng, nhiệm vụ được giao theo quy định pháp luật thuộc phạm vi quản lý của địa phương; trình Ủy ban nhân dân thành phố ban hành, sửa đổi định mức kinh tế - kỹ thuật, định mức chi phí (nếu có) đối với sản phẩm, dịch vụ sự nghiệp công thuộc phạm vi quản lý của địa phương; phối hợp tham gia công tác quản lý giá, đơn giá sản phẩm, dịch vụ sự nghiệp công sử dụng ngân sách địa phương theo quy định của pháp luật về giá và phân công của Ủy ban nhân dân thành phố;',
      },
      {
        letter: 'đ',
        text: 'Trình Ủy ban nhân dân thành phố ban hành cơ chế giám sát, đánh giá, kiểm định chất lượng và quy chế kiểm tra, nghiệm thu dịch vụ sự nghiệp công sử dụng ngân sách nhà nước trong các lĩnh vực thuộc phạm vi chức năng, nhiệm vụ được giao theo quy định pháp luật.',
      },
    ],
  },
  {
    khoan: 20,
    title:
      'Tổ chức nghiên cứu, ứng dụng tiến bộ khoa học - kỹ thuật và công nghệ, đổi mới sáng tạo, chuyển đổi số và các lĩnh vực khác thuộc phạm vi chức năng được giao; khai thác, thương mại hóa, công bố, tuyên truyền kết quả nghiên cứu khoa học, nghiên cứu khoa học và phát triển công nghệ, đổi mới sáng tạo và các hoạt động khác; phối hợp triển khai thực hiện nhiệm vụ khoa học và công nghệ cấp quốc gia sử dụng ngân sách nhà nước tại địa phương.',
    points: [],
  },
  {
    khoan: 21,
    title:
      'Thực hiện nhiệm vụ quản lý đối với các dự án đầu tư chuyên ngành khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ở địa phương theo các quy định của pháp luật về đầu tư, ngân sách nhà nước, pháp luật chuyên ngành và theo phân công, phân cấp của Ủy ban nhân dân thành phố; tham mưu cho Ủy ban nhân dân thành phố tổ chức triển khai các dự án, nội dung thành phần về các lĩnh vực thuộc phạm vi chức năng, nhiệm vụ được giao thuộc các Chương trình mục tiêu quốc gia theo hướng dẫn của các Bộ và phân công, phân cấp của Ủy ban nhân dân thành phố.',
    points: [],
  },
  {
    khoan: 22,
    title:
      'Quản lý, khuyến khích, hỗ trợ phát triển doanh nghiệp, hợp tác xã, kinh tế tập thể, kinh tế tư nhân, các hội và các tổ chức phi chính phủ hoạt động trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và các lĩnh vực khác thuộc phạm vi chức năng, nhiệm vụ được giao trên địa bàn theo quy định của pháp luật.',
    points: [],
  },
  {
    khoan: 23,
    title:
      'Thực hiện các hoạt động hợp tác, liên kết trong và ngoài nước theo quy định của pháp luật và theo phân cấp, ủy quyền của Ủy ban nhân dân thành phố.',
    points: [],
  },
  {
    khoan: 24,
    title:
      'Thực hiện công tác thi đua, khen thưởng thuộc lĩnh vực được giao quản lý theo quy định của pháp luật về thi đua, khen thưởng.',
    points: [],
  },
  {
    khoan: 25,
    title:
      'Thực hiện công tác kiểm tra, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng, tiêu cực, lãng phí trong các lĩnh vực thuộc phạm vi chức năng được giao theo quy định của pháp luật và theo phân cấp, ủy quyền của Ủy ban nhân dân thành phố; tổ chức việc tiếp công dân và thực hiện các quy định về phòng, chống tham nhũng, tiêu cực, các quy định về thực hành tiết kiệm, chống lãng phí; xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý các vi phạm pháp luật theo quy định.',
    points: [],
  },
  {
    khoan: 26,
    title:
      'Quản lý về tổ chức bộ máy, biên chế công chức, vị trí việc làm, cơ cấu viên chức theo chức danh nghề nghiệp và số lượng người làm việc trong các cơ quan, đơn vị thuộc sở; thực hiện chế độ tiền lương và chính sách, chế độ sử dụng, trọng dụng, đào tạo, bồi dưỡng, khen thưởng, kỷ luật và các chế độ, chính sách khác đối với công chức, viên chức và người lao động thuộc phạm vi quản lý theo quy định của pháp luật và theo phân cấp, ủy quyền của Ủy ban nhân dân thành phố.',
    points: [],
  },
  {
    khoan: 27,
    title:
      'Quản lý và chịu trách nhiệm về tài chính, tài sản được giao theo quy định của pháp luật và theo phân cấp, ủy quyền của Ủy ban nhân dân thành phố.',
    points: [],
  },
  {
    khoan: 28,
    title:
      'Thực hiện công tác thông tin, báo cáo định kỳ và đột xuất về tình hình, kết quả thực hiện nhiệm vụ được giao với Ủy ban nhân dân thành phố, Bộ Khoa học và Công nghệ và các cơ quan liên quan khi được yêu cầu.',
    points: [],
  },
  {
    khoan: 29,
    title:
      'Thực hiện các nhiệm vụ khác do Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân thành phố giao và theo quy định của pháp luật.',
    points: [],
  },
];
