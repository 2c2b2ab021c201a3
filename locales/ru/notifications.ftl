# Messages Heard sends to residents by e-mail and SMS, in Russian.
# Same ids and same variables as locales/en/notifications.ftl.
# $date is used in the nominative ("Срок ответа: ..."); $days is followed by "дн."
# so that the text is correct for any number of days.

## Общие части

city-name = Город Торонто
greeting = Здравствуйте!
greeting-named = Здравствуйте, { $name }!
link-intro = Следить за ходом рассмотрения и отвечать нам можно на странице Вашего обращения:
sign-off = { $city }
footer = Пожалуйста, не отвечайте на это письмо: этот почтовый ящик не просматривается. Воспользуйтесь страницей, указанной выше, или позвоните по номеру 311 и назовите номер Вашего обращения.
footer-stop = Чтобы отключить сообщения по этому обращению, воспользуйтесь его страницей.
sms-short = { $city }: есть новости по Вашему обращению { $tracking }. Подробнее: { $link }

outcome-upheld = жалоба удовлетворена (Ваша жалоба признана обоснованной)
outcome-partly_upheld = жалоба удовлетворена частично (Ваша жалоба признана частично обоснованной)
outcome-not_upheld = жалоба не удовлетворена (Ваша жалоба не признана обоснованной)
outcome-resolved = вопрос решён
outcome-withdrawn = обращение отозвано
outcome-referred_elsewhere = обращение передано в организацию, которая занимается этим вопросом
outcome-not_a_complaint = обращение рассмотрено как запрос на услугу, а не как жалоба

date-long = { $weekday }, { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье

## Уведомления

received-subject = { $kind ->
    [comment] Мы получили Ваш отзыв
   *[complaint] Мы получили Вашу жалобу
} ({ $tracking })
received-body = { $kind ->
    [comment] Спасибо за Ваш отзыв. Мы получили его и присвоили ему номер { $tracking }.
   *[complaint] Спасибо, что обратились к нам. Мы получили Вашу жалобу и присвоили ей номер { $tracking }.
} Сохраните этот номер: по нему можно следить за ходом рассмотрения на сайте или по телефону 311.
received-sms = { $city }: мы получили { $kind ->
    [comment] Ваш отзыв
   *[complaint] Вашу жалобу
}. Номер обращения { $tracking }. Следить за ходом рассмотрения: { $link }

thanks-subject = Спасибо за добрые слова ({ $tracking })
thanks-body = Спасибо, что нашли время рассказать нам о том, что было сделано хорошо. Мы передадим Ваш отзыв сотрудникам и соответствующему подразделению. Номер обращения: { $tracking }.
thanks-sms = { $city }: спасибо за добрые слова, мы их передадим. Номер обращения { $tracking }: { $link }

acknowledged-subject = Ваше обращение { $tracking } рассматривается
acknowledged-body = Мы ознакомились с Вашим обращением, и им уже занимаются наши специалисты. Мы напишем Вам снова, когда у нас будет ответ.
acknowledged-next = Ориентировочный срок ответа: { $date }.
acknowledged-sms = { $city }: Ваше обращение { $tracking } рассматривается. Следить за ходом рассмотрения: { $link }

information-requested-subject = Нам нужны дополнительные сведения по Вашему обращению { $tracking }
information-requested-body = Чтобы продолжить рассмотрение Вашего обращения, нам нужны дополнительные сведения от Вас.
information-requested-quote = Наш вопрос:
information-requested-next = Пожалуйста, ответьте на странице Вашего обращения. Срок подготовки нашего ответа приостановлен, пока мы не получим Ваш ответ.
information-requested-sms = { $city }: нам нужны дополнительные сведения по Вашему обращению { $tracking }. Ответить: { $link }

update-sent-subject = Новости по Вашему обращению { $tracking }
update-sent-body = По Вашему обращению есть новости.
update-sent-quote = Наше сообщение:
update-sent-sms = { $city }: есть новости по Вашему обращению { $tracking }. Прочитать: { $link }

extension-granted-subject = Нам нужно больше времени для рассмотрения обращения { $tracking }
extension-granted-body = Нам нужно больше времени, чтобы дать Вам полный ответ. Новый ориентировочный срок ответа: { $date }.
extension-granted-quote = Причина:
extension-granted-sms = { $city }: нам нужно больше времени для рассмотрения обращения { $tracking }. Новый срок ответа: { $date }. { $link }

resolved-subject = Наш ответ по Вашему обращению { $tracking }
resolved-body = Мы завершили рассмотрение Вашего обращения. Результат: { $outcome }.
resolved-quote = Обоснование решения:
resolved-next = Если этот ответ Вас не устраивает, Вы можете запросить пересмотр на странице Вашего обращения (срок — { $days } дн.). Обращение повторно рассмотрит сотрудник, который ранее им не занимался.
resolved-sms = { $city }: мы ответили на Ваше обращение { $tracking }. Прочитать ответ или запросить пересмотр (срок — { $days } дн.): { $link }

resolved-final-next = Если этот ответ Вас не устраивает, Вы можете обратиться к омбудсмену: { $ombudsman }. Омбудсмен не зависит от городских служб, и его помощь бесплатна: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: мы ответили на Ваше обращение { $tracking }. Ответ: { $link }. Не согласны? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = Мы получили Ваш запрос на пересмотр ({ $tracking })
escalation-received-body = Мы получили Ваш запрос на пересмотр нашего ответа по Вашему обращению. Обращение повторно рассмотрит сотрудник, который ранее им не занимался, и напишет Вам.
escalation-received-sms = { $city }: мы получили Ваш запрос на пересмотр обращения { $tracking }. Следить за ходом: { $link }

review-answered-subject = Пересмотр Вашего обращения { $tracking } завершён
review-answered-body = Пересмотр Вашего обращения завершён. Результат: { $outcome }.
review-answered-quote = Обоснование сотрудника, проводившего пересмотр:
review-answered-next = Если Вы по-прежнему не согласны, Вы можете обратиться к омбудсмену: { $ombudsman }. Омбудсмен не зависит от городских служб, и его помощь бесплатна: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: пересмотр Вашего обращения { $tracking } завершён: { $link }. По-прежнему не согласны? { $ombudsman }: { $ombudsman-phone }

closed-subject = Ваше обращение { $tracking } закрыто
closed-body = Ваше обращение закрыто. Спасибо, что помогаете нам улучшать работу городских служб.
closed-sms = { $city }: Ваше обращение { $tracking } закрыто. Спасибо. { $link }
