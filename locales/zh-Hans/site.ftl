# The public site's words, in Simplified Chinese.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## 时间与日期

half-am = 上午
half-pm = 下午
# $hour12 (1–12), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $half }{ $hour12 }:{ $minute }
date-time = { $date } { $time }

## 每个页面

site-name = 市政投诉与表扬
skip-link = 跳至主要内容
nav-label = 主菜单
nav-submit = 提出投诉或表扬
nav-track = 查询个案进度
nav-standards = 服务标准
nav-help = 不知道该找哪里？
footer-service-requests = 如需提出新的服务请求（例如路面坑洞、垃圾漏收、供水总管破裂），请致电311或使用市政府的311服务请求渠道。投诉针对的是某项请求或服务的处理方式。
footer-about = Heard 是一款用于处理投诉和表扬的开源软件。
language-label = 语言
language-change = 更改语言
error-prefix = 错误：

## 首页

home-title = 首页
home-heading = 请告诉市政府我们做得怎么样
home-lead = 您的投诉、表扬和意见能帮助市政府改进服务。每一份都会获得一个追踪编号；投诉会在规定的工作日内得到答复。
kind-complaint-title = 投诉
kind-complaint-text = 您对某项市政服务、某个决定、办事所花的时间或您受到的对待感到不满意。我们会进行调查并答复您。
kind-compliment-title = 表扬
kind-compliment-text = 某位工作人员或某项服务做得很好。我们会把您的感谢转达给相关员工及其主管。
kind-comment-title = 意见
kind-comment-text = 您希望市政府听到的想法或观察。每条意见我们都会阅读；您不需要等待答复。
home-not-complaint-heading = 哪些不属于投诉
home-not-complaint-request-strong = 第一次申请某项服务
home-not-complaint-request = 例如报告路面坑洞、垃圾漏收或漏水，属于服务请求。请致电311或使用市政府的311服务请求渠道。如果您之前已经提出过请求，但没有得到妥善处理，那就属于投诉。
home-not-complaint-appeal-strong = 有专门申诉途径的事项
home-not-complaint-appeal = 例如停车罚单、物业税评估或法院判决，请通过相应的途径处理。如果您把这类事项发到这里，我们会告诉您应该去哪里办理。
home-help-link = 不确定？回答几个问题，我们会告诉您该找哪里。
home-next-heading = 提交之后会怎样
home-next-1 = 您会立即获得一个追踪编号。请保留这个编号，以便查询个案进度。
home-next-2 = 负责的部门会确认收到您的投诉，通常在2个工作日内。
home-next-3 = 工作人员会进行调查并答复您，通常在10个工作日内。各部门都会公布自己的服务标准。
home-next-4 = 如果您对答复不满意，可以申请由其他人员进行复核。复核之后，您还可以向市申诉专员求助。
home-track-link = 凭追踪编号查询个案进度

## 服务标准

standards-title = 服务标准
standards-lead = 每个部门都承诺了处理投诉的时限。这里的天数指工作日：星期一至星期五，公众假期除外。
standards-caption = 各部门确认收到投诉、答复投诉以及答复复核申请所需的工作日数
standards-division = 部门
standards-acknowledge = 确认收到
standards-answer = 答复
standards-review = 复核
division-promises = 我们的承诺
division-acknowledge = 我们会在{ $days }个工作日内确认收到您的投诉。
division-answer = 我们会在收到投诉后{ $days }个工作日内答复您。如果需要更长时间，我们会告诉您原因以及预计答复的日期。
division-review = 如果您对我们的答复不满意，可以在个案追踪页面上或致电311申请复核。复核将由未曾处理过您投诉的人员进行，并在{ $days }个工作日内答复您。
division-ombudsman = 如果复核后您仍不满意，可以把投诉提交给市申诉专员。
division-handles = 我们负责的事项
division-not-found = 没有这个名称的部门。

## 引导

