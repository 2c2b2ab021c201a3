# Messages Heard sends to residents by e-mail and SMS, in Korean.
# Same ids and same variables as locales/en/notifications.ftl.

## 공통 부분

city-name = 토론토시
greeting = 안녕하세요.
greeting-named = { $name } 님, 안녕하세요.
link-intro = 아래 페이지에서 진행 상황을 확인하고 답변을 보내실 수 있습니다:
sign-off = { $city } 드림
footer = 이 메시지에는 회신하지 마십시오. 이 메일함은 확인하지 않습니다. 위 페이지를 이용하시거나 311에 전화하여 접수번호를 알려 주십시오.
footer-stop = 이 접수 건에 관한 메시지를 중단하시려면 접수 건 페이지를 이용해 주십시오.
sms-short = { $city }: 접수번호 { $tracking } 건에 새 소식이 있습니다. 확인: { $link }

outcome-upheld = 민원 인정(귀하의 민원이 타당한 것으로 판단됨)
outcome-partly_upheld = 민원 일부 인정(귀하의 민원 중 일부가 타당한 것으로 판단됨)
outcome-not_upheld = 민원 불인정(귀하의 민원이 타당하지 않은 것으로 판단됨)
outcome-resolved = 해결됨
outcome-withdrawn = 철회됨
outcome-referred_elsewhere = 이 사안을 담당하는 다른 기관으로 이관됨
outcome-not_a_complaint = 민원이 아닌 서비스 요청으로 처리됨

date-long = { $year }년 { $month } { $day }일 { $weekday }
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
weekday-1 = 월요일
weekday-2 = 화요일
weekday-3 = 수요일
weekday-4 = 목요일
weekday-5 = 금요일
weekday-6 = 토요일
weekday-7 = 일요일

## 알림

received-subject = { $kind ->
    [comment] 의견이 접수되었습니다
   *[complaint] 민원이 접수되었습니다
} ({ $tracking })
received-body = { $kind ->
    [comment] 의견을 보내 주셔서 감사합니다. 귀하의 의견이 접수되었으며, 접수번호는 { $tracking }입니다.
   *[complaint] 연락해 주셔서 감사합니다. 귀하의 민원이 접수되었으며, 접수번호는 { $tracking }입니다.
} 이 번호를 보관해 주십시오. 이 번호로 온라인에서 또는 311에 전화하여 진행 상황을 확인하실 수 있습니다.
received-sms = { $city }: 귀하의 { $kind ->
    [comment] 의견이
   *[complaint] 민원이
} 접수되었습니다. 접수번호 { $tracking }. 진행 상황: { $link }

thanks-subject = 칭찬해 주셔서 감사합니다 ({ $tracking })
thanks-body = 시간을 내어 좋았던 점을 알려 주셔서 감사합니다. 귀하의 칭찬은 해당 직원과 담당 부서에 전달하겠습니다. 접수번호는 { $tracking }입니다.
thanks-sms = { $city }: 칭찬해 주셔서 감사합니다. 해당 직원에게 전달하겠습니다. 접수번호 { $tracking }: { $link }

acknowledged-subject = 접수번호 { $tracking } 건을 검토하고 있습니다
acknowledged-body = 귀하의 접수 건을 확인했으며, 현재 담당 팀이 처리하고 있습니다. 답변이 준비되면 다시 연락드리겠습니다.
acknowledged-next = { $date }까지 답변드리는 것을 목표로 하고 있습니다.
acknowledged-sms = { $city }: 접수번호 { $tracking } 건을 검토하고 있습니다. 진행 상황: { $link }

information-requested-subject = 접수번호 { $tracking } 건에 관해 추가 정보가 필요합니다
information-requested-body = 귀하의 접수 건을 계속 처리하려면 추가 정보가 필요합니다.
information-requested-quote = 문의 사항:
information-requested-next = 접수 건 페이지에서 답변해 주십시오. 답변을 받을 때까지 처리 기한이 일시 중지됩니다.
information-requested-sms = { $city }: 접수번호 { $tracking } 건에 관해 추가 정보가 필요합니다. 답변하기: { $link }

update-sent-subject = 접수번호 { $tracking } 건에 새 소식이 있습니다
update-sent-body = 귀하의 접수 건에 새 소식이 있습니다.
update-sent-quote = 전달 사항:
update-sent-sms = { $city }: 접수번호 { $tracking } 건에 새 소식이 있습니다. 확인: { $link }

extension-granted-subject = 접수번호 { $tracking } 건의 처리에 시간이 더 필요합니다
extension-granted-body = 충분한 답변을 드리기 위해 시간이 더 필요합니다. { $date }까지 답변드릴 예정입니다.
extension-granted-quote = 사유:
extension-granted-sms = { $city }: 접수번호 { $tracking } 건의 처리에 시간이 더 필요합니다. { $date }까지 답변 예정입니다. { $link }

resolved-subject = 접수번호 { $tracking } 건에 대한 답변
resolved-body = 귀하의 접수 건에 대한 검토를 마쳤습니다. 처리 결과: { $outcome }.
resolved-quote = 판단 이유:
resolved-next = 이 답변에 만족하지 않으시면 { $days }일 이내에 접수 건 페이지에서 재검토를 요청하실 수 있습니다. 이 건을 처리하지 않은 다른 담당자가 다시 검토합니다.
resolved-sms = { $city }: 접수번호 { $tracking } 건에 답변드렸습니다. 답변 확인 및 재검토 요청({ $days }일 이내): { $link }

resolved-final-next = 이 답변에 만족하지 않으시면 옴부즈맨 사무소({ $ombudsman })에 조사를 요청하실 수 있습니다. 옴부즈맨은 시 행정 서비스로부터 독립된 기관이며 무료로 이용하실 수 있습니다: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: 접수번호 { $tracking } 건에 답변드렸습니다. 만족하지 않으시면 { $ombudsman }({ $ombudsman-phone })에 문의하십시오. 답변 확인: { $link }

escalation-received-subject = 재검토 요청이 접수되었습니다 ({ $tracking })
escalation-received-body = 귀하의 접수 건에 대한 답변의 재검토 요청이 접수되었습니다. 이전에 이 건을 처리하지 않은 담당자가 다시 검토한 후 연락드리겠습니다.
escalation-received-sms = { $city }: 접수번호 { $tracking } 건의 재검토 요청이 접수되었습니다. 진행 상황: { $link }

review-answered-subject = 접수번호 { $tracking } 건의 재검토가 완료되었습니다
review-answered-body = 귀하의 접수 건에 대한 재검토가 완료되었습니다. 처리 결과: { $outcome }.
review-answered-quote = 재검토 담당자의 판단 이유:
review-answered-next = 그래도 만족하지 않으시면 옴부즈맨 사무소({ $ombudsman })에 조사를 요청하실 수 있습니다. 옴부즈맨은 시 행정 서비스로부터 독립된 기관이며 무료로 이용하실 수 있습니다: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: 접수번호 { $tracking } 건의 재검토가 완료되었습니다. 만족하지 않으시면 { $ombudsman }({ $ombudsman-phone })에 문의하십시오. 확인: { $link }

closed-subject = 접수번호 { $tracking } 건이 종결되었습니다
closed-body = 귀하의 접수 건이 종결되었습니다. 시 서비스 개선에 도움을 주셔서 감사합니다.
closed-sms = { $city }: 접수번호 { $tracking } 건이 종결되었습니다. 감사합니다. { $link }
