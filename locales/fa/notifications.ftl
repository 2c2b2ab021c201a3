# Messages Heard sends to residents by e-mail and SMS, in Persian.
# Same ids and same variables as locales/en/notifications.ftl.

## بخش‌های مشترک

city-name = شهر تورنتو
greeting = سلام،
greeting-named = سلام { $name } گرامی،
link-intro = پرونده‌تان را در صفحه مخصوص آن پیگیری کنید و پاسخ‌تان را همان‌جا برای ما بفرستید:
sign-off = { $city }
footer = لطفاً به این پیام پاسخ ندهید؛ این صندوق پستی خوانده نمی‌شود. از صفحه بالا استفاده کنید، یا با 311 تماس بگیرید و شماره پیگیری‌تان را اعلام کنید.
footer-stop = برای توقف پیام‌های این پرونده، از صفحه آن استفاده کنید.
sms-short = { $city }: درباره پرونده { $tracking } شما خبر تازه‌ای هست: { $link }

outcome-upheld = شکایت وارد است (شکایت شما بجا تشخیص داده شد)
outcome-partly_upheld = شکایت تا حدی وارد است (بخشی از شکایت شما بجا تشخیص داده شد)
outcome-not_upheld = شکایت وارد نیست (شکایت شما بجا تشخیص داده نشد)
outcome-resolved = موضوع حل شد
outcome-withdrawn = پرونده پس گرفته شد
outcome-referred_elsewhere = پرونده به نهاد مسئول این موضوع ارجاع شد
outcome-not_a_complaint = پرونده به‌عنوان درخواست خدمات بررسی شد، نه به‌عنوان شکایت

