# The public site's words, in Traditional Chinese.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## 時間與日期

half-am = 上午
half-pm = 下午
# $hour12 (1–12), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $half }{ $hour12 }:{ $minute }
date-time = { $date } { $time }

## 每個頁面

site-name = 市政投訴與讚揚
skip-link = 跳至主要內容
nav-label = 主選單
nav-submit = 提出投訴或讚揚
nav-track = 查詢個案進度
nav-standards = 服務標準
nav-help = 不知道該找哪裏？
footer-service-requests = 如需提出新的服務請求（例如路面坑洞、垃圾漏收、供水總管爆裂），請致電311或使用市政府的311服務請求渠道。投訴針對的是某項請求或服務的處理方式。
footer-about = Heard 是一套用於處理投訴和讚揚的開源軟件。
language-label = 語言
language-change = 更改語言
error-prefix = 錯誤：

## 首頁

home-title = 首頁
home-heading = 請告訴市政府我們做得怎樣
home-lead = 您的投訴、讚揚和意見能幫助市政府改善服務。每一份都會獲得一個追蹤編號；投訴會在規定的工作天內得到答覆。
kind-complaint-title = 投訴
kind-complaint-text = 您對某項市政服務、某個決定、辦事所花的時間或您受到的對待感到不滿意。我們會進行調查並答覆您。
kind-compliment-title = 讚揚
kind-compliment-text = 某位職員或某項服務做得很好。我們會把您的謝意轉達給相關職員及其主管。
kind-comment-title = 意見
kind-comment-text = 您希望市政府聽到的想法或觀察。每項意見我們都會閱讀；您不需要等待答覆。
home-not-complaint-heading = 哪些不屬於投訴
home-not-complaint-request-strong = 第一次申請某項服務
home-not-complaint-request = 例如報告路面坑洞、垃圾漏收或漏水，屬於服務請求。請致電311或使用市政府的311服務請求渠道。如果您之前已經提出過請求，但沒有得到妥善處理，那就屬於投訴。
home-not-complaint-appeal-strong = 有專門上訴途徑的事項
home-not-complaint-appeal = 例如停車罰單、物業稅評估或法院判決，請透過相應的途徑處理。如果您把這類事項送到這裏，我們會告訴您應該到哪裏辦理。
home-help-link = 不確定？回答幾個問題，我們會告訴您該找哪裏。
home-next-heading = 提交之後會怎樣
home-next-1 = 您會立即獲得一個追蹤編號。請保留這個編號，以便查詢個案進度。
home-next-2 = 負責的部門會確認收到您的投訴，通常在2個工作天內。
home-next-3 = 職員會進行調查並答覆您，通常在10個工作天內。各部門都會公佈自己的服務標準。
home-next-4 = 如果您對答覆不滿意，可以申請由其他人員進行覆核。覆核之後，您還可以向市申訴專員求助。
home-track-link = 憑追蹤編號查詢個案進度

## 服務標準

standards-title = 服務標準
standards-lead = 每個部門都承諾了處理投訴的時限。這裏的日數指工作天：星期一至星期五，公眾假期除外。
standards-caption = 各部門確認收到投訴、答覆投訴以及答覆覆核申請所需的工作天數
standards-division = 部門
standards-acknowledge = 確認收到
standards-answer = 答覆
standards-review = 覆核
division-promises = 我們的承諾
division-acknowledge = 我們會在{ $days }個工作天內確認收到您的投訴。
division-answer = 我們會在收到投訴後{ $days }個工作天內答覆您。如果需要更長時間，我們會告訴您原因以及預計答覆的日期。
division-review = 如果您對我們的答覆不滿意，可以在個案追蹤頁面上或致電311申請覆核。覆核將由未曾處理過您投訴的人員進行，並在{ $days }個工作天內答覆您。
division-ombudsman = 如果覆核後您仍不滿意，可以把投訴提交給市申訴專員。
division-handles = 我們負責的事項
division-not-found = 沒有這個名稱的部門。

