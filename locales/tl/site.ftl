# The public site's words in Tagalog: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here.
# Tagalog nouns do not change after a number ("1 araw", "5 araw"), so the plural selects
# on $days and $count of the English file are written once here, with the number.
# Times use the 12-hour clock with AM/PM, as is usual in Tagalog.

## Oras at petsa

half-am = AM
half-pm = PM
# $hour12 (1–12), $hour24 (00–23), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $hour12 }:{ $minute } { $half }
date-time = { $date }, { $time }

## Sa bawat pahina

site-name = Mga reklamo at papuri sa Lungsod
skip-link = Lumaktaw sa pangunahing nilalaman
nav-label = Pangunahing menu
nav-submit = Magreklamo o magbigay ng papuri
nav-track = Subaybayan ang inyong kaso
nav-standards = Mga pamantayan ng serbisyo
nav-help = Hindi sigurado kung saan pupunta?
footer-service-requests = Para sa bagong kahilingan para sa serbisyo (lubak sa kalsada, basurang hindi nakuha, sirang malaking tubo ng tubig), tumawag sa 311 o gamitin ang 311 service request channel ng Lungsod: ang reklamo ay tungkol sa kung paano inasikaso ang isang kahilingan o serbisyo.
footer-about = Ang Heard ay open-source na software para sa pag-aasikaso ng mga reklamo at papuri.
language-label = Wika
language-change = Palitan ang wika
error-prefix = Mali:

## Home

home-title = Home
home-heading = Sabihin sa Lungsod kung kumusta ang aming serbisyo
home-lead = Tinutulungan ng inyong mga reklamo, papuri at komento ang Lungsod na mapabuti ang mga serbisyo nito. Binibigyan ng tracking number ang bawat isa, at sinasagot ang bawat reklamo sa loob ng takdang bilang ng araw ng trabaho.
kind-complaint-title = Reklamo
kind-complaint-text = Hindi kayo nasisiyahan sa isang serbisyo ng Lungsod, sa isang desisyon, sa tagal ng isang bagay, o sa pagtrato sa inyo. Susuriin namin ito at sasagutin namin kayo.
kind-compliment-title = Papuri
kind-compliment-text = May tao o serbisyong gumawa nang mahusay. Ipararating namin ang inyong pasasalamat sa mga kawani at sa kanilang superbisor.
kind-comment-title = Komento
kind-comment-text = Isang ideya o obserbasyon na gusto ninyong malaman ng Lungsod. Binabasa namin ang bawat komento; hindi ninyo kailangang maghintay ng sagot.
home-not-complaint-heading = Ano ang hindi reklamo
home-not-complaint-request-strong = Ang paghingi ng serbisyo sa unang pagkakataon
home-not-complaint-request = gaya ng pag-uulat ng lubak, ng basurang hindi nakuha o ng tagas ng tubig, ay isang kahilingan para sa serbisyo (service request). Tumawag sa 311 o gamitin ang 311 service request channel ng Lungsod. Kung nakagawa na kayo ng kahilingan at hindi ito naasikaso nang maayos, iyon ay isang reklamo.
home-not-complaint-appeal-strong = Ang mga usaping may sariling paraan ng pag-apela
home-not-complaint-appeal = gaya ng tiket sa paradahan, pagtatasa ng ari-arian para sa buwis o desisyon ng korte, ay dumadaan sa paraang iyon. Kung ipadala ninyo ang mga ito rito, sasabihin namin sa inyo kung saan dapat pumunta.
home-help-link = Hindi sigurado? Sagutin ang ilang tanong at ituturo namin kayo sa tamang lugar.
home-next-heading = Ano ang mangyayari pagkatapos ninyo itong ipadala
home-next-1 = Makakatanggap kayo agad ng tracking number. Itago ito para masubaybayan ang inyong kaso.
home-next-2 = Kukumpirmahin ng responsableng dibisyon na natanggap nito ang inyong reklamo, karaniwang sa loob ng 2 araw ng trabaho.
home-next-3 = Susuriin ito ng mga kawani at sasagutin kayo, karaniwang sa loob ng 10 araw ng trabaho. Inilalathala ng bawat dibisyon ang mga pamantayan nito ng serbisyo.
home-next-4 = Kung hindi kayo nasisiyahan sa sagot, maaari kayong humiling na repasuhin ito ng ibang tao. Pagkatapos nito, maaari kayong lumapit sa Ombudsman ng Lungsod.
home-track-link = Subaybayan ang isang kaso gamit ang tracking number nito

