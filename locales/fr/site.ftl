# The public site's words, in French (Canadian usage): every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## Heures et dates

# French uses the 24-hour clock ("14 h 30"), so there is no AM/PM word.
half-am = { "" }
half-pm = { "" }
# $hour24 (00–23), $minute (00–59)
time-of-day = { $hour24 } h { $minute }
date-time = { $date } à { $time }

## Toutes les pages

site-name = Plaintes et compliments à la Ville
skip-link = Passer au contenu principal
nav-label = Navigation principale
nav-submit = Faire une plainte ou un compliment
nav-track = Suivre votre dossier
nav-standards = Normes de service
nav-help = Vous ne savez pas à qui vous adresser?
footer-service-requests = Pour une nouvelle demande de service (un nid-de-poule, une collecte oubliée, une conduite d'eau brisée), composez le 311 ou utilisez le service de demandes 311 de la Ville : une plainte porte sur la façon dont une demande ou un service a été traité.
footer-about = Heard est un logiciel libre qui sert à traiter les plaintes et les compliments.
language-label = Langue
language-change = Changer de langue
error-prefix = Erreur :

## Accueil

home-title = Accueil
home-heading = Dites-nous ce que vous pensez de nos services
home-lead = Vos plaintes, compliments et commentaires aident la Ville à améliorer ses services. Chacun reçoit un numéro de suivi, et chaque plainte reçoit une réponse dans un nombre fixe de jours ouvrables.
kind-complaint-title = Plainte
kind-complaint-text = Un service de la Ville, une décision, un délai ou l'accueil que vous avez reçu ne vous convient pas. Nous examinerons la situation et vous répondrons.
kind-compliment-title = Compliment
kind-compliment-text = Une personne ou un service a fait du bon travail. Nous transmettons vos remerciements aux employés concernés et à leur superviseur.
kind-comment-title = Commentaire
kind-comment-text = Une idée ou une observation dont vous voulez faire part à la Ville. Nous lisons tous les commentaires. Choisissez ce type si vous n'avez pas besoin de réponse.
home-not-complaint-heading = Ce qui n'est pas une plainte
home-not-complaint-request-strong = Demander un service pour la première fois
home-not-complaint-request = par exemple signaler un nid-de-poule, une collecte des ordures oubliée ou une fuite d'eau, c'est faire une demande de service. Composez le 311 ou utilisez le service de demandes 311 de la Ville. Si vous avez déjà fait une demande et qu'elle a été mal traitée, il s'agit alors d'une plainte.
home-not-complaint-appeal-strong = Les questions qui ont leur propre procédure d'appel
home-not-complaint-appeal = comme une contravention de stationnement, une évaluation foncière ou une décision d'un tribunal, doivent suivre cette procédure. Si vous nous les envoyez, nous vous dirons où vous adresser.
home-help-link = Vous hésitez? Répondez à quelques questions et nous vous dirons où vous adresser.
home-next-heading = Ce qui se passe après l'envoi
home-next-1 = Vous recevez tout de suite un numéro de suivi. Conservez-le pour suivre votre dossier.
home-next-2 = La division responsable accuse réception de votre plainte, habituellement dans un délai de 2 jours ouvrables.
home-next-3 = Le personnel examine votre plainte et vous répond, habituellement dans un délai de 10 jours ouvrables. Chaque division publie ses normes de service.
home-next-4 = Si la réponse ne vous satisfait pas, vous pouvez demander qu'une autre personne révise votre dossier. Ensuite, vous pouvez vous adresser à l'ombudsman de la Ville.
home-track-link = Suivre un dossier avec son numéro de suivi

## Normes de service

standards-title = Normes de service
standards-lead = Chaque division s'engage à traiter les plaintes dans un délai précis. Les délais sont en jours ouvrables : du lundi au vendredi, sauf les jours fériés.
standards-caption = Nombre de jours ouvrables que prend chaque division pour accuser réception d'une plainte, pour y répondre et pour répondre à une demande de révision de sa réponse
standards-division = Division
standards-acknowledge = Accusé de réception
standards-answer = Réponse
standards-review = Révision
division-promises = Nos engagements
division-acknowledge = Nous accusons réception de votre plainte dans un délai de { $days ->
    [one] { $days } jour ouvrable
    [many] { $days } jours ouvrables
   *[other] { $days } jours ouvrables
}.
division-answer = Nous y répondons dans un délai de { $days ->
    [one] { $days } jour ouvrable
    [many] { $days } jours ouvrables
   *[other] { $days } jours ouvrables
} après l'avoir reçue. S'il nous faut plus de temps, nous vous dirons pourquoi et pour quelle date.
division-review = Si notre réponse ne vous satisfait pas, demandez une révision sur la page de suivi de votre dossier ou en composant le 311. Une personne qui n'a pas traité votre plainte l'examine et vous répond dans un délai de { $days ->
    [one] { $days } jour ouvrable
    [many] { $days } jours ouvrables
   *[other] { $days } jours ouvrables
}.
division-ombudsman = Si la révision ne vous satisfait toujours pas, vous pouvez soumettre votre plainte à l'ombudsman de la Ville.
division-handles = Ce dont nous nous occupons
division-not-found = Aucune division ne porte ce nom.

## L'assistant

helper-title = Trouver à qui vous adresser
helper-question = Que voulez-vous faire?
helper-need-request = Signaler un problème pour la première fois (un nid-de-poule, une collecte oubliée, un animal blessé)
helper-need-complaint = Me plaindre de la façon dont un service ou une demande précédente a été traité
helper-need-compliment = Remercier une personne ou souligner un bon service
helper-need-comment = Faire part d'une idée ou d'un commentaire
helper-need-unsure = Je ne sais pas
helper-next = Suivant
helper-request-heading = Il s'agit d'une demande de service
helper-request-text = Signaler un problème pour la première fois, c'est faire une demande de service, et non une plainte. Composez le 311 (ou le 416-392-2489 de l'extérieur de la ville), à toute heure du jour ou de la nuit, ou utilisez le service de demandes 311 de la Ville, en ligne ou dans l'application 311. Vous recevrez un numéro de demande de service.
helper-request-complaint-before = Si vous avez déjà fait une demande et qu'elle a été fermée sans que le problème soit réglé, ou qu'elle a pris trop de temps,
helper-request-complaint-link = il s'agit d'une plainte
helper-search-label = De quoi s'agit-il?
helper-search-hint = Quelques mots, comme « nid-de-poule », « bac vert », « raton laveur » ou « facture d'eau ».
helper-search = Rechercher
helper-no-match = Aucun résultat pour « { $query } »
helper-matches = Résultats pour « { $query } »
helper-still-unsure = Je ne sais toujours pas : l'envoyer au 311, qui trouvera la bonne division

