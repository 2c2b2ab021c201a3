# Messages Heard sends to residents by e-mail and SMS, in Punjabi (Gurmukhi).
# Same ids and same variables as locales/en/notifications.ftl.

## ਸਾਂਝੇ ਹਿੱਸੇ

city-name = ਸਿਟੀ ਆਫ਼ ਟੋਰਾਂਟੋ
greeting = ਸਤਿਕਾਰਯੋਗ ਨਿਵਾਸੀ ਜੀ,
greeting-named = ਸਤਿਕਾਰਯੋਗ { $name } ਜੀ,
link-intro = ਆਪਣੇ ਕੇਸ ਦੇ ਪੰਨੇ ਉੱਤੇ ਉਸ ਦੀ ਪ੍ਰਗਤੀ ਦੇਖੋ ਅਤੇ ਸਾਨੂੰ ਜਵਾਬ ਦਿਓ:
sign-off = { $city }
footer = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸੁਨੇਹੇ ਦਾ ਜਵਾਬ ਨਾ ਦਿਓ: ਇਸ ਮੇਲਬਾਕਸ ਨੂੰ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਉੱਪਰ ਦਿੱਤੇ ਪੰਨੇ ਦੀ ਵਰਤੋਂ ਕਰੋ, ਜਾਂ 311 ਉੱਤੇ ਕਾਲ ਕਰਕੇ ਆਪਣਾ ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ ਦੱਸੋ।
footer-stop = ਇਸ ਕੇਸ ਬਾਰੇ ਸੁਨੇਹੇ ਬੰਦ ਕਰਨ ਲਈ, ਇਸ ਦੇ ਪੰਨੇ ਦੀ ਵਰਤੋਂ ਕਰੋ।
sms-short = { $city }: ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਹੈ। ਦੇਖੋ: { $link }

outcome-upheld = ਸ਼ਿਕਾਇਤ ਸਹੀ ਪਾਈ ਗਈ (ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਜਾਇਜ਼ ਮੰਨੀ ਗਈ)
outcome-partly_upheld = ਸ਼ਿਕਾਇਤ ਅੰਸ਼ਕ ਤੌਰ ਉੱਤੇ ਸਹੀ ਪਾਈ ਗਈ (ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਾ ਕੁਝ ਹਿੱਸਾ ਜਾਇਜ਼ ਮੰਨਿਆ ਗਿਆ)
outcome-not_upheld = ਸ਼ਿਕਾਇਤ ਸਹੀ ਨਹੀਂ ਪਾਈ ਗਈ (ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਜਾਇਜ਼ ਨਹੀਂ ਮੰਨੀ ਗਈ)
outcome-resolved = ਮਾਮਲਾ ਹੱਲ ਹੋ ਗਿਆ
outcome-withdrawn = ਕੇਸ ਵਾਪਸ ਲੈ ਲਿਆ ਗਿਆ
outcome-referred_elsewhere = ਕੇਸ ਇਸ ਮਾਮਲੇ ਨੂੰ ਦੇਖਣ ਵਾਲੀ ਸੰਸਥਾ ਕੋਲ ਭੇਜ ਦਿੱਤਾ ਗਿਆ
outcome-not_a_complaint = ਕੇਸ ਨੂੰ ਸ਼ਿਕਾਇਤ ਵਜੋਂ ਨਹੀਂ, ਸਗੋਂ ਸੇਵਾ ਦੀ ਬੇਨਤੀ ਵਜੋਂ ਨਿਪਟਾਇਆ ਗਿਆ

date-long = { $weekday }, { $day } { $month } { $year }
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ

## ਸੂਚਨਾਵਾਂ

received-subject = { $kind ->
    [comment] ਸਾਨੂੰ ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਮਿਲ ਗਈ ਹੈ
   *[complaint] ਸਾਨੂੰ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਮਿਲ ਗਈ ਹੈ
} ({ $tracking })
received-body = { $kind ->
    [comment] ਤੁਹਾਡੀ ਟਿੱਪਣੀ ਲਈ ਧੰਨਵਾਦ। ਸਾਨੂੰ ਇਹ ਮਿਲ ਗਈ ਹੈ ਅਤੇ ਅਸੀਂ ਇਸ ਨੂੰ ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ { $tracking } ਦਿੱਤਾ ਹੈ।
   *[complaint] ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਧੰਨਵਾਦ। ਸਾਨੂੰ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਮਿਲ ਗਈ ਹੈ ਅਤੇ ਅਸੀਂ ਇਸ ਨੂੰ ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ { $tracking } ਦਿੱਤਾ ਹੈ।
} ਇਹ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ: ਇਸ ਨਾਲ ਤੁਸੀਂ ਆਪਣੇ ਕੇਸ ਦੀ ਪ੍ਰਗਤੀ ਔਨਲਾਈਨ, ਜਾਂ 311 ਉੱਤੇ ਕਾਲ ਕਰਕੇ, ਜਾਣ ਸਕਦੇ ਹੋ।
received-sms = { $city }: ਸਾਨੂੰ ਤੁਹਾਡੀ { $kind ->
    [comment] ਟਿੱਪਣੀ
   *[complaint] ਸ਼ਿਕਾਇਤ
} ਮਿਲ ਗਈ ਹੈ। ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ { $tracking }। ਪ੍ਰਗਤੀ ਦੇਖੋ: { $link }