## Mga pamantayan ng serbisyo

standards-title = Mga pamantayan ng serbisyo
standards-lead = Nangangako ang bawat dibisyon kung gaano kabilis nito aasikasuhin ang mga reklamo. Ang mga araw ay araw ng trabaho: Lunes hanggang Biyernes, maliban sa mga pista opisyal.
standards-caption = Ilang araw ng trabaho ang kailangan ng bawat dibisyon para kumpirmahing natanggap ang isang reklamo, para sagutin ito, at para sagutin ang kahilingang repasuhin ang sagot nito
standards-division = Dibisyon
standards-acknowledge = Pagkumpirma
standards-answer = Sagot
standards-review = Pagrerepaso
division-promises = Ang aming mga pangako
division-acknowledge = Kinukumpirma naming natanggap namin ang inyong reklamo sa loob ng { $days } araw ng trabaho.
division-answer = Sinasagot namin ito sa loob ng { $days } araw ng trabaho mula nang matanggap namin ito. Kung kailangan namin ng mas mahabang panahon, sasabihin namin sa inyo kung bakit at kung kailan kami sasagot.
division-review = Kung hindi kayo nasisiyahan sa aming sagot, humiling ng pagrerepaso sa tracking page ng inyong kaso o sa pagtawag sa 311. Rerepasuhin ito ng isang taong hindi humawak sa inyong reklamo, at sasagot siya sa loob ng { $days } araw ng trabaho.
division-ombudsman = Kung hindi pa rin kayo nasisiyahan pagkatapos ng pagrerepaso, maaari ninyong dalhin ang inyong reklamo sa Ombudsman ng Lungsod.
division-handles = Ang aming inaasikaso
division-not-found = Walang dibisyon na may ganiyang pangalan.

## Ang gabay

helper-title = Hanapin ang tamang lugar
helper-question = Ano ang gusto ninyong gawin?
helper-need-request = Mag-ulat ng problema sa unang pagkakataon (lubak, basurang hindi nakuha, hayop na nasugatan)
helper-need-complaint = Magreklamo tungkol sa kung paano inasikaso ang isang serbisyo o naunang kahilingan
helper-need-compliment = Magpasalamat sa isang tao o pumuri sa isang serbisyo
helper-need-comment = Magbahagi ng ideya o komento
helper-need-unsure = Hindi ako sigurado
helper-next = Susunod
helper-request-heading = Ito ay isang kahilingan para sa serbisyo
helper-request-text = Ang pag-uulat ng problema sa unang pagkakataon ay isang kahilingan para sa serbisyo (service request), hindi reklamo. Tumawag sa 311 (o sa 416-392-2489 kung nasa labas kayo ng lungsod), anumang oras, o gamitin ang 311 service request channel ng Lungsod online o sa 311 app. Bibigyan kayo ng service request number.
helper-request-complaint-before = Kung nakagawa na kayo ng kahilingan at isinara ito nang hindi naaayos ang problema, o masyadong natagalan,
helper-request-complaint-link = iyon ay isang reklamo
helper-search-label = Tungkol saan ito?
helper-search-hint = Ilang salita, gaya ng “lubak”, “green bin”, “raccoon” o “bayarin sa tubig”.
helper-search = Maghanap
helper-no-match = Walang tumugma sa “{ $query }”
helper-matches = Mga tumugma sa “{ $query }”
helper-still-unsure = Hindi pa rin ako sigurado: ipadala ito sa 311, at sila ang maghahanap ng tamang dibisyon

## Ang form

