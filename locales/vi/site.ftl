# The public site's words in Vietnamese: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## Giờ trong ngày và ngày tháng

# Vietnamese writes times on a 24-hour clock (14:30), so AM/PM are left empty.
half-am = { "" }
half-pm = { "" }
# $hour24 (00–23), $minute (00–59)
time-of-day = { $hour24 }:{ $minute }
date-time = { $date } lúc { $time }

## Mọi trang

site-name = Khiếu nại và lời khen gửi Thành phố
skip-link = Chuyển đến nội dung chính
nav-label = Mục chính
nav-submit = Gửi khiếu nại hoặc lời khen
nav-track = Theo dõi hồ sơ
nav-standards = Tiêu chuẩn dịch vụ
nav-help = Không biết nên liên hệ ở đâu?
footer-service-requests = Nếu Quý vị cần yêu cầu một dịch vụ mới (ổ gà trên đường, rác chưa được thu gom, ống nước chính bị vỡ), hãy gọi 311 hoặc dùng kênh yêu cầu dịch vụ 311 của Thành phố. Khiếu nại là khi Quý vị không hài lòng với cách một yêu cầu hay một dịch vụ đã được xử lý.
footer-about = Heard là phần mềm mã nguồn mở dùng để tiếp nhận và xử lý khiếu nại và lời khen.
language-label = Ngôn ngữ
language-change = Đổi ngôn ngữ
error-prefix = Lỗi:

## Trang chủ

home-title = Trang chủ
home-heading = Hãy cho Thành phố biết chúng tôi đã phục vụ Quý vị thế nào
home-lead = Khiếu nại, lời khen và ý kiến của Quý vị giúp Thành phố cải thiện dịch vụ. Mỗi lần gửi đều được cấp một mã số theo dõi, và mỗi khiếu nại đều được trả lời trong một số ngày làm việc nhất định.
kind-complaint-title = Khiếu nại
kind-complaint-text = Quý vị không hài lòng với một dịch vụ hoặc một quyết định của Thành phố, với thời gian phải chờ, hoặc với cách Quý vị được đối xử. Chúng tôi sẽ xem xét và trả lời Quý vị.
kind-compliment-title = Lời khen
kind-compliment-text = Một người hoặc một dịch vụ đã làm tốt. Chúng tôi sẽ chuyển lời cảm ơn của Quý vị đến nhân viên đó và người quản lý của họ.
kind-comment-title = Ý kiến
kind-comment-text = Một ý tưởng hoặc một nhận xét mà Quý vị muốn Thành phố biết. Chúng tôi đọc mọi ý kiến; Quý vị không cần chờ trả lời.
home-not-complaint-heading = Những trường hợp không phải là khiếu nại
home-not-complaint-request-strong = Yêu cầu một dịch vụ lần đầu tiên
home-not-complaint-request = chẳng hạn như báo ổ gà trên đường, rác chưa được thu gom hoặc nước bị rò rỉ, là một yêu cầu dịch vụ. Hãy gọi 311 hoặc dùng kênh yêu cầu dịch vụ 311 của Thành phố. Nếu Quý vị đã gửi yêu cầu nhưng yêu cầu đó không được xử lý tốt, thì đó là một khiếu nại.
home-not-complaint-appeal-strong = Những việc đã có thủ tục kháng nghị riêng
home-not-complaint-appeal = chẳng hạn như vé phạt đậu xe, định giá thuế nhà đất hoặc quyết định của tòa án, cần được giải quyết theo thủ tục đó. Nếu Quý vị gửi những việc này đến đây, chúng tôi sẽ cho Quý vị biết nên liên hệ ở đâu.
home-help-link = Chưa chắc chắn? Hãy trả lời vài câu hỏi và chúng tôi sẽ chỉ cho Quý vị đúng nơi cần liên hệ.
home-next-heading = Điều gì xảy ra sau khi Quý vị gửi
home-next-1 = Quý vị nhận được mã số theo dõi ngay lập tức. Hãy giữ mã số này để theo dõi hồ sơ.
home-next-2 = Bộ phận phụ trách xác nhận đã nhận khiếu nại của Quý vị, thường trong vòng 2 ngày làm việc.
home-next-3 = Nhân viên xem xét và trả lời Quý vị, thường trong vòng 10 ngày làm việc. Mỗi bộ phận đều công bố tiêu chuẩn dịch vụ của mình.
home-next-4 = Nếu không hài lòng với câu trả lời, Quý vị có thể yêu cầu một người khác xem xét lại. Sau đó, Quý vị có thể liên hệ Thanh tra viên (Ombudsman) của Thành phố.
home-track-link = Theo dõi hồ sơ bằng mã số theo dõi

