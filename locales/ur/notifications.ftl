# Messages Heard sends to residents by e-mail and SMS, in Urdu.
# Same ids and same variables as locales/en/notifications.ftl.

## مشترکہ حصے

city-name = سٹی آف ٹورنٹو
greeting = آداب،
greeting-named = آداب { $name }،
link-intro = اپنے کیس کے صفحے پر اس کی پیش رفت دیکھیں اور ہمیں جواب دیں:
sign-off = { $city }
footer = براہ کرم اس پیغام کا جواب نہ دیں، کیونکہ یہ میل باکس پڑھا نہیں جاتا۔ اوپر دیا گیا صفحہ استعمال کریں، یا 311 پر کال کر کے اپنا ٹریکنگ نمبر بتائیں۔
footer-stop = اس کیس کے بارے میں پیغامات بند کرنے کے لیے اس کا صفحہ استعمال کریں۔
sms-short = { $city }: آپ کے کیس { $tracking } کے بارے میں نئی معلومات ہیں۔ دیکھیں: { $link }

outcome-upheld = شکایت درست قرار دی گئی (آپ کی شکایت جائز پائی گئی)
outcome-partly_upheld = شکایت جزوی طور پر درست قرار دی گئی (آپ کی شکایت کا کچھ حصہ جائز پایا گیا)
outcome-not_upheld = شکایت درست قرار نہیں دی گئی (آپ کی شکایت جائز نہیں پائی گئی)
outcome-resolved = معاملہ حل ہو گیا
outcome-withdrawn = کیس واپس لے لیا گیا
outcome-referred_elsewhere = کیس اس معاملے کو دیکھنے والے ادارے کو بھیج دیا گیا
outcome-not_a_complaint = کیس کو شکایت کے بجائے سروس کی درخواست کے طور پر نمٹایا گیا