form-title = Magreklamo o magbigay ng papuri
form-heading = Magreklamo, magbigay ng papuri o magkomento
form-error-title = Pakiayos ang { $count } bagay sa ibaba
form-files-dropped = Hindi naitago ang inyong mga file: pakilakip muli ang mga ito.
form-kind = Ano ang gusto ninyong ipadala?
form-kind-complaint = Reklamo: may hindi nagawa nang maayos at gusto ko ng sagot
form-kind-compliment = Papuri: may tao o serbisyong gumawa nang mahusay
form-kind-comment = Komento: isang ideya o obserbasyon; hindi ko kailangan ng sagot
form-category = Tungkol sa aling serbisyo ito?
form-category-hint = Piliin ang “Hindi sigurado” kung hindi ninyo alam: ipapasa ito ng 311 sa tamang dibisyon.
form-category-help = Tulungan akong pumili
form-not-sure = Hindi sigurado
form-description = Ano ang nangyari?
form-description-hint = Sabihin sa amin kung ano ang nangyari, kung sino ang kasangkot kung alam ninyo, at kung bakit ito mahalaga sa inyo.
form-happened = Kailan ito nangyari? (opsiyonal)
form-remedy = Ano ang gusto ninyong gawin ng Lungsod? (opsiyonal)
form-where = Saan? (opsiyonal)
form-address = Address o kanto
form-postal-code = Postal code
form-point = Magbigay ng eksaktong lokasyon (latitude at longitude)
form-lat = Latitude
form-lon = Longitude
form-service-request = Service request number, kung tungkol ito sa isang kahilingan para sa serbisyo (opsiyonal)
form-attachments = Mga larawan o dokumento (opsiyonal)
form-attachments-hint = Hanggang { $files } file: mga larawang JPEG o PNG, o mga dokumentong PDF, na hanggang { $mb } MB bawat isa. Inaalis namin ang datos ng lokasyon sa mga larawan bago namin itago ang mga ito.
form-contact = Paano namin kayo makakausap?
form-name = Ang inyong pangalan (opsiyonal)
form-email = E-mail
form-phone = Telepono
form-contact-method = Paano ninyo gustong makontak namin kayo?
form-contact-any = Kahit anong paraan
form-contact-email = E-mail
form-contact-sms = Text message
form-contact-phone = Tawag sa telepono
form-language = Wika ng aming mga mensahe
form-anonymous = Ipadala nang hindi nagpapakilala
form-anonymous-hint = Kung hindi kayo magpapakilala, susuriin pa rin namin ito, pero hindi namin kayo masasagot o masasabihan kung ano ang aming ginawa. Iwanang blangko ang pangalan, e-mail at telepono.
form-accommodation = Kailangan ba ninyo ng akomodasyon o tulong para makalahok? (opsiyonal)
form-accommodation-hint = Halimbawa, malalaking titik, interpreter ng sign language, o tawag sa isang partikular na oras.
form-notice-heading = Paano namin ginagamit ang inyong impormasyon
form-notice = Kinokolekta ng Lungsod ang impormasyon sa form na ito para suriin ang inyong reklamo, papuri o komento, para sagutin kayo, at para mapabuti ang mga serbisyo nito. Ang mga kawaning humahawak lang ng inyong kaso ang nakakakita ng inyong pangalan at contact details. Hindi kailanman isinasama ang mga ito sa mga ulat at open data. Maaari ninyong itanong sa 311 ang anumang tanong tungkol dito.
form-consent = Nabasa ko kung paano ginagamit ng Lungsod ang impormasyong ito
form-send = Ipadala

## Kung ano ang mali sa isang field, ipinapakita sa tabi nito