## 引導

helper-title = 找到合適的辦理途徑
helper-question = 您想做甚麼？
helper-need-request = 第一次報告某個問題（例如路面坑洞、垃圾漏收、受傷的動物）
helper-need-complaint = 投訴某項服務或之前某個請求的處理方式
helper-need-compliment = 感謝某人或讚揚某項服務
helper-need-comment = 分享想法或意見
helper-need-unsure = 我不確定
helper-next = 下一步
helper-request-heading = 這屬於服務請求
helper-request-text = 第一次報告某個問題屬於服務請求，而不是投訴。請致電311（在多倫多以外請撥打416-392-2489），全天任何時間都可以；也可以在網上或透過311應用程式使用市政府的311服務請求渠道。您會獲得一個服務請求編號。
helper-request-complaint-before = 如果您之前已經提出過請求，但問題沒有解決就被結案，或者處理時間太長，
helper-request-complaint-link = 那就屬於投訴
helper-search-label = 是關於甚麼的？
helper-search-hint = 輸入幾個詞，例如「坑洞」、「綠色垃圾桶」、「浣熊」或「水費單」。
helper-search = 搜尋
helper-no-match = 找不到與「{ $query }」相關的結果
helper-matches = 與「{ $query }」相關的結果
helper-still-unsure = 我還是不確定：交給311，由311找出合適的部門

## 表格

form-title = 提出投訴或讚揚
form-heading = 提出投訴、讚揚或意見
form-error-title = 請修正下面的{ $count }處問題
form-files-dropped = 您的檔案沒有保存下來：請重新附上。
form-kind = 您想提交甚麼？
form-kind-complaint = 投訴：有些事情沒有做好，我希望得到答覆
form-kind-compliment = 讚揚：某人或某項服務做得很好
form-kind-comment = 意見：一個想法或觀察；我不需要答覆
form-category = 是關於哪項服務的？
form-category-hint = 如果您不知道，請選擇「不確定」：311會把它轉交給合適的部門。
form-category-help = 幫我選擇
form-not-sure = 不確定
form-description = 發生了甚麼事？
form-description-hint = 請告訴我們發生了甚麼事、涉及哪些人（如果您知道），以及這件事為何對您很重要。
form-happened = 是甚麼時候發生的？（選填）
form-remedy = 您希望市政府怎樣做？（選填）
form-where = 在哪裏？（選填）
form-address = 地址或十字路口
form-postal-code = 郵政編碼
form-point = 提供準確位置（緯度和經度）
form-lat = 緯度
form-lon = 經度
form-service-request = 服務請求編號（如果與某個服務請求有關）（選填）
form-attachments = 相片或文件（選填）
form-attachments-hint = 最多{ $files }個檔案：JPEG或PNG格式的相片，或PDF文件，每個不超過{ $mb } MB。保存相片之前，我們會刪除其中的位置資料。
form-contact = 我們如何聯絡您？
form-name = 您的姓名（選填）
form-email = 電子郵件
form-phone = 電話
form-contact-method = 您希望我們用甚麼方式聯絡您？
form-contact-any = 任何方式都可以
form-contact-email = 電子郵件
form-contact-sms = 短訊
form-contact-phone = 電話
form-language = 我們給您發訊息時使用的語言
form-anonymous = 匿名提交
form-anonymous-hint = 如果您選擇匿名，我們仍會進行調查，但無法答覆您，也無法告訴您我們採取了甚麼措施。請不要填寫姓名、電子郵件和電話。
form-accommodation = 您是否需要無障礙便利安排才能參與？（選填）
form-accommodation-hint = 例如大字體、手語傳譯，或在某個時間給您打電話。
form-notice-heading = 我們如何使用您的資料
form-notice = 市政府收集本表格中的資料，是為了調查您的投訴、讚揚或意見，答覆您，並改善服務。只有處理您個案的職員才能看到您的姓名和聯絡資料。報告和開放數據中絕不會包含這些資料。如對此有疑問，請查詢311。
form-consent = 我已閱讀市政府如何使用這些資料
form-send = 提交

