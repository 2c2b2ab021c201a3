# The public site's words, in Arabic: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## الأوقات والتواريخ

half-am = ص
half-pm = م
# $hour12 (1–12), $hour24 (00–23), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $hour12 }:{ $minute } { $half }
date-time = { $date }، الساعة { $time }

## في جميع الصفحات

site-name = شكاوى وإشادات بشأن خدمات المدينة
skip-link = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-submit = تقديم شكوى أو إشادة
nav-track = متابعة ملفكم
nav-standards = معايير الخدمة
nav-help = لستم متأكدين إلى أين تتوجهون؟
footer-service-requests = لتقديم طلب خدمة جديد (مثل حفرة في الطريق، أو نفايات لم تُجمع، أو كسر في خط مياه رئيسي)، اتصلوا بالرقم 311 أو استخدموا قناة طلبات الخدمة 311 التابعة للمدينة. أما الشكوى فتتعلق بطريقة التعامل مع طلب أو خدمة.
footer-about = Heard برنامج مفتوح المصدر لمعالجة الشكاوى والإشادات.
language-label = اللغة
language-change = تغيير اللغة
error-prefix = خطأ:

## الصفحة الرئيسية

home-title = الصفحة الرئيسية
home-heading = أخبروا المدينة برأيكم في خدماتنا
home-lead = تساعد شكاواكم وإشاداتكم وتعليقاتكم المدينة على تحسين خدماتها. يحصل كل منها على رقم تتبع، وتحصل كل شكوى على رد خلال عدد محدد من أيام العمل.
kind-complaint-title = شكوى
kind-complaint-text = لستم راضين عن خدمة من خدمات المدينة، أو عن قرار، أو عن طول المدة التي استغرقها أمر ما، أو عن طريقة معاملتكم. سندرس الأمر ونرد عليكم.
kind-compliment-title = إشادة
kind-compliment-text = قام شخص أو خدمة بعمل جيد. سننقل شكركم إلى الموظفين وإلى المسؤول عنهم.
kind-comment-title = تعليق
kind-comment-text = فكرة أو ملاحظة تريدون أن تصل إلى المدينة. نقرأ كل تعليق، ولا يحتاج التعليق إلى رد.
home-not-complaint-heading = ما لا يُعدّ شكوى
home-not-complaint-request-strong = طلب خدمة لأول مرة
home-not-complaint-request = مثل الإبلاغ عن حفرة في الطريق أو نفايات لم تُجمع أو تسرب للمياه، يُعدّ طلب خدمة. اتصلوا بالرقم 311 أو استخدموا قناة طلبات الخدمة 311 التابعة للمدينة. أما إذا سبق أن قدمتم طلباً ولم يُعالَج كما ينبغي، فهذه شكوى.
home-not-complaint-appeal-strong = المسائل التي لها طريق اعتراض خاص بها
home-not-complaint-appeal = مثل مخالفة الوقوف أو تقييم ضريبة العقار أو قرار محكمة، تمرّ عبر ذلك الطريق. إذا أرسلتموها إلينا، فسنخبركم بالجهة المختصة.
home-help-link = لستم متأكدين؟ أجيبوا عن بضعة أسئلة، وسنرشدكم إلى الجهة المناسبة.
home-next-heading = ماذا يحدث بعد الإرسال
home-next-1 = تحصلون فوراً على رقم تتبع. احتفظوا به لمتابعة ملفكم.
home-next-2 = تؤكد الإدارة المسؤولة استلام شكواكم، عادةً خلال يومَي عمل.
home-next-3 = يدرس الموظفون الشكوى ويردون عليكم، عادةً خلال 10 أيام عمل. تنشر كل إدارة معايير الخدمة الخاصة بها.
home-next-4 = إذا لم تكونوا راضين عن الرد، يمكنكم طلب مراجعته من قِبل شخص آخر. وبعد ذلك، يمكنكم التوجه إلى أمين المظالم في المدينة.
home-track-link = تابعوا ملفاً باستخدام رقم التتبع

