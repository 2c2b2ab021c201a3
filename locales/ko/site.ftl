# The public site's words, in Korean.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## 시각과 날짜

half-am = 오전
half-pm = 오후
# $hour12 (1–12), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $half } { $hour12 }:{ $minute }
date-time = { $date } { $time }

## 모든 페이지

site-name = 시 민원 및 칭찬
skip-link = 본문으로 바로 가기
nav-label = 주 메뉴
nav-submit = 민원 또는 칭찬 보내기
nav-track = 접수 건 진행 상황 확인
nav-standards = 서비스 기준
nav-help = 어디에 문의해야 할지 모르시겠습니까?
footer-service-requests = 새로운 서비스 요청(포트홀, 쓰레기 미수거, 상수도 본관 파열 등)은 311에 전화하시거나 시의 311 서비스 요청 창구를 이용해 주십시오. 민원은 요청이나 서비스가 처리된 방식에 관한 것입니다.
footer-about = Heard는 민원과 칭찬을 처리하기 위한 오픈 소스 소프트웨어입니다.
language-label = 언어
language-change = 언어 변경
error-prefix = 오류:

## 홈

home-title = 홈
home-heading = 시의 서비스가 어땠는지 알려 주십시오
home-lead = 여러분의 민원, 칭찬, 의견은 시가 서비스를 개선하는 데 도움이 됩니다. 보내 주신 모든 건에는 접수번호가 부여되며, 민원에는 정해진 영업일 이내에 답변드립니다.
kind-complaint-title = 민원
kind-complaint-text = 시의 서비스나 결정, 처리에 걸린 시간, 또는 응대 방식에 만족하지 못하신 경우입니다. 저희가 조사한 후 답변드리겠습니다.
kind-compliment-title = 칭찬
kind-compliment-text = 직원이나 서비스가 훌륭했던 경우입니다. 감사의 말씀을 해당 직원과 그 상급자에게 전달하겠습니다.
kind-comment-title = 의견
kind-comment-text = 시에 전하고 싶은 아이디어나 생각입니다. 모든 의견을 읽어 보며, 따로 답변을 기다리실 필요는 없습니다.
home-not-complaint-heading = 민원에 해당하지 않는 경우
home-not-complaint-request-strong = 처음으로 서비스를 요청하는 일
home-not-complaint-request = 예를 들어 포트홀(도로 파임), 쓰레기 미수거, 누수를 신고하는 일은 서비스 요청입니다. 311에 전화하시거나 시의 311 서비스 요청 창구를 이용해 주십시오. 이미 요청하셨는데 제대로 처리되지 않았다면 그때는 민원에 해당합니다.
home-not-complaint-appeal-strong = 별도의 이의 제기 절차가 있는 사안
home-not-complaint-appeal = 예를 들어 주차 위반 딱지, 재산세 평가, 법원 판결 등은 해당 절차를 통해 처리해야 합니다. 이런 사안을 이곳으로 보내시면 어디로 가셔야 하는지 알려 드리겠습니다.
home-help-link = 잘 모르시겠습니까? 몇 가지 질문에 답하시면 알맞은 곳을 안내해 드립니다.
home-next-heading = 보내신 후 진행 과정
home-next-1 = 바로 접수번호를 받으십니다. 진행 상황을 확인하실 수 있도록 잘 보관해 주십시오.
home-next-2 = 담당 부서가 보통 2영업일 이내에 민원 접수를 확인해 드립니다.
home-next-3 = 직원이 내용을 조사하여 보통 10영업일 이내에 답변드립니다. 각 부서는 자체 서비스 기준을 공개하고 있습니다.
home-next-4 = 답변에 만족하지 않으시면 다른 담당자에게 재검토를 요청하실 수 있습니다. 그 후에는 시 옴부즈맨에게 문의하실 수 있습니다.
home-track-link = 접수번호로 진행 상황 확인하기

## 서비스 기준

