# Messages Heard sends to residents by e-mail and SMS, in Spanish.
# Same ids and same variables as locales/en/notifications.ftl.

## Partes comunes

city-name = Ciudad de Toronto
greeting = Hola:
greeting-named = Hola, { $name }:
link-intro = Consulte su caso, y respóndanos, en su página:
sign-off = { $city }
footer = Por favor, no responda a este mensaje: este buzón no se revisa. Use la página indicada arriba o llame al 311 y dé su número de seguimiento.
footer-stop = Para dejar de recibir mensajes sobre este caso, use su página.
sms-short = { $city }: hay novedades sobre su caso { $tracking }. Vea { $link }

outcome-upheld = queja fundada (se consideró que su queja estaba justificada)
outcome-partly_upheld = queja fundada en parte (se consideró que una parte de su queja estaba justificada)
outcome-not_upheld = queja no fundada (no se consideró que su queja estuviera justificada)
outcome-resolved = caso resuelto
outcome-withdrawn = caso retirado
outcome-referred_elsewhere = caso remitido al organismo que se ocupa de este asunto
outcome-not_a_complaint = caso tratado como una solicitud de servicio, y no como una queja

date-long = { $weekday }, { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

## Avisos

received-subject = { $kind ->
    [comment] Hemos recibido su comentario
   *[complaint] Hemos recibido su queja
} ({ $tracking })
received-body = { $kind ->
    [comment] Gracias por su comentario. Lo hemos recibido y le hemos asignado el número de seguimiento { $tracking }.
   *[complaint] Gracias por comunicarse con nosotros. Hemos recibido su queja y le hemos asignado el número de seguimiento { $tracking }.
} Guarde este número: con él puede seguir su caso en línea o llamando al 311.
received-sms = { $city }: hemos recibido su { $kind ->
    [comment] comentario
   *[complaint] queja
}. Número de seguimiento { $tracking }. Siga su caso en { $link }

thanks-subject = Gracias por su felicitación ({ $tracking })
thanks-body = Gracias por tomarse el tiempo de contarnos lo que salió bien. Haremos llegar su felicitación al personal y a la división correspondientes. Su número de seguimiento es { $tracking }.
thanks-sms = { $city }: gracias por su felicitación; la haremos llegar. Número de seguimiento { $tracking }: { $link }

acknowledged-subject = Estamos atendiendo su caso { $tracking }
acknowledged-body = Hemos examinado su caso y un equipo ya se está ocupando de él. Le volveremos a escribir cuando tengamos una respuesta.
acknowledged-next = Nuestro objetivo es responderle a más tardar el { $date }.
acknowledged-sms = { $city }: estamos atendiendo su caso { $tracking }. Sígalo en { $link }

information-requested-subject = Necesitamos más información sobre su caso { $tracking }
information-requested-body = Para seguir adelante con su caso, necesitamos que nos dé más información.
information-requested-quote = Nuestra pregunta:
information-requested-next = Por favor, responda en la página de su caso. El plazo que tenemos para responderle queda en pausa hasta que usted conteste.
information-requested-sms = { $city }: necesitamos más información sobre su caso { $tracking }. Responda en { $link }

update-sent-subject = Novedades sobre su caso { $tracking }
update-sent-body = Hay novedades sobre su caso.
update-sent-quote = Nuestro mensaje:
update-sent-sms = { $city }: hay novedades sobre su caso { $tracking }. Léalas en { $link }

extension-granted-subject = Necesitamos más tiempo para su caso { $tracking }
extension-granted-body = Necesitamos más tiempo para darle una respuesta completa. Ahora prevemos responderle a más tardar el { $date }.
extension-granted-quote = El motivo:
extension-granted-sms = { $city }: necesitamos más tiempo para su caso { $tracking }. Prevemos responder a más tardar el { $date }. { $link }

resolved-subject = Nuestra respuesta sobre su caso { $tracking }
resolved-body = Hemos terminado de examinar su caso. Resultado: { $outcome }.
resolved-quote = Nuestros motivos:
resolved-next = Si no está conforme con esta respuesta, puede pedir una revisión en la página de su caso en un plazo de { $days } días. Una persona que no se ocupó de su caso lo examinará de nuevo.
resolved-sms = { $city }: hemos respondido sobre su caso { $tracking }. Lea la respuesta, o pida una revisión en un plazo de { $days } días, en { $link }

resolved-final-next = Si no está conforme con esta respuesta, puede pedir a { $ombudsman } que examine su caso. El Ombudsman es independiente de los servicios municipales y gratuito: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: hemos respondido sobre su caso { $tracking }. Lea la respuesta en { $link }. ¿No está conforme? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = Hemos recibido su solicitud de revisión ({ $tracking })
escalation-received-body = Hemos recibido su solicitud de revisión de nuestra respuesta sobre su caso. Una persona que no se ha ocupado antes de su caso lo examinará de nuevo y le escribirá.
escalation-received-sms = { $city }: hemos recibido su solicitud de revisión del caso { $tracking }. Sígala en { $link }

review-answered-subject = La revisión de su caso { $tracking } ha concluido
review-answered-body = La revisión de su caso ha concluido. Resultado: { $outcome }.
review-answered-quote = Los motivos de la persona que hizo la revisión:
review-answered-next = Si sigue sin estar conforme, puede pedir a { $ombudsman } que examine su caso. El Ombudsman es independiente de los servicios municipales y gratuito: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: la revisión de su caso { $tracking } ha concluido: { $link }. ¿Sigue sin estar conforme? { $ombudsman }: { $ombudsman-phone }

closed-subject = Su caso { $tracking } está cerrado
closed-body = Su caso ya está cerrado. Gracias por ayudarnos a mejorar los servicios de la Ciudad.
closed-sms = { $city }: su caso { $tracking } está cerrado. Gracias. { $link }
