# Messages que Heard envoie aux résidents par courriel et par texto.
# Mêmes identifiants et mêmes variables que locales/en/notifications.ftl.

## Parties communes

city-name = Ville de Toronto
greeting = Bonjour,
greeting-named = Bonjour { $name },
link-intro = Suivez votre dossier, et répondez-nous, sur sa page :
sign-off = La { $city }
footer = Merci de ne pas répondre à ce message : cette boîte n'est pas lue. Utilisez la page ci-dessus, ou composez le 311 en donnant votre numéro de suivi.
footer-stop = Pour ne plus recevoir de messages sur ce dossier, utilisez sa page.
sms-short = { $city } : du nouveau dans votre dossier { $tracking }. Voir { $link }

outcome-upheld = plainte fondée (votre plainte a été jugée justifiée)
outcome-partly_upheld = plainte fondée en partie (une partie de votre plainte a été jugée justifiée)
outcome-not_upheld = plainte non fondée (votre plainte n'a pas été jugée justifiée)
outcome-resolved = dossier réglé
outcome-withdrawn = dossier retiré
outcome-referred_elsewhere = dossier transmis à l'organisme chargé de cette question
outcome-not_a_complaint = dossier traité comme une demande de service, et non comme une plainte

date-long = { $weekday } { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

## Avis

received-subject = { $kind ->
    [comment] Nous avons reçu votre commentaire
   *[complaint] Nous avons reçu votre plainte
} ({ $tracking })
received-body = { $kind ->
    [comment] Merci de votre commentaire. Nous l'avons reçu et lui avons donné le numéro de suivi { $tracking }.
   *[complaint] Merci de nous avoir écrit. Nous avons reçu votre plainte et lui avons donné le numéro de suivi { $tracking }.
} Conservez ce numéro : il vous permet de suivre votre dossier en ligne, ou en composant le 311.
received-sms = { $city } : nous avons reçu votre { $kind ->
    [comment] commentaire
   *[complaint] plainte
}. Numéro de suivi { $tracking }. Suivez votre dossier sur { $link }

thanks-subject = Merci de votre compliment ({ $tracking })
thanks-body = Merci d'avoir pris le temps de nous dire ce qui s'est bien passé. Nous transmettrons votre compliment au personnel et à la division concernés. Son numéro de suivi est le { $tracking }.
thanks-sms = { $city } : merci de votre compliment, nous le transmettrons. Numéro de suivi { $tracking } : { $link }

acknowledged-subject = Votre dossier { $tracking } est à l'étude
acknowledged-body = Nous avons pris connaissance de votre dossier et une équipe s'en occupe. Nous vous écrirons de nouveau dès que nous aurons une réponse.
acknowledged-next = Nous comptons vous répondre d'ici le { $date }.
acknowledged-sms = { $city } : votre dossier { $tracking } est à l'étude. Suivez-le sur { $link }

information-requested-subject = Il nous faut plus de renseignements sur votre dossier { $tracking }
information-requested-body = Pour poursuivre l'examen de votre dossier, nous avons besoin de renseignements supplémentaires.
information-requested-quote = Notre question :
information-requested-next = Veuillez répondre sur la page de votre dossier. Le délai de réponse est suspendu jusqu'à ce que vous répondiez.
information-requested-sms = { $city } : il nous faut plus de renseignements sur votre dossier { $tracking }. Répondez sur { $link }

update-sent-subject = Du nouveau dans votre dossier { $tracking }
update-sent-body = Il y a du nouveau dans votre dossier.
update-sent-quote = Notre message :
update-sent-sms = { $city } : du nouveau dans votre dossier { $tracking }. Lisez-le sur { $link }

extension-granted-subject = Il nous faut plus de temps pour votre dossier { $tracking }
extension-granted-body = Il nous faut plus de temps pour vous donner une réponse complète. Nous comptons maintenant vous répondre d'ici le { $date }.
extension-granted-quote = La raison :
extension-granted-sms = { $city } : il nous faut plus de temps pour votre dossier { $tracking }. Réponse prévue d'ici le { $date }. { $link }

resolved-subject = Notre réponse au sujet de votre dossier { $tracking }
resolved-body = Nous avons terminé l'examen de votre dossier. Résultat : { $outcome }.
resolved-quote = Nos motifs :
resolved-next = Si cette réponse ne vous satisfait pas, vous pouvez demander une révision sur la page de votre dossier dans les { $days } jours. Une personne qui n'a pas traité votre dossier l'examinera de nouveau.
resolved-sms = { $city } : nous avons répondu au sujet de votre dossier { $tracking }. Lisez la réponse, ou demandez une révision dans les { $days } jours, sur { $link }

resolved-final-next = Si cette réponse ne vous satisfait pas, vous pouvez vous adresser à { $ombudsman }. L'ombudsman est indépendant des services municipaux et gratuit : { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city } : nous avons répondu au sujet de votre dossier { $tracking }. Lisez la réponse sur { $link }. Pas satisfait? { $ombudsman } : { $ombudsman-phone }

escalation-received-subject = Nous avons reçu votre demande de révision ({ $tracking })
escalation-received-body = Nous avons reçu votre demande de révision de notre réponse au sujet de votre dossier. Une personne qui n'a pas traité votre dossier l'examinera de nouveau et vous écrira.
escalation-received-sms = { $city } : nous avons reçu votre demande de révision du dossier { $tracking }. Suivez-la sur { $link }

review-answered-subject = La révision de votre dossier { $tracking } est terminée
review-answered-body = La révision de votre dossier est terminée. Résultat : { $outcome }.
review-answered-quote = Les motifs de la personne chargée de la révision :
review-answered-next = Si vous n'êtes toujours pas satisfait, vous pouvez vous adresser à { $ombudsman }. L'ombudsman est indépendant des services municipaux et gratuit : { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city } : la révision de votre dossier { $tracking } est terminée : { $link }. Toujours pas satisfait? { $ombudsman } : { $ombudsman-phone }

closed-subject = Votre dossier { $tracking } est fermé
closed-body = Votre dossier est maintenant fermé. Merci de nous aider à améliorer les services de la Ville.
closed-sms = { $city } : votre dossier { $tracking } est fermé. Merci. { $link }