## معايير الخدمة

standards-title = معايير الخدمة
standards-lead = تلتزم كل إدارة بمدة محددة لمعالجة الشكاوى. الأيام المذكورة هي أيام عمل: من الاثنين إلى الجمعة، ما عدا العطل الرسمية.
standards-caption = عدد أيام العمل التي تحتاجها كل إدارة لتأكيد استلام الشكوى، وللرد عليها، وللرد على طلب مراجعة ردّها
standards-division = الإدارة
standards-acknowledge = تأكيد الاستلام
standards-answer = الرد
standards-review = المراجعة
division-promises = التزاماتنا
division-acknowledge = نؤكد استلام شكواكم خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
}.
division-answer = نرد عليها خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
} من تاريخ استلامها. وإذا احتجنا إلى وقت أطول، نخبركم بالسبب وبالموعد الجديد.
division-review = إذا لم تكونوا راضين عن ردّنا، اطلبوا مراجعته من صفحة تتبع ملفكم أو بالاتصال بالرقم 311. سيراجع شكواكم شخص لم يتولَّ معالجتها، ويرد عليكم خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
}.
division-ombudsman = إذا بقيتم غير راضين بعد المراجعة، يمكنكم رفع شكواكم إلى أمين المظالم في المدينة.
division-handles = ما نتولاه
division-not-found = لا توجد إدارة بهذا الاسم.

## المساعد

helper-title = اعثروا على الجهة المناسبة
helper-question = ماذا تريدون أن تفعلوا؟
helper-need-request = الإبلاغ عن مشكلة لأول مرة (حفرة في الطريق، نفايات لم تُجمع، حيوان مصاب)
helper-need-complaint = تقديم شكوى بشأن طريقة التعامل مع خدمة أو مع طلب سابق
helper-need-compliment = شكر شخص ما أو الإشادة بخدمة
helper-need-comment = مشاركة فكرة أو تعليق
helper-need-unsure = لست متأكداً
helper-next = التالي
helper-request-heading = هذا طلب خدمة
helper-request-text = الإبلاغ عن مشكلة لأول مرة هو طلب خدمة، وليس شكوى. اتصلوا بالرقم 311 (أو 416-392-2489 من خارج المدينة) في أي وقت من اليوم، أو استخدموا قناة طلبات الخدمة 311 التابعة للمدينة عبر الإنترنت أو في تطبيق 311. ستحصلون على رقم لطلب الخدمة.
helper-request-complaint-before = إذا سبق أن قدمتم طلباً وأُغلق دون حل المشكلة، أو استغرق وقتاً طويلاً جداً،
helper-request-complaint-link = فهذه شكوى
helper-search-label = بماذا يتعلق الأمر؟
helper-search-hint = بضع كلمات، مثل «حفرة» أو «الحاوية الخضراء» أو «راكون» أو «فاتورة المياه».
helper-search = بحث
helper-no-match = لم نجد نتائج لـ«{ $query }»
helper-matches = نتائج البحث عن «{ $query }»
helper-still-unsure = ما زلت غير متأكد: أرسلوها إلى 311، وسيحددون الإدارة المناسبة

## النموذج

