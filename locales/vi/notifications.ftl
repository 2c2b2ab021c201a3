# Messages Heard sends to residents by e-mail and SMS, in Vietnamese.
# Same ids and same variables as locales/en/notifications.ftl.

## Phần dùng chung

city-name = Thành phố Toronto
greeting = Xin chào Quý vị,
greeting-named = Xin chào { $name },
link-intro = Quý vị có thể theo dõi hồ sơ và trả lời chúng tôi trên trang của hồ sơ:
sign-off = { $city }
footer = Xin vui lòng không trả lời thư này: hộp thư này không được kiểm tra. Hãy dùng trang ở trên, hoặc gọi 311 và cho biết mã số theo dõi của Quý vị.
footer-stop = Để ngừng nhận thư và tin nhắn về hồ sơ này, xin dùng trang của hồ sơ.
sms-short = { $city }: hồ sơ { $tracking } của Quý vị có tin mới. Xem tại { $link }

outcome-upheld = khiếu nại được chấp nhận (khiếu nại của Quý vị được xác định là có cơ sở)
outcome-partly_upheld = khiếu nại được chấp nhận một phần (một phần khiếu nại của Quý vị được xác định là có cơ sở)
outcome-not_upheld = khiếu nại không được chấp nhận (khiếu nại của Quý vị được xác định là không có cơ sở)
outcome-resolved = đã giải quyết
outcome-withdrawn = đã rút lại
outcome-referred_elsewhere = đã chuyển đến cơ quan phụ trách vấn đề này
outcome-not_a_complaint = được xử lý như một yêu cầu dịch vụ, không phải như một khiếu nại