## Tiêu chuẩn dịch vụ

standards-title = Tiêu chuẩn dịch vụ
standards-lead = Mỗi bộ phận cam kết thời gian xử lý khiếu nại. Số ngày được tính theo ngày làm việc: từ thứ Hai đến thứ Sáu, trừ các ngày lễ.
standards-caption = Số ngày làm việc mỗi bộ phận cần để xác nhận đã nhận khiếu nại, để trả lời khiếu nại, và để trả lời yêu cầu xem xét lại câu trả lời
standards-division = Bộ phận
standards-acknowledge = Xác nhận
standards-answer = Trả lời
standards-review = Xem xét lại
division-promises = Cam kết của chúng tôi
division-acknowledge = Chúng tôi xác nhận đã nhận khiếu nại của Quý vị trong vòng { $days ->
   *[other] { $days } ngày làm việc
}.
division-answer = Chúng tôi trả lời khiếu nại trong vòng { $days ->
   *[other] { $days } ngày làm việc
} kể từ khi nhận được. Nếu cần thêm thời gian, chúng tôi sẽ cho Quý vị biết lý do và thời hạn mới.
division-review = Nếu không hài lòng với câu trả lời của chúng tôi, Quý vị có thể yêu cầu xem xét lại trên trang theo dõi hồ sơ hoặc bằng cách gọi 311. Một người chưa từng xử lý khiếu nại của Quý vị sẽ xem xét lại và trả lời trong vòng { $days ->
   *[other] { $days } ngày làm việc
}.
division-ombudsman = Nếu sau khi xem xét lại mà Quý vị vẫn chưa hài lòng, Quý vị có thể gửi khiếu nại đến Thanh tra viên (Ombudsman) của Thành phố.
division-handles = Chúng tôi phụ trách
division-not-found = Không có bộ phận nào mang tên này.

## Hướng dẫn

helper-title = Tìm đúng nơi liên hệ
helper-question = Quý vị muốn làm gì?
helper-need-request = Báo một vấn đề lần đầu tiên (ổ gà trên đường, rác chưa được thu gom, động vật bị thương)
helper-need-complaint = Khiếu nại về cách một dịch vụ hoặc một yêu cầu trước đây đã được xử lý
helper-need-compliment = Cảm ơn một người hoặc khen một dịch vụ
helper-need-comment = Chia sẻ một ý tưởng hoặc một ý kiến
helper-need-unsure = Tôi không chắc
helper-next = Tiếp theo
helper-request-heading = Đây là một yêu cầu dịch vụ
helper-request-text = Báo một vấn đề lần đầu tiên là yêu cầu dịch vụ, không phải khiếu nại. Hãy gọi 311 (hoặc 416-392-2489 nếu gọi từ ngoài thành phố) vào bất cứ giờ nào trong ngày, hoặc dùng kênh yêu cầu dịch vụ 311 của Thành phố trên mạng hay trong ứng dụng 311. Quý vị sẽ nhận được một mã số yêu cầu dịch vụ.
helper-request-complaint-before = Nếu Quý vị đã gửi yêu cầu nhưng yêu cầu bị đóng mà vấn đề chưa được giải quyết, hoặc phải chờ quá lâu, thì
helper-request-complaint-link = đó là một khiếu nại
helper-search-label = Việc này liên quan đến vấn đề gì?
helper-search-hint = Vài chữ, chẳng hạn “ổ gà”, “thùng xanh”, “gấu mèo” hoặc “hóa đơn nước”.
helper-search = Tìm
helper-no-match = Không tìm thấy kết quả nào cho “{ $query }”
helper-matches = Kết quả cho “{ $query }”
helper-still-unsure = Tôi vẫn chưa chắc: gửi đến 311, 311 sẽ tìm đúng bộ phận phụ trách

## Mẫu đơn