form-title = تقديم شكوى أو إشادة
form-heading = تقديم شكوى أو إشادة أو تعليق
form-error-title = { $count ->
    [zero] يُرجى تصحيح الأخطاء أدناه
    [one] يُرجى تصحيح خطأ واحد أدناه
    [two] يُرجى تصحيح خطأين أدناه
    [few] يُرجى تصحيح { $count } أخطاء أدناه
    [many] يُرجى تصحيح { $count } خطأً أدناه
   *[other] يُرجى تصحيح { $count } خطأ أدناه
}
form-files-dropped = لم نحتفظ بمرفقاتكم: يُرجى إرفاقها مرة أخرى.
form-kind = ماذا تريدون أن ترسلوا؟
form-kind-complaint = شكوى: هناك أمر لم يُنجَز كما ينبغي وأريد رداً
form-kind-compliment = إشادة: قام شخص أو خدمة بعمل جيد
form-kind-comment = تعليق: فكرة أو ملاحظة، ولا أحتاج إلى رد
form-category = بأي خدمة يتعلق الأمر؟
form-category-hint = اختاروا «لست متأكداً» إذا كنتم لا تعرفون، وسيرسلها 311 إلى الإدارة المناسبة.
form-category-help = ساعدوني في الاختيار
form-not-sure = لست متأكداً
form-description = ماذا حدث؟
form-description-hint = أخبرونا بما حدث، ومن كان معنياً بالأمر إن كنتم تعرفون، ولماذا يهمكم ذلك.
form-happened = متى حدث ذلك؟ (اختياري)
form-remedy = ماذا تريدون من المدينة أن تفعل؟ (اختياري)
form-where = أين؟ (اختياري)
form-address = العنوان أو التقاطع
form-postal-code = الرمز البريدي
form-point = حددوا موقعاً دقيقاً (خط العرض وخط الطول)
form-lat = خط العرض
form-lon = خط الطول
form-service-request = رقم طلب الخدمة، إذا كان الأمر يتعلق بطلب (اختياري)
form-attachments = صور أو مستندات (اختياري)
form-attachments-hint = يمكنكم إرفاق صور بصيغة JPEG أو PNG، أو مستندات بصيغة PDF، على ألا يزيد عدد المرفقات على { $files } وألا يزيد حجم كل منها على { $mb } ميغابايت. نحذف بيانات الموقع من الصور قبل حفظها.
form-contact = كيف يمكننا التواصل معكم؟
form-name = اسمكم (اختياري)
form-email = البريد الإلكتروني
form-phone = الهاتف
form-contact-method = كيف تفضلون أن نتواصل معكم؟
form-contact-any = بأي طريقة
form-contact-email = البريد الإلكتروني
form-contact-sms = رسالة نصية
form-contact-phone = مكالمة هاتفية
form-language = لغة رسائلنا إليكم
form-anonymous = الإرسال دون ذكر الاسم
form-anonymous-hint = إذا لم تذكروا هويتكم، فسندرس الأمر مع ذلك، لكن لن نتمكن من الرد عليكم أو إخباركم بما فعلناه. اتركوا خانات الاسم والبريد الإلكتروني والهاتف فارغة.
form-accommodation = هل تحتاجون إلى تسهيلات خاصة للمشاركة؟ (اختياري)
form-accommodation-hint = مثل الطباعة بخط كبير، أو مترجم للغة الإشارة، أو الاتصال بكم في وقت معين.
form-notice-heading = كيف نستخدم معلوماتكم
form-notice = تجمع المدينة المعلومات الواردة في هذا النموذج لدراسة شكواكم أو إشادتكم أو تعليقكم، وللرد عليكم، ولتحسين خدماتها. لا يطّلع على اسمكم وبيانات الاتصال بكم إلا الموظفون الذين يعالجون ملفكم. ولا تتضمنها التقارير ولا البيانات المفتوحة أبداً. يمكنكم توجيه أسئلتكم حول ذلك إلى 311.
form-consent = قرأت كيف تستخدم المدينة هذه المعلومات
form-send = إرسال

## ما الخطأ في خانة ما، ويظهر بجانبها