standards-title = 서비스 기준
standards-lead = 각 부서는 민원을 얼마나 빨리 처리할지 약속하고 있습니다. 여기서 일수는 영업일 기준입니다. 영업일은 월요일부터 금요일까지이며 공휴일은 제외됩니다.
standards-caption = 각 부서가 민원 접수를 확인하고, 답변하고, 답변에 대한 재검토 요청에 답변하는 데 걸리는 영업일 수
standards-division = 부서
standards-acknowledge = 접수 확인
standards-answer = 답변
standards-review = 재검토
division-promises = 저희의 약속
division-acknowledge = 민원을 받은 후 { $days }영업일 이내에 접수를 확인해 드립니다.
division-answer = 민원을 받은 날부터 { $days }영업일 이내에 답변드립니다. 시간이 더 필요한 경우에는 그 이유와 언제까지 답변드릴지 알려 드립니다.
division-review = 저희 답변에 만족하지 않으시면 접수 건 확인 페이지에서 또는 311에 전화하여 재검토를 요청하실 수 있습니다. 해당 민원을 처리하지 않은 다른 담당자가 재검토하여 { $days }영업일 이내에 답변드립니다.
division-ombudsman = 재검토 후에도 만족하지 않으시면 시 옴부즈맨에게 민원을 제기하실 수 있습니다.
division-handles = 담당 업무
division-not-found = 해당 이름의 부서가 없습니다.

## 안내 도우미

helper-title = 알맞은 곳 찾기
helper-question = 무엇을 하시겠습니까?
helper-need-request = 문제를 처음으로 신고하기(포트홀, 쓰레기 미수거, 다친 동물 등)
helper-need-complaint = 서비스나 이전 요청이 처리된 방식에 대해 민원 제기하기
helper-need-compliment = 누군가에게 감사를 전하거나 서비스를 칭찬하기
helper-need-comment = 아이디어나 의견 나누기
helper-need-unsure = 잘 모르겠습니다
helper-next = 다음
helper-request-heading = 서비스 요청에 해당합니다
helper-request-text = 문제를 처음으로 신고하는 것은 민원이 아니라 서비스 요청입니다. 하루 중 언제든지 311(토론토 시외에서는 416-392-2489)에 전화하시거나, 온라인 또는 311 앱에서 시의 311 서비스 요청 창구를 이용해 주십시오. 서비스 요청 번호를 받으시게 됩니다.
helper-request-complaint-before = 이미 요청하셨는데 문제가 해결되지 않은 채 종결되었거나 처리에 너무 오래 걸렸다면
helper-request-complaint-link = 민원에 해당합니다
helper-search-label = 무엇에 관한 것입니까?
helper-search-hint = “포트홀”, “그린 빈”, “너구리”, “수도 요금 고지서”처럼 몇 단어를 입력해 주십시오.
helper-search = 검색
helper-no-match = “{ $query }”에 대한 검색 결과가 없습니다
helper-matches = “{ $query }”에 대한 검색 결과
helper-still-unsure = 여전히 잘 모르겠습니다: 311로 보내면 311이 알맞은 부서를 찾아 드립니다

## 양식