## 欄位旁顯示的錯誤提示

error-kind-missing = 請選擇這是投訴、讚揚還是意見。
error-category-unknown = 「{ $code }」不是我們的類別之一。請從列表中選擇一項，或選擇「不確定」。
error-description-missing = 請告訴我們發生了甚麼事。
error-too-long = 請縮短至最多{ $max }個字元（目前有{ $count }個）。
error-postal-code = 請填寫加拿大郵政編碼，例如 M5H 2N2，或只填寫前三個字元。
error-latitude-range = 緯度必須在-90至90之間。
error-longitude-range = 經度必須在-180至180之間。
error-latitude-missing = 填寫經度時，請同時填寫緯度。
error-longitude-missing = 填寫緯度時，請同時填寫經度。
error-number = 請輸入以度為單位的數字，例如 43.6535 或 -79.3841。
error-language-code = 「{ $code }」不是語言代碼；請使用 en、fr、zh-Hant 或 ar 這類代碼。
error-anonymous-with-contact = 如要匿名，請不要填寫姓名、電子郵件和電話；或者取消勾選「匿名提交」。
error-email = 這看起來不像電子郵件地址。請檢查地址中是否有一個 @ 和網域，例如 name@example.ca。
error-phone = 請填寫10至15位數字的電話號碼，例如 416-555-0123。
error-contact-missing = 請填寫電子郵件地址或電話號碼，以便我們答覆您；或選擇匿名提交。
error-contact-method-needs = { $needs ->
    [email] 如要透過這種方式聯絡您，請同時填寫電子郵件地址。
   *[phone] 如要透過這種方式聯絡您，請同時填寫電話號碼。
}
error-service-request = 請按照您收到的原樣填寫服務請求編號（最多40個字元）。
error-consent = 請確認您已閱讀市政府如何使用這些資料。
error-too-many-files = 最多只能傳送{ $files }個檔案。
error-file-type = 無法將「{ $file }」讀取為JPEG、PNG或PDF檔案：請傳送這幾種格式之一的檔案。
error-file-size = 「{ $file }」超過了{ $mb } MB：請傳送較小的相片，或解像度較低的掃描檔。

## 提交之後

submitted-title = 已收到
submitted-heading = { $kind ->
    [compliment] 謝謝您：我們已收到您的讚揚
    [comment] 謝謝您：我們已收到您的意見
   *[complaint] 謝謝您：我們已收到您的投訴
}
submitted-number = 您的追蹤編號是
submitted-keep = 請記下這個編號，或保留此頁面。您需要用它來查詢個案進度，311的職員也可以憑它查到您的個案。
submitted-next = 接下來會怎樣
submitted-acknowledge = { $division }會在{ $days }個工作天內確認收到您的投訴。
submitted-answer = 職員會進行調查，並在{ $days }個工作天內答覆您。如果需要更多資料，他們會與您聯絡。
submitted-review = 如果您對答覆不滿意，可以申請由其他人員進行覆核。
submitted-compliment = 我們會把您的謝意轉達給{ $division }的相關職員及其主管。
submitted-comment = { $division }會閱讀您的意見。您不需要再做任何事。
submitted-follow = 查詢個案進度

## 查詢個案

