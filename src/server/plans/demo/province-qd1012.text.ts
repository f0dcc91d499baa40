// The demo seed document /work/shared/seeds/plan-province-qd1012.txt, kept here verbatim so that the bundled
// server can load it: Kế hoạch của UBND tỉnh triển khai Quyết định 1012/QĐ-TTg. Regenerate from the seed file; do not edit by hand.
export const PROVINCE_QD1012_TEXT = `

KẾ HOẠCH

Triển khai thực hiện Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ về ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030

Căn cứ Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030, Ủy ban nhân dân Tỉnh ban hành Kế hoạch triển khai thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp để thực hiện hiệu quả Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030.

Đẩy mạnh kết nối, tích hợp, chia sẻ, sử dụng, tái sử dụng thông tin, dữ liệu của Tỉnh với Chính phủ; Phát huy tối đa hiệu quả của các hệ thống thông tin, cơ sở dữ liệu, bảo đảm tính chính xác, kịp thời, tránh trùng lặp, lãng phí, kế thừa tối đa các thông tin, dữ liệu sẵn có, thông tin dữ liệu phải được thu thập từ một nguồn.

2. Yêu cầu

Bám sát mục tiêu, nhiệm vụ, giải pháp đề ra tại Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ, đảm bảo đúng tiến độ, đồng bộ và hiệu quả.

Xác định rõ vai trò, trách nhiệm, phân công nhiệm vụ cụ thể các sở, ngành, địa phương trong triển khai thực hiện nhiệm vụ tại Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ.

II. NHIỆM VỤ GIẢI PHÁP CHỦ YẾU

1. Xây dựng hoàn thiện thể chế, cơ chế, chính sách

Ban hành các chỉ số phục vụ công tác chỉ đạo, điều hành tỉnh Đồng Tháp trên môi trường điện tử phù hợp với nhu cầu, nguồn lực và mức độ sẵn sàng của

hệ thống thông tin, cơ sở dữ liệu và nhu cầu thông tin, dữ liệu phục vụ chỉ đạo điều hành của Ủy ban nhân dân Tỉnh và Chính phủ, Thủ tướng Chính phủ.

Rà soát các chế độ báo cáo bảo đảm chỉ ban hành những chế độ báo cáo thật sự cần thiết; cắt giảm các chế độ báo cáo đã được thay thế bằng dữ liệu số có sẵn từ các hệ thống thông tin, cơ sở dữ liệu.

2. Xây dựng hệ thống thông tin phục vụ chỉ đạo, điều hành

Thực hiện rà soát, đơn giản hoá, tái cấu trúc quy trình giải quyết công việc, theo dõi, kiểm tra, giám sát phục vụ công tác chỉ đạo, điều hành trên môi trường điện tử để tạo thuận lợi trong việc thu thập, tạo lập dữ liệu số và kết nối, chia sẻ thông tin dữ liệu phục vụ chỉ đạo, điều hành.

Phối hợp với Văn phòng Chính phủ tạo lập, tổng hợp, phân tích các nhóm chỉ số theo dõi giám sát về tình hình phát triển kinh tế - xã hội tỉnh Đồng Tháp để cung cấp cho Hệ thống thông tin phục vụ chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ; xây dựng cấu trúc, định dạng, thuộc tính các chỉ số để đảm bảo kết nối, chia sẻ thông tin dữ liệu; sửa đổi, bổ sung khi có thay đổi. Chịu trách nhiệm về tính đầy đủ, chính xác, kịp thời của thông tin, dữ liệu về các chỉ số và bảo đảm an toàn thông tin, an ninh mạng.

Phát triển, hoàn thiện Hệ thống thông tin báo cáo, Kho dữ liệu dùng chung tỉnh Đồng Tháp hướng tới hình thành Hệ thống thông tin chỉ đạo, điều hành tỉnh Đồng Tháp kết nối với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ.

3. Phát triển dữ liệu số, thúc đẩy kết nối, chia sẻ phục vụ chỉ đạo, điều hành

Thúc đẩy kết nối, chia sẻ thông tin, dữ liệu từ kho dữ liệu tỉnh Đồng Tháp với các hệ thống thông tin, cơ sở dữ liệu phục vụ chỉ đạo, điều hành của Chính phủ và các bộ, ngành. Thực hiện kết nối, tích hợp, chia sẻ 40 nhóm thông tin, dữ liệu trực tuyến thời gian thực hai chiều giữa Kho dữ liệu tỉnh Đồng Tháp với Chính phủ và các Bộ, ngành khi có yêu cầu.

Kết nối, tích hợp, chia sẻ các thông tin, dữ liệu các nhóm chỉ số theo dõi giám sát về tình hình phát triển kinh tế - xã hội của tỉnh Đồng Tháp từ Hệ thống thông tin báo cáo, Kho dữ liệu dùng chung tỉnh Đồng Tháp phục vụ công tác chỉ đạo, điều hành của Lãnh đạo Ủy ban nhân dân Tỉnh với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ theo hướng dẫn của Văn phòng Chính phủ.

Nghiên cứu, triển khai Phân hệ theo dõi nhiệm vụ tích hợp trên phần mềm quản lý văn bản và điều hành (*iDesk*) kết nối với Hệ thống theo dõi nhiệm vụ Chính phủ, Thủ tướng Chính phủ thông qua Trục liên thông văn bản quốc gia.

4. Bồi dưỡng, phát triển nguồn nhân lực

Tăng cường các hoạt động phối hợp, hợp tác với các tổ chức, doanh nghiệp triển khai các hoạt động bồi dưỡng, nghiên cứu, phát triển về dữ liệu; ứng dụng, phân tích dữ liệu phục vụ công tác chỉ đạo, điều hành, xây dựng chính sách, hỗ trợ ra quyết định dựa trên dữ liệu.

5. Đảm bảo an toàn thông tin và an ninh mạng

Rà soát, đánh giá và triển khai các giải pháp bảo đảm an toàn thông tin, an ninh mạng các hệ thống thông tin, cơ sở dữ liệu phục vụ công tác chỉ đạo, điều hành của Ủy ban nhân dân Tỉnh, kết nối với các Hệ thống thông tin, cơ sở dữ liệu của Chính phủ, Thủ tướng Chính phủ, các Bộ, ngành.

III. KINH PHÍ THỰC HIỆN

1. Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác.

2. Hằng năm, căn cứ nhiệm vụ được giao tại Kế hoạch, các sở, ban, ngành Tỉnh lập kế hoạch và dự toán kinh phí chi tiết từng nội dung gửi Sở Tài chính thẩm định, trình Ủy ban nhân dân Tỉnh xem xét, phê duyệt.

IV. TỔ CHỨC THỰC HIỆN

1. Văn phòng Ủy ban nhân dân Tỉnh

Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân Tỉnh ban hành các chỉ số phục vụ công tác chỉ đạo, điều hành tỉnh Đồng Tháp trên môi trường điện tử.

Rà soát các chế độ báo cáo bảo đảm chỉ ban hành những chế độ báo cáo thật sự cần thiết; cắt giảm các chế độ báo cáo đã được thay thế bằng dữ liệu số có sẵn từ các hệ thống thông tin, cơ sở dữ liệu.

Phối hợp với Sở Khoa học và Công nghệ và các đơn vị liên quan tổ chức tạo lập, kết nối, chia sẻ, tổng hợp, phân tích, đánh giá, giám sát chất lượng thông tin, dữ liệu nhóm chỉ số theo dõi giám sát về tình hình phát triển kinh tế - xã hội của tỉnh; xây dựng cấu trúc, định dạng, thuộc tính các chỉ số theo hướng dẫn của Văn phòng Chính phủ để đảm bảo kết nối, chia sẻ thông tin dữ liệu; sửa đổi, bổ sung khi có thay đổi.

2. Sở Khoa học và Công nghệ

Vận hành hiệu quả hệ thống thông tin báo cáo tỉnh Đồng Tháp, Kho dữ liệu dùng chung tỉnh Đồng Tháp hướng tới hình thành Hệ thống thông tin chỉ đạo, điều hành của Tỉnh kết nối với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ.

Phối hợp với Công an Tỉnh và các đơn vị liên quan bảo đảm an toàn thông tin, an ninh mạng các hệ thống thông tin, cơ sở dữ liệu của Tỉnh.

Đẩy mạnh thông tin, tuyên truyền, phổ biến về công tác hiện đại hóa phương thức chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ và của Ủy ban nhân dân Tỉnh trên môi trường điện tử.

Thực hiện kết nối, tích hợp, chia sẻ 40 nhóm thông tin, dữ liệu trực tuyến thời gian thực hai chiều từ Kho dữ liệu dùng chung của Tỉnh với các bộ, ngành khi có yêu cầu.

Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện nội dung kế hoạch; phối hợp với Văn phòng Ủy ban nhân dân Tỉnh thường xuyên tổng hợp kết quả, báo cáo Ủy ban nhân dân Tỉnh.

3. Sở Tài chính

Trên cơ sở đề xuất các sở, ban, ngành Tỉnh, thẩm định dự toán kinh phí hằng năm, trình Ủy ban nhân dân Tỉnh xem xét, phê duyệt.

4. Các sở, ban, ngành Tỉnh và Ủy ban nhân dân huyện, thành phố

Căn cứ chức năng, nhiệm vụ và nội dung kế hoạch này chủ động nghiên cứu, triển khai thực hiện các nội dung tại Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ.

Trong quá trình thực hiện, nếu có khó khăn vướng mắc, các cơ quan, đơn vị và địa phương báo cáo về Sở Khoa học và Công nghệ tổng hợp, trình Ủy ban nhân dân Tỉnh xem xét, quyết định./.

Nơi nhận:

- Văn phòng Chính phủ;
- Bộ Khoa học và Công nghệ;
- Lãnh đạo UBND Tỉnh;
- Các sở, ban, ngành Tỉnh;
- UBND huyện, thành phố;
- Lãnh đạo VP/UBND Tỉnh;
- Lưu: VT, KGVX. Thg

**TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

Huỳnh Minh Tuấn

Phụ lục
CHI TIẾT CÁC NHIỆM VỤ, GIẢI PHÁP
(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2025 của Ủy ban nhân dân Tỉnh)

STT	Nhiệm vụ	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian hoàn thành	Kết quả
I	XÂY DỰNG HOÀN THIỆN THỂ CHẾ				
1	Ban hành các chỉ số phục vụ công tác chỉ đạo, điều hành của tỉnh Đồng Tháp trên môi trường điện tử	Văn phòng UBND Tỉnh	Văn phòng Chính phủ; các sở, ban, ngành Tỉnh	Quý II năm 2025	Quyết định của Chủ tịch UBND Tỉnh
2	Rà soát các chế độ báo cáo bảo đảm chỉ ban hành những chế độ báo cáo thật sự cần thiết; cắt giảm các chế độ báo cáo đã được thay thế bằng dữ liệu số có sẵn từ các hệ thống thông tin, cơ sở dữ liệu	Văn phòng UBND Tỉnh	Các sở, ban, ngành Tỉnh	Thường xuyên	Văn bản rà soát
II	XÂY DỰNG, PHÁT TRIỂN CÁC HỆ THỐNG THÔNG TIN PHỤC VỤ CHỈ ĐẠO ĐIỀU HÀNH				
1	Thực hiện rà soát, đơn giản hoá, tái cấu trúc quy trình giải quyết công việc, theo dõi, kiểm tra, giám sát phục vụ công tác chỉ đạo, điều hành trên môi trường điện tử để tạo thuận lợi trong việc thu thập, tạo lập dữ liệu số và kết nối, chia sẻ thông tin dữ liệu phục vụ chỉ đạo, điều hành	Văn phòng UBND Tỉnh	Sở Khoa học và Công nghệ	Thường xuyên	Văn bản rà soát
2	Tạo lập, tổng hợp, phân tích các nhóm chỉ số theo dõi giám sát về tình hình phát triển kinh tế - xã hội tỉnh Đồng Tháp để cung cấp cho Hệ thống thông tin phục vụ chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ.	Văn phòng UBND Tỉnh	Sở Khoa học và Công nghệ	Thường xuyên	
3	Phối hợp với Văn phòng Chính phủ xây dựng cấu trúc, định dạng, thuộc tính các chỉ số để đảm bảo kết nối, chia sẻ thông tin dữ liệu; sửa đổi, bổ sung khi có thay đổi. Chịu trách nhiệm về tính đầy đủ, chính xác, kịp thời của thông tin, dữ liệu về các chỉ số và bảo đảm an toàn thông tin, an ninh mạng.	Văn phòng UBND Tỉnh	Sở Khoa học và Công nghệ	Theo lộ trình của Văn phòng Chính phủ	

STT	Nhiệm vụ	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian hoàn thành	Kết quả
4	Phát triển, hoàn thiện Hệ thống thông tin báo cáo, Kho dữ liệu dùng chung tỉnh Đồng Tháp hướng tới hình thành Hệ thống thông tin chỉ đạo, điều hành tỉnh Đồng Tháp kết nối với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ.	Sở Khoa học và Công nghệ	Văn phòng UBND Tỉnh	Theo lộ trình của Văn phòng Chính phủ	Hệ thống thông tin chỉ đạo, điều hành tỉnh Đồng Tháp kết nối với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ
III	PHÁT TRIỂN DỮ LIỆU SỐ, THÚC ĐẨY KẾT NỐI, CHIA SẺ PHỤC VỤ CHỈ ĐẠO, ĐIỀU HÀNH				
1	Thực hiện kết nối, tích hợp, chia sẻ 40 nhóm thông tin, dữ liệu trực tuyến thời gian thực hai chiều giữa Kho dữ liệu tỉnh Đồng Tháp với Chính phủ và Bộ, ngành khi có yêu cầu.	Sở Khoa học và Công nghệ	Văn phòng UBND Tỉnh; các sở, ban, ngành Tỉnh có liên quan	Tháng 12 năm 2025	Thông tin, dữ liệu về các chỉ số, nhóm chỉ số được chia sẻ với Hệ thống của Bộ, ngành
2	Kết nối, tích hợp, chia sẻ các thông tin, dữ liệu các nhóm chỉ số theo dõi giám sát về tình hình phát triển kinh tế - xã hội của tỉnh Đồng Tháp từ Hệ thống thông tin báo cáo, Kho dữ liệu dùng chung phục vụ công tác chỉ đạo, điều hành của Lãnh đạo UBND Tỉnh với Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ theo hướng dẫn của Văn phòng Chính phủ	Sở Khoa học và Công nghệ	Văn phòng UBND Tỉnh	Tháng 12/2025	Thông tin, dữ liệu trực tuyến về các chỉ số, nhóm chỉ số được kết nối, chia sẻ
3	Triển khai Phân hệ theo dõi nhiệm vụ tích hợp trên phần mềm quản lý văn bản và điều hành (idesk) kết nối với Hệ thống theo dõi nhiệm vụ Chính phủ, Thủ tướng Chính phủ thông qua Trục liên thông văn bản quốc gia.	Sở Khoa học và Công nghệ	Văn phòng UBND Tỉnh	Thường xuyên	Kết quả kết nối giữa 02 hệ thống

STT	Nhiệm vụ	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian hoàn thành	Kết quả
4	Thực hiện khai thác, sử dụng theo yêu cầu của lãnh đạo Chính phủ đối với Hệ thống thông tin báo cáo Chính phủ, Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ	Văn phòng UBND Tỉnh		Thường xuyên	Kết quả thực hiện nhiệm vụ trên Hệ thống của Chính phủ
IV	TRUYỀN THÔNG, BỒI DƯỠNG, PHÁT TRIỂN NHÂN LỰC				
1	Đẩy mạnh thông tin, tuyên truyền, phổ biến về công tác hiện đại hóa phương thức chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ, UBND Tỉnh	Sở Văn hóa Thể thao và Du lịch	Văn phòng UBND Tỉnh	Thường xuyên	Văn bản tuyên truyền
2	Tăng cường các hoạt động phối hợp, hợp tác với các tổ chức, doanh nghiệp trong nước, quốc tế triển khai các hoạt động bồi dưỡng, nghiên cứu, phát triển về dữ liệu; ứng dụng, phân tích dữ liệu phục vụ công tác chỉ đạo, điều hành; xây dựng chính sách, hỗ trợ ra quyết định dựa trên dữ liệu	Sở Khoa học và Công nghệ	Các sở, ban, ngành Tỉnh	Thường xuyên	Hoạt động bồi dưỡng, tập huấn; nghiên cứu, phát triển về dữ liệu, ứng dụng và phân tích dữ liệu phục vụ chỉ đạo, điều hành
V	ĐẢM BẢO AN TOÀN THÔNG TIN, AN NINH MẠNG				
1	Triển khai các giải pháp bảo đảm an toàn thông tin, an ninh mạng các hệ thống thông tin, cơ sở dữ liệu tỉnh Đồng Tháp kết nối tích hợp với các hệ thống thông tin phục vụ công tác chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ	Công an Tỉnh		Thường xuyên	Văn bản triển khai, báo cáo kết quả thực hiện, lồng ghép vào các nội dung các báo cáo về an toàn thông tin`;
