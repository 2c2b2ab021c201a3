# Messages Heard sends to residents by e-mail and SMS, in Simplified Chinese.
# Same ids and same variables as locales/en/notifications.ftl.

## 共用部分

city-name = 多伦多市
greeting = 您好：
greeting-named = { $name }，您好：
link-intro = 您可以在个案页面上查看进度并回复我们：
sign-off = { $city }
footer = 请勿回复此邮件：此邮箱无人查阅。请使用上方的页面，或致电311并提供您的追踪编号。
footer-stop = 如需停止接收此个案的消息，请使用个案页面。
sms-short = { $city }：您的个案{ $tracking }有新进展。详情：{ $link }

outcome-upheld = 投诉成立（经认定您的投诉有理）
outcome-partly_upheld = 投诉部分成立（经认定您的投诉部分有理）
outcome-not_upheld = 投诉不成立（经认定您的投诉理由不充分）
outcome-resolved = 已解决
outcome-withdrawn = 已撤回
outcome-referred_elsewhere = 已转交负责此事的其他机构
outcome-not_a_complaint = 已作为服务请求处理，而非投诉

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
    [comment] 我们已收到您的意见
   *[complaint] 我们已收到您的投诉
}（{ $tracking }）
received-body = { $kind ->
    [comment] 感谢您提出意见。我们已收到，追踪编号为{ $tracking }。
   *[complaint] 感谢您与我们联系。我们已收到您的投诉，追踪编号为{ $tracking }。
}请保留此编号：凭此编号，您可以在网上或致电311查询个案进度。
received-sms = { $city }：我们已收到您的{ $kind ->
    [comment] 意见
   *[complaint] 投诉
}，追踪编号{ $tracking }。查看进度：{ $link }

thanks-subject = 感谢您的表扬（{ $tracking }）
thanks-body = 感谢您抽出时间告诉我们哪些方面做得好。我们会将您的表扬转达给相关员工和部门。追踪编号为{ $tracking }。
thanks-sms = { $city }：感谢您的表扬，我们会转达给相关员工。追踪编号{ $tracking }：{ $link }

acknowledged-subject = 您的个案{ $tracking }正在处理中
acknowledged-body = 我们已审阅您的个案，现已由专门团队负责处理。有答复后，我们会再与您联系。
acknowledged-next = 我们争取在{ $date }之前答复您。
acknowledged-sms = { $city }：您的个案{ $tracking }正在处理中。查看进度：{ $link }

information-requested-subject = 您的个案{ $tracking }需要补充信息
information-requested-body = 为继续处理您的个案，我们需要您提供更多信息。
information-requested-quote = 我们的问题：
information-requested-next = 请在个案页面上回复。在您回复之前，我们的答复期限暂停计算。
information-requested-sms = { $city }：您的个案{ $tracking }需要补充信息，请在此回复：{ $link }

update-sent-subject = 您的个案{ $tracking }有新进展
update-sent-body = 您的个案有新进展。
update-sent-quote = 我们的留言：
update-sent-sms = { $city }：您的个案{ $tracking }有新进展。详情：{ $link }

extension-granted-subject = 您的个案{ $tracking }需要更多处理时间
extension-granted-body = 我们需要更多时间才能给您完整的答复。现预计在{ $date }之前答复您。
extension-granted-quote = 原因：
extension-granted-sms = { $city }：您的个案{ $tracking }需要更多处理时间，预计{ $date }之前答复。{ $link }

resolved-subject = 关于您的个案{ $tracking }的答复
resolved-body = 我们已完成对您个案的调查。结果：{ $outcome }。
resolved-quote = 我们的理由：
resolved-next = 如果您对此答复不满意，可以在{ $days }天内通过个案页面申请复核。复核将由未曾处理过您个案的人员进行。
resolved-sms = { $city }：您的个案{ $tracking }已有答复。查看答复或在{ $days }天内申请复核：{ $link }

resolved-final-next = 如果您对此答复不满意，可以请申诉专员办公室（{ $ombudsman }）进行调查。申诉专员独立于市政府各项服务，且不收取任何费用：{ $ombudsman-url }，{ $ombudsman-phone }。
resolved-final-sms = { $city }：您的个案{ $tracking }已有答复。如不满意，可联系{ $ombudsman }：{ $ombudsman-phone }。查看答复：{ $link }

escalation-received-subject = 我们已收到您的复核申请（{ $tracking }）
escalation-received-body = 我们已收到您对个案答复提出的复核申请。复核将由此前未曾处理过您个案的人员进行，之后会再与您联系。
escalation-received-sms = { $city }：我们已收到您对个案{ $tracking }的复核申请。查看进度：{ $link }

review-answered-subject = 您的个案{ $tracking }已完成复核
review-answered-body = 您的个案已完成复核。结果：{ $outcome }。
review-answered-quote = 复核人员的理由：
review-answered-next = 如果您仍不满意，可以请申诉专员办公室（{ $ombudsman }）进行调查。申诉专员独立于市政府各项服务，且不收取任何费用：{ $ombudsman-url }，{ $ombudsman-phone }。
review-answered-sms = { $city }：您的个案{ $tracking }已完成复核。仍不满意？可联系{ $ombudsman }：{ $ombudsman-phone }。详情：{ $link }

closed-subject = 您的个案{ $tracking }已结案
closed-body = 您的个案现已结案。感谢您帮助我们改进市政服务。
closed-sms = { $city }：您的个案{ $tracking }已结案，谢谢。{ $link }