## Le formulaire

form-title = Faire une plainte ou un compliment
form-heading = Faire une plainte, un compliment ou un commentaire
form-error-title = { $count ->
    [one] Veuillez corriger { $count } élément ci-dessous
    [many] Veuillez corriger { $count } éléments ci-dessous
   *[other] Veuillez corriger { $count } éléments ci-dessous
}
form-files-dropped = Vos fichiers n'ont pas été conservés : veuillez les joindre de nouveau.
form-kind = Que voulez-vous nous envoyer?
form-kind-complaint = Une plainte : quelque chose n'a pas été bien fait et je veux une réponse
form-kind-compliment = Un compliment : une personne ou un service a fait du bon travail
form-kind-comment = Un commentaire : une idée ou une observation; je n'ai pas besoin de réponse
form-category = De quel service s'agit-il?
form-category-hint = Choisissez « Je ne sais pas » si vous hésitez : le 311 l'enverra à la bonne division.
form-category-help = Aidez-moi à choisir
form-not-sure = Je ne sais pas
form-description = Que s'est-il passé?
form-description-hint = Dites-nous ce qui s'est passé, qui était en cause si vous le savez, et pourquoi c'est important pour vous.
form-happened = Quand cela s'est-il passé? (facultatif)
form-remedy = Que voudriez-vous que la Ville fasse? (facultatif)
form-where = Où? (facultatif)
form-address = Adresse ou intersection
form-postal-code = Code postal
form-point = Indiquer un point précis (latitude et longitude)
form-lat = Latitude
form-lon = Longitude
form-service-request = Numéro de la demande de service, s'il s'agit d'une demande (facultatif)
form-attachments = Photos ou documents (facultatif)
form-attachments-hint = Jusqu'à { $files } fichiers : photos JPEG ou PNG, ou documents PDF, d'au plus { $mb } Mo chacun. Nous retirons des photos les données de localisation avant de les conserver.
form-contact = Comment pouvons-nous vous joindre?
form-name = Votre nom (facultatif)
form-email = Courriel
form-phone = Téléphone
form-contact-method = Comment voulez-vous que nous communiquions avec vous?
form-contact-any = Peu importe
form-contact-email = Courriel
form-contact-sms = Texto
form-contact-phone = Appel téléphonique
form-language = Langue de nos messages
form-anonymous = Envoyer de façon anonyme
form-anonymous-hint = Si vous restez anonyme, nous examinerons quand même la situation, mais nous ne pourrons pas vous répondre ni vous dire ce que nous avons fait. Laissez vides le nom, le courriel et le téléphone.
form-accommodation = Avez-vous besoin d'une mesure d'adaptation pour participer? (facultatif)
form-accommodation-hint = Par exemple, des caractères agrandis, un interprète en langue des signes ou un appel à une heure précise.
form-notice-heading = Comment nous utilisons vos renseignements
form-notice = La Ville recueille les renseignements de ce formulaire pour examiner votre plainte, votre compliment ou votre commentaire, pour vous répondre et pour améliorer ses services. Seul le personnel qui traite votre dossier voit votre nom et vos coordonnées. Ils ne figurent jamais dans les rapports ni dans les données ouvertes. Pour toute question à ce sujet, composez le 311.
form-consent = J'ai lu comment la Ville utilise ces renseignements
form-send = Envoyer