thanks-subject = ਤੁਹਾਡੀ ਪ੍ਰਸ਼ੰਸਾ ਲਈ ਧੰਨਵਾਦ ({ $tracking })
thanks-body = ਸਾਨੂੰ ਇਹ ਦੱਸਣ ਲਈ ਸਮਾਂ ਕੱਢਣ ਵਾਸਤੇ ਧੰਨਵਾਦ ਕਿ ਕੀ ਵਧੀਆ ਰਿਹਾ। ਅਸੀਂ ਤੁਹਾਡੀ ਪ੍ਰਸ਼ੰਸਾ ਸਬੰਧਤ ਸਟਾਫ਼ ਅਤੇ ਵਿਭਾਗ ਤੱਕ ਪਹੁੰਚਾ ਦੇਵਾਂਗੇ। ਇਸ ਦਾ ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ { $tracking } ਹੈ।
thanks-sms = { $city }: ਤੁਹਾਡੀ ਪ੍ਰਸ਼ੰਸਾ ਲਈ ਧੰਨਵਾਦ, ਅਸੀਂ ਇਸ ਨੂੰ ਅੱਗੇ ਪਹੁੰਚਾ ਦੇਵਾਂਗੇ। ਟ੍ਰੈਕਿੰਗ ਨੰਬਰ { $tracking }: { $link }

acknowledged-subject = ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
acknowledged-body = ਅਸੀਂ ਤੁਹਾਡਾ ਕੇਸ ਦੇਖ ਲਿਆ ਹੈ ਅਤੇ ਹੁਣ ਇੱਕ ਟੀਮ ਇਸ ਉੱਤੇ ਕੰਮ ਕਰ ਰਹੀ ਹੈ। ਜਦੋਂ ਸਾਡੇ ਕੋਲ ਜਵਾਬ ਹੋਵੇਗਾ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਲਿਖਾਂਗੇ।
acknowledged-next = ਸਾਡੀ ਕੋਸ਼ਿਸ਼ ਹੈ ਕਿ { $date } ਤੱਕ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਦੇਈਏ।
acknowledged-sms = { $city }: ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ। ਪ੍ਰਗਤੀ ਦੇਖੋ: { $link }

information-requested-subject = ਸਾਨੂੰ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਦੀ ਲੋੜ ਹੈ
information-requested-body = ਤੁਹਾਡੇ ਕੇਸ ਉੱਤੇ ਕਾਰਵਾਈ ਜਾਰੀ ਰੱਖਣ ਲਈ, ਸਾਨੂੰ ਤੁਹਾਡੇ ਤੋਂ ਹੋਰ ਜਾਣਕਾਰੀ ਦੀ ਲੋੜ ਹੈ।
information-requested-quote = ਸਾਡਾ ਸਵਾਲ:
information-requested-next = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਕੇਸ ਦੇ ਪੰਨੇ ਉੱਤੇ ਜਵਾਬ ਦਿਓ। ਜਦੋਂ ਤੱਕ ਤੁਹਾਡਾ ਜਵਾਬ ਨਹੀਂ ਆਉਂਦਾ, ਸਾਡੇ ਜਵਾਬ ਦੇਣ ਦੀ ਸਮਾਂ-ਸੀਮਾ ਰੁਕੀ ਰਹੇਗੀ।
information-requested-sms = { $city }: ਸਾਨੂੰ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਦੀ ਲੋੜ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇੱਥੇ ਜਵਾਬ ਦਿਓ: { $link }

update-sent-subject = ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ
update-sent-body = ਤੁਹਾਡੇ ਕੇਸ ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਹੈ।
update-sent-quote = ਸਾਡਾ ਸੁਨੇਹਾ:
update-sent-sms = { $city }: ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਹੈ। ਇੱਥੇ ਪੜ੍ਹੋ: { $link }

extension-granted-subject = ਸਾਨੂੰ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਲਈ ਹੋਰ ਸਮੇਂ ਦੀ ਲੋੜ ਹੈ
extension-granted-body = ਤੁਹਾਨੂੰ ਪੂਰਾ ਜਵਾਬ ਦੇਣ ਲਈ ਸਾਨੂੰ ਹੋਰ ਸਮੇਂ ਦੀ ਲੋੜ ਹੈ। ਹੁਣ ਸਾਨੂੰ ਉਮੀਦ ਹੈ ਕਿ ਅਸੀਂ { $date } ਤੱਕ ਜਵਾਬ ਦੇਵਾਂਗੇ।
extension-granted-quote = ਕਾਰਨ:
extension-granted-sms = { $city }: ਸਾਨੂੰ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਲਈ ਹੋਰ ਸਮੇਂ ਦੀ ਲੋੜ ਹੈ। ਹੁਣ { $date } ਤੱਕ ਜਵਾਬ ਦੇਣ ਦੀ ਉਮੀਦ ਹੈ। { $link }