form-title = Gửi khiếu nại hoặc lời khen
form-heading = Gửi khiếu nại, lời khen hoặc ý kiến
form-error-title = { $count ->
   *[other] Xin vui lòng sửa { $count } mục dưới đây
}
form-files-dropped = Các tập tin của Quý vị chưa được lưu: xin vui lòng đính kèm lại.
form-kind = Quý vị muốn gửi gì?
form-kind-complaint = Khiếu nại: có việc chưa được làm tốt và tôi muốn được trả lời
form-kind-compliment = Lời khen: một người hoặc một việc đã được làm tốt
form-kind-comment = Ý kiến: một ý tưởng hoặc nhận xét; tôi không cần được trả lời
form-category = Việc này liên quan đến dịch vụ nào?
form-category-hint = Nếu không biết, hãy chọn “Không chắc”: 311 sẽ chuyển đến đúng bộ phận phụ trách.
form-category-help = Giúp tôi chọn
form-not-sure = Không chắc
form-description = Chuyện gì đã xảy ra?
form-description-hint = Hãy cho chúng tôi biết chuyện gì đã xảy ra, những ai liên quan nếu Quý vị biết, và tại sao việc này quan trọng với Quý vị.
form-happened = Việc này xảy ra khi nào? (không bắt buộc)
form-remedy = Quý vị muốn Thành phố làm gì? (không bắt buộc)
form-where = Ở đâu? (không bắt buộc)
form-address = Địa chỉ hoặc ngã tư
form-postal-code = Mã bưu chính
form-point = Cho biết vị trí chính xác (vĩ độ và kinh độ)
form-lat = Vĩ độ
form-lon = Kinh độ
form-service-request = Mã số yêu cầu dịch vụ, nếu việc này liên quan đến một yêu cầu (không bắt buộc)
form-attachments = Hình ảnh hoặc tài liệu (không bắt buộc)
form-attachments-hint = Tối đa { $files } tập tin: hình ảnh JPEG hoặc PNG, hoặc tài liệu PDF, mỗi tập tin không quá { $mb } MB. Chúng tôi xóa dữ liệu vị trí khỏi hình ảnh trước khi lưu.
form-contact = Chúng tôi có thể liên lạc với Quý vị bằng cách nào?
form-name = Tên của Quý vị (không bắt buộc)
form-email = Email
form-phone = Điện thoại
form-contact-method = Quý vị muốn chúng tôi liên lạc bằng cách nào?
form-contact-any = Cách nào cũng được
form-contact-email = Email
form-contact-sms = Tin nhắn
form-contact-phone = Gọi điện thoại
form-language = Ngôn ngữ cho thư và tin nhắn của chúng tôi
form-anonymous = Gửi ẩn danh
form-anonymous-hint = Nếu Quý vị gửi ẩn danh, chúng tôi vẫn sẽ xem xét, nhưng không thể trả lời hay cho Quý vị biết chúng tôi đã làm gì. Xin để trống tên, email và số điện thoại.
form-accommodation = Quý vị có cần hỗ trợ đặc biệt để tham gia không? (không bắt buộc)
form-accommodation-hint = Ví dụ: chữ in khổ lớn, thông dịch viên ngôn ngữ ký hiệu, hoặc được gọi điện vào một giờ nhất định.
form-notice-heading = Cách chúng tôi sử dụng thông tin của Quý vị
form-notice = Thành phố thu thập thông tin trong mẫu đơn này để xem xét khiếu nại, lời khen hoặc ý kiến của Quý vị, để trả lời Quý vị, và để cải thiện dịch vụ. Chỉ những nhân viên xử lý hồ sơ của Quý vị mới thấy tên và thông tin liên lạc của Quý vị. Các báo cáo và dữ liệu mở không bao giờ có những thông tin này. Nếu có thắc mắc về việc này, Quý vị có thể gọi 311.
form-consent = Tôi đã đọc cách Thành phố sử dụng thông tin này
form-send = Gửi

## Lỗi trong một ô, hiện bên cạnh ô đó