helper-title = 找到合适的办理途径
helper-question = 您想做什么？
helper-need-request = 第一次报告某个问题（例如路面坑洞、垃圾漏收、受伤的动物）
helper-need-complaint = 投诉某项服务或之前某个请求的处理方式
helper-need-compliment = 感谢某人或表扬某项服务
helper-need-comment = 分享想法或意见
helper-need-unsure = 我不确定
helper-next = 下一步
helper-request-heading = 这属于服务请求
helper-request-text = 第一次报告某个问题属于服务请求，而不是投诉。请致电311（在多伦多以外请拨打416-392-2489），全天任何时间都可以；也可以在网上或通过311应用程序使用市政府的311服务请求渠道。您会获得一个服务请求编号。
helper-request-complaint-before = 如果您之前已经提出过请求，但问题没有解决就被结案，或者处理时间太长，
helper-request-complaint-link = 那就属于投诉
helper-search-label = 是关于什么的？
helper-search-hint = 输入几个词，例如“坑洞”“绿色垃圾桶”“浣熊”或“水费单”。
helper-search = 搜索
helper-no-match = 没有找到与“{ $query }”相关的结果
helper-matches = 与“{ $query }”相关的结果
helper-still-unsure = 我还是不确定：交给311，由311找到合适的部门

## 表格

form-title = 提出投诉或表扬
form-heading = 提出投诉、表扬或意见
form-error-title = 请修改下面的{ $count }处问题
form-files-dropped = 您的文件没有保存下来：请重新附上。
form-kind = 您想提交什么？
form-kind-complaint = 投诉：有些事情没有做好，我希望得到答复
form-kind-compliment = 表扬：某人或某项服务做得很好
form-kind-comment = 意见：一个想法或观察；我不需要答复
form-category = 是关于哪项服务的？
form-category-hint = 如果您不知道，请选择“不确定”：311会把它转交给合适的部门。
form-category-help = 帮我选择
form-not-sure = 不确定
form-description = 发生了什么事？
form-description-hint = 请告诉我们发生了什么事、涉及哪些人（如果您知道），以及这件事为什么对您很重要。
form-happened = 是什么时候发生的？（选填）
form-remedy = 您希望市政府怎么做？（选填）
form-where = 在哪里？（选填）
form-address = 地址或十字路口
form-postal-code = 邮政编码
form-point = 提供准确位置（纬度和经度）
form-lat = 纬度
form-lon = 经度
form-service-request = 服务请求编号（如果与某个服务请求有关）（选填）
form-attachments = 照片或文件（选填）
form-attachments-hint = 最多{ $files }个文件：JPEG或PNG格式的照片，或PDF文件，每个不超过{ $mb } MB。保存照片之前，我们会删除其中的位置信息。
form-contact = 我们如何联系您？
form-name = 您的姓名（选填）
form-email = 电子邮件
form-phone = 电话
form-contact-method = 您希望我们用什么方式联系您？
form-contact-any = 任何方式都可以
form-contact-email = 电子邮件
form-contact-sms = 短信
form-contact-phone = 电话
form-language = 我们给您发消息时使用的语言
form-anonymous = 匿名提交
form-anonymous-hint = 如果您选择匿名，我们仍会进行调查，但无法答复您，也无法告诉您我们采取了什么措施。请不要填写姓名、电子邮件和电话。
form-accommodation = 您是否需要无障碍便利安排才能参与？（选填）
form-accommodation-hint = 例如大字体、手语翻译，或在某个时间给您打电话。
form-notice-heading = 我们如何使用您的信息
form-notice = 市政府收集本表格中的信息，是为了调查您的投诉、表扬或意见，答复您，并改进服务。只有处理您个案的工作人员才能看到您的姓名和联系方式。报告和开放数据中绝不会包含这些信息。如对此有疑问，请咨询311。
form-consent = 我已阅读市政府如何使用这些信息
form-send = 提交

## 栏目旁显示的错误提示

error-kind-missing = 请选择这是投诉、表扬还是意见。
error-category-unknown = “{ $code }”不是我们的类别之一。请从列表中选择一项，或选择“不确定”。
error-description-missing = 请告诉我们发生了什么事。
error-too-long = 请缩短到最多{ $max }个字符（目前有{ $count }个）。
error-postal-code = 请填写加拿大邮政编码，例如 M5H 2N2，或只填写前三个字符。
error-latitude-range = 纬度必须在-90到90之间。
error-longitude-range = 经度必须在-180到180之间。
error-latitude-missing = 填写经度时，请同时填写纬度。
error-longitude-missing = 填写纬度时，请同时填写经度。
error-number = 请输入以度为单位的数字，例如 43.6535 或 -79.3841。
error-language-code = “{ $code }”不是语言代码；请使用 en、fr、zh-Hant 或 ar 这样的代码。
error-anonymous-with-contact = 如要匿名，请不要填写姓名、电子邮件和电话；或者取消勾选“匿名提交”。
error-email = 这看起来不像电子邮件地址。请检查地址中是否有一个 @ 和域名，例如 name@example.ca。
error-phone = 请填写10到15位数字的电话号码，例如 416-555-0123。
error-contact-missing = 请填写电子邮件地址或电话号码，以便我们答复您；或选择匿名提交。
error-contact-method-needs = { $needs ->
    [email] 如要通过这种方式联系您，请同时填写电子邮件地址。
   *[phone] 如要通过这种方式联系您，请同时填写电话号码。
}
error-service-request = 请按照您收到的原样填写服务请求编号（最多40个字符）。
error-consent = 请确认您已阅读市政府如何使用这些信息。
error-too-many-files = 最多只能发送{ $files }个文件。
error-file-type = 无法将“{ $file }”读取为JPEG、PNG或PDF文件：请发送这几种格式之一的文件。
error-file-size = “{ $file }”超过了{ $mb } MB：请发送较小的照片，或分辨率较低的扫描件。

