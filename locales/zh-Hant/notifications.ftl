# Messages Heard sends to residents by e-mail and SMS, in Traditional Chinese.
# Same ids and same variables as locales/en/notifications.ftl.

## 共用部分

city-name = 多倫多市
greeting = 您好：
greeting-named = { $name }，您好：
link-intro = 您可以在個案頁面上查看進度並回覆我們：
sign-off = { $city }
footer = 請勿回覆此郵件：此郵箱無人查閱。請使用上方的頁面，或致電311並提供您的追蹤編號。
footer-stop = 如需停止接收此個案的訊息，請使用個案頁面。
sms-short = { $city }：您的個案{ $tracking }有新進展。詳情：{ $link }

outcome-upheld = 投訴成立（經認定您的投訴有理）
outcome-partly_upheld = 投訴部分成立（經認定您的投訴部分有理）
outcome-not_upheld = 投訴不成立（經認定您的投訴理由不充分）
outcome-resolved = 已解決
outcome-withdrawn = 已撤回
outcome-referred_elsewhere = 已轉交負責此事的其他機構
outcome-not_a_complaint = 已作為服務請求處理，而非投訴

date-long = { $year }年{ $month }{ $day }日{ $weekday }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日

## 通知

received-subject = { $kind ->
    [comment] 我們已收到您的意見
   *[complaint] 我們已收到您的投訴
}（{ $tracking }）
received-body = { $kind ->
    [comment] 感謝您提出意見。我們已收到，追蹤編號為{ $tracking }。
   *[complaint] 感謝您與我們聯絡。我們已收到您的投訴，追蹤編號為{ $tracking }。
}請保留此編號：憑此編號，您可以在網上或致電311查詢個案進度。
received-sms = { $city }：我們已收到您的{ $kind ->
    [comment] 意見
   *[complaint] 投訴
}，追蹤編號{ $tracking }。查看進度：{ $link }

thanks-subject = 感謝您的讚揚（{ $tracking }）
thanks-body = 感謝您抽出時間告訴我們哪些方面做得好。我們會將您的讚揚轉達給相關員工和部門。追蹤編號為{ $tracking }。
thanks-sms = { $city }：感謝您的讚揚，我們會轉達給相關員工。追蹤編號{ $tracking }：{ $link }

acknowledged-subject = 您的個案{ $tracking }正在處理中
acknowledged-body = 我們已審閱您的個案，現已由專責團隊處理。有答覆後，我們會再與您聯絡。
acknowledged-next = 我們會盡量在{ $date }之前答覆您。
acknowledged-sms = { $city }：您的個案{ $tracking }正在處理中。查看進度：{ $link }

information-requested-subject = 您的個案{ $tracking }需要補充資料
information-requested-body = 為繼續處理您的個案，我們需要您提供更多資料。
information-requested-quote = 我們的問題：
information-requested-next = 請在個案頁面上回覆。在您回覆之前，我們的答覆期限暫停計算。
information-requested-sms = { $city }：您的個案{ $tracking }需要補充資料，請在此回覆：{ $link }

update-sent-subject = 您的個案{ $tracking }有新進展
update-sent-body = 您的個案有新進展。
update-sent-quote = 我們的留言：
update-sent-sms = { $city }：您的個案{ $tracking }有新進展。詳情：{ $link }

extension-granted-subject = 您的個案{ $tracking }需要更多處理時間
extension-granted-body = 我們需要更多時間才能給您完整的答覆。現預計在{ $date }之前答覆您。
extension-granted-quote = 原因：
extension-granted-sms = { $city }：您的個案{ $tracking }需要更多處理時間，預計{ $date }之前答覆。{ $link }

resolved-subject = 關於您的個案{ $tracking }的答覆
resolved-body = 我們已完成對您個案的調查。結果：{ $outcome }。
resolved-quote = 我們的理由：
resolved-next = 如果您對此答覆不滿意，可以在{ $days }天內透過個案頁面申請覆核。覆核將由未曾處理您個案的人員進行。
resolved-sms = { $city }：您的個案{ $tracking }已有答覆。查看答覆或在{ $days }天內申請覆核：{ $link }

resolved-final-next = 如果您對此答覆不滿意，可以請申訴專員辦公室（{ $ombudsman }）進行調查。申訴專員獨立於市政府各項服務，且不收取任何費用：{ $ombudsman-url }，{ $ombudsman-phone }。
resolved-final-sms = { $city }：您的個案{ $tracking }已有答覆。如不滿意，可聯絡{ $ombudsman }：{ $ombudsman-phone }。查看答覆：{ $link }

escalation-received-subject = 我們已收到您的覆核申請（{ $tracking }）
escalation-received-body = 我們已收到您對個案答覆提出的覆核申請。覆核將由先前未曾處理您個案的人員進行，之後會再與您聯絡。
escalation-received-sms = { $city }：我們已收到您對個案{ $tracking }的覆核申請。查看進度：{ $link }

review-answered-subject = 您的個案{ $tracking }已完成覆核
review-answered-body = 您的個案已完成覆核。結果：{ $outcome }。
review-answered-quote = 覆核人員的理由：
review-answered-next = 如果您仍不滿意，可以請申訴專員辦公室（{ $ombudsman }）進行調查。申訴專員獨立於市政府各項服務，且不收取任何費用：{ $ombudsman-url }，{ $ombudsman-phone }。
review-answered-sms = { $city }：您的個案{ $tracking }已完成覆核。仍不滿意？可聯絡{ $ombudsman }：{ $ombudsman-phone }。詳情：{ $link }

closed-subject = 您的個案{ $tracking }已結案
closed-body = 您的個案現已結案。感謝您協助我們改善市政服務。
closed-sms = { $city }：您的個案{ $tracking }已結案，謝謝。{ $link }