error-kind-missing = Piliin kung ito ay reklamo, papuri o komento.
error-category-unknown = Ang “{ $code }” ay hindi isa sa aming mga kategorya. Pumili ng isa mula sa listahan, o piliin ang “Hindi sigurado”.
error-description-missing = Pakisabi sa amin kung ano ang nangyari.
error-too-long = Pakiikli ito nang hanggang { $max } karakter lamang (mayroon itong { $count }).
error-postal-code = Magbigay ng Canadian postal code gaya ng M5H 2N2, o ang unang tatlong karakter lang nito.
error-latitude-range = Ang latitude ay dapat nasa pagitan ng -90 at 90.
error-longitude-range = Ang longitude ay dapat nasa pagitan ng -180 at 180.
error-latitude-missing = Ibigay ang latitude kasama ng longitude.
error-longitude-missing = Ibigay ang longitude kasama ng latitude.
error-number = Maglagay ng numero sa degrees, gaya ng 43.6535 o -79.3841.
error-language-code = Ang “{ $code }” ay hindi language code; gumamit ng gaya ng en, fr, zh-Hant o ar.
error-anonymous-with-contact = Para hindi magpakilala, iwanang blangko ang pangalan, e-mail at telepono; o alisin ang tsek sa “Ipadala nang hindi nagpapakilala”.
error-email = Mukhang hindi ito e-mail address. Tiyaking may isang @ at isang domain ito, gaya ng name@example.ca.
error-phone = Magbigay ng numero ng telepono na may 10 hanggang 15 digit, gaya ng 416-555-0123.
error-contact-missing = Magbigay ng e-mail address o numero ng telepono para masagot namin kayo, o piliing hindi magpakilala.
error-contact-method-needs = { $needs ->
    [email] Para makontak namin kayo sa ganitong paraan, magbigay rin ng e-mail address.
   *[phone] Para makontak namin kayo sa ganitong paraan, magbigay rin ng numero ng telepono.
}
error-service-request = Ibigay ang service request number ayon sa pagkakabigay nito sa inyo (hanggang 40 karakter).
error-consent = Pakikumpirma na nabasa ninyo kung paano ginagamit ng Lungsod ang impormasyong ito.
error-too-many-files = Magpadala nang hanggang { $files } file lamang.
error-file-type = Hindi mabasa ang “{ $file }” bilang JPEG, PNG o PDF file: magpadala ng isa sa mga iyon.
error-file-size = Mas malaki sa { $mb } MB ang “{ $file }”: magpadala ng mas maliit na larawan o ng scan na mas mababa ang resolution.

## Pagkatapos magpadala

submitted-title = Natanggap
submitted-heading = { $kind ->
    [compliment] Salamat: natanggap namin ang inyong papuri
    [comment] Salamat: natanggap namin ang inyong komento
   *[complaint] Salamat: natanggap namin ang inyong reklamo
}
submitted-number = Ang inyong tracking number ay
submitted-keep = Isulat ito o itago ang pahinang ito. Kailangan ninyo ito para masubaybayan ang inyong kaso, at mahahanap din ito ng mga ahente ng 311.
submitted-next = Ano ang susunod na mangyayari
submitted-acknowledge = Kukumpirmahin ng { $division } na natanggap nito ang inyong reklamo sa loob ng { $days } araw ng trabaho.
submitted-answer = Susuriin ito ng mga kawani at sasagutin kayo sa loob ng { $days } araw ng trabaho. Kung kailangan nila ng karagdagang impormasyon, kokontakin nila kayo.
submitted-review = Kung hindi kayo nasisiyahan sa sagot, maaari kayong humiling na repasuhin ito ng ibang tao.
submitted-compliment = Ipararating namin ang inyong pasasalamat sa mga kawani at sa superbisor sa { $division }.
submitted-comment = Babasahin ng { $division } ang inyong komento. Wala na kayong kailangang gawin.
submitted-follow = Subaybayan ang inyong kaso

## Pagsubaybay sa isang kaso