error-kind-missing = Xin chọn đây là khiếu nại, lời khen hay ý kiến.
error-category-unknown = “{ $code }” không phải là một danh mục của chúng tôi. Xin chọn một mục trong danh sách, hoặc chọn “Không chắc”.
error-description-missing = Xin cho chúng tôi biết chuyện gì đã xảy ra.
error-too-long = Xin rút ngắn phần này xuống tối đa { $max } ký tự (hiện có { $count } ký tự).
error-postal-code = Xin nhập mã bưu chính Canada, ví dụ M5H 2N2, hoặc chỉ ba ký tự đầu.
error-latitude-range = Vĩ độ phải nằm trong khoảng từ -90 đến 90.
error-longitude-range = Kinh độ phải nằm trong khoảng từ -180 đến 180.
error-latitude-missing = Xin nhập vĩ độ cùng với kinh độ.
error-longitude-missing = Xin nhập kinh độ cùng với vĩ độ.
error-number = Xin nhập một số đo bằng độ, ví dụ 43.6535 hoặc -79.3841.
error-language-code = “{ $code }” không phải là mã ngôn ngữ; xin dùng mã như en, fr, zh-Hant hoặc ar.
error-anonymous-with-contact = Để gửi ẩn danh, xin để trống tên, email và số điện thoại; hoặc bỏ đánh dấu ô “Gửi ẩn danh”.
error-email = Địa chỉ email này có vẻ không đúng. Xin kiểm tra xem có một dấu @ và một tên miền, ví dụ name@example.ca.
error-phone = Xin nhập số điện thoại có từ 10 đến 15 chữ số, ví dụ 416-555-0123.
error-contact-missing = Xin cho biết địa chỉ email hoặc số điện thoại để chúng tôi có thể trả lời Quý vị, hoặc chọn gửi ẩn danh.
error-contact-method-needs = { $needs ->
    [email] Để được liên lạc theo cách này, xin cho biết thêm địa chỉ email.
   *[phone] Để được liên lạc theo cách này, xin cho biết thêm số điện thoại.
}
error-service-request = Xin nhập mã số yêu cầu dịch vụ đúng như đã được cấp cho Quý vị (tối đa 40 ký tự).
error-consent = Xin xác nhận rằng Quý vị đã đọc cách Thành phố sử dụng thông tin này.
error-too-many-files = Xin gửi tối đa { $files } tập tin.
error-file-type = Không đọc được “{ $file }” dưới dạng tập tin JPEG, PNG hoặc PDF: xin gửi một tập tin thuộc một trong các loại này.
error-file-size = “{ $file }” lớn hơn { $mb } MB: xin gửi hình ảnh nhỏ hơn hoặc bản quét có độ phân giải thấp hơn.

## Sau khi gửi

submitted-title = Đã nhận
submitted-heading = { $kind ->
    [compliment] Xin cảm ơn: chúng tôi đã nhận được lời khen của Quý vị
    [comment] Xin cảm ơn: chúng tôi đã nhận được ý kiến của Quý vị
   *[complaint] Xin cảm ơn: chúng tôi đã nhận được khiếu nại của Quý vị
}
submitted-number = Mã số theo dõi của Quý vị là
submitted-keep = Xin ghi lại mã số này hoặc giữ lại trang này. Quý vị cần mã số để theo dõi hồ sơ, và nhân viên 311 cũng có thể dùng mã số này để tra cứu.
submitted-next = Bước tiếp theo
submitted-acknowledge = { $division } sẽ xác nhận đã nhận khiếu nại của Quý vị trong vòng { $days ->
   *[other] { $days } ngày làm việc
}.
submitted-answer = Nhân viên sẽ xem xét và trả lời Quý vị trong vòng { $days ->
   *[other] { $days } ngày làm việc
}. Nếu cần thêm thông tin, họ sẽ liên lạc với Quý vị.
submitted-review = Nếu không hài lòng với câu trả lời, Quý vị có thể yêu cầu một người khác xem xét lại.
submitted-compliment = Chúng tôi sẽ chuyển lời cảm ơn của Quý vị đến nhân viên và người quản lý tại { $division }.
submitted-comment = { $division } sẽ đọc ý kiến của Quý vị. Quý vị không cần làm gì thêm.
submitted-follow = Theo dõi hồ sơ

## Theo dõi hồ sơ

