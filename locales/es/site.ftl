# The public site's words, in Spanish: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## Horas y fechas

# Spanish uses the 24-hour clock ("14:30"), so there is no AM/PM word.
half-am = { "" }
half-pm = { "" }
# $hour24 (00–23), $minute (00–59)
time-of-day = { $hour24 }:{ $minute }
date-time = { $date }, { $time }

## Todas las páginas

site-name = Quejas y felicitaciones a la Ciudad
skip-link = Ir al contenido principal
nav-label = Navegación principal
nav-submit = Presentar una queja o una felicitación
nav-track = Seguir su caso
nav-standards = Normas de servicio
nav-help = ¿No sabe adónde dirigirse?
footer-service-requests = Para una nueva solicitud de servicio (un bache, una recogida que no se hizo, una tubería de agua rota), llame al 311 o use el servicio de solicitudes 311 de la Ciudad: una queja trata sobre cómo se atendió una solicitud o un servicio.
footer-about = Heard es un programa de código abierto para gestionar quejas y felicitaciones.
language-label = Idioma
language-change = Cambiar de idioma
error-prefix = Error:

## Inicio

home-title = Inicio
home-heading = Díganos cómo lo hicimos
home-lead = Sus quejas, felicitaciones y comentarios ayudan a la Ciudad a mejorar sus servicios. Cada envío recibe un número de seguimiento, y cada queja recibe una respuesta dentro de un número fijo de días hábiles.
kind-complaint-title = Queja
kind-complaint-text = No está conforme con un servicio de la Ciudad, con una decisión, con lo que tardó algo o con el trato que recibió. Lo examinaremos y le responderemos.
kind-compliment-title = Felicitación
kind-compliment-text = Una persona o un servicio hizo un buen trabajo. Haremos llegar su agradecimiento al personal y a su supervisor.
kind-comment-title = Comentario
kind-comment-text = Una idea o una observación que quiere compartir con la Ciudad. Leemos todos los comentarios. Elija esta opción si no necesita una respuesta.
home-not-complaint-heading = Lo que no es una queja
home-not-complaint-request-strong = Pedir un servicio por primera vez
home-not-complaint-request = por ejemplo, avisar de un bache, de una recogida de basura que no se hizo o de una fuga de agua, es una solicitud de servicio. Llame al 311 o use el servicio de solicitudes 311 de la Ciudad. Si ya hizo una solicitud y no se atendió bien, eso sí es una queja.
home-not-complaint-appeal-strong = Los asuntos que tienen su propia vía de apelación
home-not-complaint-appeal = como una multa de estacionamiento, una evaluación del impuesto sobre la propiedad o una decisión judicial, deben seguir esa vía. Si nos los envía, le diremos adónde dirigirse.
home-help-link = ¿Tiene dudas? Responda unas preguntas y le indicaremos el lugar adecuado.
home-next-heading = Qué pasa después del envío
home-next-1 = Recibe un número de seguimiento al instante. Guárdelo para seguir su caso.
home-next-2 = La división responsable confirma que recibió su queja, normalmente en un plazo de 2 días hábiles.
home-next-3 = El personal la examina y le responde, normalmente en un plazo de 10 días hábiles. Cada división publica sus normas de servicio.
home-next-4 = Si no está conforme con la respuesta, puede pedir que otra persona la revise. Después, puede acudir al Ombudsman de la Ciudad.
home-track-link = Seguir un caso con su número de seguimiento

## Normas de servicio

standards-title = Normas de servicio
standards-lead = Cada división se compromete a atender las quejas en un plazo determinado. Los plazos se cuentan en días hábiles: de lunes a viernes, sin contar los días festivos.
standards-caption = Días hábiles que tarda cada división en confirmar que recibió una queja, en responderla y en responder a una revisión de su respuesta
standards-division = División
standards-acknowledge = Confirmación de recibo
standards-answer = Respuesta
standards-review = Revisión
division-promises = Nuestros compromisos
division-acknowledge = Confirmamos que recibimos su queja en un plazo de { $days ->
    [one] { $days } día hábil
    [many] { $days } días hábiles
   *[other] { $days } días hábiles
}.
division-answer = Le respondemos en un plazo de { $days ->
    [one] { $days } día hábil
    [many] { $days } días hábiles
   *[other] { $days } días hábiles
} desde que la recibimos. Si necesitamos más tiempo, le diremos por qué y para cuándo tendrá la respuesta.
division-review = Si no está conforme con nuestra respuesta, pida una revisión en la página de seguimiento de su caso o llamando al 311. Una persona que no se ocupó de su queja la revisa y le responde en un plazo de { $days ->
    [one] { $days } día hábil
    [many] { $days } días hábiles
   *[other] { $days } días hábiles
}.
division-ombudsman = Si después de la revisión sigue sin estar conforme, puede presentar su queja ante el Ombudsman de la Ciudad.
division-handles = De qué nos ocupamos
division-not-found = No hay ninguna división con ese nombre.