## Ce qui ne va pas dans un champ, affiché à côté de celui-ci

error-kind-missing = Indiquez s'il s'agit d'une plainte, d'un compliment ou d'un commentaire.
error-category-unknown = « { $code } » ne fait pas partie de nos catégories. Choisissez-en une dans la liste, ou choisissez « Je ne sais pas ».
error-description-missing = Veuillez nous dire ce qui s'est passé.
error-too-long = Veuillez raccourcir ce texte à { $max } caractères au plus (il en compte { $count }).
error-postal-code = Indiquez un code postal canadien comme M5H 2N2, ou seulement ses trois premiers caractères.
error-latitude-range = La latitude doit être comprise entre -90 et 90.
error-longitude-range = La longitude doit être comprise entre -180 et 180.
error-latitude-missing = Indiquez la latitude en plus de la longitude.
error-longitude-missing = Indiquez la longitude en plus de la latitude.
error-number = Entrez un nombre en degrés, comme 43.6535 ou -79.3841.
error-language-code = « { $code } » n'est pas un code de langue; utilisez un code comme en, fr, zh-Hant ou ar.
error-anonymous-with-contact = Pour rester anonyme, laissez vides le nom, le courriel et le téléphone, ou décochez « Envoyer de façon anonyme ».
error-email = Cette adresse de courriel ne semble pas valide. Vérifiez qu'elle contient un seul @ et un domaine, comme name@example.ca.
error-phone = Indiquez un numéro de téléphone de 10 à 15 chiffres, comme 416-555-0123.
error-contact-missing = Indiquez une adresse de courriel ou un numéro de téléphone pour que nous puissions vous répondre, ou choisissez de rester anonyme.
error-contact-method-needs = { $needs ->
    [email] Pour que nous vous joignions de cette façon, indiquez aussi une adresse de courriel.
   *[phone] Pour que nous vous joignions de cette façon, indiquez aussi un numéro de téléphone.
}
error-service-request = Indiquez le numéro de la demande de service tel qu'on vous l'a donné (40 caractères au plus).
error-consent = Veuillez confirmer que vous avez lu comment la Ville utilise ces renseignements.
error-too-many-files = Envoyez au plus { $files } fichiers.
error-file-type = « { $file } » ne peut pas être lu comme un fichier JPEG, PNG ou PDF : envoyez un fichier de l'un de ces types.
error-file-size = « { $file } » dépasse { $mb } Mo : envoyez une photo plus petite ou un document numérisé à une plus faible résolution.