track-title = Subaybayan ang inyong kaso
track-number = Tracking number
track-number-hint = Sampung digit, gaya ng 1234-5678-90. Natanggap ninyo ito nang ipadala ninyo ang inyong kaso.
track-find = Hanapin ang aking kaso
track-not-found = Walang kasong may ganitong tracking number. Suriin ang mga digit, o tumawag sa 311.
track-not-a-number = Hindi iyan tracking number: may sampung digit ang tracking number, gaya ng 1234-5678-90.
track-wrong-digit = May maling digit ang tracking number na ito, o may dalawang digit na nagkapalit. Suriin ito, o tumawag sa 311.
case-title = Kaso { $tracking }
case-status = Katayuan
case-kind = Uri
case-kind-value = { $kind ->
    [compliment] Papuri
    [comment] Komento
   *[complaint] Reklamo
}
case-division = Hinahawakan ng
case-category = Tungkol sa
case-received = Natanggap
case-acknowledged = Nakumpirma
case-closed = Isinara
case-expect = Kailan kayo makakaasa ng sagot
case-acknowledge-by = Kukumpirmahin naming natanggap namin ito nang hindi lalampas sa { $date }.
case-answer-by = Sasagot kami nang hindi lalampas sa { $date }.
case-promise = Ang aming pangako
case-promise-text = Kinukumpirma naming natanggap ang mga reklamo sa loob ng { $acknowledge } araw ng trabaho at sinasagot namin ang mga ito sa loob ng { $answer } araw ng trabaho mula nang matanggap.
case-question-heading = Kailangan namin ng impormasyon mula sa inyo
case-question-paused = Hindi binibilang ang panahon ng aming pagsagot habang hinihintay namin kayo.
case-paused-since = Nakahinto mula { $date }, habang hinihintay namin ang inyong sagot.
case-answer-label = Ang inyong sagot
case-confirm-label = Ang inyong e-mail address o numero ng telepono
case-confirm-hint = Gaya ng ibinigay ninyo nang ipadala ninyo ang kasong ito, para malaman naming kayo nga ito.
case-send = Ipadala
case-updates = Mga update
case-no-updates = Wala pang update.
case-review-heading = Hindi nasisiyahan sa aming sagot?
case-review-text = Humiling ng pagrerepaso. Susuriin itong muli ng isang taong hindi humawak sa inyong reklamo, at sasagot siya sa loob ng { $review } araw ng trabaho. Humiling sa loob ng { $window } araw mula sa aming sagot; pagkatapos nito, isang superbisor ang magpapasya kung rerepasuhin ito. Maaari rin kayong tumawag sa 311 at ibigay ang inyong tracking number.
case-review-reason = Bakit hindi kayo nasisiyahan?
case-review-send = Humiling ng pagrerepaso
case-ombudsman-heading = Hindi pa rin nasisiyahan?
case-ombudsman-text = Dumaan na ang inyong reklamo sa huling pagrerepaso ng Lungsod. Maaari ninyong hilingin sa Ombudsman ng Lungsod, na hiwalay sa mga dibisyon ng Lungsod, na suriin ito. Makipag-ugnayan sa tanggapan ng Ombudsman at ibigay ang inyong tracking number, { $tracking }.
case-messages-heading = Mga e-mail at text message
case-messages-text = Sumusulat kami sa inyo kapag may balita tungkol sa kasong ito. Maaari ninyong ihinto ang mga mensaheng ito: magpapatuloy ang kaso, at masusubaybayan pa rin ninyo ito rito.
case-messages-stop = Ihinto ang mga mensahe tungkol sa kasong ito
case-messages-stopped-text = Hiniling ninyo na huwag na kaming magpadala ng mga mensahe tungkol sa kasong ito. Masusubaybayan pa rin ninyo ito rito, o maaari ninyong simulan muli ang mga mensahe.
case-messages-resume = Simulan muli ang mga mensahe
case-another = Subaybayan ang ibang kaso
case-changed = Nagbago ang inyong kaso habang nagsusulat kayo. Tingnan itong muli, at ipadalang muli ang inyong mensahe kung kailangan pa.

status-received = Natanggap, naghihintay ng pagkumpirma
status-acknowledged = Nakumpirma, sinusuri na
status-in_progress = Sinusuri
status-resolved = Nasagot na
status-awaiting_information = Naghihintay ng impormasyon mula sa inyo
status-escalation_requested = Nasa isang superbisor ang inyong kahilingan para sa pagrerepaso
status-escalated = Nirerepaso
status-closed = Sarado

