# Messages Heard sends to residents by e-mail and SMS, in Arabic.
# Same ids and same variables as locales/en/notifications.ftl.

## الأجزاء المشتركة

city-name = مدينة تورونتو
greeting = مرحباً،
greeting-named = مرحباً { $name }،
link-intro = يمكنكم متابعة ملفكم والرد علينا من خلال صفحته:
sign-off = { $city }
footer = يُرجى عدم الرد على هذه الرسالة، فلا أحد يقرأ الردود على هذا العنوان. استخدموا الصفحة المذكورة أعلاه، أو اتصلوا بالرقم 311 واذكروا رقم التتبع الخاص بكم.
footer-stop = لإيقاف الرسائل بشأن هذا الملف، استخدموا صفحته.
sms-short = { $city }: هناك مستجدات بشأن ملفكم { $tracking }. التفاصيل على { $link }

outcome-upheld = شكوى مقبولة (تبيّن أن شكواكم مبرَّرة)
outcome-partly_upheld = شكوى مقبولة جزئياً (تبيّن أن جزءاً من شكواكم مبرَّر)
outcome-not_upheld = شكوى غير مقبولة (لم يتبيّن أن شكواكم مبرَّرة)
outcome-resolved = تمّ حلّ المسألة
outcome-withdrawn = تمّ سحب الملف
outcome-referred_elsewhere = أُحيل الملف إلى الجهة المختصة بهذه المسألة
outcome-not_a_complaint = عولج الملف كطلب خدمة، لا كشكوى

date-long = { $weekday }، { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## الإشعارات

received-subject = { $kind ->
    [comment] استلمنا تعليقكم
   *[complaint] استلمنا شكواكم
} ({ $tracking })
received-body = { $kind ->
    [comment] شكراً على تعليقكم. لقد استلمناه وأعطيناه رقم التتبع { $tracking }.
   *[complaint] شكراً لتواصلكم معنا. لقد استلمنا شكواكم وأعطيناها رقم التتبع { $tracking }.
} احتفظوا بهذا الرقم، فهو يتيح لكم متابعة ملفكم عبر الإنترنت أو بالاتصال بالرقم 311.
received-sms = { $city }: استلمنا { $kind ->
    [comment] تعليقكم
   *[complaint] شكواكم
}. رقم التتبع { $tracking }. تابعوا ملفكم على { $link }

thanks-subject = شكراً على إشادتكم ({ $tracking })
thanks-body = شكراً لأنكم خصّصتم من وقتكم لإخبارنا بما سار على نحو جيد. سننقل إشادتكم إلى الموظفين والقسم المعنيين. رقم التتبع الخاص بها هو { $tracking }.
thanks-sms = { $city }: شكراً على إشادتكم، وسننقلها إلى المعنيين. رقم التتبع { $tracking }: { $link }

acknowledged-subject = ملفكم { $tracking } قيد الدراسة
acknowledged-body = اطّلعنا على ملفكم، ويعمل عليه الآن فريق مختص. سنكتب إليكم مجدداً عندما يتوفر لدينا رد.
acknowledged-next = نسعى إلى الرد عليكم في موعد أقصاه { $date }.
acknowledged-sms = { $city }: ملفكم { $tracking } قيد الدراسة. تابعوه على { $link }

information-requested-subject = نحتاج إلى مزيد من المعلومات بشأن ملفكم { $tracking }
information-requested-body = لمواصلة النظر في ملفكم، نحتاج منكم إلى معلومات إضافية.
information-requested-quote = سؤالنا:
information-requested-next = يُرجى الرد على صفحة ملفكم. تتوقف المهلة المحددة لردّنا إلى أن تصلنا إجابتكم.
information-requested-sms = { $city }: نحتاج إلى مزيد من المعلومات بشأن ملفكم { $tracking }. يُرجى الرد على { $link }

update-sent-subject = مستجدات بشأن ملفكم { $tracking }
update-sent-body = هناك مستجدات بشأن ملفكم.
update-sent-quote = رسالتنا:
update-sent-sms = { $city }: هناك مستجدات بشأن ملفكم { $tracking }. اقرؤوها على { $link }

extension-granted-subject = نحتاج إلى مزيد من الوقت لدراسة ملفكم { $tracking }
extension-granted-body = نحتاج إلى مزيد من الوقت لنقدّم لكم رداً كاملاً. نتوقع الآن أن نرد عليكم في موعد أقصاه { $date }.
extension-granted-quote = السبب:
extension-granted-sms = { $city }: نحتاج إلى مزيد من الوقت لدراسة ملفكم { $tracking }. نتوقع الرد في موعد أقصاه { $date }. { $link }

resolved-subject = ردّنا بشأن ملفكم { $tracking }
resolved-body = انتهينا من دراسة ملفكم. النتيجة: { $outcome }.
resolved-quote = أسباب قرارنا:
resolved-next = إذا لم تكونوا راضين عن هذا الرد، يمكنكم طلب مراجعته من صفحة ملفكم خلال { $days } يوماً. سيعيد النظر في ملفكم شخص لم يتولَّ معالجته من قبل.
resolved-sms = { $city }: رددنا على ملفكم { $tracking }. اقرؤوا الرد أو اطلبوا مراجعته خلال { $days } يوماً على { $link }

resolved-final-next = إذا لم تكونوا راضين عن هذا الرد، يمكنكم أن تطلبوا من { $ombudsman } النظر فيه. أمين المظالم جهة مستقلة عن خدمات المدينة، وخدماته مجانية: الموقع { $ombudsman-url } والهاتف { $ombudsman-phone }.
resolved-final-sms = { $city }: رددنا على ملفكم { $tracking }. غير راضين؟ { $ombudsman }: { $ombudsman-phone }. اقرؤوا الرد على { $link }

escalation-received-subject = استلمنا طلبكم للمراجعة ({ $tracking })
escalation-received-body = استلمنا طلبكم لمراجعة ردّنا بشأن ملفكم. سيعيد النظر في ملفكم شخص لم يتولَّ معالجته من قبل، ثم يكتب إليكم.
escalation-received-sms = { $city }: استلمنا طلبكم لمراجعة الملف { $tracking }. تابعوه على { $link }

review-answered-subject = اكتملت مراجعة ملفكم { $tracking }
review-answered-body = اكتملت مراجعة ملفكم. النتيجة: { $outcome }.
review-answered-quote = أسباب الشخص الذي تولّى المراجعة:
review-answered-next = إذا بقيتم غير راضين، يمكنكم أن تطلبوا من { $ombudsman } النظر في الأمر. أمين المظالم جهة مستقلة عن خدمات المدينة، وخدماته مجانية: الموقع { $ombudsman-url } والهاتف { $ombudsman-phone }.
review-answered-sms = { $city }: اكتملت مراجعة ملفكم { $tracking }. ما زلتم غير راضين؟ { $ombudsman }: { $ombudsman-phone }. التفاصيل على { $link }

closed-subject = تمّ إغلاق ملفكم { $tracking }
closed-body = تمّ إغلاق ملفكم الآن. شكراً لمساعدتكم لنا على تحسين خدمات المدينة.
closed-sms = { $city }: تمّ إغلاق ملفكم { $tracking }. شكراً لكم. { $link }