date-long = { $weekday } { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

## اطلاع‌رسانی‌ها

received-subject = { $kind ->
    [comment] نظر شما را دریافت کردیم
   *[complaint] شکایت شما را دریافت کردیم
} ({ $tracking })
received-body = { $kind ->
    [comment] از نظر شما سپاسگزاریم. آن را دریافت کردیم و شماره پیگیری { $tracking } را به آن دادیم.
   *[complaint] از اینکه با ما تماس گرفتید سپاسگزاریم. شکایت شما را دریافت کردیم و شماره پیگیری { $tracking } را به آن دادیم.
} این شماره را نگه دارید: با آن می‌توانید پرونده‌تان را به‌صورت آنلاین یا با تماس با 311 پیگیری کنید.
received-sms = { $city }: { $kind ->
    [comment] نظر
   *[complaint] شکایت
} شما را دریافت کردیم. شماره پیگیری { $tracking }. پیگیری: { $link }

thanks-subject = از قدردانی شما سپاسگزاریم ({ $tracking })
thanks-body = سپاسگزاریم که وقت گذاشتید و به ما گفتید چه چیزی خوب پیش رفت. قدردانی شما را به کارکنان و بخش مربوط منتقل می‌کنیم. شماره پیگیری آن { $tracking } است.
thanks-sms = { $city }: از قدردانی شما سپاسگزاریم؛ آن را به همکارانمان منتقل می‌کنیم. شماره پیگیری { $tracking }: { $link }

acknowledged-subject = پرونده { $tracking } شما در دست بررسی است
acknowledged-body = پرونده شما را دیدیم و اکنون گروهی روی آن کار می‌کند. هر وقت پاسخی داشته باشیم، دوباره برایتان می‌نویسیم.
acknowledged-next = می‌کوشیم تا { $date } به شما پاسخ دهیم.
acknowledged-sms = { $city }: پرونده { $tracking } شما در دست بررسی است. پیگیری: { $link }

information-requested-subject = برای پرونده { $tracking } شما به اطلاعات بیشتری نیاز داریم
information-requested-body = برای ادامه رسیدگی به پرونده‌تان، به اطلاعات بیشتری از شما نیاز داریم.
information-requested-quote = پرسش ما:
information-requested-next = لطفاً در صفحه پرونده‌تان پاسخ دهید. تا پاسخ شما نرسد، مهلت پاسخ‌گویی ما متوقف می‌ماند.
information-requested-sms = { $city }: برای پرونده { $tracking } شما به اطلاعات بیشتری نیاز داریم. لطفاً اینجا پاسخ دهید: { $link }

update-sent-subject = خبر تازه درباره پرونده { $tracking } شما
update-sent-body = درباره پرونده شما خبر تازه‌ای هست.
update-sent-quote = پیام ما:
update-sent-sms = { $city }: درباره پرونده { $tracking } شما خبر تازه‌ای هست. آن را اینجا بخوانید: { $link }

extension-granted-subject = برای پرونده { $tracking } شما به زمان بیشتری نیاز داریم
extension-granted-body = برای اینکه پاسخ کاملی به شما بدهیم، به زمان بیشتری نیاز داریم. اکنون انتظار داریم تا { $date } پاسخ دهیم.
extension-granted-quote = دلیل:
extension-granted-sms = { $city }: برای پرونده { $tracking } شما به زمان بیشتری نیاز داریم. اکنون انتظار داریم تا { $date } پاسخ دهیم. { $link }

resolved-subject = پاسخ ما درباره پرونده { $tracking } شما
resolved-body = رسیدگی به پرونده شما به پایان رسید. نتیجه: { $outcome }.
resolved-quote = دلایل ما:
resolved-next = اگر از این پاسخ راضی نیستید، می‌توانید ظرف { $days } روز در صفحه پرونده‌تان درخواست بازبینی کنید. کسی که تاکنون به پرونده شما رسیدگی نکرده است، آن را دوباره بررسی می‌کند.
resolved-sms = { $city }: به پرونده { $tracking } شما پاسخ دادیم. پاسخ را بخوانید یا ظرف { $days } روز درخواست بازبینی کنید: { $link }

resolved-final-next = اگر از این پاسخ راضی نیستید، می‌توانید از { $ombudsman } بخواهید به آن رسیدگی کند. این نهاد مستقل از خدمات شهرداری است و رسیدگی‌اش رایگان است: { $ombudsman-url }، { $ombudsman-phone }.
resolved-final-sms = { $city }: به پرونده { $tracking } شما پاسخ دادیم. راضی نیستید؟ { $ombudsman }: { $ombudsman-phone }. خواندن پاسخ: { $link }

escalation-received-subject = درخواست بازبینی شما را دریافت کردیم ({ $tracking })
escalation-received-body = درخواست شما برای بازبینی پاسخ ما درباره پرونده‌تان را دریافت کردیم. کسی که تاکنون به پرونده شما رسیدگی نکرده است، آن را دوباره بررسی می‌کند و برایتان می‌نویسد.
escalation-received-sms = { $city }: درخواست بازبینی پرونده { $tracking } را دریافت کردیم. پیگیری: { $link }

review-answered-subject = بازبینی پرونده { $tracking } شما به پایان رسید
review-answered-body = بازبینی پرونده شما به پایان رسید. نتیجه: { $outcome }.
review-answered-quote = دلایل بازبین:
review-answered-next = اگر همچنان راضی نیستید، می‌توانید از { $ombudsman } بخواهید به آن رسیدگی کند. این نهاد مستقل از خدمات شهرداری است و رسیدگی‌اش رایگان است: { $ombudsman-url }، { $ombudsman-phone }.
review-answered-sms = { $city }: بازبینی پرونده { $tracking } شما به پایان رسید. همچنان راضی نیستید؟ { $ombudsman }: { $ombudsman-phone }. جزئیات: { $link }

closed-subject = پرونده { $tracking } شما بسته شد
closed-body = پرونده شما اکنون بسته شده است. از اینکه به ما در بهبود خدمات شهر کمک کردید سپاسگزاریم.
closed-sms = { $city }: پرونده { $tracking } شما بسته شد. سپاسگزاریم. { $link }