error-kind-missing = اختاروا ما إذا كانت هذه شكوى أو إشادة أو تعليقاً.
error-category-unknown = «{ $code }» ليست من فئاتنا. اختاروا فئة من القائمة، أو اختاروا «لست متأكداً».
error-description-missing = يُرجى إخبارنا بما حدث.
error-too-long = يُرجى اختصار هذا النص بحيث لا يزيد عدد أحرفه على { $max } (عدد أحرفه الآن { $count }).
error-postal-code = اكتبوا رمزاً بريدياً كندياً مثل M5H 2N2، أو أول ثلاثة أحرف منه فقط.
error-latitude-range = يجب أن يكون خط العرض بين سالب 90 و90.
error-longitude-range = يجب أن يكون خط الطول بين سالب 180 و180.
error-latitude-missing = اكتبوا خط العرض مع خط الطول.
error-longitude-missing = اكتبوا خط الطول مع خط العرض.
error-number = أدخلوا رقماً بالدرجات، مثل 43.6535 أو -79.3841.
error-language-code = «{ $code }» ليس رمز لغة. استخدموا رمزاً مثل en أو fr أو zh-Hant أو ar.
error-anonymous-with-contact = للإرسال دون ذكر الاسم، اتركوا خانات الاسم والبريد الإلكتروني والهاتف فارغة، أو ألغوا تحديد «الإرسال دون ذكر الاسم».
error-email = لا يبدو هذا عنوان بريد إلكتروني. تأكدوا من أنه يحتوي على علامة @ واحدة واسم نطاق، مثل name@example.ca.
error-phone = اكتبوا رقم هاتف من 10 إلى 15 رقماً، مثل 416-555-0123.
error-contact-missing = اكتبوا عنوان بريد إلكتروني أو رقم هاتف لنتمكن من الرد عليكم، أو اختاروا الإرسال دون ذكر الاسم.
error-contact-method-needs = { $needs ->
    [email] للتواصل معكم بهذه الطريقة، اكتبوا أيضاً عنوان بريدكم الإلكتروني.
   *[phone] للتواصل معكم بهذه الطريقة، اكتبوا أيضاً رقم هاتفكم.
}
error-service-request = اكتبوا رقم طلب الخدمة كما أُعطي لكم (40 حرفاً على الأكثر).
error-consent = يُرجى تأكيد أنكم قرأتم كيف تستخدم المدينة هذه المعلومات.
error-too-many-files = يُرجى ألا يزيد عدد المرفقات على { $files }.
error-file-type = تعذّرت قراءة «{ $file }» كملف JPEG أو PNG أو PDF: يُرجى إرسال ملف بإحدى هذه الصيغ.
error-file-size = حجم «{ $file }» أكبر من { $mb } ميغابايت: أرسلوا صورة أصغر، أو نسخة ممسوحة ضوئياً بدقة أقل.

## بعد الإرسال

submitted-title = تمّ الاستلام
submitted-heading = { $kind ->
    [compliment] شكراً لكم: استلمنا إشادتكم
    [comment] شكراً لكم: استلمنا تعليقكم
   *[complaint] شكراً لكم: استلمنا شكواكم
}
submitted-number = رقم التتبع الخاص بكم هو
submitted-keep = اكتبوه أو احتفظوا بهذه الصفحة. ستحتاجون إليه لمتابعة ملفكم، ويمكن لموظفي 311 البحث عنه.
submitted-next = ماذا يحدث بعد ذلك
submitted-acknowledge = ستؤكد الإدارة المسؤولة، { $division }، استلام شكواكم خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
}.
submitted-answer = سيدرس الموظفون شكواكم ويردون عليكم خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
}. وإذا احتاجوا إلى مزيد من المعلومات، فسيتواصلون معكم.
submitted-review = إذا لم تكونوا راضين عن الرد، يمكنكم طلب مراجعته من قِبل شخص آخر.
submitted-compliment = سننقل شكركم إلى الموظفين وإلى المسؤول عنهم في { $division }.
submitted-comment = ستقرأ الإدارة المسؤولة، { $division }، تعليقكم. لا تحتاجون إلى القيام بأي شيء آخر.
submitted-follow = متابعة ملفكم

## متابعة ملف