form-title = 민원 또는 칭찬 보내기
form-heading = 민원, 칭찬 또는 의견 보내기
form-error-title = 아래 { $count }개 항목을 수정해 주십시오
form-files-dropped = 첨부하신 파일이 저장되지 않았습니다. 다시 첨부해 주십시오.
form-kind = 무엇을 보내시겠습니까?
form-kind-complaint = 민원: 무언가가 제대로 처리되지 않아 답변을 받고 싶습니다
form-kind-compliment = 칭찬: 누군가 또는 어떤 서비스가 훌륭했습니다
form-kind-comment = 의견: 아이디어나 생각을 전합니다. 답변은 필요하지 않습니다
form-category = 어떤 서비스에 관한 것입니까?
form-category-hint = 잘 모르시면 “잘 모름”을 선택해 주십시오. 311이 알맞은 부서로 전달해 드립니다.
form-category-help = 선택 도움받기
form-not-sure = 잘 모름
form-description = 무슨 일이 있었습니까?
form-description-hint = 어떤 일이 있었는지, 아신다면 누가 관련되었는지, 그리고 이 일이 왜 중요한지 알려 주십시오.
form-happened = 언제 있었던 일입니까? (선택 사항)
form-remedy = 시가 어떻게 해 주기를 바라십니까? (선택 사항)
form-where = 장소는 어디입니까? (선택 사항)
form-address = 주소 또는 교차로
form-postal-code = 우편번호
form-point = 정확한 위치 입력(위도 및 경도)
form-lat = 위도
form-lon = 경도
form-service-request = 서비스 요청에 관한 것이라면 서비스 요청 번호 (선택 사항)
form-attachments = 사진 또는 문서 (선택 사항)
form-attachments-hint = 최대 { $files }개 파일: JPEG 또는 PNG 사진, 또는 PDF 문서이며 파일당 { $mb }MB까지 가능합니다. 사진을 보관하기 전에 위치 정보를 삭제합니다.
form-contact = 어떻게 연락드리면 됩니까?
form-name = 성함 (선택 사항)
form-email = 이메일
form-phone = 전화
form-contact-method = 어떤 방법으로 연락드릴까요?
form-contact-any = 아무 방법이나 괜찮음
form-contact-email = 이메일
form-contact-sms = 문자 메시지
form-contact-phone = 전화 통화
form-language = 안내 메시지를 받으실 언어
form-anonymous = 익명으로 보내기
form-anonymous-hint = 익명으로 보내셔도 내용은 조사하지만, 답변을 드리거나 어떤 조치를 했는지 알려 드릴 수는 없습니다. 성함, 이메일, 전화번호는 비워 두십시오.
form-accommodation = 참여하시는 데 편의 제공이 필요하십니까? (선택 사항)
form-accommodation-hint = 예: 큰 글씨 자료, 수어 통역사, 특정 시간대의 전화 연락.
form-notice-heading = 개인정보 이용 방법
form-notice = 시는 귀하의 민원, 칭찬 또는 의견을 조사하고, 답변드리고, 서비스를 개선하기 위해 이 양식의 정보를 수집합니다. 귀하의 성함과 연락처는 해당 건을 처리하는 직원만 볼 수 있습니다. 보고서와 공개 데이터에는 절대 포함되지 않습니다. 이에 관한 문의는 311로 해 주십시오.
form-consent = 시가 이 정보를 어떻게 이용하는지 읽었습니다
form-send = 보내기

## 입력란 옆에 표시되는 오류

error-kind-missing = 민원, 칭찬, 의견 중 하나를 선택해 주십시오.
error-category-unknown = “{ $code }”은(는) 저희 분류에 없습니다. 목록에서 하나를 고르시거나 “잘 모름”을 선택해 주십시오.
error-description-missing = 무슨 일이 있었는지 알려 주십시오.
error-too-long = 최대 { $max }자까지로 줄여 주십시오(현재 { $count }자).
error-postal-code = M5H 2N2와 같은 캐나다 우편번호를 입력하시거나, 앞의 세 글자만 입력해 주십시오.
error-latitude-range = 위도는 -90에서 90 사이여야 합니다.
error-longitude-range = 경도는 -180에서 180 사이여야 합니다.
error-latitude-missing = 경도와 함께 위도도 입력해 주십시오.
error-longitude-missing = 위도와 함께 경도도 입력해 주십시오.
error-number = 43.6535 또는 -79.3841처럼 도 단위의 숫자를 입력해 주십시오.
error-language-code = “{ $code }”은(는) 언어 코드가 아닙니다. en, fr, zh-Hant, ar과 같은 코드를 사용해 주십시오.
error-anonymous-with-contact = 익명으로 보내시려면 성함, 이메일, 전화번호를 비워 두시거나, “익명으로 보내기” 선택을 해제해 주십시오.
error-email = 이메일 주소 형식이 아닌 것 같습니다. name@example.ca처럼 @가 하나 있고 도메인이 있는지 확인해 주십시오.
error-phone = 416-555-0123처럼 10~15자리 전화번호를 입력해 주십시오.
error-contact-missing = 답변을 받으시려면 이메일 주소나 전화번호를 입력해 주시거나, 익명으로 보내기를 선택해 주십시오.
error-contact-method-needs = { $needs ->
    [email] 이 방법으로 연락을 받으시려면 이메일 주소도 입력해 주십시오.
   *[phone] 이 방법으로 연락을 받으시려면 전화번호도 입력해 주십시오.
}
error-service-request = 서비스 요청 번호는 받으신 그대로 입력해 주십시오(최대 40자).
error-consent = 시가 이 정보를 어떻게 이용하는지 읽으셨는지 확인해 주십시오.
error-too-many-files = 파일은 최대 { $files }개까지 보내실 수 있습니다.
error-file-type = “{ $file }” 파일을 JPEG, PNG 또는 PDF 파일로 읽을 수 없습니다. 이 형식 중 하나로 보내 주십시오.
error-file-size = “{ $file }” 파일이 { $mb }MB보다 큽니다. 더 작은 사진이나 해상도를 낮춘 스캔 파일을 보내 주십시오.