track-title = Theo dõi hồ sơ
track-number = Mã số theo dõi
track-number-hint = Mười chữ số, ví dụ 1234-5678-90. Quý vị đã nhận được mã số này khi gửi hồ sơ.
track-find = Tìm hồ sơ của tôi
track-not-found = Không có hồ sơ nào có mã số theo dõi này. Xin kiểm tra lại các chữ số, hoặc gọi 311.
track-not-a-number = Đây không phải là mã số theo dõi: mã số theo dõi có mười chữ số, ví dụ 1234-5678-90.
track-wrong-digit = Mã số theo dõi này có một chữ số bị gõ sai hoặc hai chữ số bị đổi chỗ. Xin kiểm tra lại, hoặc gọi 311.
case-title = Hồ sơ { $tracking }
case-status = Tình trạng
case-kind = Loại
case-kind-value = { $kind ->
    [compliment] Lời khen
    [comment] Ý kiến
   *[complaint] Khiếu nại
}
case-division = Bộ phận phụ trách
case-category = Về việc
case-received = Ngày nhận
case-acknowledged = Ngày xác nhận
case-closed = Ngày đóng
case-expect = Khi nào Quý vị sẽ nhận được tin
case-acknowledge-by = Chúng tôi sẽ xác nhận chậm nhất vào { $date }.
case-answer-by = Chúng tôi sẽ trả lời chậm nhất vào { $date }.
case-promise = Cam kết của chúng tôi
case-promise-text = Chúng tôi xác nhận khiếu nại trong vòng { $acknowledge } ngày làm việc và trả lời trong vòng { $answer } ngày làm việc kể từ khi nhận được.
case-question-heading = Chúng tôi cần Quý vị cung cấp thông tin
case-question-paused = Thời gian chờ Quý vị trả lời không được tính vào thời hạn trả lời của chúng tôi.
case-paused-since = Tạm dừng từ { $date }, trong khi chờ Quý vị trả lời.
case-answer-label = Câu trả lời của Quý vị
case-confirm-label = Địa chỉ email hoặc số điện thoại của Quý vị
case-confirm-hint = Đúng như Quý vị đã cung cấp khi gửi hồ sơ này, để chúng tôi biết đó là Quý vị.
case-send = Gửi
case-updates = Cập nhật
case-no-updates = Chưa có cập nhật nào.
case-review-heading = Không hài lòng với câu trả lời của chúng tôi?
case-review-text = Quý vị có thể yêu cầu xem xét lại. Một người chưa từng xử lý khiếu nại của Quý vị sẽ xem xét lại và trả lời trong vòng { $review } ngày làm việc. Xin gửi yêu cầu trong vòng { $window } ngày kể từ khi chúng tôi trả lời; sau thời hạn đó, người quản lý sẽ quyết định có xem xét lại hay không. Quý vị cũng có thể gọi 311 và cho biết mã số theo dõi.
case-review-reason = Tại sao Quý vị không hài lòng?
case-review-send = Yêu cầu xem xét lại
case-ombudsman-heading = Vẫn chưa hài lòng?
case-ombudsman-text = Khiếu nại của Quý vị đã được Thành phố xem xét lại lần cuối. Quý vị có thể đề nghị Thanh tra viên (Ombudsman) của Thành phố, là người độc lập với các bộ phận của Thành phố, xem xét việc này. Xin liên hệ Văn phòng Thanh tra viên và cho biết mã số theo dõi của Quý vị: { $tracking }.
case-messages-heading = Email và tin nhắn
case-messages-text = Chúng tôi sẽ viết cho Quý vị khi có tin mới về hồ sơ này. Quý vị có thể ngừng nhận các thư và tin nhắn này: hồ sơ vẫn tiếp tục được xử lý, và Quý vị vẫn có thể theo dõi hồ sơ tại đây.
case-messages-stop = Ngừng nhận thư và tin nhắn về hồ sơ này
case-messages-stopped-text = Quý vị đã yêu cầu chúng tôi ngừng gửi thư và tin nhắn về hồ sơ này. Quý vị vẫn có thể theo dõi hồ sơ tại đây, hoặc nhận lại thư và tin nhắn.
case-messages-resume = Nhận lại thư và tin nhắn
case-another = Theo dõi một hồ sơ khác
case-changed = Hồ sơ của Quý vị đã thay đổi trong lúc Quý vị đang viết. Xin xem lại hồ sơ, và gửi lại tin nhắn nếu vẫn còn cần thiết.

