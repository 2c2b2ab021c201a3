# Messages Heard sends to residents by e-mail and SMS, in Italian.
# Same ids and same variables as locales/en/notifications.ftl.

## Parti comuni

city-name = Città di Toronto
greeting = Buongiorno,
greeting-named = Gentile { $name },
link-intro = Può seguire la sua pratica, e risponderci, dalla pagina dedicata:
sign-off = { $city }
footer = La preghiamo di non rispondere a questo messaggio: questa casella di posta non viene letta. Usi la pagina indicata sopra, oppure chiami il 311 e comunichi il suo numero di pratica.
footer-stop = Per non ricevere più messaggi su questa pratica, usi la pagina dedicata.
sms-short = { $city }: ci sono novità sulla sua pratica { $tracking }. Dettagli su { $link }

outcome-upheld = reclamo accolto (il suo reclamo è stato ritenuto fondato)
outcome-partly_upheld = reclamo accolto in parte (il suo reclamo è stato ritenuto fondato in parte)
outcome-not_upheld = reclamo non accolto (il suo reclamo non è stato ritenuto fondato)
outcome-resolved = pratica risolta
outcome-withdrawn = pratica ritirata
outcome-referred_elsewhere = pratica trasmessa all'ente competente per la questione
outcome-not_a_complaint = pratica trattata come richiesta di servizio, e non come reclamo

date-long = { $weekday } { $day } { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
weekday-1 = lunedì
weekday-2 = martedì
weekday-3 = mercoledì
weekday-4 = giovedì
weekday-5 = venerdì
weekday-6 = sabato
weekday-7 = domenica

## Avvisi

received-subject = { $kind ->
    [comment] Abbiamo ricevuto il suo commento
   *[complaint] Abbiamo ricevuto il suo reclamo
} ({ $tracking })
received-body = { $kind ->
    [comment] Grazie per il suo commento. Lo abbiamo ricevuto e gli abbiamo assegnato il numero di pratica { $tracking }.
   *[complaint] Grazie per averci contattato. Abbiamo ricevuto il suo reclamo e gli abbiamo assegnato il numero di pratica { $tracking }.
} Conservi questo numero: le permette di seguire la sua pratica online o chiamando il 311.
received-sms = { $city }: abbiamo ricevuto il suo { $kind ->
    [comment] commento
   *[complaint] reclamo
}. Numero di pratica { $tracking }. Può seguirla su { $link }

thanks-subject = Grazie per il suo apprezzamento ({ $tracking })
thanks-body = Grazie per aver dedicato del tempo a segnalarci ciò che ha funzionato bene. Trasmetteremo il suo apprezzamento al personale e alla divisione interessati. Il numero di pratica è { $tracking }.
thanks-sms = { $city }: grazie per il suo apprezzamento, lo trasmetteremo. Numero di pratica { $tracking }: { $link }

acknowledged-subject = La sua pratica { $tracking } è in esame
acknowledged-body = Abbiamo preso in carico la sua pratica e ora un gruppo di lavoro se ne sta occupando. Le scriveremo di nuovo quando avremo una risposta.
acknowledged-next = Contiamo di risponderle entro { $date }.
acknowledged-sms = { $city }: la sua pratica { $tracking } è in esame. Può seguirla su { $link }

information-requested-subject = Ci servono altre informazioni sulla sua pratica { $tracking }
information-requested-body = Per proseguire con la sua pratica, abbiamo bisogno di altre informazioni da parte sua.
information-requested-quote = La nostra domanda:
information-requested-next = La preghiamo di rispondere sulla pagina della sua pratica. Il termine entro cui dobbiamo risponderle resta sospeso finché non riceviamo la sua risposta.
information-requested-sms = { $city }: ci servono altre informazioni sulla sua pratica { $tracking }. Risponda su { $link }

update-sent-subject = Novità sulla sua pratica { $tracking }
update-sent-body = Ci sono novità sulla sua pratica.
update-sent-quote = Il nostro messaggio:
update-sent-sms = { $city }: ci sono novità sulla sua pratica { $tracking }. Le legga su { $link }

extension-granted-subject = Ci serve più tempo per la sua pratica { $tracking }
extension-granted-body = Ci serve più tempo per darle una risposta completa. Ora prevediamo di risponderle entro { $date }.
extension-granted-quote = Il motivo:
extension-granted-sms = { $city }: ci serve più tempo per la sua pratica { $tracking }. Risposta prevista entro { $date }. { $link }

resolved-subject = La nostra risposta sulla sua pratica { $tracking }
resolved-body = Abbiamo concluso l'esame della sua pratica. Esito: { $outcome }.
resolved-quote = Le nostre motivazioni:
resolved-next = Se questa risposta non la soddisfa, può chiedere un riesame dalla pagina della sua pratica entro { $days } giorni. Una persona che non si è occupata della sua pratica la esaminerà di nuovo.
resolved-sms = { $city }: abbiamo risposto sulla sua pratica { $tracking }. Legga la risposta, o chieda un riesame entro { $days } giorni, su { $link }

resolved-final-next = Se questa risposta non la soddisfa, può chiedere a { $ombudsman } di esaminare il caso. L'Ombudsman è indipendente dai servizi comunali e gratuito: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: abbiamo risposto sulla sua pratica { $tracking }. Legga la risposta su { $link }. Risposta non soddisfacente? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = Abbiamo ricevuto la sua richiesta di riesame ({ $tracking })
escalation-received-body = Abbiamo ricevuto la sua richiesta di riesame della nostra risposta sulla sua pratica. Una persona che finora non se ne è occupata esaminerà di nuovo la pratica e le scriverà.
escalation-received-sms = { $city }: abbiamo ricevuto la sua richiesta di riesame della pratica { $tracking }. Può seguirla su { $link }

review-answered-subject = Il riesame della sua pratica { $tracking } è concluso
review-answered-body = Il riesame della sua pratica è concluso. Esito: { $outcome }.
review-answered-quote = Le motivazioni di chi ha svolto il riesame:
review-answered-next = Se la risposta continua a non soddisfarla, può chiedere a { $ombudsman } di esaminare il caso. L'Ombudsman è indipendente dai servizi comunali e gratuito: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: il riesame della sua pratica { $tracking } è concluso: { $link }. Risposta ancora non soddisfacente? { $ombudsman }: { $ombudsman-phone }

closed-subject = La sua pratica { $tracking } è chiusa
closed-body = La sua pratica è ora chiusa. Grazie per averci aiutato a migliorare i servizi della Città.
closed-sms = { $city }: la sua pratica { $tracking } è chiusa. Grazie. { $link }