track-title = 查詢個案進度
track-number = 追蹤編號
track-number-hint = 十位數字，例如 1234-5678-90。您在提交個案時已獲得這個編號。
track-find = 查找我的個案
track-not-found = 沒有與這個追蹤編號對應的個案。請檢查數字，或致電311。
track-not-a-number = 這不是追蹤編號：追蹤編號有十位數字，例如 1234-5678-90。
track-wrong-digit = 這個追蹤編號有一位數字輸入錯誤，或有兩位數字次序顛倒。請檢查，或致電311。
case-title = 個案 { $tracking }
case-status = 狀態
case-kind = 類型
case-kind-value = { $kind ->
    [compliment] 讚揚
    [comment] 意見
   *[complaint] 投訴
}
case-division = 負責部門
case-category = 事項
case-received = 收到日期
case-acknowledged = 確認日期
case-closed = 結案日期
case-expect = 我們何時回覆
case-acknowledge-by = 我們會在{ $date }之前確認收到。
case-answer-by = 我們會在{ $date }之前答覆您。
case-promise = 我們的承諾
case-promise-text = 我們會在收到投訴後{ $acknowledge }個工作天內確認收到，並在{ $answer }個工作天內答覆。
case-question-heading = 我們需要您提供資料
case-question-paused = 在等待您回覆期間，答覆時限暫停計算。
case-paused-since = 自{ $date }起暫停，正在等待您的回覆。
case-answer-label = 您的回覆
case-confirm-label = 您的電子郵件地址或電話號碼
case-confirm-hint = 請按照您提交個案時填寫的內容填寫，以便我們確認是您本人。
case-send = 傳送
case-updates = 最新進展
case-no-updates = 暫時沒有新進展。
case-review-heading = 對我們的答覆不滿意？
case-review-text = 您可以申請覆核。未曾處理過您投訴的人員會重新審查，並在{ $review }個工作天內答覆您。請在我們答覆後{ $window }天內提出申請；超過這個期限，將由主管決定是否覆核。您也可以致電311，並提供您的追蹤編號。
case-review-reason = 您為何不滿意？
case-review-send = 申請覆核
case-ombudsman-heading = 仍然不滿意？
case-ombudsman-text = 您的投訴已經過市政府的最後一次覆核。您可以請市申訴專員進行調查，申訴專員獨立於市政府各部門。請聯絡申訴專員辦公室，並提供您的追蹤編號：{ $tracking }。
case-messages-heading = 電子郵件和短訊
case-messages-text = 這個個案有新進展時，我們會通知您。您可以停止接收這些訊息：個案會繼續處理，您仍然可以在這裏查看進度。
case-messages-stop = 停止接收此個案的訊息
case-messages-stopped-text = 您已要求我們停止傳送此個案的訊息。您仍然可以在這裏查看進度，也可以重新接收訊息。
case-messages-resume = 重新接收訊息
case-another = 查詢其他個案
case-changed = 在您填寫期間，您的個案有了變化。請重新查看，如果仍有需要，請再次傳送您的訊息。

status-received = 已收到，等待確認
status-acknowledged = 已確認，正在調查
status-in_progress = 正在調查
status-resolved = 已答覆
status-awaiting_information = 正在等待您提供資料
status-escalation_requested = 您的覆核申請正由主管處理
status-escalated = 正在覆核
status-closed = 已結案

timeline-received = 我們已收到。
timeline-acknowledged = 相關部門已確認收到，正在調查。
timeline-message = 市政府的留言：{ $text }
timeline-answered = 已答覆：{ $outcome }。
timeline-review-answered = 覆核已答覆：{ $outcome }。
timeline-extension = 我們需要更多時間：{ $reason } 我們會在{ $date }之前答覆您。
timeline-question = 我們向您提問：{ $text }
timeline-information = 您已傳送我們要求的資料。
timeline-review-requested = 您已申請覆核。
timeline-closed = 個案已結案。

## 居民可對個案進行的操作，以及可能被拒絕的原因