## 보낸 후

submitted-title = 접수 완료
submitted-heading = { $kind ->
    [compliment] 감사합니다. 칭찬이 접수되었습니다
    [comment] 감사합니다. 의견이 접수되었습니다
   *[complaint] 감사합니다. 민원이 접수되었습니다
}
submitted-number = 귀하의 접수번호:
submitted-keep = 이 번호를 적어 두시거나 이 페이지를 보관해 주십시오. 진행 상황을 확인하실 때 필요하며, 311 상담원도 이 번호로 조회할 수 있습니다.
submitted-next = 앞으로의 진행 과정
submitted-acknowledge = { $division }에서 { $days }영업일 이내에 민원 접수를 확인해 드립니다.
submitted-answer = 직원이 내용을 조사하여 { $days }영업일 이내에 답변드립니다. 추가 정보가 필요하면 연락드리겠습니다.
submitted-review = 답변에 만족하지 않으시면 다른 담당자에게 재검토를 요청하실 수 있습니다.
submitted-compliment = 감사의 말씀을 { $division }의 해당 직원과 상급자에게 전달하겠습니다.
submitted-comment = { $division }에서 의견을 읽어 보겠습니다. 더 하실 일은 없습니다.
submitted-follow = 진행 상황 확인

## 접수 건 확인

track-title = 접수 건 진행 상황 확인
track-number = 접수번호
track-number-hint = 1234-5678-90처럼 열 자리 숫자입니다. 접수하실 때 받으신 번호입니다.
track-find = 내 접수 건 찾기
track-not-found = 이 접수번호에 해당하는 건이 없습니다. 숫자를 확인하시거나 311에 전화해 주십시오.
track-not-a-number = 접수번호가 아닙니다. 접수번호는 1234-5678-90처럼 열 자리 숫자입니다.
track-wrong-digit = 이 접수번호에 잘못 입력된 숫자가 있거나 두 숫자의 순서가 바뀌었습니다. 확인하시거나 311에 전화해 주십시오.
case-title = 접수 건 { $tracking }
case-status = 상태
case-kind = 유형
case-kind-value = { $kind ->
    [compliment] 칭찬
    [comment] 의견
   *[complaint] 민원
}
case-division = 담당 부서
case-category = 관련 분야
case-received = 접수일
case-acknowledged = 접수 확인일
case-closed = 종결일
case-expect = 예상 일정
case-acknowledge-by = { $date }까지 접수를 확인해 드립니다.
case-answer-by = { $date }까지 답변드립니다.
case-promise = 저희의 약속
case-promise-text = 민원을 받은 날부터 { $acknowledge }영업일 이내에 접수를 확인하고, { $answer }영업일 이내에 답변드립니다.
case-question-heading = 추가 정보가 필요합니다
case-question-paused = 답변을 기다리는 동안에는 처리 기한이 계산되지 않습니다.
case-paused-since = { $date }부터 답변을 기다리는 중이며, 처리 기한이 일시 중지되었습니다.
case-answer-label = 답변
case-confirm-label = 이메일 주소 또는 전화번호
case-confirm-hint = 본인 확인을 위해, 접수하실 때 입력하신 그대로 입력해 주십시오.
case-send = 보내기
case-updates = 진행 내역
case-no-updates = 아직 새 소식이 없습니다.
case-review-heading = 답변에 만족하지 않으십니까?
case-review-text = 재검토를 요청하십시오. 해당 민원을 처리하지 않은 다른 담당자가 다시 검토하여 { $review }영업일 이내에 답변드립니다. 답변을 받으신 후 { $window }일 이내에 요청해 주십시오. 그 이후에는 상급자가 재검토 여부를 결정합니다. 접수번호를 가지고 311에 전화하셔도 됩니다.
case-review-reason = 만족하지 않으시는 이유는 무엇입니까?
case-review-send = 재검토 요청하기
case-ombudsman-heading = 그래도 만족하지 않으십니까?
case-ombudsman-text = 귀하의 민원은 시의 마지막 재검토까지 마쳤습니다. 시의 각 부서로부터 독립된 시 옴부즈맨에게 조사를 요청하실 수 있습니다. 옴부즈맨 사무소에 연락하여 접수번호 { $tracking }을(를) 알려 주십시오.
case-messages-heading = 이메일 및 문자 메시지
case-messages-text = 이 접수 건에 새 소식이 있으면 연락드립니다. 이러한 메시지는 중단하실 수 있습니다. 메시지를 중단하셔도 접수 건은 계속 처리되며, 이 페이지에서 계속 확인하실 수 있습니다.
case-messages-stop = 이 접수 건 메시지 중단하기
case-messages-stopped-text = 이 접수 건에 관한 메시지를 보내지 말라고 요청하셨습니다. 이 페이지에서 계속 확인하시거나 메시지를 다시 받으실 수 있습니다.
case-messages-resume = 메시지 다시 받기
case-another = 다른 접수 건 확인하기
case-changed = 작성하시는 동안 접수 건의 내용이 바뀌었습니다. 다시 확인하시고, 여전히 필요하시면 메시지를 다시 보내 주십시오.