## El asistente

helper-title = Encuentre el lugar adecuado
helper-question = ¿Qué desea hacer?
helper-need-request = Avisar de un problema por primera vez (un bache, una recogida que no se hizo, un animal herido)
helper-need-complaint = Quejarme de cómo se atendió un servicio o una solicitud anterior
helper-need-compliment = Dar las gracias a alguien o felicitar a un servicio
helper-need-comment = Compartir una idea o un comentario
helper-need-unsure = No lo sé
helper-next = Siguiente
helper-request-heading = Esto es una solicitud de servicio
helper-request-text = Avisar de un problema por primera vez es una solicitud de servicio, no una queja. Llame al 311 (o al 416-392-2489 desde fuera de la ciudad) a cualquier hora del día, o use el servicio de solicitudes 311 de la Ciudad en línea o en la aplicación 311. Recibirá un número de solicitud de servicio.
helper-request-complaint-before = Si ya hizo una solicitud y se cerró sin que se resolviera el problema, o si tardó demasiado,
helper-request-complaint-link = eso es una queja
helper-search-label = ¿De qué se trata?
helper-search-hint = Unas pocas palabras, como «bache», «contenedor verde», «mapache» o «factura del agua».
helper-search = Buscar
helper-no-match = No hay resultados para «{ $query }»
helper-matches = Resultados para «{ $query }»
helper-still-unsure = Sigo con dudas: enviarlo al 311, que encontrará la división adecuada

## El formulario

form-title = Presentar una queja o una felicitación
form-heading = Presentar una queja, una felicitación o un comentario
form-error-title = { $count ->
    [one] Corrija { $count } dato más abajo
    [many] Corrija { $count } datos más abajo
   *[other] Corrija { $count } datos más abajo
}
form-files-dropped = No se guardaron sus archivos: adjúntelos de nuevo, por favor.
form-kind = ¿Qué desea enviar?
form-kind-complaint = Una queja: algo no se hizo bien y quiero una respuesta
form-kind-compliment = Una felicitación: una persona o un servicio hizo un buen trabajo
form-kind-comment = Un comentario: una idea o una observación; no necesito respuesta
form-category = ¿Sobre qué servicio es?
form-category-hint = Elija «No lo sé» si tiene dudas: el 311 lo enviará a la división adecuada.
form-category-help = Ayúdeme a elegir
form-not-sure = No lo sé
form-description = ¿Qué pasó?
form-description-hint = Cuéntenos qué pasó, quién intervino si lo sabe y por qué es importante para usted.
form-happened = ¿Cuándo pasó? (opcional)
form-remedy = ¿Qué le gustaría que hiciera la Ciudad? (opcional)
form-where = ¿Dónde? (opcional)
form-address = Dirección o intersección
form-postal-code = Código postal
form-point = Indicar un punto exacto (latitud y longitud)
form-lat = Latitud
form-lon = Longitud
form-service-request = Número de solicitud de servicio, si se trata de una solicitud (opcional)
form-attachments = Fotos o documentos (opcional)
form-attachments-hint = Hasta { $files } archivos: fotos JPEG o PNG, o documentos PDF, de { $mb } MB como máximo cada uno. Quitamos los datos de ubicación de las fotos antes de guardarlas.
form-contact = ¿Cómo podemos comunicarnos con usted?
form-name = Su nombre (opcional)
form-email = Correo electrónico
form-phone = Teléfono
form-contact-method = ¿Cómo prefiere que nos comuniquemos con usted?
form-contact-any = De cualquier forma
form-contact-email = Correo electrónico
form-contact-sms = Mensaje de texto
form-contact-phone = Llamada telefónica
form-language = Idioma de nuestros mensajes
form-anonymous = Enviar de forma anónima
form-anonymous-hint = Si permanece en el anonimato, igual examinaremos el asunto, pero no podremos responderle ni decirle lo que hicimos. Deje en blanco el nombre, el correo electrónico y el teléfono.
form-accommodation = ¿Necesita alguna adaptación para participar? (opcional)
form-accommodation-hint = Por ejemplo, letra grande, un intérprete de lengua de señas o una llamada a una hora determinada.
form-notice-heading = Cómo usamos su información
form-notice = La Ciudad recoge la información de este formulario para examinar su queja, felicitación o comentario, para responderle y para mejorar sus servicios. Solo el personal que se ocupa de su caso ve su nombre y sus datos de contacto. Nunca aparecen en los informes ni en los datos abiertos. Si tiene preguntas sobre esto, llame al 311.
form-consent = He leído cómo usa la Ciudad esta información
form-send = Enviar

