# Messages Heard sends to residents by e-mail and SMS.
#
# Every notice has a subject, a first paragraph (-body) and an SMS text (-sms); some have a
# label for the staff's words quoted under it (-quote) and a closing paragraph (-next).
# Plain text only: the HTML part of an e-mail is built from these texts and escaped.
# SMS texts must stay within 320 characters with a long link: a test checks it.
#
# Variables: $city, $tracking (NNNN-NNNN-NN), $link (the case's tracking page), $kind
# (complaint, compliment or comment), $date (already written out), $outcome (already
# translated), $days, $ombudsman, $ombudsman-url, $ombudsman-phone, $name.

## Shared parts

city-name = City of Toronto
greeting = Hello,
greeting-named = Hello { $name },
link-intro = Follow your case, and answer us, on its page:
sign-off = The { $city }
footer = Please do not reply to this message: this mailbox is not read. Use the page above, or call 311 and give your tracking number.
footer-stop = To stop messages about this case, use its page.
sms-short = { $city }: there is news about your case { $tracking }. See { $link }

outcome-upheld = upheld (your complaint was found to be justified)
outcome-partly_upheld = partly upheld (part of your complaint was found to be justified)
outcome-not_upheld = not upheld (your complaint was not found to be justified)
outcome-resolved = resolved
outcome-withdrawn = withdrawn
outcome-referred_elsewhere = referred to another body that handles this matter
outcome-not_a_complaint = handled as a request for service, not as a complaint

date-long = { $weekday }, { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Notices

received-subject = { $kind ->
    [comment] We received your comment
   *[complaint] We received your complaint
} ({ $tracking })
received-body = { $kind ->
    [comment] Thank you for your comment. We received it and gave it the tracking number { $tracking }.
   *[complaint] Thank you for contacting us. We received your complaint and gave it the tracking number { $tracking }.
} Keep this number: it lets you follow your case online, or by calling 311.
received-sms = { $city }: we received your { $kind ->
    [comment] comment
   *[complaint] complaint
}. Tracking number { $tracking }. Follow it at { $link }

thanks-subject = Thank you for your compliment ({ $tracking })
thanks-body = Thank you for taking the time to tell us what went well. We will pass your compliment on to the staff and the division concerned. Its tracking number is { $tracking }.
thanks-sms = { $city }: thank you for your compliment, we will pass it on. Tracking number { $tracking }: { $link }

acknowledged-subject = Your case { $tracking } is being looked at
acknowledged-body = We have looked at your case and a team is now working on it. We will write to you again when we have an answer.
acknowledged-next = We aim to answer by { $date }.
acknowledged-sms = { $city }: your case { $tracking } is being looked at. Follow it at { $link }

information-requested-subject = We need more information about your case { $tracking }
information-requested-body = To go on with your case, we need more information from you.
information-requested-quote = Our question:
information-requested-next = Please answer on your case's page. The time we have to answer is paused until you reply.
information-requested-sms = { $city }: we need more information about your case { $tracking }. Please answer at { $link }

update-sent-subject = News about your case { $tracking }
update-sent-body = There is news about your case.
update-sent-quote = Our message:
update-sent-sms = { $city }: there is news about your case { $tracking }. Read it at { $link }

extension-granted-subject = We need more time for your case { $tracking }
extension-granted-body = We need more time to give you a full answer. We now expect to answer by { $date }.
extension-granted-quote = The reason:
extension-granted-sms = { $city }: we need more time for your case { $tracking }. We now expect to answer by { $date }. { $link }

resolved-subject = Our answer about your case { $tracking }
resolved-body = We have finished looking into your case. The outcome: { $outcome }.
resolved-quote = Our reasons:
resolved-next = If you are not satisfied with this answer, you can ask for a review on your case's page within { $days } days. Someone who did not handle your case will look at it again.
resolved-sms = { $city }: we have answered about your case { $tracking }. Read the answer, or ask for a review within { $days } days, at { $link }

resolved-final-next = If you are not satisfied with this answer, you can ask { $ombudsman } to look into it. The Ombudsman is independent of City services and free: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: we have answered about your case { $tracking }. Read the answer at { $link }. Not satisfied? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = We received your request for a review ({ $tracking })
escalation-received-body = We received your request for a review of our answer about your case. Someone who did not handle your case before will look at it again and write to you.
escalation-received-sms = { $city }: we received your request for a review of case { $tracking }. Follow it at { $link }

review-answered-subject = The review of your case { $tracking } is complete
review-answered-body = The review of your case is complete. The outcome: { $outcome }.
review-answered-quote = The reviewer's reasons:
review-answered-next = If you are still not satisfied, you can ask { $ombudsman } to look into it. The Ombudsman is independent of City services and free: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: the review of your case { $tracking } is complete: { $link }. Still not satisfied? { $ombudsman }: { $ombudsman-phone }

closed-subject = Your case { $tracking } is closed
closed-body = Your case is now closed. Thank you for helping us improve the City's services.
closed-sms = { $city }: your case { $tracking } is closed. Thank you. { $link }