status-received = 접수됨, 접수 확인 대기 중
status-acknowledged = 접수 확인됨, 조사 중
status-in_progress = 조사 중
status-resolved = 답변 완료
status-awaiting_information = 귀하의 추가 정보를 기다리는 중
status-escalation_requested = 재검토 요청을 상급자가 검토하는 중
status-escalated = 재검토 중
status-closed = 종결됨

timeline-received = 접수되었습니다.
timeline-acknowledged = 담당 부서가 접수를 확인하고 조사하고 있습니다.
timeline-message = 시의 메시지: { $text }
timeline-answered = 답변 완료: { $outcome }.
timeline-review-answered = 재검토 답변 완료: { $outcome }.
timeline-extension = 시간이 더 필요합니다: { $reason } { $date }까지 답변드리겠습니다.
timeline-question = 문의 사항: { $text }
timeline-information = 요청드린 정보를 보내 주셨습니다.
timeline-review-requested = 재검토를 요청하셨습니다.
timeline-closed = 접수 건이 종결되었습니다.

## 주민이 접수 건에서 할 수 있는 일과 거절될 수 있는 이유

action-too-long = 최대 { $max }자까지로 줄여 주십시오(현재 { $count }자).
action-reason-missing = 만족하지 않으시는 이유를 알려 주십시오.
action-information-missing = 답변을 입력해 주십시오.
action-not-yours = 접수하실 때 입력하신 이메일 주소나 전화번호를 입력해 주십시오.
action-anonymous = 이 건은 연락처 없이 접수되어 온라인으로 본인 여부를 확인할 수 없습니다. 접수번호를 가지고 311에 전화해 주십시오.
action-review-not-now = 재검토는 시가 답변한 후에만, 그리고 답변 한 번에 한 번만 요청하실 수 있습니다.
action-information-not-now = 이 건에 대해 기다리고 있는 정보가 없습니다.

## 오류 페이지

page-not-found-title = 페이지를 찾을 수 없습니다
page-not-found = 요청하신 페이지를 찾을 수 없습니다. 주소를 확인하시거나 홈페이지에서 다시 시작해 주십시오.
page-internal-title = 저희 쪽에 문제가 생겼습니다
page-internal = 입력하신 내용은 사라지지 않았습니다. 잠시 후 다시 시도하시거나 311에 전화해 주십시오.
page-too-many-title = 잠시 기다려 주십시오
page-too-many = 귀하의 연결에서 너무 많은 요청이 들어왔습니다. 1분 정도 기다리신 후 다시 시도해 주십시오.
page-conflict-title = 접수 건 내용이 바뀌었습니다
page-bad-request-title = 내용을 읽을 수 없습니다
page-bad-form = 양식을 읽을 수 없습니다. 이전 페이지로 돌아가 다시 보내 주십시오.
page-home-link = 홈페이지로 가기

## Open data