## 提交之后

submitted-title = 已收到
submitted-heading = { $kind ->
    [compliment] 谢谢您：我们已收到您的表扬
    [comment] 谢谢您：我们已收到您的意见
   *[complaint] 谢谢您：我们已收到您的投诉
}
submitted-number = 您的追踪编号是
submitted-keep = 请记下这个编号，或保留此页面。您需要用它来查询个案进度，311的工作人员也可以凭它查到您的个案。
submitted-next = 接下来会怎样
submitted-acknowledge = { $division }会在{ $days }个工作日内确认收到您的投诉。
submitted-answer = 工作人员会进行调查，并在{ $days }个工作日内答复您。如果需要更多信息，他们会与您联系。
submitted-review = 如果您对答复不满意，可以申请由其他人员进行复核。
submitted-compliment = 我们会把您的感谢转达给{ $division }的相关员工及其主管。
submitted-comment = { $division }会阅读您的意见。您不需要再做任何事。
submitted-follow = 查询个案进度

## 查询个案

track-title = 查询个案进度
track-number = 追踪编号
track-number-hint = 十位数字，例如 1234-5678-90。您在提交个案时已获得这个编号。
track-find = 查找我的个案
track-not-found = 没有与这个追踪编号对应的个案。请检查数字，或致电311。
track-not-a-number = 这不是追踪编号：追踪编号有十位数字，例如 1234-5678-90。
track-wrong-digit = 这个追踪编号有一位数字输错了，或有两位数字顺序颠倒。请检查，或致电311。
case-title = 个案 { $tracking }
case-status = 状态
case-kind = 类型
case-kind-value = { $kind ->
    [compliment] 表扬
    [comment] 意见
   *[complaint] 投诉
}
case-division = 负责部门
case-category = 事项
case-received = 收到日期
case-acknowledged = 确认日期
case-closed = 结案日期
case-expect = 我们何时回复
case-acknowledge-by = 我们会在{ $date }之前确认收到。
case-answer-by = 我们会在{ $date }之前答复您。
case-promise = 我们的承诺
case-promise-text = 我们会在收到投诉后{ $acknowledge }个工作日内确认收到，并在{ $answer }个工作日内答复。
case-question-heading = 我们需要您提供信息
case-question-paused = 在等待您回复期间，答复时限暂停计算。
case-paused-since = 自{ $date }起暂停，正在等待您的回复。
case-answer-label = 您的回复
case-confirm-label = 您的电子邮件地址或电话号码
case-confirm-hint = 请按照您提交个案时填写的内容填写，以便我们确认是您本人。
case-send = 发送
case-updates = 最新进展
case-no-updates = 暂时没有新进展。
case-review-heading = 对我们的答复不满意？
case-review-text = 您可以申请复核。未曾处理过您投诉的人员会重新审查，并在{ $review }个工作日内答复您。请在我们答复后{ $window }天内提出申请；超过这个期限，将由主管决定是否复核。您也可以致电311，并提供您的追踪编号。
case-review-reason = 您为什么不满意？
case-review-send = 申请复核
case-ombudsman-heading = 仍然不满意？
case-ombudsman-text = 您的投诉已经过市政府的最后一次复核。您可以请市申诉专员进行调查，申诉专员独立于市政府各部门。请联系申诉专员办公室，并提供您的追踪编号：{ $tracking }。
case-messages-heading = 电子邮件和短信
case-messages-text = 这个个案有新进展时，我们会通知您。您可以停止接收这些消息：个案会继续处理，您仍然可以在这里查看进度。
case-messages-stop = 停止接收此个案的消息
case-messages-stopped-text = 您已要求我们停止发送此个案的消息。您仍然可以在这里查看进度，也可以重新接收消息。
case-messages-resume = 重新接收消息
case-another = 查询其他个案
case-changed = 在您填写期间，您的个案有了变化。请重新查看，如果仍有需要，请再次发送您的消息。