track-title = متابعة ملفكم
track-number = رقم التتبع
track-number-hint = عشرة أرقام، مثل 1234-5678-90. حصلتم عليه عندما أرسلتم ملفكم.
track-find = البحث عن ملفي
track-not-found = لا يوجد ملف بهذا الرقم. تحققوا من الأرقام، أو اتصلوا بالرقم 311.
track-not-a-number = هذا ليس رقم تتبع: رقم التتبع يتكون من عشرة أرقام، مثل 1234-5678-90.
track-wrong-digit = في رقم التتبع هذا خطأ في كتابة رقم، أو تبديل بين رقمين. تحققوا منه، أو اتصلوا بالرقم 311.
case-title = الملف { $tracking }
case-status = الحالة
case-kind = النوع
case-kind-value = { $kind ->
    [compliment] إشادة
    [comment] تعليق
   *[complaint] شكوى
}
case-division = الجهة المسؤولة
case-category = الموضوع
case-received = تاريخ الاستلام
case-acknowledged = تاريخ تأكيد الاستلام
case-closed = تاريخ الإغلاق
case-expect = متى تسمعون منا
case-acknowledge-by = سنؤكد الاستلام في موعد أقصاه { $date }.
case-answer-by = سنرد عليكم في موعد أقصاه { $date }.
case-promise = التزامنا
case-promise-text = نؤكد استلام الشكاوى ونرد عليها خلال عدد محدد من أيام العمل من تاريخ استلامها: { $acknowledge } لتأكيد الاستلام، و{ $answer } للرد.
case-question-heading = نحتاج إلى معلومات منكم
case-question-paused = لا تُحسب المدة التي ننتظر فيها ردكم من مهلة الرد.
case-paused-since = متوقف منذ { $date }، بانتظار إجابتكم.
case-answer-label = إجابتكم
case-confirm-label = عنوان بريدكم الإلكتروني أو رقم هاتفكم
case-confirm-hint = كما كتبتموه عند إرسال هذا الملف، لنتأكد من أنكم أصحاب الملف.
case-send = إرسال
case-updates = المستجدات
case-no-updates = لا توجد مستجدات حتى الآن.
case-review-heading = لستم راضين عن ردّنا؟
case-review-text = اطلبوا مراجعة. سيعيد النظر في شكواكم شخص لم يتولَّ معالجتها، ويرد عليكم خلال عدد من أيام العمل لا يزيد على { $review }. قدموا طلبكم خلال { $window } يوماً من تاريخ ردّنا، وبعد ذلك يقرر أحد المشرفين ما إذا كان سيراجعها. يمكنكم أيضاً الاتصال بالرقم 311 وذكر رقم التتبع.
case-review-reason = لماذا لستم راضين؟
case-review-send = طلب مراجعة
case-ombudsman-heading = ما زلتم غير راضين؟
case-ombudsman-text = خضعت شكواكم للمراجعة الأخيرة لدى المدينة. يمكنكم أن تطلبوا من أمين المظالم في المدينة، وهو جهة مستقلة عن إدارات المدينة، النظر فيها. تواصلوا مع مكتب أمين المظالم واذكروا رقم التتبع الخاص بكم: { $tracking }.
case-messages-heading = رسائل البريد الإلكتروني والرسائل النصية
case-messages-text = نكتب إليكم عندما تكون هناك مستجدات بشأن هذا الملف. يمكنكم إيقاف هذه الرسائل: ستستمر معالجة الملف، وسيظل بإمكانكم متابعته هنا.
case-messages-stop = إيقاف الرسائل بشأن هذا الملف
case-messages-stopped-text = طلبتم منا التوقف عن إرسال الرسائل بشأن هذا الملف. لا يزال بإمكانكم متابعته هنا، أو استئناف الرسائل.
case-messages-resume = استئناف الرسائل
case-another = متابعة ملف آخر
case-changed = تغيّر ملفكم أثناء كتابتكم. اطّلعوا عليه مرة أخرى، وأعيدوا إرسال رسالتكم إن كانت لا تزال ضرورية.