date-long = { $weekday }, ngày { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật

## Thông báo

received-subject = { $kind ->
    [comment] Chúng tôi đã nhận được ý kiến của Quý vị
   *[complaint] Chúng tôi đã nhận được khiếu nại của Quý vị
} ({ $tracking })
received-body = { $kind ->
    [comment] Cảm ơn Quý vị đã góp ý. Chúng tôi đã nhận được ý kiến của Quý vị và cấp cho ý kiến này mã số theo dõi { $tracking }.
   *[complaint] Cảm ơn Quý vị đã liên hệ với chúng tôi. Chúng tôi đã nhận được khiếu nại của Quý vị và cấp cho khiếu nại này mã số theo dõi { $tracking }.
} Xin giữ lại mã số này: Quý vị có thể dùng mã số này để theo dõi hồ sơ trực tuyến, hoặc bằng cách gọi 311.
received-sms = { $city }: chúng tôi đã nhận được { $kind ->
    [comment] ý kiến
   *[complaint] khiếu nại
} của Quý vị. Mã số theo dõi { $tracking }. Theo dõi tại { $link }

thanks-subject = Cảm ơn lời khen của Quý vị ({ $tracking })
thanks-body = Cảm ơn Quý vị đã dành thời gian cho chúng tôi biết những điều đã được làm tốt. Chúng tôi sẽ chuyển lời khen của Quý vị đến nhân viên và bộ phận liên quan. Mã số theo dõi là { $tracking }.
thanks-sms = { $city }: cảm ơn lời khen của Quý vị, chúng tôi sẽ chuyển đến nhân viên liên quan. Mã số theo dõi { $tracking }: { $link }

acknowledged-subject = Hồ sơ { $tracking } của Quý vị đang được xem xét
acknowledged-body = Chúng tôi đã tiếp nhận hồ sơ của Quý vị và một nhóm nhân viên đang xử lý. Chúng tôi sẽ liên lạc lại với Quý vị khi có câu trả lời.
acknowledged-next = Chúng tôi cố gắng trả lời Quý vị chậm nhất vào { $date }.
acknowledged-sms = { $city }: hồ sơ { $tracking } của Quý vị đang được xem xét. Theo dõi tại { $link }

information-requested-subject = Chúng tôi cần thêm thông tin về hồ sơ { $tracking } của Quý vị
information-requested-body = Để tiếp tục xử lý hồ sơ, chúng tôi cần Quý vị cung cấp thêm thông tin.
information-requested-quote = Câu hỏi của chúng tôi:
information-requested-next = Vui lòng trả lời trên trang hồ sơ của Quý vị. Thời hạn trả lời của chúng tôi được tạm dừng cho đến khi Quý vị phản hồi.
information-requested-sms = { $city }: chúng tôi cần thêm thông tin về hồ sơ { $tracking }. Vui lòng trả lời tại { $link }

update-sent-subject = Hồ sơ { $tracking } của Quý vị có tin mới
update-sent-body = Hồ sơ của Quý vị có tin mới.
update-sent-quote = Thông báo của chúng tôi:
update-sent-sms = { $city }: hồ sơ { $tracking } của Quý vị có tin mới. Xem tại { $link }

extension-granted-subject = Chúng tôi cần thêm thời gian cho hồ sơ { $tracking } của Quý vị
extension-granted-body = Chúng tôi cần thêm thời gian để trả lời Quý vị một cách đầy đủ. Chúng tôi dự kiến sẽ trả lời chậm nhất vào { $date }.
extension-granted-quote = Lý do:
extension-granted-sms = { $city }: chúng tôi cần thêm thời gian cho hồ sơ { $tracking }. Dự kiến trả lời chậm nhất vào { $date }. { $link }

resolved-subject = Câu trả lời của chúng tôi về hồ sơ { $tracking } của Quý vị
resolved-body = Chúng tôi đã xem xét xong hồ sơ của Quý vị. Kết quả: { $outcome }.
resolved-quote = Lý do của chúng tôi:
resolved-next = Nếu không hài lòng với câu trả lời này, Quý vị có thể yêu cầu xem xét lại trên trang hồ sơ trong vòng { $days } ngày. Một người chưa từng xử lý hồ sơ của Quý vị sẽ xem xét lại hồ sơ.
resolved-sms = { $city }: đã có câu trả lời cho hồ sơ { $tracking }. Xem câu trả lời, hoặc yêu cầu xem xét lại trong { $days } ngày, tại { $link }

resolved-final-next = Nếu không hài lòng với câu trả lời này, Quý vị có thể đề nghị Văn phòng Thanh tra ({ $ombudsman }) xem xét. Văn phòng Thanh tra hoạt động độc lập với các dịch vụ của Thành phố và miễn phí: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: chúng tôi đã trả lời về hồ sơ { $tracking }. Chưa hài lòng? Liên hệ { $ombudsman }: { $ombudsman-phone }. Xem câu trả lời tại { $link }

escalation-received-subject = Chúng tôi đã nhận được yêu cầu xem xét lại của Quý vị ({ $tracking })
escalation-received-body = Chúng tôi đã nhận được yêu cầu xem xét lại câu trả lời về hồ sơ của Quý vị. Một người chưa từng xử lý hồ sơ này sẽ xem xét lại và liên lạc với Quý vị.
escalation-received-sms = { $city }: chúng tôi đã nhận được yêu cầu xem xét lại hồ sơ { $tracking }. Theo dõi tại { $link }

review-answered-subject = Việc xem xét lại hồ sơ { $tracking } của Quý vị đã hoàn tất
review-answered-body = Việc xem xét lại hồ sơ của Quý vị đã hoàn tất. Kết quả: { $outcome }.
review-answered-quote = Lý do của người xem xét lại:
review-answered-next = Nếu vẫn chưa hài lòng, Quý vị có thể đề nghị Văn phòng Thanh tra ({ $ombudsman }) xem xét. Văn phòng Thanh tra hoạt động độc lập với các dịch vụ của Thành phố và miễn phí: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: việc xem xét lại hồ sơ { $tracking } đã hoàn tất. Vẫn chưa hài lòng? Liên hệ { $ombudsman }: { $ombudsman-phone }. Xem tại { $link }

closed-subject = Hồ sơ { $tracking } của Quý vị đã được đóng
closed-body = Hồ sơ của Quý vị nay đã được đóng. Cảm ơn Quý vị đã giúp chúng tôi cải thiện các dịch vụ của Thành phố.
closed-sms = { $city }: hồ sơ { $tracking } của Quý vị đã được đóng. Xin cảm ơn. { $link }