timeline-received = Natanggap namin ito.
timeline-acknowledged = Kinumpirma ng dibisyon na natanggap nito ang kaso at sinusuri na nito ito.
timeline-message = Mensahe mula sa Lungsod: { $text }
timeline-answered = Nasagot na. Ang resulta: { $outcome }.
timeline-review-answered = Nasagot na ang pagrerepaso. Ang resulta: { $outcome }.
timeline-extension = Kailangan namin ng mas mahabang panahon: { $reason } Sasagot kami nang hindi lalampas sa { $date }.
timeline-question = Itinanong namin sa inyo: { $text }
timeline-information = Ipinadala ninyo ang impormasyong hiningi namin.
timeline-review-requested = Humiling kayo ng pagrerepaso.
timeline-closed = Isinara ang kaso.

## Ang maaaring gawin ng mga residente sa kanilang kaso, at kung bakit maaari itong tanggihan

action-too-long = Pakiikli ito nang hanggang { $max } karakter lamang (mayroon itong { $count }).
action-reason-missing = Pakisabi sa amin kung bakit hindi kayo nasisiyahan.
action-information-missing = Pakisulat ang inyong sagot.
action-not-yours = Ibigay ang e-mail address o numero ng telepono na ibinigay ninyo nang ipadala ninyo ang kasong ito.
action-anonymous = Ipinadala ang kasong ito nang walang contact details, kaya hindi namin makukumpirma online na sa inyo ito. Tumawag sa 311 at ibigay ang tracking number nito.
action-review-not-now = Maaari lang humiling ng pagrerepaso kapag nakasagot na ang Lungsod, at isang beses lang sa bawat sagot.
action-information-not-now = Hindi kami naghihintay ng impormasyon para sa kasong ito.

## Mga pahina ng error

page-not-found-title = Hindi makita ang pahina
page-not-found = Hindi namin makita ang pahinang iyon. Suriin ang address, o magsimula sa home page.
page-internal-title = May nagkaproblema sa aming panig
page-internal = Walang nawala. Pakisubukang muli maya-maya, o tumawag sa 311.
page-too-many-title = Dahan-dahan lang po
page-too-many = Masyadong maraming request ang nanggaling sa inyong koneksiyon. Maghintay ng isang minuto, saka subukang muli.
page-conflict-title = Nagbago ang inyong kaso
page-bad-request-title = Hindi namin iyon mabasa
page-bad-form = Hindi mabasa ang form. Pakibalikan ito at ipadalang muli.
page-home-link = Pumunta sa home page

## Open data