## Lo que está mal en un campo, que se muestra a su lado

error-kind-missing = Indique si es una queja, una felicitación o un comentario.
error-category-unknown = «{ $code }» no es una de nuestras categorías. Elija una de la lista, o elija «No lo sé».
error-description-missing = Cuéntenos qué pasó, por favor.
error-too-long = Acorte este texto a { $max } caracteres como máximo (ahora tiene { $count }).
error-postal-code = Escriba un código postal canadiense como M5H 2N2, o solo sus tres primeros caracteres.
error-latitude-range = La latitud debe estar entre -90 y 90.
error-longitude-range = La longitud debe estar entre -180 y 180.
error-latitude-missing = Escriba la latitud junto con la longitud.
error-longitude-missing = Escriba la longitud junto con la latitud.
error-number = Escriba un número en grados, como 43.6535 o -79.3841.
error-language-code = «{ $code }» no es un código de idioma; use uno como en, fr, zh-Hant o ar.
error-anonymous-with-contact = Para permanecer en el anonimato, deje en blanco el nombre, el correo electrónico y el teléfono, o desmarque «Enviar de forma anónima».
error-email = Esto no parece una dirección de correo electrónico. Compruebe que tiene una sola @ y un dominio, como name@example.ca.
error-phone = Escriba un número de teléfono de 10 a 15 dígitos, como 416-555-0123.
error-contact-missing = Escriba una dirección de correo electrónico o un número de teléfono para que podamos responderle, o elija permanecer en el anonimato.
error-contact-method-needs = { $needs ->
    [email] Para que podamos comunicarnos con usted de esta forma, escriba también una dirección de correo electrónico.
   *[phone] Para que podamos comunicarnos con usted de esta forma, escriba también un número de teléfono.
}
error-service-request = Escriba el número de solicitud de servicio tal como se lo dieron (40 caracteres como máximo).
error-consent = Confirme que ha leído cómo usa la Ciudad esta información, por favor.
error-too-many-files = Envíe { $files } archivos como máximo.
error-file-type = «{ $file }» no se puede leer como archivo JPEG, PNG o PDF: envíe un archivo de uno de esos tipos.
error-file-size = «{ $file }» pesa más de { $mb } MB: envíe una foto más pequeña o un documento escaneado con menos resolución.

## Después del envío

submitted-title = Recibido
submitted-heading = { $kind ->
    [compliment] Gracias: hemos recibido su felicitación
    [comment] Gracias: hemos recibido su comentario
   *[complaint] Gracias: hemos recibido su queja
}
submitted-number = Su número de seguimiento es
submitted-keep = Anótelo o guarde esta página. Lo necesitará para seguir su caso, y los agentes del 311 pueden buscarlo.
submitted-next = Qué pasa ahora
submitted-acknowledge = { $division } confirmará que recibió su queja en un plazo de { $days ->
    [one] { $days } día hábil
    [many] { $days } días hábiles
   *[other] { $days } días hábiles
}.
submitted-answer = El personal la examinará y le responderá en un plazo de { $days ->
    [one] { $days } día hábil
    [many] { $days } días hábiles
   *[other] { $days } días hábiles
}. Si necesita más información, se comunicará con usted.
submitted-review = Si no está conforme con la respuesta, puede pedir que otra persona la revise.
submitted-compliment = Haremos llegar su agradecimiento al personal de { $division } y a su supervisor.
submitted-comment = { $division } leerá su comentario. No necesita hacer nada más.
submitted-follow = Seguir su caso

## Seguimiento de un caso