status-received = Đã nhận, đang chờ xác nhận
status-acknowledged = Đã xác nhận, đang được xem xét
status-in_progress = Đang được xem xét
status-resolved = Đã trả lời
status-awaiting_information = Đang chờ Quý vị cung cấp thông tin
status-escalation_requested = Yêu cầu xem xét lại của Quý vị đang được người quản lý xem xét
status-escalated = Đang được xem xét lại
status-closed = Đã đóng

timeline-received = Chúng tôi đã nhận được.
timeline-acknowledged = Bộ phận phụ trách đã xác nhận và đang xem xét.
timeline-message = Tin nhắn từ Thành phố: { $text }
timeline-answered = Đã trả lời: { $outcome }.
timeline-review-answered = Đã trả lời yêu cầu xem xét lại: { $outcome }.
timeline-extension = Chúng tôi cần thêm thời gian: { $reason } Chúng tôi sẽ trả lời chậm nhất vào { $date }.
timeline-question = Chúng tôi đã hỏi Quý vị: { $text }
timeline-information = Quý vị đã gửi thông tin chúng tôi yêu cầu.
timeline-review-requested = Quý vị đã yêu cầu xem xét lại.
timeline-closed = Hồ sơ đã được đóng.

## Những việc cư dân có thể làm với hồ sơ, và lý do có thể bị từ chối

action-too-long = Xin rút ngắn phần này xuống tối đa { $max } ký tự (hiện có { $count } ký tự).
action-reason-missing = Xin cho chúng tôi biết tại sao Quý vị không hài lòng.
action-information-missing = Xin viết câu trả lời của Quý vị.
action-not-yours = Xin nhập địa chỉ email hoặc số điện thoại mà Quý vị đã cung cấp khi gửi hồ sơ này.
action-anonymous = Hồ sơ này được gửi mà không có thông tin liên lạc, nên chúng tôi không thể xác nhận trên mạng rằng đây là hồ sơ của Quý vị. Xin gọi 311 và cho biết mã số theo dõi.
action-review-not-now = Quý vị chỉ có thể yêu cầu xem xét lại sau khi Thành phố đã trả lời, và mỗi câu trả lời chỉ được xem xét lại một lần.
action-information-not-now = Chúng tôi không chờ thông tin nào cho hồ sơ này.

## Trang báo lỗi

page-not-found-title = Không tìm thấy trang
page-not-found = Chúng tôi không tìm thấy trang này. Xin kiểm tra lại địa chỉ, hoặc bắt đầu từ trang chủ.
page-internal-title = Đã có lỗi từ phía chúng tôi
page-internal = Không có gì bị mất. Xin thử lại sau giây lát, hoặc gọi 311.
page-too-many-title = Xin chậm lại một chút
page-too-many = Có quá nhiều yêu cầu từ kết nối của Quý vị. Xin chờ một phút rồi thử lại.
page-conflict-title = Hồ sơ của Quý vị đã thay đổi
page-bad-request-title = Chúng tôi không đọc được nội dung này
page-bad-form = Không đọc được mẫu đơn. Xin quay lại và gửi lại.
page-home-link = Về trang chủ

## Open data