## Après l'envoi

submitted-title = Reçu
submitted-heading = { $kind ->
    [compliment] Merci : nous avons reçu votre compliment
    [comment] Merci : nous avons reçu votre commentaire
   *[complaint] Merci : nous avons reçu votre plainte
}
submitted-number = Votre numéro de suivi est le
submitted-keep = Notez-le ou conservez cette page. Vous en aurez besoin pour suivre votre dossier, et les agents du 311 peuvent le retrouver.
submitted-next = La suite
submitted-acknowledge = La division { $division } accusera réception de votre plainte dans un délai de { $days ->
    [one] { $days } jour ouvrable
    [many] { $days } jours ouvrables
   *[other] { $days } jours ouvrables
}.
submitted-answer = Le personnel examinera votre plainte et vous répondra dans un délai de { $days ->
    [one] { $days } jour ouvrable
    [many] { $days } jours ouvrables
   *[other] { $days } jours ouvrables
}. S'il lui faut plus de renseignements, il communiquera avec vous.
submitted-review = Si la réponse ne vous satisfait pas, vous pouvez demander qu'une autre personne révise votre dossier.
submitted-compliment = Nous transmettrons vos remerciements au personnel de la division { $division } et à son superviseur.
submitted-comment = La division { $division } lira votre commentaire. Vous n'avez rien d'autre à faire.
submitted-follow = Suivre votre dossier

## Suivre un dossier

track-title = Suivre votre dossier
track-number = Numéro de suivi
track-number-hint = Dix chiffres, comme 1234-5678-90. Vous l'avez reçu au moment d'envoyer votre dossier.
track-find = Trouver mon dossier
track-not-found = Aucun dossier ne correspond à ce numéro de suivi. Vérifiez les chiffres ou composez le 311.
track-not-a-number = Ce n'est pas un numéro de suivi : un numéro de suivi compte dix chiffres, comme 1234-5678-90.
track-wrong-digit = Ce numéro de suivi contient un chiffre mal tapé ou deux chiffres inversés. Vérifiez-le ou composez le 311.
case-title = Dossier { $tracking }
case-status = État
case-kind = Type
case-kind-value = { $kind ->
    [compliment] Compliment
    [comment] Commentaire
   *[complaint] Plainte
}
case-division = Traité par
case-category = Sujet
case-received = Reçu
case-acknowledged = Réception confirmée
case-closed = Fermé
case-expect = Quand aurez-vous de nos nouvelles?
case-acknowledge-by = Nous en accuserons réception au plus tard le { $date }.
case-answer-by = Nous vous répondrons au plus tard le { $date }.
case-promise = Notre engagement
case-promise-text = Nous accusons réception des plaintes dans un délai de { $acknowledge } jours ouvrables et nous y répondons dans un délai de { $answer } jours ouvrables après les avoir reçues.
case-question-heading = Nous avons besoin de renseignements de votre part
case-question-paused = Le délai de réponse est suspendu pendant que nous attendons votre réponse.
case-paused-since = En pause depuis le { $date }, en attendant votre réponse.
case-answer-label = Votre réponse
case-confirm-label = Votre adresse de courriel ou votre numéro de téléphone
case-confirm-hint = Tel que vous l'avez indiqué en envoyant ce dossier, pour que nous sachions que c'est bien vous.
case-send = Envoyer
case-updates = Mises à jour
case-no-updates = Aucune mise à jour pour l'instant.
case-review-heading = Notre réponse ne vous satisfait pas?
case-review-text = Demandez une révision. Une personne qui n'a pas traité votre plainte l'examinera de nouveau et vous répondra dans un délai de { $review } jours ouvrables. Faites votre demande dans les { $window } jours qui suivent notre réponse; après ce délai, un superviseur décide s'il y a lieu de la réviser. Vous pouvez aussi composer le 311 en ayant votre numéro de suivi sous la main.
case-review-reason = Qu'est-ce qui ne vous satisfait pas?
case-review-send = Demander une révision
case-ombudsman-heading = La révision ne vous satisfait pas?
case-ombudsman-text = Votre plainte a fait l'objet de la dernière révision de la Ville. Vous pouvez demander à l'ombudsman de la Ville, qui est indépendant des divisions de la Ville, d'examiner votre dossier. Communiquez avec le bureau de l'ombudsman et donnez votre numéro de suivi, le { $tracking }.
case-messages-heading = Courriels et textos
case-messages-text = Nous vous écrivons lorsqu'il y a du nouveau dans ce dossier. Vous pouvez arrêter ces messages : le dossier suit son cours, et vous pouvez toujours le suivre ici.
case-messages-stop = Arrêter les messages sur ce dossier
case-messages-stopped-text = Vous nous avez demandé de ne plus vous envoyer de messages sur ce dossier. Vous pouvez toujours le suivre ici, ou recommencer à recevoir les messages.
case-messages-resume = Reprendre les messages
case-another = Suivre un autre dossier
case-changed = Votre dossier a changé pendant que vous écriviez. Consultez-le de nouveau, puis renvoyez votre message s'il est encore nécessaire.