status-received = تمّ الاستلام، بانتظار تأكيد الاستلام
status-acknowledged = تمّ تأكيد الاستلام، والملف قيد الدراسة
status-in_progress = قيد الدراسة
status-resolved = تمّ الرد
status-awaiting_information = بانتظار معلومات منكم
status-escalation_requested = طلب المراجعة لدى أحد المشرفين
status-escalated = قيد المراجعة
status-closed = مغلق

timeline-received = استلمنا الملف.
timeline-acknowledged = أكدت الإدارة الاستلام، وهي تدرس الملف.
timeline-message = رسالة من المدينة: { $text }
timeline-answered = تمّ الرد: { $outcome }.
timeline-review-answered = تمّ الرد على طلب المراجعة: { $outcome }.
timeline-extension = نحتاج إلى مزيد من الوقت: { $reason } سنرد عليكم في موعد أقصاه { $date }.
timeline-question = سألناكم: { $text }
timeline-information = أرسلتم المعلومات التي طلبناها.
timeline-review-requested = طلبتم مراجعة.
timeline-closed = أُغلق الملف.

## ما يمكن للسكان فعله في ملفهم، ولماذا قد يُرفض

action-too-long = يُرجى اختصار هذا النص بحيث لا يزيد عدد أحرفه على { $max } (عدد أحرفه الآن { $count }).
action-reason-missing = يُرجى إخبارنا لماذا لستم راضين.
action-information-missing = يُرجى كتابة إجابتكم.
action-not-yours = اكتبوا عنوان البريد الإلكتروني أو رقم الهاتف الذي ذكرتموه عند إرسال هذا الملف.
action-anonymous = أُرسل هذا الملف دون بيانات اتصال، لذلك لا يمكننا التأكد عبر الإنترنت من أنه ملفكم. اتصلوا بالرقم 311 واذكروا رقم التتبع.
action-review-not-now = لا يمكن طلب المراجعة إلا بعد أن ترد المدينة، ومرة واحدة فقط لكل رد.
action-information-not-now = لسنا بانتظار معلومات بشأن هذا الملف.

## صفحات الأخطاء

page-not-found-title = الصفحة غير موجودة
page-not-found = لم نعثر على هذه الصفحة. تحققوا من العنوان، أو ابدؤوا من الصفحة الرئيسية.
page-internal-title = حدث خطأ من جهتنا
page-internal = لم يضع شيء. يُرجى المحاولة مرة أخرى بعد قليل، أو الاتصال بالرقم 311.
page-too-many-title = يُرجى التمهل
page-too-many = وصلتنا طلبات كثيرة جداً من اتصالكم. انتظروا دقيقة، ثم حاولوا مرة أخرى.
page-conflict-title = تغيّر ملفكم
page-bad-request-title = تعذّرت علينا قراءة ذلك
page-bad-form = تعذّرت قراءة النموذج. يُرجى الرجوع وإرساله مرة أخرى.
page-home-link = الذهاب إلى الصفحة الرئيسية

## Open data