status-received = 已收到，等待确认
status-acknowledged = 已确认，正在调查
status-in_progress = 正在调查
status-resolved = 已答复
status-awaiting_information = 正在等待您提供信息
status-escalation_requested = 您的复核申请正由主管处理
status-escalated = 正在复核
status-closed = 已结案

timeline-received = 我们已收到。
timeline-acknowledged = 相关部门已确认收到，正在调查。
timeline-message = 市政府的留言：{ $text }
timeline-answered = 已答复：{ $outcome }。
timeline-review-answered = 复核已答复：{ $outcome }。
timeline-extension = 我们需要更多时间：{ $reason } 我们会在{ $date }之前答复您。
timeline-question = 我们向您提问：{ $text }
timeline-information = 您已发送我们要求的信息。
timeline-review-requested = 您已申请复核。
timeline-closed = 个案已结案。

## 居民可对个案进行的操作，以及可能被拒绝的原因

action-too-long = 请缩短到最多{ $max }个字符（目前有{ $count }个）。
action-reason-missing = 请告诉我们您为什么不满意。
action-information-missing = 请填写您的回复。
action-not-yours = 请填写您提交这个个案时所留的电子邮件地址或电话号码。
action-anonymous = 这个个案提交时没有留下联系方式，因此我们无法在网上确认它是您的个案。请致电311，并提供追踪编号。
action-review-not-now = 只有在市政府答复之后才能申请复核，而且每次答复只能申请一次。
action-information-not-now = 我们目前没有在等待这个个案的信息。

## 错误页面

page-not-found-title = 找不到页面
page-not-found = 我们找不到这个页面。请检查网址，或从首页开始。
page-internal-title = 我们这边出了问题
page-internal = 您的资料没有丢失。请稍后再试，或致电311。
page-too-many-title = 请稍等一下
page-too-many = 您的网络连接发出的请求太多。请等一分钟后再试。
page-conflict-title = 您的个案有变化
page-bad-request-title = 我们无法读取该内容
page-bad-form = 无法读取表格。请返回并重新提交。
page-home-link = 返回首页

## Open data

open-data-title = 开放数据
open-data-lead = 市政府收到的每一份投诉、表扬和意见，都以任何人都可以使用的文件形式公开。这些文件不含任何个人信息：没有姓名或联系方式，没有居民或工作人员写的文字，没有确切地址，也没有工作人员的姓名。地点只标明所在的选区和邮政编码的前三个字符，日期只精确到天。
open-data-csv = 以CSV格式下载所有个案
open-data-json = 以JSON格式下载所有个案
open-data-columns = 各栏的内容
open-data-column = 栏目
open-data-meaning = 内容
footer-open-data = 关于投诉和表扬的开放数据
open-data-col-tracking-number = 个案的公开追踪编号。
open-data-col-kind = 投诉、表扬或意见。
open-data-col-channel = 提交途径：网站、应用程序、电话、亲临办理、邮寄、电子邮件、在线聊天或Open311。
open-data-col-division = 负责处理的部门。
open-data-col-section = 部门下属的科室（如已知）。
open-data-col-category = 类别（如已知）。
open-data-col-ward = 地点所在的市选区（如提供了地点）。
open-data-col-postal-prefix = 邮政编码的前三个字符（如有提供）。
open-data-col-language = 为消息选择的语言，或“other”。
open-data-col-received-on = 收到的日期。
open-data-col-acknowledged-on = 确认收到的日期。
open-data-col-status = 目前在处理流程中的状态。
open-data-col-stage = 1表示部门答复阶段；2表示已申请复核。
open-data-col-first-outcome = 部门答复的结果。
open-data-col-first-answered-on = 部门答复的日期。
open-data-col-review-outcome = 复核的结果（如有复核）。
open-data-col-review-answered-on = 复核答复的日期。
open-data-col-extensions = 部门延长处理时间的次数。
open-data-col-ombudsman-referred = 居民是否已把个案提交给市申诉专员。
open-data-col-closed-on = 结案的日期。

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = 培训模式。
training-banner = 这是系统的练习副本：在此发送的任何内容都不会送达市政府或任何居民，也不会被统计。

