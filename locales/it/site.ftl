# The public site's words in Italian: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here.
# Italian uses the 24-hour clock, so time-of-day uses $hour24 and half-am/half-pm are empty.
# Residents are addressed with the polite "Lei" form.

## Orari e date

half-am = { "" }
half-pm = { "" }
# $hour12 (1–12), $hour24 (00–23), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $hour24 }:{ $minute }
date-time = { $date }, ore { $time }

## Ogni pagina

site-name = Reclami e apprezzamenti per la Città
skip-link = Vai al contenuto principale
nav-label = Menu principale
nav-submit = Invii un reclamo o un apprezzamento
nav-track = Segua la sua pratica
nav-standards = Standard di servizio
nav-help = Non sa a chi rivolgersi?
footer-service-requests = Per una nuova richiesta di servizio (una buca, un mancato ritiro dei rifiuti, una condotta dell'acqua rotta), chiami il 311 o usi il canale delle richieste di servizio 311 della Città: un reclamo riguarda invece il modo in cui è stata gestita una richiesta o un servizio.
footer-about = Heard è un software open source per la gestione di reclami e apprezzamenti.
language-label = Lingua
language-change = Cambia lingua
error-prefix = Errore:

## Pagina iniziale

home-title = Pagina iniziale
home-heading = Ci dica come abbiamo lavorato
home-lead = I suoi reclami, apprezzamenti e commenti aiutano la Città a migliorare i suoi servizi. Ognuno riceve un numero di pratica, e ogni reclamo riceve una risposta entro un numero stabilito di giorni lavorativi.
kind-complaint-title = Reclamo
kind-complaint-text = Un servizio della Città, una decisione, i tempi di attesa o il trattamento che ha ricevuto non la soddisfano. Esamineremo la questione e le risponderemo.
kind-compliment-title = Apprezzamento
kind-compliment-text = Una persona o un servizio ha lavorato bene. Trasmettiamo il suo ringraziamento al personale e ai loro responsabili.
kind-comment-title = Commento
kind-comment-text = Un'idea o un'osservazione che desidera far conoscere alla Città. Leggiamo tutti i commenti; per un commento non serve una risposta.
home-not-complaint-heading = Che cosa non è un reclamo
home-not-complaint-request-strong = Chiedere un servizio per la prima volta
home-not-complaint-request = per esempio segnalare una buca, un mancato ritiro dei rifiuti o una perdita d'acqua, è una richiesta di servizio. Chiami il 311 o usi il canale delle richieste di servizio 311 della Città. Se ha già fatto una richiesta e non è stata gestita bene, allora si tratta di un reclamo.
home-not-complaint-appeal-strong = Le questioni che hanno una propria procedura di ricorso
home-not-complaint-appeal = come una multa per sosta vietata, la stima di un immobile per l'imposta sulla proprietà o la decisione di un tribunale, seguono quella procedura. Se ce le invia qui, le indicheremo a chi rivolgersi.
home-help-link = Ha dei dubbi? Risponda a qualche domanda e le indicheremo a chi rivolgersi.
home-next-heading = Che cosa succede dopo l'invio
home-next-1 = Riceve subito un numero di pratica. Lo conservi per seguire la sua pratica.
home-next-2 = La divisione competente prende in carico il suo reclamo, di solito entro 2 giorni lavorativi.
home-next-3 = Il personale esamina il reclamo e le risponde, di solito entro 10 giorni lavorativi. Ogni divisione pubblica i propri standard di servizio.
home-next-4 = Se la risposta non la soddisfa, può chiedere che un'altra persona riesamini il reclamo. Dopo il riesame, può rivolgersi all'Ombudsman della Città.
home-track-link = Segua una pratica con il suo numero di pratica

## Standard di servizio

standards-title = Standard di servizio
standards-lead = Ogni divisione si impegna a trattare i reclami entro tempi precisi. I giorni indicati sono giorni lavorativi: dal lunedì al venerdì, esclusi i giorni festivi.
standards-caption = Giorni lavorativi che ogni divisione impiega per prendere in carico un reclamo, per rispondere e per rispondere a una richiesta di riesame della sua risposta
standards-division = Divisione
standards-acknowledge = Presa in carico
standards-answer = Risposta
standards-review = Riesame
division-promises = I nostri impegni
division-acknowledge = Prendiamo in carico il suo reclamo entro { $days ->
    [one] { $days } giorno lavorativo
   *[other] { $days } giorni lavorativi
}.
division-answer = Le rispondiamo entro { $days ->
    [one] { $days } giorno lavorativo
   *[other] { $days } giorni lavorativi
} dal ricevimento del reclamo. Se ci serve più tempo, le diciamo perché ed entro quando risponderemo.
division-review = Se la nostra risposta non la soddisfa, chieda un riesame dalla pagina della sua pratica o chiamando il 311. Una persona che non si è occupata del suo reclamo lo esamina di nuovo e le risponde entro { $days ->
    [one] { $days } giorno lavorativo
   *[other] { $days } giorni lavorativi
}.
division-ombudsman = Se anche dopo il riesame la risposta non la soddisfa, può presentare il suo reclamo all'Ombudsman della Città.
division-handles = Di che cosa ci occupiamo
division-not-found = Non esiste nessuna divisione con questo nome.

## La guida

helper-title = Trovi il servizio giusto
helper-question = Che cosa desidera fare?
helper-need-request = Segnalare un problema per la prima volta (una buca, un mancato ritiro dei rifiuti, un animale ferito)
helper-need-complaint = Fare un reclamo su come è stato gestito un servizio o una richiesta precedente
helper-need-compliment = Ringraziare qualcuno o lodare un servizio
helper-need-comment = Condividere un'idea o un commento
helper-need-unsure = Non lo so con certezza
helper-next = Avanti
helper-request-heading = Si tratta di una richiesta di servizio
helper-request-text = Segnalare un problema per la prima volta è una richiesta di servizio, non un reclamo. Chiami il 311 (o il 416-392-2489 se chiama da fuori città), a qualsiasi ora del giorno, oppure usi il canale delle richieste di servizio 311 della Città online o nell'app 311. Riceverà un numero di richiesta di servizio.
helper-request-complaint-before = Se ha già fatto una richiesta ed è stata chiusa senza che il problema fosse risolto, oppure ci è voluto troppo tempo,
helper-request-complaint-link = si tratta di un reclamo
helper-search-label = Di che cosa si tratta?
helper-search-hint = Qualche parola, come «buca», «bidone verde», «procione» o «bolletta dell'acqua».
helper-search = Cerca
helper-no-match = Nessun risultato per «{ $query }»
helper-matches = Risultati per «{ $query }»
helper-still-unsure = Ho ancora dei dubbi: lo invio al 311, che troverà la divisione giusta

## Il modulo

form-title = Invii un reclamo o un apprezzamento
form-heading = Invii un reclamo, un apprezzamento o un commento
form-error-title = { $count ->
    [one] La preghiamo di correggere 1 punto qui sotto
   *[other] La preghiamo di correggere { $count } punti qui sotto
}
form-files-dropped = I suoi file non sono stati conservati: la preghiamo di allegarli di nuovo.
form-kind = Che cosa desidera inviare?
form-kind-complaint = Un reclamo: qualcosa non è stato fatto bene e desidero una risposta
form-kind-compliment = Un apprezzamento: qualcuno o qualcosa ha funzionato bene
form-kind-comment = Un commento: un'idea o un'osservazione; non mi serve una risposta
form-category = Quale servizio riguarda?
form-category-hint = Scelga «Non so» se non lo sa: il 311 lo inoltrerà alla divisione giusta.
form-category-help = Mi aiuti a scegliere
form-not-sure = Non so
form-description = Che cosa è successo?
form-description-hint = Ci racconti che cosa è successo, chi era coinvolto (se lo sa) e perché è importante per lei.
form-happened = Quando è successo? (facoltativo)
form-remedy = Che cosa vorrebbe che facesse la Città? (facoltativo)
form-where = Dove? (facoltativo)
form-address = Indirizzo o incrocio
form-postal-code = Codice postale
form-point = Indichi un punto preciso (latitudine e longitudine)
form-lat = Latitudine
form-lon = Longitudine
form-service-request = Numero della richiesta di servizio, se il messaggio riguarda una richiesta (facoltativo)
form-attachments = Foto o documenti (facoltativo)
form-attachments-hint = Fino a { $files } file: foto JPEG o PNG, oppure documenti PDF, di massimo { $mb } MB ciascuno. Prima di conservare le foto, ne togliamo i dati sulla posizione.
form-contact = Come possiamo contattarla?
form-name = Il suo nome (facoltativo)
form-email = E-mail
form-phone = Telefono
form-contact-method = Come preferisce che la contattiamo?
form-contact-any = In qualsiasi modo
form-contact-email = E-mail
form-contact-sms = SMS
form-contact-phone = Telefonata
form-language = Lingua dei nostri messaggi
form-anonymous = Invia in forma anonima
form-anonymous-hint = Se sceglie l'anonimato esamineremo comunque la questione, ma non potremo risponderle né dirle che cosa abbiamo fatto. Lasci vuoti i campi nome, e-mail e telefono.
form-accommodation = Ha bisogno di un supporto o di un adattamento per partecipare? (facoltativo)
form-accommodation-hint = Per esempio caratteri grandi, un interprete della lingua dei segni o una telefonata a un orario preciso.
form-notice-heading = Come usiamo i suoi dati
form-notice = La Città raccoglie le informazioni di questo modulo per esaminare il suo reclamo, apprezzamento o commento, per risponderle e per migliorare i suoi servizi. Il suo nome e i suoi recapiti sono visibili solo al personale che si occupa della sua pratica. Non compaiono mai nei rapporti né negli open data. Per domande su questo argomento può rivolgersi al 311.
form-consent = Ho letto come la Città usa queste informazioni
form-send = Invia

## Che cosa non va in un campo, indicato accanto al campo

error-kind-missing = Indichi se si tratta di un reclamo, di un apprezzamento o di un commento.
error-category-unknown = «{ $code }» non è una delle nostre categorie. Ne scelga una dall'elenco, oppure scelga «Non so».
error-description-missing = Ci racconti che cosa è successo.
error-too-long = Accorci il testo a un massimo di { $max } caratteri (ora ne ha { $count }).
error-postal-code = Indichi un codice postale canadese come M5H 2N2, oppure solo i suoi primi tre caratteri.
error-latitude-range = La latitudine deve essere compresa tra -90 e 90.
error-longitude-range = La longitudine deve essere compresa tra -180 e 180.
error-latitude-missing = Indichi la latitudine insieme alla longitudine.
error-longitude-missing = Indichi la longitudine insieme alla latitudine.
error-number = Inserisca un numero in gradi, come 43.6535 o -79.3841.
error-language-code = «{ $code }» non è un codice di lingua; ne usi uno come en, fr, zh-Hant o ar.
error-anonymous-with-contact = Per un invio anonimo, lasci vuoti nome, e-mail e telefono; oppure tolga la spunta da «Invia in forma anonima».
error-email = Questo non sembra un indirizzo e-mail. Controlli che contenga una @ e un dominio, come name@example.ca.
error-phone = Indichi un numero di telefono di 10-15 cifre, come 416-555-0123.
error-contact-missing = Indichi un indirizzo e-mail o un numero di telefono per permetterci di risponderle, oppure scelga l'invio in forma anonima.
error-contact-method-needs = { $needs ->
    [email] Per questo tipo di contatto, indichi anche un indirizzo e-mail.
   *[phone] Per questo tipo di contatto, indichi anche un numero di telefono.
}
error-service-request = Indichi il numero della richiesta di servizio così come le è stato comunicato (massimo 40 caratteri).
error-consent = Confermi di aver letto come la Città usa queste informazioni.
error-too-many-files = Invii al massimo { $files } file.
error-file-type = «{ $file }» non può essere letto come file JPEG, PNG o PDF: invii un file di uno di questi tipi.
error-file-size = «{ $file }» supera i { $mb } MB: invii una foto più piccola o una scansione a risoluzione più bassa.

## Dopo l'invio

submitted-title = Ricevuto
submitted-heading = { $kind ->
    [compliment] Grazie: abbiamo ricevuto il suo apprezzamento
    [comment] Grazie: abbiamo ricevuto il suo commento
   *[complaint] Grazie: abbiamo ricevuto il suo reclamo
}
submitted-number = Il suo numero di pratica è
submitted-keep = Lo annoti o conservi questa pagina. Le serve per seguire la sua pratica, e gli operatori del 311 possono cercarla con questo numero.
submitted-next = Che cosa succede ora
submitted-acknowledge = { $division } prenderà in carico il suo reclamo entro { $days ->
    [one] { $days } giorno lavorativo
   *[other] { $days } giorni lavorativi
}.
submitted-answer = Il personale esaminerà il reclamo e le risponderà entro { $days ->
    [one] { $days } giorno lavorativo
   *[other] { $days } giorni lavorativi
}. Se servono altre informazioni, la contatteremo.
submitted-review = Se la risposta non la soddisfa, può chiedere che un'altra persona riesamini il reclamo.
submitted-compliment = Trasmetteremo il suo ringraziamento al personale e al responsabile di { $division }.
submitted-comment = { $division } leggerà il suo commento. Non deve fare nient'altro.
submitted-follow = Segua la sua pratica

## Seguire una pratica

track-title = Segua la sua pratica
track-number = Numero di pratica
track-number-hint = Dieci cifre, come 1234-5678-90. Lo ha ricevuto quando ha inviato la sua pratica.
track-find = Trova la mia pratica
track-not-found = Nessuna pratica ha questo numero. Controlli le cifre, oppure chiami il 311.
track-not-a-number = Questo non è un numero di pratica: il numero di pratica ha dieci cifre, come 1234-5678-90.
track-wrong-digit = In questo numero di pratica c'è una cifra sbagliata o ci sono due cifre invertite. Lo controlli, oppure chiami il 311.
case-title = Pratica { $tracking }
case-status = Stato
case-kind = Tipo
case-kind-value = { $kind ->
    [compliment] Apprezzamento
    [comment] Commento
   *[complaint] Reclamo
}
case-division = Gestita da
case-category = Argomento
case-received = Ricevuta
case-acknowledged = Presa in carico
case-closed = Chiusa
case-expect = Quando avrà nostre notizie
case-acknowledge-by = La prenderemo in carico entro { $date }.
case-answer-by = Le risponderemo entro { $date }.
case-promise = Il nostro impegno
case-promise-text = Prendiamo in carico i reclami entro { $acknowledge } giorni lavorativi e rispondiamo entro { $answer } giorni lavorativi dal loro ricevimento.
case-question-heading = Ci servono informazioni da lei
case-question-paused = Il tempo che abbiamo per risponderle non viene conteggiato mentre aspettiamo la sua risposta.
case-paused-since = Sospesa da { $date }, in attesa della sua risposta.
case-answer-label = La sua risposta
case-confirm-label = Il suo indirizzo e-mail o numero di telefono
case-confirm-hint = Come lo ha indicato quando ha inviato questa pratica, così sappiamo che è proprio lei.
case-send = Invia
case-updates = Aggiornamenti
case-no-updates = Ancora nessun aggiornamento.
case-review-heading = La nostra risposta non la soddisfa?
case-review-text = Chieda un riesame. Una persona che non si è occupata del suo reclamo lo esaminerà di nuovo e le risponderà entro { $review } giorni lavorativi. Lo chieda entro { $window } giorni dalla nostra risposta; dopo questo termine, è un responsabile a decidere se fare il riesame. Può anche chiamare il 311 e comunicare il suo numero di pratica.
case-review-reason = Perché la risposta non la soddisfa?
case-review-send = Chiedo un riesame
case-ombudsman-heading = La risposta continua a non soddisfarla?
case-ombudsman-text = Il suo reclamo ha già avuto l'ultimo riesame della Città. Può chiedere all'Ombudsman della Città, che è indipendente dalle divisioni comunali, di esaminarlo. Contatti l'ufficio dell'Ombudsman e comunichi il suo numero di pratica, { $tracking }.
case-messages-heading = E-mail e SMS
case-messages-text = Le scriviamo quando ci sono novità su questa pratica. Può interrompere questi messaggi: la pratica va avanti e potrà comunque seguirla qui.
case-messages-stop = Interrompi i messaggi su questa pratica
case-messages-stopped-text = Ci ha chiesto di non inviarle più messaggi su questa pratica. Può comunque seguirla qui, oppure riattivare i messaggi.
case-messages-resume = Riattiva i messaggi
case-another = Segua un'altra pratica
case-changed = La sua pratica è cambiata mentre scriveva. La guardi di nuovo e, se serve ancora, invii di nuovo il suo messaggio.

status-received = Ricevuta, in attesa di presa in carico
status-acknowledged = Presa in carico, in esame
status-in_progress = In esame
status-resolved = Risposta inviata
status-awaiting_information = In attesa di informazioni da parte sua
status-escalation_requested = La sua richiesta di riesame è all'esame di un responsabile
status-escalated = In riesame
status-closed = Chiusa

timeline-received = Abbiamo ricevuto la pratica.
timeline-acknowledged = La divisione ha preso in carico la pratica e la sta esaminando.
timeline-message = Messaggio della Città: { $text }
timeline-answered = Risposta inviata. Esito: { $outcome }.
timeline-review-answered = Riesame concluso. Esito: { $outcome }.
timeline-extension = Ci serve più tempo: { $reason } Risponderemo entro { $date }.
timeline-question = Le abbiamo chiesto: { $text }
timeline-information = Ha inviato le informazioni che le avevamo chiesto.
timeline-review-requested = Ha chiesto un riesame.
timeline-closed = La pratica è stata chiusa.

## Che cosa i residenti possono fare sulla loro pratica, e perché può essere rifiutato

action-too-long = Accorci il testo a un massimo di { $max } caratteri (ora ne ha { $count }).
action-reason-missing = Ci dica perché la risposta non la soddisfa.
action-information-missing = Scriva la sua risposta.
action-not-yours = Indichi l'indirizzo e-mail o il numero di telefono che ha dato quando ha inviato questa pratica.
action-anonymous = Questa pratica è stata inviata senza recapiti, quindi non possiamo verificare online che sia sua. Chiami il 311 e comunichi il numero di pratica.
action-review-not-now = Si può chiedere un riesame solo dopo che la Città ha risposto, e una sola volta per ogni risposta.
action-information-not-now = Non stiamo aspettando informazioni su questa pratica.

## Pagine di errore

page-not-found-title = Pagina non trovata
page-not-found = Non abbiamo trovato questa pagina. Controlli l'indirizzo, oppure riparta dalla pagina iniziale.
page-internal-title = Si è verificato un problema da parte nostra
page-internal = Non è andato perso nulla. Riprovi tra un momento, oppure chiami il 311.
page-too-many-title = Rallenti, per favore
page-too-many = Dalla sua connessione sono arrivate troppe richieste. Attenda un minuto, poi riprovi.
page-conflict-title = La sua pratica è cambiata
page-bad-request-title = Non siamo riusciti a leggere i dati
page-bad-form = Non è stato possibile leggere il modulo. Torni indietro e lo invii di nuovo.
page-home-link = Vai alla pagina iniziale

## Open data

open-data-title = Open data
open-data-lead = Tutti i reclami, gli apprezzamenti e i commenti che la Città riceve, in file che chiunque può usare. Non contengono dati personali: niente nomi né recapiti, nessun testo scritto dai residenti o dal personale, nessun indirizzo preciso e nessun nome del personale. I luoghi sono indicati solo con la circoscrizione e i primi tre caratteri del codice postale, e le date solo con il giorno.
open-data-csv = Scarichi tutte le pratiche in formato CSV
open-data-json = Scarichi tutte le pratiche in formato JSON
open-data-columns = Che cosa contiene ogni colonna
open-data-column = Colonna
open-data-meaning = Che cosa contiene
footer-open-data = Open data su reclami e apprezzamenti
open-data-col-tracking-number = Il numero di pratica pubblico.
open-data-col-kind = Reclamo, apprezzamento o commento.
open-data-col-channel = Come è arrivata: dal sito web, dall'app, con una telefonata, di persona, per posta, per e-mail, in chat o tramite Open311.
open-data-col-division = La divisione che gestisce la pratica.
open-data-col-section = La sezione della divisione, se nota.
open-data-col-category = La categoria, se nota.
open-data-col-ward = La circoscrizione della Città in cui si trova il luogo, se è stato indicato un luogo.
open-data-col-postal-prefix = I primi tre caratteri del codice postale, se indicato.
open-data-col-language = La lingua scelta per i messaggi, oppure «other».
open-data-col-received-on = Il giorno in cui è stata ricevuta.
open-data-col-acknowledged-on = Il giorno in cui è stata presa in carico.
open-data-col-status = A che punto del percorso si trova ora.
open-data-col-stage = 1 per la risposta della divisione; 2 dopo la richiesta di un riesame.
open-data-col-first-outcome = L'esito della risposta della divisione.
open-data-col-first-answered-on = Il giorno della risposta della divisione.
open-data-col-review-outcome = L'esito del riesame, se c'è stato.
open-data-col-review-answered-on = Il giorno della risposta al riesame.
open-data-col-extensions = Quante volte la divisione ha preso più tempo.
open-data-col-ombudsman-referred = Se il residente si è rivolto all'Ombudsman per la pratica.
open-data-col-closed-on = Il giorno in cui è stata chiusa.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Modalità formazione.
training-banner = Questa è una copia di prova del sistema: niente di ciò che si invia qui arriva al Comune o ai residenti, e niente viene conteggiato.

# The public report (/reports).
nav-reports = Rapporti
reports-title = Come il Comune gestisce i reclami
reports-lead = Dati sui reclami, apprezzamenti e commenti ricevuti dal Comune, per divisione e per trimestre. Sono calcolati dalla cronologia di ogni pratica.
reports-quarter-label = Trimestre
reports-quarter = { $year }, trimestre { $q }
reports-show = Mostra
reports-summary-title = In breve
reports-summary = Nel periodo «{ $quarter }» il Comune ha ricevuto { $received } reclami, apprezzamenti e commenti.
reports-summary-answered = Il { $share } delle prime risposte è arrivato entro lo standard di servizio.
reports-summary-median = Metà delle prime risposte è arrivata entro { $days } giorni lavorativi.
reports-summary-reviews = I residenti hanno chiesto un riesame per il { $share } dei reclami che hanno ricevuto risposta.
reports-summary-small = Nel periodo «{ $quarter }» sono state ricevute meno di 10 pratiche, quindi i dati non sono mostrati, per proteggere la riservatezza di chi ci ha scritto.
reports-by-division = Per divisione, { $quarter }
reports-by-quarter = Tutta la città, trimestre per trimestre
reports-col-division = Divisione
reports-col-quarter = Trimestre
reports-col-received = Pratiche ricevute
reports-col-acknowledged = Conferme di ricezione entro lo standard
reports-col-answered = Prime risposte
reports-col-median = Mediana dei giorni lavorativi fino alla prima risposta
reports-col-within = Prime risposte entro lo standard
reports-col-closed = Pratiche chiuse
reports-col-reviews = Riesami richiesti
reports-col-ombudsman = Portati all'Ombudsman
reports-col-compliments = Apprezzamenti
reports-all-divisions = Tutte le divisioni
reports-suppressed = meno di 10
reports-reading-title = Come leggere questi dati
reports-note-suppression = Per proteggere la riservatezza, un numero inferiore a 10 è indicato come «meno di 10», e una quota o un tempo calcolato da quel numero non è mostrato (–).
reports-note-days = I giorni lavorativi vanno dal lunedì al venerdì, esclusi i giorni festivi. I giorni di attesa della risposta di un residente non contano.
reports-note-standard = Ogni divisione pubblica i suoi standard di servizio: quanti giorni lavorativi impiega per confermare la ricezione di un reclamo e per rispondere.
reports-open-data = Tutte le pratiche, senza dati personali, sono negli open data.
reports-requests-title = Richieste di servizio al 311 per circoscrizione
reports-requests-lead = Richieste di servizio pubblicate dal sistema 311 del Comune e caricate qui, di tutte le date. Non sono reclami: mostrano dove i residenti hanno chiesto un servizio.
reports-col-ward = Circoscrizione
reports-col-requests = Richieste di servizio
reports-col-requests-closed = Chiuse
reports-no-ward = Fuori dalle circoscrizioni, o senza luogo indicato

## The chatbot

nav-chat = Chatta con noi
chat-title = Chatta con noi
chat-lead = Raccontami con parole tue che cosa è successo. Ti suggerirò dove inviarlo, ti farò qualche domanda e lo invierò per te. Puoi anche usare il modulo.
chat-describe = Che cosa è successo? Bastano poche frasi.
chat-log-label = Conversazione
chat-you = Tu
chat-bot = Assistente della Città
chat-your-message = Il tuo messaggio
chat-send = Invia
chat-continue = Continua
chat-skip = Salta
chat-skipped = (saltata)
chat-start-again = Ricomincia
chat-empty = Non ho ricevuto parole. Scrivi che cosa è successo.
chat-not-understood = Mi dispiace, non ho capito. Puoi rispondere con i campi qui sotto, usare i pulsanti, usare il modulo o parlare con una persona.
chat-proposal = Ecco che cosa ho capito. Se non è corretto, modificalo qui sotto.
chat-proposal-guess = Non sono sicuro di aver capito. Ecco la mia ipotesi migliore: controllala qui sotto.
chat-proposal-none = Mi dispiace, non ho capito di quale servizio si tratta. Scegline uno qui sotto, oppure scegli «{ form-not-sure }» e il 311 troverà la divisione giusta. Puoi anche usare il modulo o parlare con una persona.
chat-service-request = Se l'hai già segnalato e non è stato risolto, o ci è voluto troppo tempo, si tratta di un reclamo, e posso inviarlo per te.
chat-already-reported = L'ho già segnalato: presenta un reclamo
chat-ask-location = Dove è successo? Indica un indirizzo o un incrocio, oppure salta questa domanda.
chat-ask-remedy = Che cosa vorresti che facesse la Città? Puoi saltare questa domanda.
chat-ask-contact = Come può contattarti la Città? Indica un indirizzo e-mail o un numero di telefono, oppure invia in forma anonima.
chat-contact-given = Ecco i miei recapiti.
chat-ask-language = In quale lingua deve scriverti la Città?
chat-summary = Controlla tutto, poi invia.
chat-send-case = Invia
chat-fix = Correggi prima questo:
chat-status-ask = Scrivi il numero di pratica (dieci cifre, come 1234-5678-90) e ti dirò a che punto è.
chat-person = Per parlare con una persona, chiama il 311 (o il 416-392-2489 da fuori città), a qualsiasi ora. Puoi anche usare il modulo.
chat-actions-label = Altro in cui posso aiutarti
chat-action-status = A che punto è la mia pratica?
chat-action-standards = Tempi e riesami
chat-action-person = Parla con una persona
chat-action-form = Usa il modulo