status-received = Reçu, en attente d'un accusé de réception
status-acknowledged = Réception confirmée, en cours d'examen
status-in_progress = En cours d'examen
status-resolved = Réponse donnée
status-awaiting_information = En attente de renseignements de votre part
status-escalation_requested = Votre demande de révision est entre les mains d'un superviseur
status-escalated = En révision
status-closed = Fermé

timeline-received = Nous avons reçu votre dossier.
timeline-acknowledged = La division en a accusé réception et l'examine.
timeline-message = Message de la Ville : { $text }
timeline-answered = Réponse donnée : { $outcome }.
timeline-review-answered = Réponse à la révision : { $outcome }.
timeline-extension = Il nous faut plus de temps : { $reason } Nous vous répondrons au plus tard le { $date }.
timeline-question = Nous vous avons demandé : { $text }
timeline-information = Vous avez envoyé les renseignements demandés.
timeline-review-requested = Vous avez demandé une révision.
timeline-closed = Le dossier a été fermé.

## Ce que les résidents peuvent faire dans leur dossier, et pourquoi cela peut être refusé

action-too-long = Veuillez raccourcir ce texte à { $max } caractères au plus (il en compte { $count }).
action-reason-missing = Veuillez nous dire ce qui ne vous satisfait pas.
action-information-missing = Veuillez écrire votre réponse.
action-not-yours = Indiquez l'adresse de courriel ou le numéro de téléphone que vous avez donné en envoyant ce dossier.
action-anonymous = Ce dossier a été envoyé sans coordonnées; nous ne pouvons donc pas confirmer en ligne qu'il est bien le vôtre. Composez le 311 en donnant son numéro de suivi.
action-review-not-now = Vous pouvez demander une révision seulement après la réponse de la Ville, et une seule fois par réponse.
action-information-not-now = Nous n'attendons pas de renseignements pour ce dossier.

## Pages d'erreur

page-not-found-title = Page introuvable
page-not-found = Nous n'avons pas trouvé cette page. Vérifiez l'adresse, ou commencez à partir de la page d'accueil.
page-internal-title = Un problème est survenu de notre côté
page-internal = Rien n'a été perdu. Veuillez réessayer dans un moment, ou composez le 311.
page-too-many-title = Veuillez ralentir
page-too-many = Trop de demandes proviennent de votre connexion. Attendez une minute, puis réessayez.
page-conflict-title = Votre dossier a changé
page-bad-request-title = Nous n'avons pas pu lire votre envoi
page-bad-form = Le formulaire n'a pas pu être lu. Veuillez revenir en arrière et l'envoyer de nouveau.
page-home-link = Aller à la page d'accueil

## Open data