open-data-title = البيانات المفتوحة
open-data-lead = جميع الشكاوى والإشادات والتعليقات التي تتلقاها المدينة، في ملفات يمكن لأي شخص استخدامها. لا تحتوي هذه الملفات على أي بيانات شخصية: لا أسماء ولا بيانات اتصال، ولا نصوص كتبها السكان أو الموظفون، ولا عناوين دقيقة، ولا أسماء موظفين. تُحدَّد الأماكن بالدائرة البلدية وبأول ثلاثة أحرف من الرمز البريدي فقط، والتواريخ باليوم فقط.
open-data-csv = تنزيل جميع الملفات بصيغة CSV
open-data-json = تنزيل جميع الملفات بصيغة JSON
open-data-columns = ما يحتويه كل عمود
open-data-column = العمود
open-data-meaning = ما يحتويه
footer-open-data = البيانات المفتوحة عن الشكاوى والإشادات
open-data-col-tracking-number = رقم التتبع العام للملف.
open-data-col-kind = شكوى أو إشادة أو تعليق.
open-data-col-channel = طريقة الوصول: الموقع الإلكتروني، أو التطبيق، أو مكالمة هاتفية، أو الحضور شخصياً، أو البريد، أو البريد الإلكتروني، أو الدردشة، أو Open311.
open-data-col-division = الإدارة التي تعالج الملف.
open-data-col-section = القسم التابع للإدارة، إن كان معروفاً.
open-data-col-category = الفئة، إن كانت معروفة.
open-data-col-ward = الدائرة البلدية التي يقع فيها المكان، إن ذُكر مكان.
open-data-col-postal-prefix = أول ثلاثة أحرف من الرمز البريدي، إن ذُكر.
open-data-col-language = اللغة المختارة للرسائل، أو «other».
open-data-col-received-on = يوم الاستلام.
open-data-col-acknowledged-on = يوم تأكيد الاستلام.
open-data-col-status = حالة الملف الآن في سير المعالجة.
open-data-col-stage = 1 لرد الإدارة، و2 بعد طلب المراجعة.
open-data-col-first-outcome = نتيجة رد الإدارة.
open-data-col-first-answered-on = يوم رد الإدارة.
open-data-col-review-outcome = نتيجة المراجعة، إن جرت مراجعة.
open-data-col-review-answered-on = يوم الرد على طلب المراجعة.
open-data-col-extensions = عدد المرات التي احتاجت فيها الإدارة إلى وقت إضافي.
open-data-col-ombudsman-referred = ما إذا كان صاحب الملف قد رفعه إلى أمين المظالم.
open-data-col-closed-on = يوم الإغلاق.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = وضع التدريب.
training-banner = هذه نسخة تدريبية من النظام: لا يصل أي شيء يُرسل هنا إلى المدينة أو إلى أي مقيم، ولا يُحتسب أي شيء هنا.

# The public report (/reports).
nav-reports = التقارير
reports-title = كيف تتعامل المدينة مع الشكاوى
reports-lead = أرقام عن الشكاوى والإشادات والتعليقات التي تلقتها المدينة، حسب القسم وحسب الربع. تُحسب من سجل كل حالة.
reports-quarter-label = الربع
reports-quarter = { $year }، الربع { $q }
reports-show = عرض
reports-summary-title = باختصار
reports-summary = في { $quarter }، تلقت المدينة { $received } من الشكاوى والإشادات والتعليقات.
reports-summary-answered = جاءت { $share } من الردود الأولى ضمن معيار الخدمة.
reports-summary-median = جاء نصف الردود الأولى خلال { $days } من أيام العمل.
reports-summary-reviews = طلب السكان مراجعة { $share } من الشكاوى التي تم الرد عليها.
reports-summary-small = تلقت المدينة أقل من 10 حالات في { $quarter }، لذلك لا تُعرض الأرقام حمايةً لخصوصية من كتبوا إلينا.
reports-by-division = حسب القسم، { $quarter }
reports-by-quarter = المدينة كلها، ربعًا بعد ربع
reports-col-division = القسم
reports-col-quarter = الربع
reports-col-received = الحالات المستلمة
reports-col-acknowledged = تأكيد الاستلام ضمن المعيار
reports-col-answered = الردود الأولى
reports-col-median = وسيط أيام العمل حتى الرد الأول
reports-col-within = الردود الأولى ضمن المعيار
reports-col-closed = الحالات المغلقة
reports-col-reviews = طلبات المراجعة
reports-col-ombudsman = المحالة إلى أمين المظالم
reports-col-compliments = الإشادات
reports-all-divisions = جميع الأقسام
reports-suppressed = أقل من 10
reports-reading-title = كيف تقرأ هذه الأرقام
reports-note-suppression = حمايةً للخصوصية، يظهر العدد الأقل من 10 بعبارة «أقل من 10»، ولا تُعرض (–) أي نسبة أو مدة محسوبة من هذا العدد.
reports-note-days = أيام العمل من الاثنين إلى الجمعة، باستثناء العطل الرسمية. لا تُحتسب الأيام التي يُنتظر فيها رد أحد السكان.
reports-note-standard = ينشر كل قسم معايير خدمته: عدد أيام العمل اللازمة لتأكيد استلام الشكوى والرد عليها.
reports-open-data = كل الحالات، من دون بيانات شخصية، موجودة في البيانات المفتوحة.
reports-requests-title = طلبات الخدمة إلى 311 حسب الدائرة
reports-requests-lead = طلبات خدمة نشرها نظام 311 في المدينة وحُمّلت هنا، بجميع تواريخها. ليست شكاوى، بل تُظهر أين طلب السكان خدمة.
reports-col-ward = الدائرة
reports-col-requests = طلبات الخدمة
reports-col-requests-closed = المغلقة
reports-no-ward = خارج الدوائر، أو بلا مكان محدد