track-title = Seguir su caso
track-number = Número de seguimiento
track-number-hint = Diez dígitos, como 1234-5678-90. Lo recibió al enviar su caso.
track-find = Buscar mi caso
track-not-found = Ningún caso tiene este número de seguimiento. Revise los dígitos o llame al 311.
track-not-a-number = Eso no es un número de seguimiento: tiene diez dígitos, como 1234-5678-90.
track-wrong-digit = Este número de seguimiento tiene un dígito mal escrito o dos dígitos cambiados de lugar. Revíselo o llame al 311.
case-title = Caso { $tracking }
case-status = Estado
case-kind = Tipo
case-kind-value = { $kind ->
    [compliment] Felicitación
    [comment] Comentario
   *[complaint] Queja
}
case-division = A cargo de
case-category = Asunto
case-received = Recibido
case-acknowledged = Recibo confirmado
case-closed = Cerrado
case-expect = Cuándo tendrá noticias nuestras
case-acknowledge-by = Confirmaremos que lo recibimos a más tardar el { $date }.
case-answer-by = Le responderemos a más tardar el { $date }.
case-promise = Nuestro compromiso
case-promise-text = Confirmamos que recibimos las quejas en un plazo de { $acknowledge } días hábiles y las respondemos en un plazo de { $answer } días hábiles desde que las recibimos.
case-question-heading = Necesitamos información de usted
case-question-paused = El plazo para responderle no corre mientras esperamos su respuesta.
case-paused-since = En pausa desde el { $date }, mientras esperamos su respuesta.
case-answer-label = Su respuesta
case-confirm-label = Su dirección de correo electrónico o su número de teléfono
case-confirm-hint = Tal como lo indicó al enviar este caso, para que sepamos que es usted.
case-send = Enviar
case-updates = Novedades
case-no-updates = Todavía no hay novedades.
case-review-heading = ¿No está conforme con nuestra respuesta?
case-review-text = Pida una revisión. Una persona que no se ocupó de su queja la examinará de nuevo y le responderá en un plazo de { $review } días hábiles. Pídala dentro de los { $window } días siguientes a nuestra respuesta; pasado ese plazo, un supervisor decide si se revisa. También puede llamar al 311 con su número de seguimiento.
case-review-reason = ¿Por qué no está conforme?
case-review-send = Pedir una revisión
case-ombudsman-heading = ¿Sigue sin estar conforme?
case-ombudsman-text = Su queja ya pasó por la última revisión de la Ciudad. Puede pedir al Ombudsman de la Ciudad, que es independiente de las divisiones de la Ciudad, que la examine. Comuníquese con la oficina del Ombudsman y dé su número de seguimiento, { $tracking }.
case-messages-heading = Correos electrónicos y mensajes de texto
case-messages-text = Le escribimos cuando hay novedades sobre este caso. Puede dejar de recibir estos mensajes: el caso sigue adelante y usted puede seguir consultándolo aquí.
case-messages-stop = Dejar de recibir mensajes sobre este caso
case-messages-stopped-text = Usted nos pidió que dejáramos de enviarle mensajes sobre este caso. Puede seguir consultándolo aquí o volver a recibir los mensajes.
case-messages-resume = Volver a recibir mensajes
case-another = Seguir otro caso
case-changed = Su caso cambió mientras usted escribía. Revíselo de nuevo y vuelva a enviar su mensaje si todavía hace falta.

status-received = Recibido, a la espera de la confirmación de recibo
status-acknowledged = Recibo confirmado, en estudio
status-in_progress = En estudio
status-resolved = Respondido
status-awaiting_information = A la espera de información de usted
status-escalation_requested = Su solicitud de revisión está en manos de un supervisor
status-escalated = En revisión
status-closed = Cerrado

timeline-received = Lo recibimos.
timeline-acknowledged = La división confirmó que lo recibió y lo está estudiando.
timeline-message = Mensaje de la Ciudad: { $text }
timeline-answered = Respondido: { $outcome }.
timeline-review-answered = Revisión respondida: { $outcome }.
timeline-extension = Necesitamos más tiempo: { $reason } Le responderemos a más tardar el { $date }.
timeline-question = Le preguntamos: { $text }
timeline-information = Usted envió la información que le pedimos.
timeline-review-requested = Usted pidió una revisión.
timeline-closed = Se cerró el caso.

## Lo que los residentes pueden hacer en su caso, y por qué se puede rechazar

action-too-long = Acorte este texto a { $max } caracteres como máximo (ahora tiene { $count }).
action-reason-missing = Díganos por qué no está conforme, por favor.
action-information-missing = Escriba su respuesta, por favor.
action-not-yours = Escriba la dirección de correo electrónico o el número de teléfono que indicó al enviar este caso.
action-anonymous = Este caso se envió sin datos de contacto, así que no podemos confirmar en línea que es suyo. Llame al 311 con su número de seguimiento.
action-review-not-now = Solo se puede pedir una revisión cuando la Ciudad ya ha respondido, y solo una vez por respuesta.
action-information-not-now = No estamos esperando información sobre este caso.