action-too-long = 請縮短至最多{ $max }個字元（目前有{ $count }個）。
action-reason-missing = 請告訴我們您為何不滿意。
action-information-missing = 請填寫您的回覆。
action-not-yours = 請填寫您提交這個個案時所留的電子郵件地址或電話號碼。
action-anonymous = 這個個案提交時沒有留下聯絡資料，因此我們無法在網上確認它是您的個案。請致電311，並提供追蹤編號。
action-review-not-now = 只有在市政府答覆之後才能申請覆核，而且每次答覆只能申請一次。
action-information-not-now = 我們目前沒有在等待這個個案的資料。

## 錯誤頁面

page-not-found-title = 找不到頁面
page-not-found = 我們找不到這個頁面。請檢查網址，或從首頁開始。
page-internal-title = 我們這邊出了問題
page-internal = 您的資料沒有遺失。請稍後再試，或致電311。
page-too-many-title = 請稍等一下
page-too-many = 您的網絡連線發出的請求太多。請等一分鐘後再試。
page-conflict-title = 您的個案有變化
page-bad-request-title = 我們無法讀取該內容
page-bad-form = 無法讀取表格。請返回並重新提交。
page-home-link = 返回首頁

## Open data

open-data-title = 開放數據
open-data-lead = 市政府收到的每一份投訴、讚揚和意見，都以任何人都可以使用的檔案形式公開。這些檔案不含任何個人資料：沒有姓名或聯絡資料，沒有居民或職員寫的文字，沒有確切地址，也沒有職員的姓名。地點只標明所在的選區和郵政編碼的前三個字元，日期只精確到日。
open-data-csv = 以CSV格式下載所有個案
open-data-json = 以JSON格式下載所有個案
open-data-columns = 各欄的內容
open-data-column = 欄目
open-data-meaning = 內容
footer-open-data = 關於投訴和讚揚的開放數據
open-data-col-tracking-number = 個案的公開追蹤編號。
open-data-col-kind = 投訴、讚揚或意見。
open-data-col-channel = 提交途徑：網站、應用程式、電話、親身辦理、郵寄、電子郵件、網上聊天或Open311。
open-data-col-division = 負責處理的部門。
open-data-col-section = 部門轄下的組別（如已知）。
open-data-col-category = 類別（如已知）。
open-data-col-ward = 地點所在的市選區（如有提供地點）。
open-data-col-postal-prefix = 郵政編碼的前三個字元（如有提供）。
open-data-col-language = 為訊息選擇的語言，或「other」。
open-data-col-received-on = 收到的日期。
open-data-col-acknowledged-on = 確認收到的日期。
open-data-col-status = 目前在處理流程中的狀態。
open-data-col-stage = 1表示部門答覆階段；2表示已申請覆核。
open-data-col-first-outcome = 部門答覆的結果。
open-data-col-first-answered-on = 部門答覆的日期。
open-data-col-review-outcome = 覆核的結果（如有覆核）。
open-data-col-review-answered-on = 覆核答覆的日期。
open-data-col-extensions = 部門延長處理時間的次數。
open-data-col-ombudsman-referred = 居民是否已把個案提交給市申訴專員。
open-data-col-closed-on = 結案的日期。

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = 培訓模式。
training-banner = 這是系統的練習副本：在此發送的任何內容都不會送達市政府或任何居民，也不會被統計。