## The chatbot

nav-chat = تحدث معنا
chat-title = تحدث معنا
chat-lead = أخبرني بكلماتك ماذا حدث. سأقترح الجهة المناسبة، وأطرح بعض الأسئلة، ثم أرسله نيابة عنك. يمكنك أيضاً استخدام النموذج.
chat-describe = ماذا حدث؟ تكفي بضع جمل.
chat-log-label = المحادثة
chat-you = أنت
chat-bot = مساعد المدينة
chat-your-message = رسالتك
chat-send = إرسال
chat-continue = متابعة
chat-skip = تخطٍّ
chat-skipped = (تم التخطي)
chat-start-again = البدء من جديد
chat-empty = لم أتلقَّ أي كلمات. اكتب ماذا حدث.
chat-not-understood = عذراً، لم أفهم. يمكنك الإجابة بالحقول أدناه، أو استخدام الأزرار، أو استخدام النموذج، أو التحدث إلى موظف.
chat-proposal = هذا ما فهمته. إن لم يكن صحيحاً فغيّره أدناه.
chat-proposal-guess = لست متأكداً من أنني فهمت. هذا أفضل تخمين لدي: يرجى التحقق منه أدناه.
chat-proposal-none = عذراً، لم أفهم بأي خدمة يتعلق الأمر. اختر واحدة أدناه، أو اختر «{ form-not-sure }» وسيجد 311 القسم المناسب. يمكنك أيضاً استخدام النموذج أو التحدث إلى موظف.
chat-service-request = إذا كنت قد أبلغت عنه من قبل ولم يُصلَح، أو استغرق وقتاً طويلاً، فهذه شكوى، ويمكنني إرسالها نيابة عنك.
chat-already-reported = أبلغت عنه من قبل: تقديم شكوى
chat-ask-location = أين حدث ذلك؟ اذكر عنواناً أو تقاطعاً، أو تخطَّ هذا السؤال.
chat-ask-remedy = ماذا تريد أن تفعل المدينة؟ يمكنك تخطي هذا السؤال.
chat-ask-contact = كيف يمكن للمدينة التواصل معك؟ اذكر بريداً إلكترونياً أو رقم هاتف، أو أرسله دون ذكر اسمك.
chat-contact-given = هذه بيانات الاتصال الخاصة بي.
chat-ask-language = بأي لغة تكتب إليك المدينة؟
chat-summary = يرجى مراجعة كل شيء ثم الإرسال.
chat-send-case = إرسال
chat-fix = يرجى تصحيح هذا أولاً:
chat-status-ask = اكتب رقم التتبع (عشرة أرقام، مثل 1234-5678-90) وسأخبرك بما وصلت إليه القضية.
chat-person = للتحدث إلى موظف، اتصل بالرقم 311 (أو 416-392-2489 من خارج المدينة) في أي وقت. يمكنك أيضاً استخدام النموذج.
chat-actions-label = أمور أخرى يمكنني المساعدة فيها
chat-action-status = أين وصلت قضيتي؟
chat-action-standards = المدد والمراجعات
chat-action-person = التحدث إلى موظف
chat-action-form = استخدام النموذج