# The public report (/reports).
nav-reports = 报告
reports-title = 市政府如何处理投诉
reports-lead = 市政府收到的投诉、表扬和意见的数据，按部门和季度列出。这些数据根据每个个案的记录计算得出。
reports-quarter-label = 季度
reports-quarter = { $year }年第{ $q }季度
reports-show = 显示
reports-summary-title = 概要
reports-summary = { $quarter }，市政府共收到{ $received }件投诉、表扬和意见。
reports-summary-answered = { $share }的首次答复在服务标准规定的期限内作出。
reports-summary-median = 一半的首次答复在{ $days }个工作日内作出。
reports-summary-reviews = 居民对{ $share }已答复的投诉要求复核。
reports-summary-small = { $quarter }收到的个案少于10件，为保护来信者的隐私，不显示相关数据。
reports-by-division = 按部门，{ $quarter }
reports-by-quarter = 全市，按季度
reports-col-division = 部门
reports-col-quarter = 季度
reports-col-received = 收到的个案
reports-col-acknowledged = 在标准期限内确认收到
reports-col-answered = 首次答复
reports-col-median = 首次答复所需工作日的中位数
reports-col-within = 在标准期限内的首次答复
reports-col-closed = 已结案的个案
reports-col-reviews = 要求复核
reports-col-ombudsman = 提交申诉专员
reports-col-compliments = 表扬
reports-all-divisions = 所有部门
reports-suppressed = 少于10
reports-reading-title = 如何理解这些数据
reports-note-suppression = 为保护隐私，少于10的数目显示为“少于10”，根据这类数目计算的比例或时间不予显示（–）。
reports-note-days = 工作日指星期一至星期五，不包括公众假期。等待居民答复的日子不计算在内。
reports-note-standard = 每个部门都公布其服务标准：确认收到投诉和作出答复各需多少个工作日。
reports-open-data = 所有个案（不含个人资料）都在开放数据中。
reports-requests-title = 按选区统计的311服务请求
reports-requests-lead = 由市政府311系统公布并载入此处的服务请求，包括所有日期。这些不是投诉，而是显示居民在哪里请求了服务。
reports-col-ward = 选区
reports-col-requests = 服务请求
reports-col-requests-closed = 已结束
reports-no-ward = 不在任何选区内，或未提供地点

## The chatbot

nav-chat = 在线聊天
chat-title = 在线聊天
chat-lead = 请用您自己的话告诉我发生了什么。我会建议应该交给哪里处理，问您几个问题，然后替您提交。您也可以使用表格。
chat-describe = 发生了什么？写几句话就可以。
chat-log-label = 对话
chat-you = 您
chat-bot = 市政府助手
chat-your-message = 您的消息
chat-send = 发送
chat-continue = 继续
chat-skip = 跳过
chat-skipped = （已跳过）
chat-start-again = 重新开始
chat-empty = 我没有收到任何文字。请写下发生了什么。
chat-not-understood = 抱歉，我没有理解。您可以用下面的栏位回答、使用按钮、改用表格，或与工作人员交谈。
chat-proposal = 这是我的理解。如果不对，请在下面修改。
chat-proposal-guess = 我不确定是否理解正确。这是我的最佳猜测：请在下面核对。
chat-proposal-none = 抱歉，我没有理解这涉及哪项服务。请在下面选择一项，或选择“{ form-not-sure }”，311 会找到合适的部门。您也可以使用表格或与工作人员交谈。
chat-service-request = 如果您已经报告过但问题没有解决，或者拖得太久，那就是投诉，我可以替您提交。
chat-already-reported = 我已经报告过：提出投诉
chat-ask-location = 在哪里发生的？请提供地址或路口，或跳过这个问题。
chat-ask-remedy = 您希望市政府怎么做？您可以跳过这个问题。
chat-ask-contact = 市政府如何联系您？请提供电子邮件或电话号码，或匿名提交。
chat-contact-given = 这是我的联系方式。
chat-ask-language = 市政府应该用哪种语言给您写信？
chat-summary = 请核对所有内容，然后提交。
chat-send-case = 提交
chat-fix = 请先更正：
chat-status-ask = 请输入跟踪号码（十位数字，例如 1234-5678-90），我会告诉您案件的进展。
chat-person = 如需与工作人员交谈，请随时拨打 311（市外请拨 416-392-2489）。您也可以使用表格。
chat-actions-label = 我还可以帮您
chat-action-status = 我的案件进展如何？
chat-action-standards = 处理时限和复核
chat-action-person = 与工作人员交谈
chat-action-form = 改用表格
