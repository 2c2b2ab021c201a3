# Messages Heard sends to residents by e-mail and SMS, in Tagalog.
# Same ids and same variables as locales/en/notifications.ftl.

## Mga bahaging ginagamit sa lahat

city-name = Lungsod ng Toronto
greeting = Magandang araw,
greeting-named = Magandang araw, { $name },
link-intro = Subaybayan ang inyong kaso, at sumagot sa amin, sa pahina nito:
sign-off = Ang { $city }
footer = Huwag po sanang sumagot sa mensaheng ito: hindi binabasa ang mailbox na ito. Gamitin ang pahina sa itaas, o tumawag sa 311 at ibigay ang inyong tracking number.
footer-stop = Para ihinto ang mga mensahe tungkol sa kasong ito, gamitin ang pahina nito.
sms-short = { $city }: may balita tungkol sa inyong kaso { $tracking }. Tingnan sa { $link }

outcome-upheld = kinatigan ang reklamo (napatunayang makatwiran ang inyong reklamo)
outcome-partly_upheld = bahagyang kinatigan ang reklamo (napatunayang makatwiran ang bahagi ng inyong reklamo)
outcome-not_upheld = hindi kinatigan ang reklamo (hindi napatunayang makatwiran ang inyong reklamo)
outcome-resolved = nalutas ang kaso
outcome-withdrawn = binawi ang kaso
outcome-referred_elsewhere = ipinasa ang kaso sa ibang ahensiyang humahawak sa usaping ito
outcome-not_a_complaint = itinuring ang kaso bilang kahilingan para sa serbisyo, hindi bilang reklamo

date-long = { $weekday }, { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miyerkules
weekday-4 = Huwebes
weekday-5 = Biyernes
weekday-6 = Sabado
weekday-7 = Linggo

## Mga abiso

received-subject = { $kind ->
    [comment] Natanggap namin ang inyong komento
   *[complaint] Natanggap namin ang inyong reklamo
} ({ $tracking })
received-body = { $kind ->
    [comment] Salamat sa inyong komento. Natanggap namin ito at binigyan ng tracking number na { $tracking }.
   *[complaint] Salamat sa pakikipag-ugnayan sa amin. Natanggap namin ang inyong reklamo at binigyan ito ng tracking number na { $tracking }.
} Itago ang numerong ito: magagamit ninyo ito para masubaybayan ang inyong kaso online, o sa pagtawag sa 311.
received-sms = { $city }: natanggap namin ang inyong { $kind ->
    [comment] komento
   *[complaint] reklamo
}. Tracking number { $tracking }. Subaybayan sa { $link }

thanks-subject = Salamat sa inyong papuri ({ $tracking })
thanks-body = Salamat sa paglalaan ng oras para sabihin sa amin kung ano ang naging maayos. Ipararating namin ang inyong papuri sa mga kawani at sa dibisyong kinauukulan. Ang tracking number nito ay { $tracking }.
thanks-sms = { $city }: salamat sa inyong papuri, ipararating namin ito. Tracking number { $tracking }: { $link }

acknowledged-subject = Sinusuri na ang inyong kaso { $tracking }
acknowledged-body = Natingnan na namin ang inyong kaso at may pangkat na ngayong nag-aasikaso nito. Susulatan namin kayo muli kapag may sagot na kami.
acknowledged-next = Sisikapin naming makasagot nang hindi lalampas sa { $date }.
acknowledged-sms = { $city }: sinusuri na ang inyong kaso { $tracking }. Subaybayan sa { $link }

information-requested-subject = Kailangan namin ng karagdagang impormasyon tungkol sa inyong kaso { $tracking }
information-requested-body = Para maipagpatuloy ang inyong kaso, kailangan namin ng karagdagang impormasyon mula sa inyo.
information-requested-quote = Ang aming tanong:
information-requested-next = Pakisagot sa pahina ng inyong kaso. Nakahinto ang takdang panahon ng aming pagsagot hangga't hindi kayo sumasagot.
information-requested-sms = { $city }: kailangan namin ng karagdagang impormasyon tungkol sa inyong kaso { $tracking }. Pakisagot sa { $link }

update-sent-subject = Balita tungkol sa inyong kaso { $tracking }
update-sent-body = May balita tungkol sa inyong kaso.
update-sent-quote = Ang aming mensahe:
update-sent-sms = { $city }: may balita tungkol sa inyong kaso { $tracking }. Basahin sa { $link }

extension-granted-subject = Kailangan namin ng mas mahabang panahon para sa inyong kaso { $tracking }
extension-granted-body = Kailangan namin ng mas mahabang panahon para mabigyan kayo ng buong sagot. Inaasahan na naming makasagot nang hindi lalampas sa { $date }.
extension-granted-quote = Ang dahilan:
extension-granted-sms = { $city }: kailangan pa namin ng panahon para sa inyong kaso { $tracking }. Sasagot kami nang hindi lalampas sa { $date }. { $link }

resolved-subject = Ang aming sagot tungkol sa inyong kaso { $tracking }
resolved-body = Natapos na namin ang pagsusuri sa inyong kaso. Ang resulta: { $outcome }.
resolved-quote = Ang aming mga dahilan:
resolved-next = Kung hindi kayo nasisiyahan sa sagot na ito, maaari kayong humiling ng pagrerepaso sa pahina ng inyong kaso sa loob ng { $days } araw. Susuriin itong muli ng isang taong hindi humawak sa inyong kaso.
resolved-sms = { $city }: sinagot na namin ang inyong kaso { $tracking }. Basahin ang sagot, o humiling ng pagrerepaso sa loob ng { $days } araw, sa { $link }

resolved-final-next = Kung hindi kayo nasisiyahan sa sagot na ito, maaari ninyong hilingin sa { $ombudsman } na suriin ito. Ang Ombudsman ay hiwalay sa mga serbisyo ng Lungsod at walang bayad: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: sinagot na namin ang inyong kaso { $tracking }. Basahin ang sagot sa { $link }. Hindi nasisiyahan? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = Natanggap namin ang inyong kahilingan para sa pagrerepaso ({ $tracking })
escalation-received-body = Natanggap namin ang inyong kahilingan na repasuhin ang aming sagot tungkol sa inyong kaso. Susuriin itong muli ng isang taong hindi pa humawak sa inyong kaso, at susulatan niya kayo.
escalation-received-sms = { $city }: natanggap namin ang inyong kahilingan para sa pagrerepaso ng kaso { $tracking }. Subaybayan sa { $link }

review-answered-subject = Tapos na ang pagrerepaso sa inyong kaso { $tracking }
review-answered-body = Tapos na ang pagrerepaso sa inyong kaso. Ang resulta: { $outcome }.
review-answered-quote = Ang mga dahilan ng nagrepaso:
review-answered-next = Kung hindi pa rin kayo nasisiyahan, maaari ninyong hilingin sa { $ombudsman } na suriin ito. Ang Ombudsman ay hiwalay sa mga serbisyo ng Lungsod at walang bayad: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: tapos na ang pagrerepaso sa inyong kaso { $tracking }: { $link }. Hindi pa rin nasisiyahan? { $ombudsman }: { $ombudsman-phone }

closed-subject = Sarado na ang inyong kaso { $tracking }
closed-body = Sarado na ngayon ang inyong kaso. Salamat sa pagtulong sa amin na mapabuti ang mga serbisyo ng Lungsod.
closed-sms = { $city }: sarado na ang inyong kaso { $tracking }. Salamat. { $link }