open-data-title = 공개 데이터
open-data-lead = 시가 받는 모든 민원, 칭찬, 의견을 누구나 이용할 수 있는 파일로 공개합니다. 파일에는 개인정보가 들어 있지 않습니다. 이름이나 연락처, 주민이나 직원이 쓴 글, 정확한 주소, 직원 이름은 포함되지 않습니다. 장소는 선거구와 우편번호 앞 세 글자로만, 날짜는 일 단위로만 표시합니다.
open-data-csv = 모든 접수 건을 CSV로 내려받기
open-data-json = 모든 접수 건을 JSON으로 내려받기
open-data-columns = 각 열의 내용
open-data-column = 열
open-data-meaning = 내용
footer-open-data = 민원 및 칭찬에 관한 공개 데이터
open-data-col-tracking-number = 접수 건의 공개 접수번호입니다.
open-data-col-kind = 민원, 칭찬 또는 의견입니다.
open-data-col-channel = 접수 경로: 웹, 앱, 전화, 방문, 우편, 이메일, 채팅 또는 Open311.
open-data-col-division = 해당 건을 처리하는 부서입니다.
open-data-col-section = 알려진 경우, 부서 내 담당 과입니다.
open-data-col-category = 알려진 경우, 분류입니다.
open-data-col-ward = 장소가 입력된 경우, 그 장소가 속한 시 선거구입니다.
open-data-col-postal-prefix = 우편번호가 입력된 경우, 그 앞의 세 글자입니다.
open-data-col-language = 안내 메시지용으로 선택한 언어 또는 “other”입니다.
open-data-col-received-on = 접수일입니다.
open-data-col-acknowledged-on = 접수 확인일입니다.
open-data-col-status = 현재 처리 과정에서의 상태입니다.
open-data-col-stage = 부서 답변 단계는 1, 재검토가 요청된 후에는 2입니다.
open-data-col-first-outcome = 부서 답변의 결과입니다.
open-data-col-first-answered-on = 부서가 답변한 날짜입니다.
open-data-col-review-outcome = 재검토가 있었던 경우, 그 결과입니다.
open-data-col-review-answered-on = 재검토 답변 날짜입니다.
open-data-col-extensions = 부서가 처리 기한을 연장한 횟수입니다.
open-data-col-ombudsman-referred = 주민이 해당 건을 시 옴부즈맨에게 제기했는지 여부입니다.
open-data-col-closed-on = 종결일입니다.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = 교육 모드.
training-banner = 이것은 연습용 시스템입니다. 여기서 보낸 내용은 시청이나 주민에게 전달되지 않으며 어떤 통계에도 포함되지 않습니다.

# The public report (/reports).
nav-reports = 보고서
reports-title = 시의 민원 처리 현황
reports-lead = 시가 받은 민원, 칭찬, 의견에 관한 수치를 부서별, 분기별로 보여 줍니다. 모든 사례의 처리 기록에서 계산한 것입니다.
reports-quarter-label = 분기
reports-quarter = { $year }년 { $q }분기
reports-show = 보기
reports-summary-title = 요약
reports-summary = { $quarter }에 시는 민원, 칭찬, 의견을 { $received }건 받았습니다.
reports-summary-answered = 첫 답변의 { $share }가 서비스 기준 기간 안에 나갔습니다.
reports-summary-median = 첫 답변의 절반은 { $days }영업일 안에 나갔습니다.
reports-summary-reviews = 주민들은 답변을 받은 민원의 { $share }에 대해 재검토를 요청했습니다.
reports-summary-small = { $quarter }에 받은 사례가 10건 미만이어서, 글을 보낸 분들의 개인정보를 보호하기 위해 수치를 표시하지 않습니다.
reports-by-division = 부서별, { $quarter }
reports-by-quarter = 시 전체, 분기별
reports-col-division = 부서
reports-col-quarter = 분기
reports-col-received = 접수된 사례
reports-col-acknowledged = 기준 안에 접수 확인
reports-col-answered = 첫 답변
reports-col-median = 첫 답변까지의 영업일 중앙값
reports-col-within = 기준 안의 첫 답변
reports-col-closed = 종결된 사례
reports-col-reviews = 재검토 요청
reports-col-ombudsman = 옴부즈맨에게 제기
reports-col-compliments = 칭찬
reports-all-divisions = 모든 부서
reports-suppressed = 10건 미만
reports-reading-title = 수치를 읽는 방법
reports-note-suppression = 개인정보 보호를 위해 10 미만의 수는 ‘10건 미만’으로 표시하며, 그런 수에서 계산한 비율이나 기간은 표시하지 않습니다(–).
reports-note-days = 영업일은 공휴일을 제외한 월요일부터 금요일까지입니다. 주민의 답을 기다린 날은 세지 않습니다.
reports-note-standard = 각 부서는 민원의 접수를 확인하고 답변하는 데 걸리는 영업일 수를 서비스 기준으로 공개합니다.
reports-open-data = 개인정보를 뺀 모든 사례는 공개 데이터에 있습니다.
reports-requests-title = 구역별 311 서비스 요청
reports-requests-lead = 시의 311 시스템이 공개하고 여기에 불러온 모든 날짜의 서비스 요청입니다. 민원이 아니며, 주민들이 어디에서 서비스를 요청했는지 보여 줍니다.
reports-col-ward = 구역
reports-col-requests = 서비스 요청
reports-col-requests-closed = 종결
reports-no-ward = 구역 밖이거나 장소가 없음

