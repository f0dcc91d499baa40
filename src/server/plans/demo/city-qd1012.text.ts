// The demo seed document /work/shared/seeds/plan-city-qd1012.txt, kept here verbatim so that the bundled
// server can load it: Kế hoạch của UBND thành phố triển khai Kế hoạch 4117/KH-UBND. Regenerate from the seed file; do not edit by hand.
export const CITY_QD1012_TEXT = `

KẾ HOẠCH

Triển khai Kế hoạch số 4117/KH-UBND, ngày 15/11/2024 của UBND tỉnh về việc triển khai Quyết định số 1012/QĐ-TTg ngày 20 tháng 9 năm 2024 của Thủ tướng Chính phủ về ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030

Thực hiện Kế hoạch số 4117/KH-UBND, ngày 15/11/2024 của Ủy ban nhân dân tỉnh về việc triển khai Quyết định số 1012/QĐ-TTg ngày 20 tháng 9 năm 2024 của Thủ tướng Chính phủ về ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030 (sau đây viết tắt là Kế hoạch số 4117), Ủy ban nhân dân thành phố ban hành kế hoạch triển khai thực hiện trên địa bàn thành phố¹, như sau:

I. MỤC ĐÍCH, YÊU CẦU.

1. Mục đích:

- Chuyển đổi số hoạt động chỉ đạo, điều hành trực tuyến và dựa trên dữ liệu thông qua việc sử dụng các nền tảng số, dữ liệu số được tích hợp, kết nối, chia sẻ đồng bộ, thông suốt giữa các bộ, ngành, địa phương; ứng dụng công nghệ hiện đại để hỗ trợ tổng hợp, báo cáo, phân tích dữ liệu.

- Phát huy tối đa hiệu quả của các hệ thống thông tin, cơ sở dữ liệu, bảo đảm tính chính xác, kịp thời, tránh trùng lặp, lãng phí, kế thừa tối đa các thông tin, dữ liệu sẵn có, thông tin dữ liệu phải được thu thập từ một nguồn.

2. Yêu cầu: Đẩy mạnh kết nối, tích hợp, chia sẻ, sử dụng, tái sử dụng thông tin, dữ liệu giữa địa phương với Chính phủ, Thủ tướng Chính phủ và các bộ, ngành Trung ương; bảo đảm quy trình trong chỉ đạo, điều hành được chặt chẽ, chuyên nghiệp, tổng thể, bao quát, linh hoạt để nâng cao hiệu lực, hiệu quả của hoạt động chỉ đạo, điều hành; bảo đảm tính công khai, minh bạch, trách nhiệm giải trình, tăng cường kỷ luật, kỷ cương hành chính, kiểm tra giám sát; công tác tham mưu, xử lý công việc của cán bộ, công chức phải được ghi nhận trên môi trường điện tử.

II. MỤC TIÊU.

1. Mục tiêu tổng quát:

Chuyển đổi công tác chỉ đạo, điều hành của Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố sang môi trường điện tử, ứng dụng công nghệ hiện đại để tổng hợp dữ liệu, hỗ trợ phân tích, xây dựng mô hình dự báo, nhằm tăng

¹. Theo nội dung tham mưu của phòng Văn hoá & Thông tin thành phố tại Công văn số 1917/VHTT, ngày 04 tháng 12 năm 2024.

cường công tác tham mưu, tổ chức hoạt động; theo dõi, giám sát, đánh giá, đo lường việc thực hiện các nhiệm vụ, mục tiêu phát triển kinh tế - xã hội theo các Nghị quyết của Đảng, Quốc hội, Chính phủ, Tỉnh ủy, Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân dựa trên dữ liệu số.

Phối hợp hoàn thiện kho dữ liệu tổng hợp, tích hợp tập trung; hệ thống thông tin phục vụ chỉ đạo, điều hành, công tác tham mưu, tổng hợp; kết nối, tích hợp, chia sẻ thông tin, dữ liệu, tương tác trên môi trường điện tử với các hệ thống thông tin, cơ sở dữ liệu của địa phương, tỉnh và bộ, ngành Trung ương.

2. Mục tiêu cụ thể.

a) Đến năm 2025:

- Phối hợp các Sở, ngành liên quan xây dựng, hình thành, thu thập, tổng hợp các nhóm chỉ số về kinh tế - xã hội phục vụ công tác chỉ đạo, điều hành hằng ngày, hằng tháng; nhóm chỉ số theo dõi nhiệm vụ thực hiện kế hoạch phát triển kinh tế - xã hội hằng năm; nhóm chỉ số theo dõi tiến độ thực hiện các chương trình mục tiêu quốc gia, dự án trọng điểm quốc gia; nhóm chỉ số phục vụ chỉ đạo, điều hành các tình huống khẩn cấp, cấp bách trên địa bàn thành phố. Cụ thể:

+ Phân đầu 50% chỉ tiêu thống kê của thành phố được cung cấp phục vụ công tác chỉ đạo, điều hành dưới dạng dữ liệu số.

+ Kết nối, tích hợp, chia sẻ 40 nhóm thông tin, dữ liệu trực tuyến thời gian thực hai chiều địa phương với các bộ, ngành Trung ương (*tập trung vào các dữ liệu hành chính của các ngành: kế hoạch, ngân hàng, tài chính, công thương, nông nghiệp, xây dựng, tài nguyên và môi trường*).

+ Phân đầu 100% thông tin, dữ liệu tổng hợp từ cơ sở dữ liệu quốc gia về dân cư, 100% chỉ tiêu về đo lường chất lượng cung cấp dịch vụ công trực tuyến, 100% các chỉ số đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trên Cổng Dịch vụ công được kết nối, tích hợp phục vụ chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh.

+ Phân đầu 100% các thông tin, dữ liệu của địa phương được tích hợp, kết nối, chia sẻ với các hệ thống thông tin của Trung ương Đảng, Quốc hội.

+ Phân đầu 100% nhiệm vụ Bộ, ngành, Trung ương, tỉnh giao được theo dõi, giám sát, đánh giá bằng dữ liệu số.

+ Xây dựng các kịch bản điều hành trực tuyến về phòng thủ dân sự; ứng phó sự cố, phòng chống thiên tai, tìm kiếm cứu nạn; an toàn giao thông, phòng cháy, chữa cháy; phòng, chống dịch bệnh khẩn cấp; họp, làm việc, kiểm tra, thị sát trực tuyến các công trình, dự án quan trọng, trọng điểm ngành giao thông vận tải.

b) Đến năm 2030:

Phối hợp triển khai Hệ thống thông tin chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh với đầy đủ các chức năng đáp ứng yêu cầu chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh trực tuyến, dựa trên dữ liệu. Đồng thời, phân đầu 100% các chỉ tiêu thống kê của thành phố được cung cấp phục vụ công tác chỉ đạo, điều hành dưới dạng dữ liệu số.

III. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN.

1. Nhiệm vụ, giải pháp chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030 (chi tiết tại Phụ lục I kèm theo).

2. Danh mục các thông tin, dữ liệu ưu tiên triển khai giai đoạn năm 2024 - 2025 phục vụ công tác, chỉ đạo điều hành của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố (chi tiết tại Phụ lục II kèm theo).

IV. KINH PHÍ THỰC HIỆN.

Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác. Hàng năm, căn cứ nhiệm vụ được giao tại Kế hoạch, các phòng, ban, địa phương có liên quan có trách nhiệm lập dự toán kinh phí thực hiện và tổng hợp chung vào dự toán của phòng, ban, địa phương mình đề trình cấp có thẩm quyền bố trí kinh phí theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành.

V. TỔ CHỨC THỰC HIỆN.

1. Các đơn vị, địa phương theo chức năng nhiệm vụ:

- Tổ chức triển khai các nhiệm vụ được giao tại Phụ lục I kèm theo Kế hoạch này.
- Phối hợp các Sở, ban, ngành thu thập, tổng hợp, phân tích các chỉ số, nhóm chỉ số theo chức năng, nhiệm vụ được giao tại Phụ lục II kèm theo Kế hoạch này để cung cấp cho Hệ thống thông tin phục vụ chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, chịu trách nhiệm về tính đầy đủ, chính xác, kịp thời của thông tin, dữ liệu về các chỉ số và bảo đảm an toàn thông tin, an ninh mạng.
- Thực hiện rà soát, đơn giản hóa quy trình giải quyết công việc, theo dõi, kiểm tra, giám sát phục vụ công tác chỉ đạo, điều hành trên môi trường điện tử để tạo thuận lợi trong việc thu thập, tạo lập dữ liệu số và kết nối, chia sẻ thông tin dữ liệu phục vụ chỉ đạo, điều hành.
- Tăng cường các hoạt động phối hợp, hợp tác với các tổ chức, doanh nghiệp triển khai các hoạt động bồi dưỡng, nghiên cứu, phát triển về dữ liệu; ứng dụng, phân tích dữ liệu phục vụ công tác chỉ đạo, điều hành, xây dựng chính sách, hỗ trợ ra quyết định dựa trên dữ liệu.
- Rà soát, đánh giá và triển khai các giải pháp bảo đảm an toàn thông tin, an ninh mạng các hệ thống thông tin thuộc quyền quản lý.

2. Phòng Văn hóa và Thông tin thành phố:

- Phối hợp với Công an thành phố bảo đảm an toàn thông tin, an ninh mạng phục vụ việc cung cấp, kết nối, tích hợp, chia sẻ các thông tin, dữ liệu phục vụ công tác chỉ đạo, điều hành.
- Đẩy mạnh thông tin, tuyên truyền, phổ biến về công tác hiện đại hóa phương thức chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành phố, Chủ tịch Ủy ban

nhân dân thành phố trên môi trường điện tử.

- Chủ trì, phối hợp Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố theo dõi, đôn đốc tình hình thực hiện các nhiệm vụ được giao tại Kế hoạch này; đồng thời, tổng hợp báo cáo kết quả triển khai thực hiện theo quy định.

3. Công an thành phố: Chủ trì, phối hợp với các đơn vị chuyên môn thuộc Công an tỉnh cung cấp thông tin, dữ liệu phục vụ chỉ đạo, điều hành về an toàn giao thông, phòng cháy, chữa cháy và tìm kiếm cứu nạn; ứng phó, khắc phục sự cố về an ninh mạng trên địa bàn thành phố.

4. Ban Chỉ huy Quân sự thành phố: Chủ trì phối hợp với các đơn vị chuyên môn thuộc Bộ Chỉ huy Quân sự tỉnh cung cấp thông tin, dữ liệu phục vụ chỉ đạo, điều hành trực tuyến của Ban Chỉ đạo Phòng thủ dân sự quốc gia, Ủy ban quốc gia về ứng phó thiên tai và tìm kiếm cứu nạn.

5. Phòng Kinh tế thành phố: Chủ trì, phối hợp với các đơn vị có liên quan hướng dẫn các phòng, ban, địa phương thực hiện thu thập, tổng hợp, kết nối, chia sẻ thông tin, dữ liệu phục vụ chỉ đạo, điều hành về phòng, chống thiên tai trên địa bàn thành phố.

6. Phòng Y tế thành phố: Chủ trì, phối hợp với phòng chuyên môn thuộc Sở y tế, các phòng, ban, địa phương kết nối, chia sẻ thông tin, dữ liệu về tình hình dịch bệnh khẩn cấp với Hệ thống thông tin chỉ đạo, điều hành của tỉnh.

7. Phòng Quản lý đô thị thành phố: Chủ trì, phối hợp với phòng chuyên môn thuộc Sở Giao thông vận tải kết nối, chia sẻ thông tin, dữ liệu về các dự án quan trọng của tỉnh, các công trình trọng điểm ngành giao thông vận tải với Hệ thống thông tin chỉ đạo, điều hành của tỉnh.

8. Phòng Tài chính - Kế hoạch thành phố: Chủ trì, phối hợp với phòng chuyên môn thuộc Sở, ngành liên quan cung cấp, kết nối, chia sẻ các thông tin, dữ liệu về tình hình kinh tế - xã hội hằng tháng phục vụ công tác chỉ đạo, điều hành và phiên họp tỉnh thường kỳ hằng tháng về kinh tế - xã hội của tỉnh.

9. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố chủ trì phối hợp các phòng, ban, địa phương:

- Hướng dẫn, đôn đốc các đơn vị, địa phương trong việc gửi, nhận văn bản điện tử, thực hiện chế độ báo cáo phục vụ chỉ đạo, điều hành của Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố.

- Phối hợp với các phòng chuyên môn thuộc Văn phòng Ủy ban nhân dân tỉnh theo dõi, giám sát, đánh giá chất lượng thông tin, dữ liệu được kết nối, tích hợp bảo đảm đầy đủ, chính xác, nhất quán, kịp thời; tuân thủ các quy định, tiêu chuẩn, quy chuẩn đối với thông tin, dữ liệu và bảo đảm an toàn thông tin, an ninh mạng.

- Theo dõi, đôn đốc, kiểm tra việc thực hiện các nhiệm vụ do Chính phủ, Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố giao các đơn vị, địa phương dựa trên dữ liệu số; kiến nghị, đề xuất các biện pháp cần thiết nhằm đôn đốc thực hiện, khắc phục tồn tại, hạn chế, bảo đảm kỷ cương, kỷ luật hành chính và

hiệu lực, hiệu quả quản lý nhà nước.

Căn cứ Kế hoạch này, các đơn vị, địa phương chủ động tổ chức triển khai thực hiện; báo cáo kết quả và kiến nghị, đề xuất (*nếu có*) về Phòng Văn hóa và Thông tin thành phố (*lòng ghép với Báo cáo chuyển đổi số hàng quý*) để tổng hợp, báo cáo theo quy định./.

Nơi nhận:

- Sở Thông tin và Truyền thông;
- Thường trực Thành ủy (b/cáo);
- Chủ tịch, các PCT UBND thành phố;
- CVP, các PVP HĐND-UBND thành phố;
- Các đơn vị phòng, ban thành phố;
- Ủy ban nhân dân các xã, phường;
- Trang Thông tin điện tử thành phố;
- Lưu: VT, UB_(VHXH).

**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**

Nguyễn Thanh Mân`;