open-data-title = Open data
open-data-lead = Ang bawat reklamo, papuri at komentong natatanggap ng Lungsod, sa mga file na magagamit ng sinuman. Walang personal na impormasyon ang mga ito: walang pangalan o contact details, walang salitang isinulat ng mga residente o kawani, walang eksaktong address at walang pangalan ng kawani. Ipinapakita ang mga lugar ayon lang sa ward at sa unang tatlong karakter ng postal code, at ang mga petsa ayon lang sa araw.
open-data-csv = I-download ang lahat ng kaso bilang CSV
open-data-json = I-download ang lahat ng kaso bilang JSON
open-data-columns = Ang laman ng bawat column
open-data-column = Column
open-data-meaning = Ang laman nito
footer-open-data = Open data tungkol sa mga reklamo at papuri
open-data-col-tracking-number = Ang pampublikong tracking number ng kaso.
open-data-col-kind = Reklamo, papuri o komento.
open-data-col-channel = Kung paano ito dumating: sa web, sa app, sa tawag sa telepono, nang personal, sa koreo, sa e-mail, sa chat o sa Open311.
open-data-col-division = Ang dibisyong humahawak nito.
open-data-col-section = Ang seksiyon ng dibisyon, kung alam.
open-data-col-category = Ang kategorya, kung alam.
open-data-col-ward = Ang ward ng Lungsod kung nasaan ang lugar, kung may ibinigay na lugar.
open-data-col-postal-prefix = Ang unang tatlong karakter ng postal code, kung ibinigay.
open-data-col-language = Ang wikang pinili para sa mga mensahe, o “other”.
open-data-col-received-on = Ang araw na natanggap ito.
open-data-col-acknowledged-on = Ang araw na kinumpirmang natanggap ito.
open-data-col-status = Kung nasaang bahagi na ito ng proseso.
open-data-col-stage = 1 para sa sagot ng dibisyon; 2 kapag may humiling na ng pagrerepaso.
open-data-col-first-outcome = Ang resulta ng sagot ng dibisyon.
open-data-col-first-answered-on = Ang araw ng sagot ng dibisyon.
open-data-col-review-outcome = Ang resulta ng pagrerepaso, kung mayroon.
open-data-col-review-answered-on = Ang araw ng sagot sa pagrerepaso.
open-data-col-extensions = Ilang beses nangailangan ng mas mahabang panahon ang dibisyon.
open-data-col-ombudsman-referred = Kung dinala ng residente ang kaso sa Ombudsman.
open-data-col-closed-on = Ang araw na isinara ito.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Training mode.
training-banner = Ito ay kopya ng sistema para sa pagsasanay: walang naipapadala rito na nakakarating sa Lungsod o sa sinumang residente, at walang binibilang dito.

# The public report (/reports).
nav-reports = Mga ulat
reports-title = Paano hinaharap ng Lungsod ang mga reklamo
reports-lead = Mga bilang tungkol sa mga reklamo, papuri at komentong natanggap ng Lungsod, ayon sa dibisyon at sa quarter. Binibilang ang mga ito mula sa kasaysayan ng bawat kaso.
reports-quarter-label = Quarter
reports-quarter = { $year }, quarter { $q }
reports-show = Ipakita
reports-summary-title = Sa madaling salita
reports-summary = Noong { $quarter }, nakatanggap ang Lungsod ng { $received } reklamo, papuri at komento.
reports-summary-answered = { $share } ng mga unang sagot ang naibigay sa loob ng pamantayan ng serbisyo.
reports-summary-median = Kalahati ng mga unang sagot ang naibigay sa loob ng { $days } araw ng trabaho.
reports-summary-reviews = Humiling ang mga residente ng pagsusuri sa { $share } ng mga reklamong nasagot.
reports-summary-small = Wala pang 10 kaso ang natanggap noong { $quarter }, kaya hindi ipinapakita ang mga bilang, upang protektahan ang privacy ng mga sumulat.
reports-by-division = Ayon sa dibisyon, { $quarter }
reports-by-quarter = Ang buong Lungsod, bawat quarter
reports-col-division = Dibisyon
reports-col-quarter = Quarter
reports-col-received = Mga natanggap na kaso
reports-col-acknowledged = Kinilala sa loob ng pamantayan
reports-col-answered = Mga unang sagot
reports-col-median = Median na araw ng trabaho bago ang unang sagot
reports-col-within = Mga unang sagot sa loob ng pamantayan
reports-col-closed = Mga isinarang kaso
reports-col-reviews = Mga hiniling na pagsusuri
reports-col-ombudsman = Dinala sa Ombudsman
reports-col-compliments = Mga papuri
reports-all-divisions = Lahat ng dibisyon
reports-suppressed = wala pang 10
reports-reading-title = Paano basahin ang mga bilang na ito
reports-note-suppression = Upang protektahan ang privacy, ang bilang na mas mababa sa 10 ay ipinapakita bilang “wala pang 10”, at hindi ipinapakita (–) ang bahagdan o panahong kinuwenta mula rito.
reports-note-days = Ang mga araw ng trabaho ay Lunes hanggang Biyernes, maliban sa mga pista opisyal. Hindi binibilang ang mga araw ng paghihintay sa sagot ng residente.
reports-note-standard = Inilalathala ng bawat dibisyon ang mga pamantayan nito sa serbisyo: ilang araw ng trabaho bago nito kilalanin at sagutin ang isang reklamo.
reports-open-data = Nasa open data ang lahat ng kaso, nang walang personal na detalye.
reports-requests-title = Mga kahilingan sa serbisyo sa 311 ayon sa ward
reports-requests-lead = Mga kahilingan sa serbisyo na inilathala ng 311 system ng Lungsod at ikinarga rito, sa lahat ng petsa. Hindi ito mga reklamo: ipinapakita nito kung saan humiling ng serbisyo ang mga residente.
reports-col-ward = Ward
reports-col-requests = Mga kahilingan sa serbisyo
reports-col-requests-closed = Sarado
reports-no-ward = Labas sa mga ward, o walang ibinigay na lugar