## The chatbot

nav-chat = 채팅 상담
chat-title = 채팅 상담
chat-lead = 무슨 일이 있었는지 편하게 말씀해 주세요. 어디로 보내야 할지 제안하고, 몇 가지 질문을 드린 뒤 대신 접수해 드리겠습니다. 양식을 이용하셔도 됩니다.
chat-describe = 무슨 일이 있었나요? 몇 문장이면 충분합니다.
chat-log-label = 대화
chat-you = 나
chat-bot = 시청 도우미
chat-your-message = 메시지
chat-send = 보내기
chat-continue = 계속
chat-skip = 건너뛰기
chat-skipped = (건너뜀)
chat-start-again = 처음부터 다시
chat-empty = 받은 내용이 없습니다. 무슨 일이 있었는지 적어 주세요.
chat-not-understood = 죄송합니다. 이해하지 못했습니다. 아래 입력란으로 답하시거나, 버튼을 누르시거나, 양식을 이용하시거나, 상담원과 통화하실 수 있습니다.
chat-proposal = 제가 이해한 내용입니다. 맞지 않으면 아래에서 바꿔 주세요.
chat-proposal-guess = 제대로 이해했는지 확실하지 않습니다. 가장 가능성 있는 추측입니다. 아래에서 확인해 주세요.
chat-proposal-none = 죄송합니다. 어떤 서비스에 관한 것인지 이해하지 못했습니다. 아래에서 하나를 고르시거나 “{ form-not-sure }”를 고르시면 311이 담당 부서를 찾아 드립니다. 양식을 이용하시거나 상담원과 통화하실 수도 있습니다.
chat-service-request = 이미 신고했는데 해결되지 않았거나 너무 오래 걸렸다면 그것은 민원이며, 제가 대신 접수해 드릴 수 있습니다.
chat-already-reported = 이미 신고했습니다: 민원 제기
chat-ask-location = 어디에서 있었던 일인가요? 주소나 교차로를 알려 주시거나 이 질문을 건너뛰세요.
chat-ask-remedy = 시에서 어떻게 해 주기를 원하시나요? 이 질문은 건너뛰셔도 됩니다.
chat-ask-contact = 시에서 어떻게 연락드리면 될까요? 이메일이나 전화번호를 알려 주시거나 익명으로 보내세요.
chat-contact-given = 제 연락처입니다.
chat-ask-language = 시에서 어떤 언어로 연락드릴까요?
chat-summary = 모든 내용을 확인한 뒤 보내 주세요.
chat-send-case = 보내기
chat-fix = 먼저 이것을 고쳐 주세요:
chat-status-ask = 접수 번호(1234-5678-90처럼 열 자리 숫자)를 입력하시면 처리 상황을 알려 드리겠습니다.
chat-person = 상담원과 통화하시려면 언제든지 311(시외에서는 416-392-2489)로 전화하세요. 양식을 이용하셔도 됩니다.
chat-actions-label = 그 밖에 도와드릴 수 있는 일
chat-action-status = 제 민원은 어떻게 되고 있나요?
chat-action-standards = 처리 기간과 재검토
chat-action-person = 상담원과 통화
chat-action-form = 양식 이용하기