date-long = { $weekday }، { $day } { $month }، { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار

## اطلاعات

received-subject = { $kind ->
    [comment] ہمیں آپ کا تبصرہ موصول ہو گیا ہے
   *[complaint] ہمیں آپ کی شکایت موصول ہو گئی ہے
} ({ $tracking })
received-body = { $kind ->
    [comment] آپ کے تبصرے کا شکریہ۔ ہمیں یہ موصول ہو گیا ہے اور ہم نے اسے ٹریکنگ نمبر { $tracking } دیا ہے۔
   *[complaint] ہم سے رابطہ کرنے کا شکریہ۔ ہمیں آپ کی شکایت موصول ہو گئی ہے اور ہم نے اسے ٹریکنگ نمبر { $tracking } دیا ہے۔
} یہ نمبر سنبھال کر رکھیں: اس کے ذریعے آپ اپنے کیس کی پیش رفت آن لائن یا 311 پر کال کر کے معلوم کر سکتے ہیں۔
received-sms = { $city }: ہمیں آپ { $kind ->
    [comment] کا تبصرہ موصول ہو گیا ہے
   *[complaint] کی شکایت موصول ہو گئی ہے
}۔ ٹریکنگ نمبر { $tracking }۔ پیش رفت دیکھیں: { $link }

thanks-subject = آپ کی تعریف کا شکریہ ({ $tracking })
thanks-body = ہمیں یہ بتانے کے لیے وقت نکالنے کا شکریہ کہ کیا اچھا رہا۔ ہم آپ کی تعریف متعلقہ عملے اور شعبے تک پہنچا دیں گے۔ اس کا ٹریکنگ نمبر { $tracking } ہے۔
thanks-sms = { $city }: آپ کی تعریف کا شکریہ، ہم اسے متعلقہ عملے تک پہنچا دیں گے۔ ٹریکنگ نمبر { $tracking }: { $link }

acknowledged-subject = آپ کے کیس { $tracking } کا جائزہ لیا جا رہا ہے
acknowledged-body = ہم نے آپ کا کیس دیکھ لیا ہے اور اب ایک ٹیم اس پر کام کر رہی ہے۔ جواب تیار ہونے پر ہم آپ کو دوبارہ لکھیں گے۔
acknowledged-next = ہماری کوشش ہے کہ { $date } تک آپ کو جواب دے دیں۔
acknowledged-sms = { $city }: آپ کے کیس { $tracking } کا جائزہ لیا جا رہا ہے۔ پیش رفت دیکھیں: { $link }

information-requested-subject = ہمیں آپ کے کیس { $tracking } کے بارے میں مزید معلومات درکار ہیں
information-requested-body = آپ کے کیس پر کارروائی جاری رکھنے کے لیے ہمیں آپ سے مزید معلومات درکار ہیں۔
information-requested-quote = ہمارا سوال:
information-requested-next = براہ کرم اپنے کیس کے صفحے پر جواب دیں۔ آپ کا جواب آنے تک ہمارے جواب دینے کی مدت رکی رہے گی۔
information-requested-sms = { $city }: ہمیں آپ کے کیس { $tracking } کے بارے میں مزید معلومات درکار ہیں۔ براہ کرم یہاں جواب دیں: { $link }

update-sent-subject = آپ کے کیس { $tracking } کے بارے میں نئی معلومات
update-sent-body = آپ کے کیس کے بارے میں نئی معلومات ہیں۔
update-sent-quote = ہمارا پیغام:
update-sent-sms = { $city }: آپ کے کیس { $tracking } کے بارے میں نئی معلومات ہیں۔ یہاں پڑھیں: { $link }

extension-granted-subject = ہمیں آپ کے کیس { $tracking } کے لیے مزید وقت درکار ہے
extension-granted-body = آپ کو مکمل جواب دینے کے لیے ہمیں مزید وقت درکار ہے۔ اب ہمیں توقع ہے کہ ہم { $date } تک جواب دیں گے۔
extension-granted-quote = وجہ:
extension-granted-sms = { $city }: ہمیں آپ کے کیس { $tracking } کے لیے مزید وقت درکار ہے۔ اب جواب { $date } تک متوقع ہے۔ { $link }

resolved-subject = آپ کے کیس { $tracking } کے بارے میں ہمارا جواب
resolved-body = ہم نے آپ کے کیس کا جائزہ مکمل کر لیا ہے۔ نتیجہ: { $outcome }۔
resolved-quote = ہماری وجوہات:
resolved-next = اگر آپ اس جواب سے مطمئن نہیں ہیں، تو { $days } دن کے اندر اپنے کیس کے صفحے پر نظرثانی کی درخواست دے سکتے ہیں۔ کوئی ایسا شخص، جس نے پہلے آپ کا کیس نہیں دیکھا، اس کا دوبارہ جائزہ لے گا۔
resolved-sms = { $city }: ہم نے آپ کے کیس { $tracking } کا جواب دے دیا ہے۔ جواب پڑھیں، یا { $days } دن کے اندر نظرثانی کی درخواست دیں: { $link }

resolved-final-next = اگر آپ اس جواب سے مطمئن نہیں ہیں، تو آپ { $ombudsman } سے اس معاملے کا جائزہ لینے کی درخواست کر سکتے ہیں۔ محتسب کا دفتر سٹی کی سروسز سے آزاد ہے اور اس کی خدمات مفت ہیں: { $ombudsman-url }، { $ombudsman-phone }۔
resolved-final-sms = { $city }: ہم نے آپ کے کیس { $tracking } کا جواب دے دیا ہے۔ مطمئن نہیں؟ { $ombudsman }: { $ombudsman-phone }۔ جواب پڑھیں: { $link }

escalation-received-subject = ہمیں آپ کی نظرثانی کی درخواست موصول ہو گئی ہے ({ $tracking })
escalation-received-body = ہمیں آپ کے کیس کے بارے میں ہمارے جواب پر نظرثانی کی آپ کی درخواست موصول ہو گئی ہے۔ کوئی ایسا شخص، جس نے پہلے آپ کا کیس نہیں دیکھا، اس کا دوبارہ جائزہ لے گا اور آپ کو لکھے گا۔
escalation-received-sms = { $city }: ہمیں کیس { $tracking } پر نظرثانی کی آپ کی درخواست موصول ہو گئی ہے۔ پیش رفت دیکھیں: { $link }

review-answered-subject = آپ کے کیس { $tracking } کی نظرثانی مکمل ہو گئی ہے
review-answered-body = آپ کے کیس کی نظرثانی مکمل ہو گئی ہے۔ نتیجہ: { $outcome }۔
review-answered-quote = نظرثانی کرنے والے کی وجوہات:
review-answered-next = اگر آپ اب بھی مطمئن نہیں ہیں، تو آپ { $ombudsman } سے اس معاملے کا جائزہ لینے کی درخواست کر سکتے ہیں۔ محتسب کا دفتر سٹی کی سروسز سے آزاد ہے اور اس کی خدمات مفت ہیں: { $ombudsman-url }، { $ombudsman-phone }۔
review-answered-sms = { $city }: آپ کے کیس { $tracking } کی نظرثانی مکمل ہو گئی ہے۔ اب بھی مطمئن نہیں؟ { $ombudsman }: { $ombudsman-phone }۔ تفصیل: { $link }

closed-subject = آپ کا کیس { $tracking } بند کر دیا گیا ہے
closed-body = آپ کا کیس اب بند کر دیا گیا ہے۔ سٹی کی سروسز بہتر بنانے میں ہماری مدد کرنے کا شکریہ۔
closed-sms = { $city }: آپ کا کیس { $tracking } بند کر دیا گیا ہے۔ شکریہ۔ { $link }