## Páginas de error

page-not-found-title = Página no encontrada
page-not-found = No encontramos esa página. Revise la dirección o empiece desde la página de inicio.
page-internal-title = Algo salió mal por nuestra parte
page-internal = No se perdió nada. Vuelva a intentarlo dentro de un momento o llame al 311.
page-too-many-title = Vaya más despacio, por favor
page-too-many = Llegaron demasiadas solicitudes desde su conexión. Espere un minuto y vuelva a intentarlo.
page-conflict-title = Su caso cambió
page-bad-request-title = No pudimos leer lo que envió
page-bad-form = No se pudo leer el formulario. Vuelva atrás y envíelo de nuevo, por favor.
page-home-link = Ir a la página de inicio

## Open data

open-data-title = Datos abiertos
open-data-lead = Todas las quejas, felicitaciones y comentarios que recibe la Ciudad, en archivos que cualquier persona puede usar. No contienen datos personales: ni nombres ni datos de contacto, ningún texto escrito por residentes o por el personal, ninguna dirección exacta y ningún nombre del personal. Los lugares se indican por distrito y por los tres primeros caracteres del código postal, y las fechas, solo por día.
open-data-csv = Descargar todos los casos en formato CSV
open-data-json = Descargar todos los casos en formato JSON
open-data-columns = Qué contiene cada columna
open-data-column = Columna
open-data-meaning = Qué contiene
footer-open-data = Datos abiertos sobre quejas y felicitaciones
open-data-col-tracking-number = El número de seguimiento público del caso.
open-data-col-kind = Queja, felicitación o comentario.
open-data-col-channel = Cómo llegó: por la web, por la aplicación, por llamada telefónica, en persona, por correo postal, por correo electrónico, por chat o por Open311.
open-data-col-division = La división que se ocupa del caso.
open-data-col-section = La sección de la división, si se conoce.
open-data-col-category = La categoría, si se conoce.
open-data-col-ward = El distrito de la Ciudad donde está el lugar, si se indicó un lugar.
open-data-col-postal-prefix = Los tres primeros caracteres del código postal, si se indicó.
open-data-col-language = El idioma elegido para los mensajes, o bien «other».
open-data-col-received-on = El día en que se recibió.
open-data-col-acknowledged-on = El día en que se confirmó el recibo.
open-data-col-status = En qué punto del proceso está ahora.
open-data-col-stage = 1 para la respuesta de la división; 2 una vez que se pidió una revisión.
open-data-col-first-outcome = El resultado de la respuesta de la división.
open-data-col-first-answered-on = El día de la respuesta de la división.
open-data-col-review-outcome = El resultado de la revisión, si la hubo.
open-data-col-review-answered-on = El día de la respuesta a la revisión.
open-data-col-extensions = Cuántas veces la división necesitó más tiempo.
open-data-col-ombudsman-referred = Si el residente llevó el caso ante el Ombudsman.
open-data-col-closed-on = El día en que se cerró.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Modo de capacitación.
training-banner = Esta es una copia de práctica del sistema: nada de lo que se envía aquí llega a la Ciudad ni a ningún residente, y nada se cuenta.