## The chatbot

nav-chat = Makipag-chat sa amin
chat-title = Makipag-chat sa amin
chat-lead = Sabihin sa akin sa sarili mong salita kung ano ang nangyari. Imumungkahi ko kung saan ito dapat ipadala, magtatanong ako ng ilang bagay, at ipapadala ko ito para sa iyo. Maaari mo ring gamitin ang form.
chat-describe = Ano ang nangyari? Sapat na ang ilang pangungusap.
chat-log-label = Usapan
chat-you = Ikaw
chat-bot = Katulong ng Lungsod
chat-your-message = Iyong mensahe
chat-send = Ipadala
chat-continue = Magpatuloy
chat-skip = Laktawan
chat-skipped = (nilaktawan)
chat-start-again = Magsimula muli
chat-empty = Wala akong natanggap na salita. Isulat kung ano ang nangyari.
chat-not-understood = Paumanhin, hindi ko naintindihan. Maaari kang sumagot gamit ang mga field sa ibaba, gamitin ang mga button, gamitin ang form, o makipag-usap sa isang tao.
chat-proposal = Ito ang naintindihan ko. Kung hindi tama, baguhin ito sa ibaba.
chat-proposal-guess = Hindi ako sigurado kung naintindihan ko. Ito ang pinakamalapit kong hula: pakisuri sa ibaba.
chat-proposal-none = Paumanhin, hindi ko naintindihan kung aling serbisyo ito. Pumili ng isa sa ibaba, o piliin ang “{ form-not-sure }” at hahanapin ng 311 ang tamang dibisyon. Maaari mo ring gamitin ang form o makipag-usap sa isang tao.
chat-service-request = Kung naiulat mo na ito at hindi naayos, o masyadong natagalan, reklamo iyon, at maipapadala ko ito para sa iyo.
chat-already-reported = Naiulat ko na ito: magreklamo
chat-ask-location = Saan ito nangyari? Magbigay ng address o interseksyon, o laktawan ang tanong na ito.
chat-ask-remedy = Ano ang gusto mong gawin ng Lungsod? Maaari mong laktawan ang tanong na ito.
chat-ask-contact = Paano ka makokontak ng Lungsod? Magbigay ng e-mail o numero ng telepono, o ipadala ito nang hindi nagpapakilala.
chat-contact-given = Narito ang aking mga detalye sa pakikipag-ugnayan.
chat-ask-language = Sa anong wika dapat sumulat sa iyo ang Lungsod?
chat-summary = Pakisuri ang lahat, saka ipadala.
chat-send-case = Ipadala
chat-fix = Ayusin muna ito:
chat-status-ask = I-type ang tracking number (sampung digit, tulad ng 1234-5678-90) at sasabihin ko kung nasaan na ang kaso.
chat-person = Para makipag-usap sa isang tao, tumawag sa 311 (o 416-392-2489 mula sa labas ng lungsod), anumang oras. Maaari mo ring gamitin ang form.
chat-actions-label = Iba pang maitutulong ko
chat-action-status = Nasaan na ang kaso ko?
chat-action-standards = Gaano katagal, at mga pagsusuri
chat-action-person = Makipag-usap sa isang tao
chat-action-form = Gamitin ang form