open-data-title = Données ouvertes
open-data-lead = Toutes les plaintes, tous les compliments et tous les commentaires que reçoit la Ville, dans des fichiers que chacun peut utiliser. Ces fichiers ne contiennent aucun renseignement personnel : ni noms ni coordonnées, aucun texte écrit par les résidents ou le personnel, aucune adresse précise et aucun nom d'employé. Les lieux sont indiqués par quartier et par les trois premiers caractères du code postal, et les dates, par jour seulement.
open-data-csv = Télécharger tous les dossiers en format CSV
open-data-json = Télécharger tous les dossiers en format JSON
open-data-columns = Contenu de chaque colonne
open-data-column = Colonne
open-data-meaning = Contenu
footer-open-data = Données ouvertes sur les plaintes et les compliments
open-data-col-tracking-number = Le numéro de suivi public du dossier.
open-data-col-kind = Plainte, compliment ou commentaire.
open-data-col-channel = Comment le dossier est arrivé : site Web, application, appel téléphonique, en personne, courrier, courriel, clavardage ou Open311.
open-data-col-division = La division qui traite le dossier.
open-data-col-section = La section de la division, si elle est connue.
open-data-col-category = La catégorie, si elle est connue.
open-data-col-ward = Le quartier de la Ville où se trouve le lieu, si un lieu a été indiqué.
open-data-col-postal-prefix = Les trois premiers caractères du code postal, s'il a été indiqué.
open-data-col-language = La langue choisie pour les messages, ou « other ».
open-data-col-received-on = La date de réception.
open-data-col-acknowledged-on = La date de l'accusé de réception.
open-data-col-status = L'étape où en est le dossier dans le processus.
open-data-col-stage = 1 pour la réponse de la division; 2 dès qu'une révision a été demandée.
open-data-col-first-outcome = Le résultat de la réponse de la division.
open-data-col-first-answered-on = La date de la réponse de la division.
open-data-col-review-outcome = Le résultat de la révision, s'il y en a eu une.
open-data-col-review-answered-on = La date de la réponse à la révision.
open-data-col-extensions = Le nombre de fois où la division a pris plus de temps.
open-data-col-ombudsman-referred = Indique si le résident a soumis son dossier à l'ombudsman.
open-data-col-closed-on = La date de fermeture.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Mode formation.
training-banner = Ceci est une copie d'exercice du système : rien de ce qui est envoyé ici n'arrive à la Ville ni à un résident, et rien n'y est compté.

# The public report (/reports).
nav-reports = Rapports
reports-title = Comment la Ville traite les plaintes
reports-lead = Des chiffres sur les plaintes, compliments et commentaires reçus par la Ville, par division et par trimestre. Ils sont calculés à partir de l'historique de chaque dossier.
reports-quarter-label = Trimestre
reports-quarter = { $year }, trimestre { $q }
reports-show = Afficher
reports-summary-title = En bref
reports-summary = Au cours de la période « { $quarter } », la Ville a reçu { $received } plaintes, compliments et commentaires.
reports-summary-answered = { $share } des premières réponses ont été données dans le délai prévu par la norme de service.
reports-summary-median = La moitié des premières réponses ont été données en { $days } jours ouvrables ou moins.
reports-summary-reviews = Les résidents ont demandé une révision pour { $share } des plaintes ayant reçu une réponse.
reports-summary-small = Moins de 10 dossiers ont été reçus pendant la période « { $quarter } » : les chiffres ne sont donc pas affichés, afin de protéger la vie privée des personnes qui nous ont écrit.
reports-by-division = Par division, { $quarter }
reports-by-quarter = Toute la Ville, trimestre par trimestre
reports-col-division = Division
reports-col-quarter = Trimestre
reports-col-received = Dossiers reçus
reports-col-acknowledged = Accusés de réception dans le délai prévu
reports-col-answered = Premières réponses
reports-col-median = Nombre médian de jours ouvrables avant une première réponse
reports-col-within = Premières réponses dans le délai prévu
reports-col-closed = Dossiers fermés
reports-col-reviews = Révisions demandées
reports-col-ombudsman = Soumis à l'ombudsman
reports-col-compliments = Compliments
reports-all-divisions = Toutes les divisions
reports-suppressed = moins de 10
reports-reading-title = Comment lire ces chiffres
reports-note-suppression = Pour protéger la vie privée, un nombre inférieur à 10 est indiqué par « moins de 10 », et une proportion ou une durée calculée à partir d'un tel nombre n'est pas affichée (–).
reports-note-days = Les jours ouvrables vont du lundi au vendredi, sauf les jours fériés. Les jours passés à attendre la réponse d'un résident ne comptent pas.
reports-note-standard = Chaque division publie ses normes de service : le nombre de jours ouvrables pour accuser réception d'une plainte et pour y répondre.
reports-open-data = Tous les dossiers, sans renseignements personnels, se trouvent dans les données ouvertes.
reports-requests-title = Demandes de service au 311 par quartier
reports-requests-lead = Demandes de service publiées par le système 311 de la Ville et chargées ici, toutes dates confondues. Ce ne sont pas des plaintes : elles montrent où les résidents ont demandé un service.
reports-col-ward = Quartier
reports-col-requests = Demandes de service
reports-col-requests-closed = Fermées
reports-no-ward = Hors des quartiers, ou aucun lieu indiqué