# The public report (/reports).
nav-reports = 報告
reports-title = 市政府如何處理投訴
reports-lead = 市政府收到的投訴、讚揚和意見的數據，按部門和季度列出。這些數據根據每個個案的記錄計算得出。
reports-quarter-label = 季度
reports-quarter = { $year }年第{ $q }季度
reports-show = 顯示
reports-summary-title = 概要
reports-summary = { $quarter }，市政府共收到{ $received }件投訴、讚揚和意見。
reports-summary-answered = { $share }的首次答覆在服務標準規定的期限內作出。
reports-summary-median = 一半的首次答覆在{ $days }個工作日內作出。
reports-summary-reviews = 居民對{ $share }已答覆的投訴要求覆核。
reports-summary-small = { $quarter }收到的個案少於10件，為保護來信者的私隱，不顯示相關數據。
reports-by-division = 按部門，{ $quarter }
reports-by-quarter = 全市，按季度
reports-col-division = 部門
reports-col-quarter = 季度
reports-col-received = 收到的個案
reports-col-acknowledged = 在標準期限內確認收到
reports-col-answered = 首次答覆
reports-col-median = 首次答覆所需工作日的中位數
reports-col-within = 在標準期限內的首次答覆
reports-col-closed = 已結案的個案
reports-col-reviews = 要求覆核
reports-col-ombudsman = 提交申訴專員
reports-col-compliments = 讚揚
reports-all-divisions = 所有部門
reports-suppressed = 少於10
reports-reading-title = 如何理解這些數據
reports-note-suppression = 為保護私隱，少於10的數目顯示為「少於10」，根據這類數目計算的比例或時間不予顯示（–）。
reports-note-days = 工作日指星期一至星期五，不包括公眾假期。等待居民答覆的日子不計算在內。
reports-note-standard = 每個部門都公佈其服務標準：確認收到投訴和作出答覆各需多少個工作日。
reports-open-data = 所有個案（不含個人資料）都在開放數據中。
reports-requests-title = 按選區統計的311服務請求
reports-requests-lead = 由市政府311系統公佈並載入此處的服務請求，包括所有日期。這些不是投訴，而是顯示居民在哪裏請求了服務。
reports-col-ward = 選區
reports-col-requests = 服務請求
reports-col-requests-closed = 已結束
reports-no-ward = 不在任何選區內，或未提供地點

## The chatbot

nav-chat = 線上聊天
chat-title = 線上聊天
chat-lead = 請用您自己的話告訴我發生了什麼。我會建議應該交給哪裡處理，問您幾個問題，然後替您提交。您也可以使用表格。
chat-describe = 發生了什麼？寫幾句話就可以。
chat-log-label = 對話
chat-you = 您
chat-bot = 市政府助理
chat-your-message = 您的訊息
chat-send = 傳送
chat-continue = 繼續
chat-skip = 略過
chat-skipped = （已略過）
chat-start-again = 重新開始
chat-empty = 我沒有收到任何文字。請寫下發生了什麼。
chat-not-understood = 抱歉，我沒有理解。您可以用下面的欄位回答、使用按鈕、改用表格，或與工作人員交談。
chat-proposal = 這是我的理解。如果不對，請在下面修改。
chat-proposal-guess = 我不確定是否理解正確。這是我的最佳猜測：請在下面核對。
chat-proposal-none = 抱歉，我沒有理解這涉及哪項服務。請在下面選擇一項，或選擇「{ form-not-sure }」，311 會找到合適的部門。您也可以使用表格或與工作人員交談。
chat-service-request = 如果您已經報告過但問題沒有解決，或者拖得太久，那就是投訴，我可以替您提交。
chat-already-reported = 我已經報告過：提出投訴
chat-ask-location = 在哪裡發生的？請提供地址或路口，或略過這個問題。
chat-ask-remedy = 您希望市政府怎麼做？您可以略過這個問題。
chat-ask-contact = 市政府如何聯絡您？請提供電子郵件或電話號碼，或匿名提交。
chat-contact-given = 這是我的聯絡方式。
chat-ask-language = 市政府應該用哪種語言給您寫信？
chat-summary = 請核對所有內容，然後提交。
chat-send-case = 提交
chat-fix = 請先更正：
chat-status-ask = 請輸入追蹤號碼（十位數字，例如 1234-5678-90），我會告訴您案件的進度。
chat-person = 如需與工作人員交談，請隨時撥打 311（市外請撥 416-392-2489）。您也可以使用表格。
chat-actions-label = 我還可以幫您
chat-action-status = 我的案件進度如何？
chat-action-standards = 處理時限和覆核
chat-action-person = 與工作人員交談
chat-action-form = 改用表格