open-data-title = Dữ liệu mở
open-data-lead = Mọi khiếu nại, lời khen và ý kiến mà Thành phố nhận được, trong các tập tin mà ai cũng có thể sử dụng. Các tập tin này không có dữ liệu cá nhân: không có tên hay thông tin liên lạc, không có lời do cư dân hay nhân viên viết, không có địa chỉ chính xác và không có tên nhân viên. Địa điểm chỉ được ghi theo phường và ba ký tự đầu của mã bưu chính, còn ngày tháng chỉ ghi đến ngày.
open-data-csv = Tải xuống tất cả hồ sơ dưới dạng CSV
open-data-json = Tải xuống tất cả hồ sơ dưới dạng JSON
open-data-columns = Nội dung của từng cột
open-data-column = Cột
open-data-meaning = Nội dung
footer-open-data = Dữ liệu mở về khiếu nại và lời khen
open-data-col-tracking-number = Mã số theo dõi công khai của hồ sơ.
open-data-col-kind = Khiếu nại, lời khen hoặc ý kiến.
open-data-col-channel = Cách gửi đến: trang web, ứng dụng, gọi điện thoại, trực tiếp, thư bưu điện, email, trò chuyện trực tuyến hoặc Open311.
open-data-col-division = Bộ phận phụ trách hồ sơ.
open-data-col-section = Đơn vị trực thuộc bộ phận, nếu biết.
open-data-col-category = Danh mục, nếu biết.
open-data-col-ward = Phường của Thành phố nơi có địa điểm, nếu có cho biết địa điểm.
open-data-col-postal-prefix = Ba ký tự đầu của mã bưu chính, nếu có.
open-data-col-language = Ngôn ngữ đã chọn cho thư và tin nhắn, hoặc “other”.
open-data-col-received-on = Ngày nhận.
open-data-col-acknowledged-on = Ngày xác nhận.
open-data-col-status = Hồ sơ hiện đang ở bước nào trong quy trình.
open-data-col-stage = 1 là câu trả lời của bộ phận; 2 khi đã có yêu cầu xem xét lại.
open-data-col-first-outcome = Kết quả câu trả lời của bộ phận.
open-data-col-first-answered-on = Ngày bộ phận trả lời.
open-data-col-review-outcome = Kết quả xem xét lại, nếu có.
open-data-col-review-answered-on = Ngày trả lời yêu cầu xem xét lại.
open-data-col-extensions = Số lần bộ phận cần thêm thời gian.
open-data-col-ombudsman-referred = Cư dân có đưa hồ sơ đến Thanh tra viên (Ombudsman) hay không.
open-data-col-closed-on = Ngày đóng hồ sơ.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Chế độ đào tạo.
training-banner = Đây là bản thực hành của hệ thống: không có gì gửi ở đây đến được Thành phố hay cư dân nào, và không có gì ở đây được tính.

# The public report (/reports).
nav-reports = Báo cáo
reports-title = Thành phố xử lý khiếu nại như thế nào
reports-lead = Số liệu về khiếu nại, lời khen và góp ý mà Thành phố nhận được, theo từng bộ phận và từng quý. Số liệu được tính từ lịch sử của mỗi hồ sơ.
reports-quarter-label = Quý
reports-quarter = Quý { $q }, năm { $year }
reports-show = Hiển thị
reports-summary-title = Tóm tắt
reports-summary = Trong { $quarter }, Thành phố đã nhận { $received } khiếu nại, lời khen và góp ý.
reports-summary-answered = { $share } số câu trả lời đầu tiên được đưa ra trong thời hạn theo tiêu chuẩn dịch vụ.
reports-summary-median = Một nửa số câu trả lời đầu tiên được đưa ra trong vòng { $days } ngày làm việc.
reports-summary-reviews = Cư dân đã yêu cầu xem xét lại { $share } số khiếu nại đã được trả lời.
reports-summary-small = Trong { $quarter }, Thành phố nhận được ít hơn 10 hồ sơ, nên số liệu không được hiển thị để bảo vệ quyền riêng tư của những người đã viết cho chúng tôi.
reports-by-division = Theo bộ phận, { $quarter }
reports-by-quarter = Toàn Thành phố, theo từng quý
reports-col-division = Bộ phận
reports-col-quarter = Quý
reports-col-received = Hồ sơ đã nhận
reports-col-acknowledged = Xác nhận đã nhận trong thời hạn
reports-col-answered = Câu trả lời đầu tiên
reports-col-median = Trung vị số ngày làm việc đến câu trả lời đầu tiên
reports-col-within = Câu trả lời đầu tiên trong thời hạn
reports-col-closed = Hồ sơ đã đóng
reports-col-reviews = Yêu cầu xem xét lại
reports-col-ombudsman = Đưa lên Thanh tra viên (Ombudsman)
reports-col-compliments = Lời khen
reports-all-divisions = Tất cả bộ phận
reports-suppressed = ít hơn 10
reports-reading-title = Cách đọc các số liệu này
reports-note-suppression = Để bảo vệ quyền riêng tư, số dưới 10 được ghi là “ít hơn 10”, và tỷ lệ hay thời gian tính từ số đó sẽ không được hiển thị (–).
reports-note-days = Ngày làm việc là từ thứ Hai đến thứ Sáu, trừ ngày lễ. Những ngày chờ cư dân trả lời không được tính.
reports-note-standard = Mỗi bộ phận công bố tiêu chuẩn dịch vụ của mình: cần bao nhiêu ngày làm việc để xác nhận đã nhận một khiếu nại và để trả lời.
reports-open-data = Tất cả hồ sơ, không có thông tin cá nhân, đều có trong dữ liệu mở.
reports-requests-title = Yêu cầu dịch vụ 311 theo phường
reports-requests-lead = Các yêu cầu dịch vụ do hệ thống 311 của Thành phố công bố và được tải vào đây, ở mọi thời điểm. Đây không phải là khiếu nại: chúng cho thấy cư dân đã yêu cầu dịch vụ ở đâu.
reports-col-ward = Phường
reports-col-requests = Yêu cầu dịch vụ
reports-col-requests-closed = Đã đóng
reports-no-ward = Ngoài các phường, hoặc không có địa điểm