## The chatbot

nav-chat = Discuter avec nous
chat-title = Discuter avec nous
chat-lead = Dites-moi avec vos mots ce qui s'est passé. Je vous proposerai où l'envoyer, je vous poserai quelques questions et je l'enverrai pour vous. Vous pouvez aussi utiliser le formulaire.
chat-describe = Que s'est-il passé? Quelques phrases suffisent.
chat-log-label = Conversation
chat-you = Vous
chat-bot = Assistant de la Ville
chat-your-message = Votre message
chat-send = Envoyer
chat-continue = Continuer
chat-skip = Passer
chat-skipped = (question passée)
chat-start-again = Recommencer
chat-empty = Je n'ai reçu aucun mot. Écrivez ce qui s'est passé.
chat-not-understood = Désolé, je n'ai pas compris. Vous pouvez répondre avec les champs ci-dessous, utiliser les boutons, utiliser plutôt le formulaire ou parler à une personne.
chat-proposal = Voici ce que j'ai compris. Si ce n'est pas exact, modifiez-le ci-dessous.
chat-proposal-guess = Je ne suis pas certain d'avoir compris. Voici ma meilleure hypothèse : vérifiez-la ci-dessous.
chat-proposal-none = Désolé, je n'ai pas compris de quel service il s'agit. Choisissez-en un ci-dessous, ou choisissez « { form-not-sure } » et le 311 trouvera la bonne division. Vous pouvez aussi utiliser le formulaire ou parler à une personne.
chat-service-request = Si vous l'avez déjà signalé et que rien n'a été réparé, ou que cela a pris trop de temps, c'est une plainte, et je peux l'envoyer pour vous.
chat-already-reported = Je l'ai déjà signalé : faire une plainte
chat-ask-location = Où cela s'est-il passé? Donnez une adresse ou une intersection, ou passez cette question.
chat-ask-remedy = Que voudriez-vous que la Ville fasse? Vous pouvez passer cette question.
chat-ask-contact = Comment la Ville peut-elle vous joindre? Donnez une adresse courriel ou un numéro de téléphone, ou envoyez-le de façon anonyme.
chat-contact-given = Voici mes coordonnées.
chat-ask-language = Dans quelle langue la Ville doit-elle vous écrire?
chat-summary = Vérifiez tout, puis envoyez.
chat-send-case = Envoyer
chat-fix = Corrigez d'abord ceci :
chat-status-ask = Tapez le numéro de suivi (dix chiffres, comme 1234-5678-90) et je vous dirai où en est le dossier.
chat-person = Pour parler à une personne, composez le 311 (ou le 416-392-2489 de l'extérieur de la ville), à toute heure. Vous pouvez aussi utiliser le formulaire.
chat-actions-label = Autres façons dont je peux vous aider
chat-action-status = Où en est mon dossier?
chat-action-standards = Délais et révisions
chat-action-person = Parler à une personne
chat-action-form = Utiliser plutôt le formulaire
