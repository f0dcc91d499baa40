// The demo seed document /work/shared/seeds/plan-city-steering-committee-2024.txt, kept here verbatim so that the bundled
// server can load it: Kế hoạch hoạt động năm 2024 của Ban Chỉ đạo chuyển đổi số thành phố. Regenerate from the seed file; do not edit by hand.
export const CITY_STEERING_2024_TEXT = `

Số: /KH-BCĐCĐS

TP. Bắc Giang, ngày tháng 3 năm 2024

KẾ HOẠCH

Hoạt động của Ban Chỉ đạo chuyển đổi số thành phố Bắc Giang năm 2024

Căn cứ Kế hoạch số 48/KH-BCĐCĐS ngày 01/3/2024 của Ban Chỉ đạo Chuyển đổi số tỉnh Bắc Giang về hoạt động của Ban Chỉ đạo năm 2024; Trưởng Ban Chỉ đạo chuyển đổi số thành phố ban hành kế hoạch hoạt động (sau đây gọi tắt là Ban Chỉ đạo) năm 2024, cụ thể như sau:

I. MỤC TIÊU

Triển khai thực hiện có hiệu quả các nội dung Kế hoạch số 48/KH-BCĐCĐS ngày 01/3/2024 của Ban Chỉ đạo tỉnh; chỉ đạo, điều phối các phòng, ngành, địa phương đẩy mạnh chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn thành phố; trong đó, xác định cụ thể các nội dung công việc, công tác phối hợp, trách nhiệm của Thủ trưởng các cơ quan, đơn vị, UBND phường, xã trong việc triển khai thực hiện chủ đề chuyển đổi số quốc gia năm 2024 về phát triển kinh tế số với 04 trụ cột công nghiệp công nghệ thông tin, số hóa các ngành kinh tế, quản trị số, dữ liệu số - động lực quan trọng cho phát triển kinh tế - xã hội nhanh và bền vững; duy trì và giữ vững vị trí đứng đầu các huyện, thành phố, thị xã về chuyển đổi số năm 2024. Các mục tiêu cụ thể gồm:

1. Phát triển chính quyền số

- Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 65%.
- Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt trên 70%.
- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt 75%.
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%.
- Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%.
- Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp đạt 100%.
- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt trên 60%.
- Tỷ lệ công bố, công khai TTHC đúng hạn đạt 100%.
- Tỷ lệ kết quả xử lý hồ sơ TTHC của các ngành, địa phương được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia đạt 100%.
- Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 100%.
- Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp đạt tối thiểu 95%.

- Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng đạt 100% đối với các cơ quan, đơn vị thuộc UBND thành phố và UBND phường, xã.

- 100% CSDL tạo nền tảng phát triển chính quyền điện tử, chuyển đổi số của huyện được kết nối, chia sẻ; mở dữ liệu của các cơ quan nhà nước để cung cấp dịch vụ công kịp thời, một lần khai báo, trọn vòng đời phục vụ người dân và phát triển kinh tế - xã hội.

- 100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của cấp ủy, chính quyền các cấp được thực hiện trên hệ thống thông tin báo cáo của tỉnh.

- Hệ thống camera giám sát tại bộ phận một cửa điện tử từ thành phố đến cấp xã kết nối với Trung tâm lưu trữ, xử lý dữ liệu hệ thống camera an ninh tỉnh Bắc Giang (*Nền tảng camera tỉnh Bắc Giang đặt tại Sở Thông tin và Truyền thông*) để phục vụ công tác chỉ đạo, điều hành.

- Kịp thời tiếp nhận, xử lý nội dung phản ánh thuộc phạm vi của đơn vị; theo dõi, đôn đốc việc tiếp nhận, xử lý và phản hồi thông tin phản ánh hiện trường (PAHT) trên Hệ thống đảm bảo nội dung, đúng thời gian theo Quy định về tiếp nhận, xử lý PAHT của cá nhân, tổ chức trên Hệ thống thông tin PAHT tỉnh Bắc Giang ban hành kèm theo Quyết định số 33/2023/QĐ-UBND của UBND tỉnh.

2. Phát triển kinh tế số

- Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%. Trên 10% doanh nghiệp nhỏ và vừa tham gia chương trình SMEdx.

- Duy trì tỷ lệ 100% các doanh nghiệp, hộ kinh doanh có sử dụng hóa đơn áp dụng hóa đơn điện tử; 100% các doanh nghiệp thực hiện nộp thuế điện tử.

- 100% sản phẩm đặc trưng, sản phẩm OCOP của huyện tham gia các sàn thương mại điện tử. Tỷ lệ giao dịch trên sàn thương mại điện tử đạt trên 5%.

3. Phát triển xã hội số

- Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh trên 90%.

- Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt trên 92%.

- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức khác trên 90%.

- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt trên 95%.

4. An toàn, an ninh mạng

- Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin đạt 100%.

- Tỷ lệ hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo vệ an toàn thông tin mạng theo cấp độ trên 50%.

(Chi tiết phân công chủ trì theo dõi thực hiện chỉ tiêu tại Phụ lục kèm theo)

II. NHIỆM VỤ TRỌNG TÂM

1. Chỉ số xếp hạng DTI: Dẫn đầu cả tỉnh về chuyển đổi số năm 2024.

2. Hoàn thiện môi trường số: Tiếp tục hoàn thiện môi trường pháp lý và nâng cao năng lực tham mưu quản lý nhà nước và thực thi pháp luật về chuyển đổi số trên địa bàn thành phố.

3. Phát triển hạ tầng số: Rà soát nâng cấp, hoàn thiện hạ tầng số đảm bảo đồng bộ, an ninh, an toàn hệ thống và dữ liệu phục vụ chuyển đổi số của các cơ quan nhà nước trên địa bàn thành phố.

4. Ứng dụng, dịch vụ số: Tiếp tục duy trì hoạt động hiệu quả các nền tảng, ứng dụng, CSDL, dịch vụ số do tỉnh chuyên giao, do thành phố triển khai; phát triển và đẩy mạnh ứng dụng công dân số VNeID, ứng dụng thanh toán số, hóa đơn điện tử, hợp đồng điện tử, chữ ký số cá nhân, đặc biệt lĩnh vực thuế, phí, lệ phí.

5. Phát triển dịch vụ công trực tuyến: Tiếp tục thực hiện các nhiệm vụ, giải pháp nâng cao hiệu quả thực hiện dịch vụ công trực tuyến, nhất là đối với 53 dịch vụ công thiết yếu.

6. Phát triển dữ liệu số, kết nối số: Đẩy mạnh việc số hóa hồ sơ, kết quả giải quyết TTHC trong tiếp nhận, giải quyết TTHC theo quy định; xây dựng CSDL ngành, lĩnh vực.

7. Phát triển kinh tế số: Hỗ trợ doanh nghiệp chuyển đổi số; kết nối, hỗ trợ cho các doanh nghiệp, hợp tác xã, hộ gia đình tham gia sàn thương mại điện tử.

8. Phát triển xã hội số: Chỉ đạo lan tỏa thông tin tốt, kiểm soát chặt chẽ các thông tin trên mạng xã hội; kịp thời phối hợp, xử lý nghiêm các trường hợp lợi dụng mạng xã hội đăng tải thông tin xấu độc, thông tin thiếu kiểm chứng, sai sự thật; đưa nền tảng số, công nghệ số, kỹ năng số đến người dân, đưa người dân lên môi trường số.

9. Phát triển nhân lực số: Tập huấn, bồi dưỡng kiến thức chuyển đổi số cho công chức, viên chức, tổ công nghệ số cộng đồng.

10. Đảm bảo an toàn, an ninh mạng: Tổ chức triển khai bảo đảm an toàn thông tin trong hoạt động của cơ quan nhà nước và bảo vệ người dân.

III. GIẢI PHÁP, NHIỆM VỤ CỤ THỂ

1. Trưởng phòng Văn hóa và Thông tin

a) Đẩy mạnh công tác chỉ đạo, tuyên truyền, nâng cao nhận thức về CDS

- Tiếp tục tập trung nâng cao công tác chỉ đạo tuyên truyền, nâng cao nhận thức về chuyển đổi số cho người dân.

- Tiếp tục phối hợp với các phòng chuyên môn của Sở Thông tin và Truyền thông, Ban Tuyên giáo Thành ủy tăng cường chỉ đạo lan tỏa các thông tin tích cực trên môi trường mạng; phối hợp với các cơ quan báo chí của tỉnh, Trung ương tuyên truyền, phổ biến rộng rãi các nội dung về chuyển đổi số của thành phố.

- Tham mưu tổ chức các Hội nghị về chuyển đổi số, xây dựng chính quyền số; tổ chức triển khai hiệu quả, có ý nghĩa thiết thực các hoạt động, sự kiện hưởng ứng Ngày Chuyển đổi số tỉnh Bắc Giang, Ngày Chuyển đổi số Quốc gia năm 2024.

- Đẩy mạnh công tác thông tin, tuyên truyền các văn bản, chính sách của Chính phủ, của tỉnh, của thành phố tại mục “Chuyển đổi số” trên Cổng thông tin điện tử của thành phố và tuyên truyền trên các trang mạng xã hội (*Zalo OA, fanpage*) góp phần giúp người dân, doanh nghiệp theo dõi, nắm bắt được các thông tin chỉ đạo mới nhất của các cấp chính quyền, qua đó nâng cao nhận thức về chuyển đổi số.

b) Xây dựng cơ chế, chính sách về chuyển đổi số:

- Trình UBND thành phố ban hành: Quy chế đảm bảo an toàn thông tin trong các cơ quan nhà nước thành phố Bắc Giang.

- Trình Chủ tịch UBND thành phố ban hành: Văn bản Tổ chức Ngày Chuyển đổi số tỉnh Bắc Giang, Ngày Chuyển đổi số Quốc gia năm 2024.

c) Tăng cường công tác quản lý nhà nước về chuyển đổi số:

- Thực hiện nhiệm vụ thường trực Ban Chỉ đạo về chuyển đổi số thành phố, tham mưu tổ chức các hội nghị họp Ban Chỉ đạo định kỳ theo Quy chế làm việc của Ban Chỉ đạo và trao đổi học tập kinh nghiệm về chuyển đổi số.

- Triển khai thực hiện kịp thời, hiệu quả các văn bản chỉ đạo của Trung ương, của UBND tỉnh, Chủ tịch UBND tỉnh, của UBND thành phố, Chủ tịch UBND thành phố về chuyển đổi số để thúc đẩy phát triển chính quyền số, kinh tế số và xã hội số.

- Thường xuyên rà soát, phát hiện, triển khai, hướng dẫn và nhân rộng các mô hình chuyển đổi số ở cơ sở có cách làm hay, sáng tạo, hiệu quả cho các đơn vị khác trên địa bàn thành phố.

- Duy trì khai thác hiệu quả dữ liệu hiện đang được chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Bắc Giang (LGSP) và kết nối qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).

- Tham mưu chỉ đạo, hướng dẫn các cơ quan, đơn vị và UBND phường, xã tiếp tục thực hiện nghiêm các quy định của Chính phủ, của các Bộ, ngành Trung ương; các quy định của tỉnh về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước trên địa bàn tỉnh Bắc Giang. Đặc biệt, tăng cường chỉ đạo, đảm bảo việc lập Đề cương dự toán chi tiết, Dự án đảm bảo chất lượng theo quy định của Chính phủ.

- Chủ trì tham mưu chỉ đạo, hướng dẫn, tổng hợp kết quả thực hiện các chỉ số, chỉ số thành phần của Bộ chỉ số đánh giá chuyển đổi số cấp huyện; tham mưu chỉ đạo, đánh giá, chấm điểm chỉ số DTI, trình Chủ tịch UBND thành phố Kết quả đánh giá xếp loại mức độ chuyển đổi số các phường, xã năm 2024.

c) Duy trì, vận hành, phát triển hạ tầng số:

- Rà soát chất lượng mạng truyền số liệu chuyên dùng trên địa bàn thành phố để đề xuất Sở Thông tin và Truyền thông nâng cao chất lượng đường truyền.

- Tham mưu nâng cấp hệ thống mạng LAN, Wifi của UBND thành phố.

- Tổ chức làm việc với các doanh nghiệp viễn thông để có chính sách, giải pháp nâng cao tỷ lệ dân số trưởng thành có điện thoại thông minh, tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt trên 92%.

d) Duy trì, vận hành, phát triển dữ liệu, nền tảng, các ứng dụng, dịch vụ số dùng chung:

- Duy trì, vận hành hiệu quả các hệ thống dùng chung của tỉnh, của Bộ.

- Thực hiện kết nối Hệ thống camera giám sát tại Bộ phận một cửa điện tử từ thành phố đến phường, xã với Trung tâm lưu trữ, xử lý dữ liệu hệ thống camera an ninh tỉnh Bắc Giang (*Nền tảng camera tỉnh Bắc Giang đặt tại Sở Thông tin và Truyền thông*) để phục vụ công tác chỉ đạo, điều hành.

- Kịp thời tiếp nhận, xử lý nội dung phản ánh thuộc phạm vi của đơn vị; theo dõi, đôn đốc việc tiếp nhận, xử lý và phản hồi thông tin phản ánh hiện trường (PAHT) trên Hệ thống đảm bảo nội dung, đúng thời gian theo Quy định về tiếp nhận, xử lý PAHT của cá nhân, tổ chức trên Hệ thống thông tin PAHT tỉnh Bắc Giang ban hành kèm theo Quyết định số 33/2023/QĐ-UBND của UBND tỉnh.

- Chỉ đạo các phường, xã có đài truyền thanh ứng dụng CNTT- Viễn thông kết nối với hệ thống thông tin nguồn của tỉnh theo quy định.

đ) Phát triển nguồn nhân lực số:

Tăng cường đào tạo, bồi dưỡng kiến thức chuyển đổi số cho cán bộ, công chức, viên chức, cán bộ chuyên trách về CNTT, bảo đảm an toàn thông tin mạng và Tổ công nghệ số cộng đồng các cấp.

e) Đảm bảo an toàn thông tin:

- Chỉ đạo hoàn thành 100% việc phân loại, xác định, phê duyệt Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin và phương án bảo đảm an toàn hệ thống thông tin theo cấp độ phù hợp với quy định của pháp luật và tiêu chuẩn quốc gia về an toàn hệ thống thông tin theo cấp độ xong trước 01/6/2024.

- Phối hợp với phòng chuyên môn của Sở Thông tin và Truyền thông để thực hiện giám sát, quản lý bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin trên địa bàn thành phố, đảm bảo 100% hệ thống thông tin của cơ quan nhà nước được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC).

- Chỉ đạo các cơ quan, đơn vị, phường, xã, đầu tư, mua sắm phần mềm diệt virus có bản quyền để cài đặt cho các máy tính đảm bảo quy định.

- Tiếp tục tăng cường giám sát, phát hiện và xử lý các sự cố, xây dựng các phương án ứng cứu, xử lý sự cố tấn công mạng cho các hệ thống thông tin của cơ quan nhà nước.

- Thực hiện thuê đơn vị tư vấn để kiểm tra, đánh giá an toàn thông tin đầy đủ các nội dung theo quy định tại Thông tư số 03/2017/TT-BTTTT ngày 24/4/2017.

2. Trưởng Công an thành phố

- Tập trung chỉ đạo quyết liệt việc thực hiện các nhiệm vụ trọng tâm của Cơ quan thường trực Tổ công tác Đề án 06 thành phố đã giao tại Kế hoạch số 136/KH-UBND ngày 21/7/2023 của UBND thành phố về việc Thực hiện Chỉ thị số 24-CT/TU ngày 28/4/2023 của BTV Tỉnh ủy về lãnh đạo đẩy mạnh triển khai, thực hiện Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn thành phố Bắc Giang năm 2023 và những năm tiếp theo đảm bảo đúng tiến độ, chất lượng theo yêu cầu.

- Tiếp tục khai thác, vận hành, mở rộng Hệ thống camera an ninh phục vụ công tác bảo đảm an ninh, trật tự trên địa bàn thành phố.

- Thực hiện giám sát, phát hiện và xử lý hoặc phối hợp với các cơ quan chức năng có thẩm quyền để xử lý tin giả, thông tin vi phạm pháp luật trên không gian mạng thuộc phạm vi quản lý của thành phố.

3. Chánh Văn phòng HĐND-UBND thành phố

- Chủ trì, phối hợp với các ngành liên quan tham mưu Chủ tịch UBND thành phố chỉ đạo các cơ quan, đơn vị và UBND phường, xã tiếp tục tập trung thực hiện giải quyết TTHC cho người dân, tổ chức và doanh nghiệp, triển khai thực hiện cơ chế một cửa, một cửa liên thông.

- Đẩy mạnh rà soát, kiến nghị, đề xuất các phương án đơn giản hóa TTHC và quy định có liên quan đang còn vướng mắc, bất cập hoặc không còn phù hợp, gây khó khăn cho hoạt động sản xuất, kinh doanh và đời sống của người dân, doanh nghiệp.

- Tiếp nhận, quản trị Hệ thống thông tin phản ánh hiện trường theo quy định.

- Xây dựng, triển khai kế hoạch hành động nâng cao hiệu quả thực hiện các dịch vụ công trực tuyến của địa phương tạo thuận lợi nhất cho người dân, doanh nghiệp tham gia thực hiện.

- Nâng cao hiệu quả thực hiện các dịch vụ công trực tuyến tạo thuận lợi nhất cho người dân, doanh nghiệp; hoàn thành các chỉ tiêu về tỷ lệ hồ sơ trực tuyến, tỷ lệ thanh toán trực tuyến, tỷ lệ số hóa, tỷ lệ hài lòng, tỷ lệ dịch vụ công trực tuyến toàn trình và một phần phát sinh hồ sơ **trước tháng 11/2024**.

- Bảo đảm cơ sở vật chất, trang thiết bị, điều kiện làm việc cho công chức, viên chức và phục vụ người dân, doanh nghiệp đến liên hệ, giải quyết TTHC tại

Bộ phận tiếp nhận và trả kết quả của thành phố; thực hiện nâng cấp và bổ sung một số thiết bị, hệ thống thiết bị phục vụ hoạt động chung.

4. Trưởng phòng Kinh tế

- Tiếp tục tham mưu UBND thành phố hỗ trợ các doanh nghiệp, hợp tác xã, hộ gia đình, người dân tham gia chương trình chuyển đổi số và nâng cao nhận thức về chuyển đổi số; chủ trì, phối hợp với các sàn thương mại điện tử hỗ trợ các doanh nghiệp, hợp tác xã, hộ gia đình sản xuất kinh doanh và khởi tạo gian hàng, đưa sản phẩm lên các sàn thương mại điện tử nhằm thúc đẩy quảng bá và tiêu thụ hàng nông sản, đặc trưng, tiềm năng của thành phố.

- Tiếp tục cập nhật thông tin lớp CSDL quy hoạch, hạ tầng công nghiệp và thương mại, hạ tầng về đường dây, trạm điện trên nền GIS dùng chung tỉnh Bắc Giang;

- Chỉ đạo, thúc đẩy, khuyến khích các doanh nghiệp, HTX, nông dân ứng dụng công nghệ số trong các hoạt động sản xuất kinh doanh, quản lý điều hành từ đó hình thành các doanh nghiệp số, hợp tác xã số, nông dân số, nông thôn số; hướng dẫn, khuyến khích nông dân thực hiện thương mại điện tử trong nông nghiệp tập trung vào các sản phẩm OCOP, sản phẩm hàng hóa chủ lực, những sản phẩm đã ứng dụng các quy trình sản xuất theo tiêu chuẩn GAP, VietGAP,...

- Tiếp tục xây dựng thí điểm các mô hình sản xuất nông nghiệp thông minh, quản lý theo chuỗi, kết nối sản xuất với tiêu thụ nông sản, ứng dụng công nghệ số để tự động hóa một số quy trình sản xuất, kinh doanh phù hợp với điều kiện sản xuất của thành phố.

5. Trưởng phòng Tài chính-Kế hoạch

- Chủ trì, phối hợp Phòng Văn hóa và Thông tin và các đơn vị có liên quan tham mưu UBND thành phố trong việc bố trí kinh phí đảm bảo kịp thời từ ngân sách các cấp để thực hiện Kế hoạch.

- Duy trì, sử dụng hiệu quả và đảm bảo an toàn thông tin theo cấp độ các hệ thống CSDL, phần mềm ngành tài chính.

- Tăng cường tuyên truyền, nâng cao nhận thức của các doanh nghiệp, đẩy mạnh phát triển ứng dụng, sử dụng các sản phẩm công nghệ số. Tuyên truyền giới thiệu doanh nghiệp tham gia Chương trình hỗ trợ chuyển đổi số (SMEDx) và nâng cao nhận thức của doanh nghiệp về chuyển đổi số.

6. Trưởng phòng Tài nguyên và Môi trường

Phối hợp với phòng chuyên môn của Sở Tài nguyên và Môi trường xây dựng, duy trì, vận hành các hệ thống thông tin, CSDL lớn lĩnh vực tài nguyên và môi trường nhằm quản lý toàn diện, hiệu quả, gồm: hệ thống cơ sở dữ liệu đất đai và các cơ sở dữ liệu thành phần (CSDL thông tin quy hoạch và kế hoạch sử dụng đất, CSDL thống kê kiểm kê đất đai, CSDL giá đất, hệ thống cơ sở dữ liệu kho lưu trữ tài nguyên và môi trường, hệ thống quan trắc môi trường tự động;

tiếp tục số hóa và chuẩn hóa thông tin để hoàn thiện cơ sở dữ liệu đất đai của thành phố Bắc Giang trong năm 2024 để đảm bảo lộ trình theo Đề án 06/CP.

8. Trưởng phòng Giáo dục và Đào tạo

- Tiếp tục chỉ đạo triển khai thực hiện hiệu quả việc thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các cơ sở giáo dục trên địa bàn thành phố. Chỉ đạo tuyên truyền các điển hình tiên tiến, cách làm hay, sáng tạo trong việc thanh toán không dùng tiền mặt tại các cơ sở giáo dục tạo sự đồng thuận và tích cực hưởng ứng của người dân.

- Phối hợp với phòng chuyên môn của Sở Giáo dục và Đào tạo xây dựng hệ thống CSDL ngành giáo dục và triển khai tích hợp các hệ thống quản lý nhà trường vào hệ thống CSDL ngành. Tiếp tục phát triển CSDL Bài giảng điện tử, hệ thống trường học số, công cụ chuyển đổi số toàn diện phục vụ đổi mới hoạt động dạy và học cho các cơ sở giáo dục trên địa bàn thành phố.

- Đưa nội dung học 5 kỹ năng số cơ bản: (1) sử dụng dịch vụ công trực tuyến, (2) mua sắm trực tuyến, (3) thanh toán trực tuyến, (4) tự bảo vệ mình trên không gian mạng, (5) sử dụng nền tảng số khác tùy đặc thù của địa phương vào giảng dạy trong các nhà trường để từng bước hình thành công dân số.

9. Trưởng phòng Y tế

- Đẩy mạnh chuyển đổi số, thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế. Chỉ đạo tuyên truyền các điển hình tiên tiến, cách làm hay, sáng tạo trong việc thanh toán không dùng tiền mặt tại các cơ sở y tế tạo sự đồng thuận và tích cực hưởng ứng của người dân.

- Tiếp tục duy trì và sử dụng các nền tảng đã triển khai phục vụ công tác khám chữa bệnh và chỉ đạo điều hành như: Nền tảng quản lý tiêm chủng, Nền tảng hồ sơ sức khỏe điện tử, Nền tảng hỗ trợ tư vấn khám chữa bệnh từ xa, Nền tảng trạm y tế xã (*Y tế cơ sở*), nền tảng quản lý xét nghiệm.

- Phối hợp phòng chuyên môn của Sở Y tế xây dựng và triển khai phần mềm tin học quản lý hoạt động Trạm y tế xã, kết nối liên thông và chia sẻ thông tin với các hệ thống thông tin bệnh viện, hệ thống hồ sơ sức khỏe điện tử (EHR).

10. Trưởng phòng Lao động - Thương binh và Xã hội

Phối hợp với phòng chuyên môn của Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức dịch vụ chi trả xây dựng phương án chi trả an sinh xã hội không dùng tiền mặt (quy trình thực hiện, điều kiện hạ tầng, mạng lưới rút tiền, tiện ích thanh toán...) theo Kế hoạch chi trả chính sách an sinh xã hội không dùng tiền mặt của tỉnh.

11. Trưởng phòng Nội vụ

- Tham mưu tổ chức các khóa đào tạo kiến thức cơ bản về chuyển đổi số, kỹ năng số cho đội ngũ cán bộ, công chức, viên chức.

- Tổ chức ứng dụng hiệu quả các nền tảng chuyển đổi số dùng chung của

toàn ngành nội vụ gồm: Hệ thống Phần mềm Quản lý thông tin cán bộ, công chức, viên chức tỉnh Bắc Giang; Hệ thống Phần mềm theo dõi, đánh giá, xác định chỉ số CCHC (PAR Index); Hệ thống phần mềm CSDL phục vụ tổ chức bộ máy và biên chế thống nhất trong toàn hệ thống chính trị tỉnh Bắc Giang.

12. Bí thư Thành đoàn

- Tiếp tục triển khai, thực hiện có hiệu quả các nội dung trong Kế hoạch số 169-KH/UBND ngày 09/8/2022 về thực hiện “Đề án Nâng cao năng lực số cho thanh, thiếu niên; phát huy vai trò nòng cốt, đi đầu của các cấp bộ đoàn trong chuyển đổi số giai đoạn 2022-2025 trên địa bàn tỉnh Bắc Giang”; hằng quý tổng hợp, đánh giá kết quả triển khai thực hiện Kế hoạch.

- Tiếp tục tuyên truyền nâng cao nhận thức về chuyển đổi số, năng lực số và vai trò của tổ chức đoàn trong chuyển đổi số; tuyên truyền sâu rộng về các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số, sự quan trọng, cấp thiết của việc nâng cao năng lực số; tuyên truyền lợi ích của việc chuyển đổi số, năng lực số trong đời sống nhằm tăng cường sự quan tâm của cấp ủy, chính quyền các cấp và toàn xã hội, thúc đẩy nhu cầu tự thân của thanh, thiếu niên trong việc nâng cao năng lực số.

- Tổ chức các hoạt động phát huy vai trò nòng cốt, đi đầu của các cán bộ đoàn trong chuyển đổi số, tham gia thúc đẩy thực hiện xã hội số. Tiếp tục triển khai, củng cố hoạt động của Tổ công nghệ số cộng đồng các cấp; phát huy vai trò nòng cốt, đi đầu của đoàn viên, thanh niên trong tham gia Tổ công nghệ số cộng đồng. Tập huấn cho Tổ công nghệ số cộng đồng các chủ trương, chính sách, pháp luật về chuyển đổi số; chuyển giao hướng dẫn cài đặt, sử dụng nền tảng số, công nghệ số, kỹ năng số.

- Quyết liệt triển khai các hoạt động tuyên truyền thanh toán không dùng tiền mặt trong đoàn viên, thanh thiếu nhi và người dân, phối hợp tuyên truyền, hướng dẫn người dân sử dụng thanh toán trực tuyến, không dùng tiền mặt, tổ chức các hoạt động truyền thông về sử dụng dịch vụ Mobile-Money.

IV. TỔ CHỨC THỰC HIỆN

1. Trưởng phòng Văn hóa và Thông tin

- Chủ trì tổ chức triển khai, hướng dẫn, theo dõi, đôn đốc, kiểm tra và phối hợp với các cấp, các ngành triển khai thực hiện Kế hoạch; định kỳ trước ngày 25 của tháng cuối quý, tổng hợp kết quả thực hiện các chỉ tiêu, nhiệm vụ trong Kế hoạch này, báo cáo Ban chỉ đạo chuyển đổi số thành phố.

- Làm tốt công tác kiểm soát các dự án đầu tư, mua sắm và thuê các thiết bị, phần mềm... phục vụ chuyển đổi số theo chỉ đạo và quy định; tăng cường công tác hướng dẫn, thẩm định và nghiệm thu đưa vào sử dụng các chương trình, dự án đầu tư, mua sắm phục vụ chuyển đổi số có sử dụng vốn ngân sách, đảm bảo đúng quy định, đồng bộ, tiết kiệm, hiệu quả, tránh chồng chéo, lãng phí.

2. Thủ trưởng các cơ quan, đơn vị trên địa bàn

- Thủ trưởng các cơ quan, đơn vị căn cứ vào thực tiễn, điều kiện nguồn vốn, kinh phí được cấp năm 2024, thực hiện tốt nhiệm vụ được giao chủ trì hoặc tham gia phối hợp phải tích cực, chủ động triển khai thực hiện Kế hoạch theo đúng nội dung, tiến độ, đảm bảo chất lượng, hiệu quả; tiếp tục triển khai thực hiện kịp thời, hiệu quả các văn bản chỉ đạo của Trung ương và của UBND tỉnh, Chủ tịch UBND tỉnh, UBND thành phố, Chủ tịch UBND thành phố về chuyển đổi số; kịp thời tháo gỡ khó khăn, vướng mắc phát sinh; tập trung thực hiện các giải pháp nhằm đạt được các mục tiêu, chỉ tiêu, nhiệm vụ đã đề ra; chịu trách nhiệm cá nhân trước Trưởng Ban chỉ đạo về kết quả chuyển đổi số, xây dựng chính quyền số của cơ quan, đơn vị mình.

- Rà soát các nhiệm vụ được phân công thực hiện trong Bộ Chỉ số chuyển đổi số cấp huyện, có kế hoạch tổ chức thực hiện đạt hiệu quả; chịu trách nhiệm về các tiêu chí trong Bộ chỉ số nhằm nâng hạng mức độ chuyển đổi số của thành phố.

- Tiếp tục thực hiện nghiêm các quy định của Chính phủ, của các Bộ, ngành Trung ương; các quy định của tỉnh về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước trên địa bàn tỉnh Bắc Giang. Đặc biệt, tăng cường chỉ đạo, đảm bảo việc lập Đề cương dự toán chi tiết, Dự án đảm bảo chất lượng theo quy định của Chính phủ và hướng dẫn của Sở Thông tin và Truyền thông. Phối hợp chặt chẽ với Phòng Văn hóa và Thông tin và các ngành liên quan trong quá trình tổ chức thực hiện các chương trình, dự án, đảm bảo chất lượng, hiệu quả, đúng quy định.

- Hoàn thành 100% việc phân loại, xác định, phê duyệt đề xuất cấp độ an toàn hệ thống thông tin và phương án bảo đảm an toàn hệ thống thông tin theo cấp độ phù hợp với quy định của pháp luật và tiêu chuẩn quốc gia về an toàn hệ thống thông tin theo cấp độ trước 01/6/2024.

3. Chủ tịch UBND các phường, xã

- Tiếp tục đẩy mạnh công tác chỉ đạo về chuyển đổi số, triển khai thực hiện kịp thời, hiệu quả các văn bản chỉ đạo của cấp trên về chuyển đổi số; tổ chức ứng dụng hiệu quả các nền tảng số, dịch vụ số, hạ tầng số của tỉnh, của thành phố để quản lý, điều hành nghiệp vụ chuyên ngành dựa trên dữ liệu, đồng bộ, thông suốt trên toàn tỉnh; tiếp tục tập trung nâng cao công tác chỉ đạo tuyên truyền, nâng cao nhận thức về chuyển đổi số cho người dân.

- Tiếp tục chỉ đạo nâng cao hiệu quả thực hiện các dịch vụ công trực tuyến của địa phương đạt và vượt mức các chỉ tiêu được giao năm 2024, tạo thuận lợi nhất cho người dân, doanh nghiệp tham gia thực hiện.

- Phối hợp với các ngành liên quan tổ chức triển khai hỗ trợ đưa hộ sản xuất, kinh doanh lên sàn thương mại điện tử, thúc đẩy phát triển kinh tế số theo hướng dẫn tại Quyết định số 1034/QĐ-BTTTT ngày 21/7/2021 và Quyết định số 350/QĐ-BTTTT ngày 24/02/2022 của Bộ trưởng Bộ Thông tin và Truyền thông.

- Phối hợp với ngành giáo dục và y tế tiếp tục thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các trường học, cơ sở giáo dục và cơ sở y tế.

- Chỉ đạo, yêu cầu các Tổ công nghệ số cộng đồng của phường, xã, thôn, tổ dân phố thực hiện tuyên truyền, hướng dẫn đến từng cán bộ, công chức, viên chức tham gia vào kênh truyền thông chuyển đổi số quốc gia để được cập nhật kịp thời thông tin mới nhất về chuyển đổi số phục vụ công tác và đời sống.

- Tiếp tục thực hiện nghiêm các quy định của Chính phủ, của các Bộ, ngành Trung ương; các quy định của tỉnh về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước trên địa bàn tỉnh Bắc Giang. Đặc biệt, tăng cường chỉ đạo, đảm bảo việc lập Đề cương dự toán chi tiết, Dự án đảm bảo chất lượng theo quy định của Chính phủ và hướng dẫn của Sở TTTT.

- Hoàn thành 100% việc phân loại, xác định, phê duyệt đề xuất cấp độ an toàn hệ thống thông tin và phương án bảo đảm an toàn hệ thống thông tin theo cấp độ phù hợp với quy định của pháp luật và tiêu chuẩn quốc gia về an toàn hệ thống thông tin theo cấp độ trước 01/6/2024.

4. Chế độ thông tin, báo cáo

Các thành viên Ban Chỉ đạo; các cơ quan, đơn vị liên quan và Chủ tịch UBND các phường, xã thực hiện chế độ báo cáo như sau:

- Định kỳ (*trước ngày 15 của tháng cuối quý*), báo cáo kết quả thực hiện Kế hoạch này gửi về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo Trưởng Ban chỉ đạo theo quy định.

- Trong quá trình thực hiện có vấn đề phát sinh cần điều chỉnh, bổ sung kịp thời báo cáo, đề xuất Trưởng Ban chỉ đạo (*thông qua Phòng Văn hóa và Thông tin*) để xem xét, giải quyết./.

Nơi nhận:

- Sở Thông tin và truyền thông (để b/c);
- Thường trực Thành ủy (để b/c);
- Chủ tịch, các PCT UBND TP;
- Các cơ quan, đơn vị UBND thành phố;
- UBND các phường, xã;
- Thành viên BCĐ CDS TP;
- Chi cục thuế Bắc Giang - Yên Dũng;
- VP: LĐ, CV CNTT VP HĐND-UBND TP;
- Lưu: VT.

**KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN**

**CHỦ TỊCH UBND THÀNH PHỐ
Đặng Đình Hoan**

Phụ lục**PHÂN CÔNG CHỦ TRÌ THEO DÕI, ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU***(Kèm theo Kế hoạch số /KH-BCĐ ngày /3/2024 của BCĐ chuyển đổi số thành phố)*

STT	Chỉ tiêu	Chủ trì theo dõi, đôn đốc	Chủ trì thực hiện
I	Phát triển chính quyền số		
1	Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt 75%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
2	Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 65%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
3	Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt trên 70%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
4	Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
5	Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
6	Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt trên 50%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
7	Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp đạt 100%	Trưởng phòng Tư pháp	Các cơ quan, đơn vị; UBND phường, xã
8	Tỷ lệ công bố, công khai TTHC đúng hạn đạt 100%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
9	Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia đạt 100%	Chánh Văn phòng HĐND-UBND huyện	Các cơ quan, đơn vị; UBND phường, xã

STT	Chỉ tiêu	Chủ trì theo dõi, đôn đốc	Chủ trì thực hiện
10	Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 100%	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
11	Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp đạt tối thiểu 95%	Chánh Văn phòng HĐND-UBND huyện	Các cơ quan, đơn vị; UBND phường, xã
12	Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp huyện, cấp xã đạt 100%.	Trưởng phòng Văn hóa và Thông tin	Các cơ quan, đơn vị; UBND phường, xã
13	100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của cấp ủy, chính quyền các cấp được thực hiện trên hệ thống thông tin báo cáo của tỉnh	Chánh Văn phòng HĐND-UBND TP	Các cơ quan, đơn vị; UBND phường, xã
14	Hệ thống camera giám sát tại bộ phận một cửa điện tử từ cấp huyện đến cấp xã kết nối với Trung tâm lưu trữ, xử lý dữ liệu hệ thống camera an ninh tỉnh Bắc Giang (<i>Nền tảng camera tỉnh Bắc Giang đặt tại Sở Thông tin và Truyền thông</i>) để phục vụ công tác chỉ đạo, điều hành.	Trưởng phòng Văn hóa và Thông tin	Văn phòng HĐND&UBND TP
15	Kịp thời tiếp nhận, xử lý nội dung phản ánh thuộc phạm vi của đơn vị; theo dõi, đôn đốc việc tiếp nhận, xử lý và phản hồi thông tin phản ánh hiện trường (PAHT) trên Hệ thống đảm bảo nội dung, đúng thời gian theo Quy định về tiếp nhận, xử lý PAHT của cá nhân, tổ chức trên Hệ thống thông tin PAHT tỉnh Bắc Giang ban hành kèm theo Quyết định số 33/2023/QĐ-UBND của UBND tỉnh.	Chánh Văn phòng HĐND-UBND TP	Các Các cơ quan, đơn vị; UBND phường, xã
II	Phát triển kinh tế số		
1	Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên 50%. Trên 10% doanh nghiệp nhỏ và vừa tham gia chương trình SMEdx.	Trưởng phòng Tài chính-Kế hoạch	Các doanh nghiệp trên địa bàn thành phố
2	Duy trì tỷ lệ 100% các doanh nghiệp, hộ kinh doanh có sử dụng hóa đơn áp dụng hóa đơn điện tử; 100% các doanh nghiệp thực hiện nộp thuế điện tử.	Chi cục trưởng Chi cục thuế Bắc Giang – Yên Dũng	Các doanh nghiệp trên địa bàn thành phố
3	100% sản phẩm đặc trưng, sản phẩm OCOP của thành phố tham gia các sàn thương mại điện tử. Tỷ lệ giao dịch trên sàn thương mại điện tử đạt trên 5%.	Trưởng phòng Kinh tế	UBND các phường, xã

STT	Chỉ tiêu	Chủ trì theo dõi, đôn đốc	Chủ trì thực hiện
III	Phát triển xã hội số		
1	Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 90%	Trưởng phòng Văn hóa và Thông tin	Các doanh nghiệp viễn thông
2	Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt trên 92%	Trưởng phòng Văn hóa và Thông tin	Các doanh nghiệp viễn thông
3	Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức khác trên 90%.	Trưởng phòng Tài chính-Kế hoạch	Các chi nhánh ngân hàng thương mại trên địa bàn huyện; các doanh nghiệp viễn thông cung cấp mobile money
4	Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt trên 95%	Trưởng phòng Y tế	Trung tâm Y tế TP; UBND các phường, xã
IV	An toàn, an ninh mạng		
1	Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin đạt 100%	Trưởng phòng Văn hóa và Thông tin	Các cơ quan, đơn vị; UBND các phường, xã
2	Tỷ lệ hệ thống thông tin của cơ quan nhà nước đáp ứng yêu cầu bảo vệ an toàn thông tin mạng theo cấp độ trên 50%	Trưởng phòng Văn hóa và Thông tin	Các cơ quan, đơn vị; UBND các phường, xã`;