## The chatbot

nav-chat = Trò chuyện với chúng tôi
chat-title = Trò chuyện với chúng tôi
chat-lead = Hãy kể cho tôi bằng lời của bạn chuyện gì đã xảy ra. Tôi sẽ gợi ý nơi cần gửi, hỏi vài câu và gửi giúp bạn. Bạn cũng có thể dùng mẫu đơn.
chat-describe = Chuyện gì đã xảy ra? Vài câu là đủ.
chat-log-label = Cuộc trò chuyện
chat-you = Bạn
chat-bot = Trợ lý của Thành phố
chat-your-message = Tin nhắn của bạn
chat-send = Gửi
chat-continue = Tiếp tục
chat-skip = Bỏ qua
chat-skipped = (đã bỏ qua)
chat-start-again = Bắt đầu lại
chat-empty = Tôi chưa nhận được chữ nào. Hãy viết chuyện gì đã xảy ra.
chat-not-understood = Xin lỗi, tôi chưa hiểu. Bạn có thể trả lời bằng các ô bên dưới, dùng các nút, dùng mẫu đơn hoặc nói chuyện với nhân viên.
chat-proposal = Đây là điều tôi hiểu. Nếu chưa đúng, hãy sửa bên dưới.
chat-proposal-guess = Tôi không chắc đã hiểu đúng. Đây là phỏng đoán tốt nhất của tôi: hãy kiểm tra bên dưới.
chat-proposal-none = Xin lỗi, tôi chưa hiểu việc này liên quan đến dịch vụ nào. Hãy chọn một mục bên dưới, hoặc chọn “{ form-not-sure }” và 311 sẽ tìm đúng bộ phận. Bạn cũng có thể dùng mẫu đơn hoặc nói chuyện với nhân viên.
chat-service-request = Nếu bạn đã báo trước đây mà chưa được sửa, hoặc mất quá lâu, thì đó là khiếu nại, và tôi có thể gửi giúp bạn.
chat-already-reported = Tôi đã báo rồi: gửi khiếu nại
chat-ask-location = Việc xảy ra ở đâu? Hãy cho địa chỉ hoặc giao lộ, hoặc bỏ qua câu hỏi này.
chat-ask-remedy = Bạn muốn Thành phố làm gì? Bạn có thể bỏ qua câu hỏi này.
chat-ask-contact = Thành phố có thể liên lạc với bạn bằng cách nào? Hãy cho địa chỉ e-mail hoặc số điện thoại, hoặc gửi ẩn danh.
chat-contact-given = Đây là thông tin liên lạc của tôi.
chat-ask-language = Thành phố nên viết cho bạn bằng ngôn ngữ nào?
chat-summary = Hãy kiểm tra mọi thứ rồi gửi.
chat-send-case = Gửi
chat-fix = Hãy sửa điều này trước:
chat-status-ask = Hãy nhập số theo dõi (mười chữ số, như 1234-5678-90) và tôi sẽ cho bạn biết hồ sơ đang ở đâu.
chat-person = Để nói chuyện với nhân viên, hãy gọi 311 (hoặc 416-392-2489 từ ngoài thành phố), bất cứ lúc nào. Bạn cũng có thể dùng mẫu đơn.
chat-actions-label = Những việc khác tôi có thể giúp
chat-action-status = Hồ sơ của tôi đến đâu rồi?
chat-action-standards = Thời hạn và xem xét lại
chat-action-person = Nói chuyện với nhân viên
chat-action-form = Dùng mẫu đơn