# The public report (/reports).
nav-reports = Informes
reports-title = Cómo atiende la Ciudad las quejas
reports-lead = Cifras sobre las quejas, felicitaciones y comentarios que recibió la Ciudad, por división y por trimestre. Se calculan a partir del historial de cada caso.
reports-quarter-label = Trimestre
reports-quarter = { $year }, trimestre { $q }
reports-show = Mostrar
reports-summary-title = En resumen
reports-summary = En el periodo «{ $quarter }», la Ciudad recibió { $received } quejas, felicitaciones y comentarios.
reports-summary-answered = El { $share } de las primeras respuestas llegó dentro del plazo de la norma de servicio.
reports-summary-median = La mitad de las primeras respuestas llegó en { $days } días hábiles o menos.
reports-summary-reviews = Los residentes pidieron una revisión del { $share } de las quejas respondidas.
reports-summary-small = Se recibieron menos de 10 casos en el periodo «{ $quarter }», por lo que las cifras no se muestran, para proteger la privacidad de quienes nos escribieron.
reports-by-division = Por división, { $quarter }
reports-by-quarter = Toda la Ciudad, trimestre por trimestre
reports-col-division = División
reports-col-quarter = Trimestre
reports-col-received = Casos recibidos
reports-col-acknowledged = Acuse de recibo dentro del plazo
reports-col-answered = Primeras respuestas
reports-col-median = Mediana de días hábiles hasta la primera respuesta
reports-col-within = Primeras respuestas dentro del plazo
reports-col-closed = Casos cerrados
reports-col-reviews = Revisiones solicitadas
reports-col-ombudsman = Llevados al Ombudsman
reports-col-compliments = Felicitaciones
reports-all-divisions = Todas las divisiones
reports-suppressed = menos de 10
reports-reading-title = Cómo leer estas cifras
reports-note-suppression = Para proteger la privacidad, un número menor que 10 se muestra como «menos de 10», y no se muestra (–) ninguna proporción ni tiempo calculado a partir de ese número.
reports-note-days = Los días hábiles son de lunes a viernes, sin los días festivos. Los días en que se espera la respuesta de un residente no cuentan.
reports-note-standard = Cada división publica sus normas de servicio: cuántos días hábiles tarda en acusar recibo de una queja y en responderla.
reports-open-data = Todos los casos, sin datos personales, están en los datos abiertos.
reports-requests-title = Solicitudes de servicio al 311 por distrito
reports-requests-lead = Solicitudes de servicio publicadas por el sistema 311 de la Ciudad y cargadas aquí, de todas las fechas. No son quejas: muestran dónde pidieron un servicio los residentes.
reports-col-ward = Distrito
reports-col-requests = Solicitudes de servicio
reports-col-requests-closed = Cerradas
reports-no-ward = Fuera de los distritos, o sin lugar indicado

## The chatbot

nav-chat = Chatee con nosotros
chat-title = Chatee con nosotros
chat-lead = Cuénteme con sus propias palabras qué pasó. Le sugeriré adónde enviarlo, le haré algunas preguntas y lo enviaré por usted. También puede usar el formulario.
chat-describe = ¿Qué pasó? Bastan unas pocas frases.
chat-log-label = Conversación
chat-you = Usted
chat-bot = Asistente de la Ciudad
chat-your-message = Su mensaje
chat-send = Enviar
chat-continue = Continuar
chat-skip = Omitir
chat-skipped = (omitido)
chat-start-again = Empezar de nuevo
chat-empty = No recibí ninguna palabra. Escriba qué pasó.
chat-not-understood = Lo siento, no entendí. Puede responder con los campos de abajo, usar los botones, usar el formulario o hablar con una persona.
chat-proposal = Esto es lo que entendí. Si no es correcto, cámbielo abajo.
chat-proposal-guess = No estoy seguro de haber entendido. Esta es mi mejor suposición: revísela abajo.
chat-proposal-none = Lo siento, no entendí de qué servicio se trata. Elija uno abajo, o elija «{ form-not-sure }» y el 311 encontrará la división correcta. También puede usar el formulario o hablar con una persona.
chat-service-request = Si ya lo reportó y no se arregló, o tardó demasiado, eso es una queja, y puedo enviarla por usted.
chat-already-reported = Ya lo reporté: presentar una queja
chat-ask-location = ¿Dónde pasó? Indique una dirección o una intersección, u omita esta pregunta.
chat-ask-remedy = ¿Qué le gustaría que hiciera la Ciudad? Puede omitir esta pregunta.
chat-ask-contact = ¿Cómo puede la Ciudad comunicarse con usted? Indique un correo electrónico o un número de teléfono, o envíelo de forma anónima.
chat-contact-given = Estos son mis datos de contacto.
chat-ask-language = ¿En qué idioma debe escribirle la Ciudad?
chat-summary = Revise todo y luego envíelo.
chat-send-case = Enviar
chat-fix = Primero corrija esto:
chat-status-ask = Escriba el número de seguimiento (diez dígitos, como 1234-5678-90) y le diré en qué punto está el caso.
chat-person = Para hablar con una persona, llame al 311 (o al 416-392-2489 desde fuera de la ciudad), a cualquier hora. También puede usar el formulario.
chat-actions-label = Otras cosas en las que puedo ayudar
chat-action-status = ¿Cómo va mi caso?
chat-action-standards = Plazos y revisiones
chat-action-person = Hablar con una persona
chat-action-form = Usar el formulario