resolved-subject = ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਬਾਰੇ ਸਾਡਾ ਜਵਾਬ
resolved-body = ਅਸੀਂ ਤੁਹਾਡੇ ਕੇਸ ਦੀ ਜਾਂਚ ਪੂਰੀ ਕਰ ਲਈ ਹੈ। ਨਤੀਜਾ: { $outcome }।
resolved-quote = ਸਾਡੇ ਕਾਰਨ:
resolved-next = ਜੇ ਤੁਸੀਂ ਇਸ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ { $days } ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਆਪਣੇ ਕੇਸ ਦੇ ਪੰਨੇ ਉੱਤੇ ਸਮੀਖਿਆ ਦੀ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ। ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ, ਜਿਸ ਨੇ ਪਹਿਲਾਂ ਤੁਹਾਡਾ ਕੇਸ ਨਹੀਂ ਦੇਖਿਆ, ਇਸ ਦੀ ਦੁਬਾਰਾ ਜਾਂਚ ਕਰੇਗਾ।
resolved-sms = { $city }: ਅਸੀਂ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦਾ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ। ਜਵਾਬ ਪੜ੍ਹੋ, ਜਾਂ { $days } ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਸਮੀਖਿਆ ਦੀ ਬੇਨਤੀ ਕਰੋ: { $link }

resolved-final-next = ਜੇ ਤੁਸੀਂ ਇਸ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ { $ombudsman } ਨੂੰ ਇਸ ਮਾਮਲੇ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਓਮਬਡਸਮੈਨ ਦਾ ਦਫ਼ਤਰ ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ ਤੋਂ ਸੁਤੰਤਰ ਹੈ ਅਤੇ ਇਸ ਦੀ ਸੇਵਾ ਮੁਫ਼ਤ ਹੈ: { $ombudsman-url }, { $ombudsman-phone }।
resolved-final-sms = { $city }: ਅਸੀਂ ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦਾ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ। ਸੰਤੁਸ਼ਟ ਨਹੀਂ? { $ombudsman }: { $ombudsman-phone }। ਜਵਾਬ ਪੜ੍ਹੋ: { $link }

escalation-received-subject = ਸਾਨੂੰ ਤੁਹਾਡੀ ਸਮੀਖਿਆ ਦੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ ({ $tracking })
escalation-received-body = ਸਾਨੂੰ ਤੁਹਾਡੇ ਕੇਸ ਬਾਰੇ ਸਾਡੇ ਜਵਾਬ ਦੀ ਸਮੀਖਿਆ ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ, ਜਿਸ ਨੇ ਪਹਿਲਾਂ ਤੁਹਾਡਾ ਕੇਸ ਨਹੀਂ ਦੇਖਿਆ, ਇਸ ਦੀ ਦੁਬਾਰਾ ਜਾਂਚ ਕਰੇਗਾ ਅਤੇ ਤੁਹਾਨੂੰ ਲਿਖੇਗਾ।
escalation-received-sms = { $city }: ਸਾਨੂੰ ਕੇਸ { $tracking } ਦੀ ਸਮੀਖਿਆ ਲਈ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ। ਪ੍ਰਗਤੀ ਦੇਖੋ: { $link }

review-answered-subject = ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦੀ ਸਮੀਖਿਆ ਪੂਰੀ ਹੋ ਗਈ ਹੈ
review-answered-body = ਤੁਹਾਡੇ ਕੇਸ ਦੀ ਸਮੀਖਿਆ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਨਤੀਜਾ: { $outcome }।
review-answered-quote = ਸਮੀਖਿਆ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਦੇ ਕਾਰਨ:
review-answered-next = ਜੇ ਤੁਸੀਂ ਅਜੇ ਵੀ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ { $ombudsman } ਨੂੰ ਇਸ ਮਾਮਲੇ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਓਮਬਡਸਮੈਨ ਦਾ ਦਫ਼ਤਰ ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ ਤੋਂ ਸੁਤੰਤਰ ਹੈ ਅਤੇ ਇਸ ਦੀ ਸੇਵਾ ਮੁਫ਼ਤ ਹੈ: { $ombudsman-url }, { $ombudsman-phone }।
review-answered-sms = { $city }: ਤੁਹਾਡੇ ਕੇਸ { $tracking } ਦੀ ਸਮੀਖਿਆ ਪੂਰੀ ਹੋ ਗਈ ਹੈ। ਅਜੇ ਵੀ ਸੰਤੁਸ਼ਟ ਨਹੀਂ? { $ombudsman }: { $ombudsman-phone }। ਵੇਰਵਾ: { $link }

closed-subject = ਤੁਹਾਡਾ ਕੇਸ { $tracking } ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ
closed-body = ਤੁਹਾਡਾ ਕੇਸ ਹੁਣ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਨ ਲਈ ਧੰਨਵਾਦ।
closed-sms = { $city }: ਤੁਹਾਡਾ ਕੇਸ { $tracking } ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਧੰਨਵਾਦ। { $link }
