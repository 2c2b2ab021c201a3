# The public site's words, in Portuguese: every page a resident sees.
# Same ids and same variables as locales/en/site.ftl.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## Horas e datas

# Portuguese uses the 24-hour clock ("14h30"), so there is no AM/PM word.
half-am = { "" }
half-pm = { "" }
# $hour24 (00–23), $minute (00–59)
time-of-day = { $hour24 }h{ $minute }
date-time = { $date }, { $time }

## Todas as páginas

site-name = Reclamações e elogios à Cidade
skip-link = Saltar para o conteúdo principal
nav-label = Navegação principal
nav-submit = Fazer uma reclamação ou um elogio
nav-track = Acompanhar o seu caso
nav-standards = Normas de serviço
nav-help = Não sabe a quem se dirigir?
footer-service-requests = Para um novo pedido de serviço (um buraco na estrada, uma recolha que não foi feita, uma conduta de água rebentada), ligue para o 311 ou use o serviço de pedidos 311 da Cidade: uma reclamação diz respeito à forma como um pedido ou um serviço foi tratado.
footer-about = O Heard é um programa de código aberto para tratar reclamações e elogios.
language-label = Língua
language-change = Mudar de língua
error-prefix = Erro:

## Página inicial

home-title = Página inicial
home-heading = Diga-nos como correu
home-lead = As suas reclamações, elogios e comentários ajudam a Cidade a melhorar os seus serviços. Cada envio recebe um número de acompanhamento, e cada reclamação recebe uma resposta dentro de um número fixo de dias úteis.
kind-complaint-title = Reclamação
kind-complaint-text = Não está satisfeito com um serviço da Cidade, com uma decisão, com o tempo que algo demorou ou com a forma como foi atendido. Vamos analisar a situação e responder-lhe.
kind-compliment-title = Elogio
kind-compliment-text = Uma pessoa ou um serviço fez um bom trabalho. Transmitimos o seu agradecimento aos funcionários e ao respetivo supervisor.
kind-comment-title = Comentário
kind-comment-text = Uma ideia ou uma observação que quer partilhar com a Cidade. Lemos todos os comentários. Escolha esta opção se não precisar de resposta.
home-not-complaint-heading = O que não é uma reclamação
home-not-complaint-request-strong = Pedir um serviço pela primeira vez
home-not-complaint-request = como comunicar um buraco na estrada, uma recolha do lixo que não foi feita ou uma fuga de água, é um pedido de serviço. Ligue para o 311 ou use o serviço de pedidos 311 da Cidade. Se já fez um pedido e este não foi bem tratado, isso sim é uma reclamação.
home-not-complaint-appeal-strong = Os assuntos que têm a sua própria via de recurso
home-not-complaint-appeal = como uma multa de estacionamento, uma avaliação do imposto sobre a propriedade ou uma decisão de um tribunal, seguem essa via. Se no-los enviar, dir-lhe-emos a quem se dirigir.
home-help-link = Tem dúvidas? Responda a algumas perguntas e indicamos-lhe o sítio certo.
home-next-heading = O que acontece depois do envio
home-next-1 = Recebe logo um número de acompanhamento. Guarde-o para acompanhar o seu caso.
home-next-2 = A divisão responsável confirma a receção da sua reclamação, normalmente no prazo de 2 dias úteis.
home-next-3 = Os funcionários analisam-na e respondem-lhe, normalmente no prazo de 10 dias úteis. Cada divisão publica as suas normas de serviço.
home-next-4 = Se não estiver satisfeito com a resposta, pode pedir que outra pessoa a reveja. Depois disso, pode dirigir-se ao Ombudsman da Cidade.
home-track-link = Acompanhar um caso com o seu número de acompanhamento

## Normas de serviço

standards-title = Normas de serviço
standards-lead = Cada divisão compromete-se a tratar as reclamações num prazo definido. Os prazos contam-se em dias úteis: de segunda a sexta-feira, exceto feriados.
standards-caption = Dias úteis que cada divisão leva para confirmar a receção de uma reclamação, para lhe responder e para responder a um pedido de revisão da sua resposta
standards-division = Divisão
standards-acknowledge = Confirmação de receção
standards-answer = Resposta
standards-review = Revisão
division-promises = Os nossos compromissos
division-acknowledge = Confirmamos a receção da sua reclamação no prazo de { $days ->
    [one] { $days } dia útil
    [many] { $days } dias úteis
   *[other] { $days } dias úteis
}.
division-answer = Respondemos-lhe no prazo de { $days ->
    [one] { $days } dia útil
    [many] { $days } dias úteis
   *[other] { $days } dias úteis
} a contar da receção. Se precisarmos de mais tempo, dizemos-lhe porquê e até quando.
division-review = Se não estiver satisfeito com a nossa resposta, peça uma revisão na página de acompanhamento do seu caso ou ligando para o 311. Uma pessoa que não tratou da sua reclamação revê-a e responde-lhe no prazo de { $days ->
    [one] { $days } dia útil
    [many] { $days } dias úteis
   *[other] { $days } dias úteis
}.
division-ombudsman = Se continuar insatisfeito depois da revisão, pode apresentar a sua reclamação ao Ombudsman da Cidade.
division-handles = Do que tratamos
division-not-found = Não existe nenhuma divisão com esse nome.

## O assistente

helper-title = Encontrar o sítio certo
helper-question = O que pretende fazer?
helper-need-request = Comunicar um problema pela primeira vez (um buraco na estrada, uma recolha que não foi feita, um animal ferido)
helper-need-complaint = Reclamar da forma como um serviço ou um pedido anterior foi tratado
helper-need-compliment = Agradecer a alguém ou elogiar um serviço
helper-need-comment = Partilhar uma ideia ou um comentário
helper-need-unsure = Não sei
helper-next = Seguinte
helper-request-heading = Isto é um pedido de serviço
helper-request-text = Comunicar um problema pela primeira vez é um pedido de serviço, e não uma reclamação. Ligue para o 311 (ou para o 416-392-2489 de fora da cidade), a qualquer hora, ou use o serviço de pedidos 311 da Cidade online ou na aplicação 311. Vai receber um número de pedido de serviço.
helper-request-complaint-before = Se já fez um pedido e este foi encerrado sem que o problema fosse resolvido, ou demorou demasiado,
helper-request-complaint-link = isso é uma reclamação
helper-search-label = De que se trata?
helper-search-hint = Algumas palavras, como «buraco», «contentor verde», «guaxinim» ou «fatura da água».
helper-search = Pesquisar
helper-no-match = Não há resultados para «{ $query }»
helper-matches = Resultados para «{ $query }»
helper-still-unsure = Continuo com dúvidas: enviar para o 311, que encontrará a divisão certa

## O formulário

form-title = Fazer uma reclamação ou um elogio
form-heading = Fazer uma reclamação, um elogio ou um comentário
form-error-title = { $count ->
    [one] Corrija { $count } ponto abaixo
    [many] Corrija { $count } pontos abaixo
   *[other] Corrija { $count } pontos abaixo
}
form-files-dropped = Os seus ficheiros não foram guardados: anexe-os novamente, por favor.
form-kind = O que pretende enviar?
form-kind-complaint = Uma reclamação: algo não foi bem feito e quero uma resposta
form-kind-compliment = Um elogio: uma pessoa ou um serviço fez um bom trabalho
form-kind-comment = Um comentário: uma ideia ou uma observação; não preciso de resposta
form-category = A que serviço diz respeito?
form-category-hint = Escolha «Não sei» se tiver dúvidas: o 311 encaminhará o seu envio para a divisão certa.
form-category-help = Ajude-me a escolher
form-not-sure = Não sei
form-description = O que aconteceu?
form-description-hint = Conte-nos o que aconteceu, quem esteve envolvido, se souber, e porque é que isto é importante para si.
form-happened = Quando aconteceu? (opcional)
form-remedy = O que gostaria que a Cidade fizesse? (opcional)
form-where = Onde? (opcional)
form-address = Morada ou cruzamento
form-postal-code = Código postal
form-point = Indicar um ponto exato (latitude e longitude)
form-lat = Latitude
form-lon = Longitude
form-service-request = Número do pedido de serviço, se for sobre um pedido (opcional)
form-attachments = Fotografias ou documentos (opcional)
form-attachments-hint = Até { $files } ficheiros: fotografias JPEG ou PNG, ou documentos PDF, com { $mb } MB no máximo cada um. Retiramos os dados de localização das fotografias antes de as guardar.
form-contact = Como podemos contactá-lo?
form-name = O seu nome (opcional)
form-email = E-mail
form-phone = Telefone
form-contact-method = Como prefere que o contactemos?
form-contact-any = De qualquer forma
form-contact-email = E-mail
form-contact-sms = SMS
form-contact-phone = Chamada telefónica
form-language = Língua das nossas mensagens
form-anonymous = Enviar de forma anónima
form-anonymous-hint = Se ficar anónimo, analisaremos a situação na mesma, mas não lhe poderemos responder nem dizer o que fizemos. Deixe em branco o nome, o e-mail e o telefone.
form-accommodation = Precisa de alguma adaptação para participar? (opcional)
form-accommodation-hint = Por exemplo, letra grande, um intérprete de língua gestual ou uma chamada a uma hora determinada.
form-notice-heading = Como usamos as suas informações
form-notice = A Cidade recolhe as informações deste formulário para analisar a sua reclamação, elogio ou comentário, para lhe responder e para melhorar os seus serviços. Só os funcionários que tratam do seu caso veem o seu nome e os seus contactos. Estes dados nunca aparecem nos relatórios nem nos dados abertos. Se tiver perguntas sobre isto, ligue para o 311.
form-consent = Li como a Cidade usa estas informações
form-send = Enviar

## O que está errado num campo, mostrado ao lado dele

error-kind-missing = Indique se é uma reclamação, um elogio ou um comentário.
error-category-unknown = «{ $code }» não é uma das nossas categorias. Escolha uma da lista, ou escolha «Não sei».
error-description-missing = Conte-nos o que aconteceu, por favor.
error-too-long = Encurte este texto para { $max } caracteres no máximo (agora tem { $count }).
error-postal-code = Indique um código postal canadiano como M5H 2N2, ou apenas os seus três primeiros caracteres.
error-latitude-range = A latitude tem de estar entre -90 e 90.
error-longitude-range = A longitude tem de estar entre -180 e 180.
error-latitude-missing = Indique a latitude juntamente com a longitude.
error-longitude-missing = Indique a longitude juntamente com a latitude.
error-number = Escreva um número em graus, como 43.6535 ou -79.3841.
error-language-code = «{ $code }» não é um código de língua; use um como en, fr, zh-Hant ou ar.
error-anonymous-with-contact = Para ficar anónimo, deixe em branco o nome, o e-mail e o telefone; ou desmarque «Enviar de forma anónima».
error-email = Isto não parece um endereço de e-mail. Verifique se tem uma só @ e um domínio, como name@example.ca.
error-phone = Indique um número de telefone com 10 a 15 algarismos, como 416-555-0123.
error-contact-missing = Indique um endereço de e-mail ou um número de telefone para lhe podermos responder, ou escolha ficar anónimo.
error-contact-method-needs = { $needs ->
    [email] Para ser contactado desta forma, indique também um endereço de e-mail.
   *[phone] Para ser contactado desta forma, indique também um número de telefone.
}
error-service-request = Indique o número do pedido de serviço tal como lho deram (40 caracteres no máximo).
error-consent = Confirme que leu como a Cidade usa estas informações, por favor.
error-too-many-files = Envie { $files } ficheiros no máximo.
error-file-type = Não é possível ler «{ $file }» como ficheiro JPEG, PNG ou PDF: envie um ficheiro de um destes tipos.
error-file-size = «{ $file }» tem mais de { $mb } MB: envie uma fotografia mais pequena ou um documento digitalizado com menor resolução.

## Depois do envio

submitted-title = Recebido
submitted-heading = { $kind ->
    [compliment] Obrigado: recebemos o seu elogio
    [comment] Obrigado: recebemos o seu comentário
   *[complaint] Obrigado: recebemos a sua reclamação
}
submitted-number = O seu número de acompanhamento é
submitted-keep = Anote-o ou guarde esta página. Vai precisar dele para acompanhar o seu caso, e os agentes do 311 podem procurá-lo.
submitted-next = O que acontece a seguir
submitted-acknowledge = { $division } vai confirmar a receção da sua reclamação no prazo de { $days ->
    [one] { $days } dia útil
    [many] { $days } dias úteis
   *[other] { $days } dias úteis
}.
submitted-answer = Os funcionários vão analisá-la e responder-lhe no prazo de { $days ->
    [one] { $days } dia útil
    [many] { $days } dias úteis
   *[other] { $days } dias úteis
}. Se precisarem de mais informações, vão contactá-lo.
submitted-review = Se não estiver satisfeito com a resposta, pode pedir que outra pessoa a reveja.
submitted-compliment = Vamos transmitir o seu agradecimento aos funcionários de { $division } e ao respetivo supervisor.
submitted-comment = { $division } vai ler o seu comentário. Não precisa de fazer mais nada.
submitted-follow = Acompanhar o seu caso

## Acompanhar um caso

track-title = Acompanhar o seu caso
track-number = Número de acompanhamento
track-number-hint = Dez algarismos, como 1234-5678-90. Recebeu-o quando enviou o seu caso.
track-find = Encontrar o meu caso
track-not-found = Nenhum caso tem este número de acompanhamento. Verifique os algarismos ou ligue para o 311.
track-not-a-number = Isto não é um número de acompanhamento: um número de acompanhamento tem dez algarismos, como 1234-5678-90.
track-wrong-digit = Este número de acompanhamento tem um algarismo mal escrito ou dois algarismos trocados. Verifique-o ou ligue para o 311.
case-title = Caso { $tracking }
case-status = Estado
case-kind = Tipo
case-kind-value = { $kind ->
    [compliment] Elogio
    [comment] Comentário
   *[complaint] Reclamação
}
case-division = Tratado por
case-category = Assunto
case-received = Recebido
case-acknowledged = Receção confirmada
case-closed = Encerrado
case-expect = Quando terá notícias nossas
case-acknowledge-by = Vamos confirmar a receção até { $date }.
case-answer-by = Vamos responder-lhe até { $date }.
case-promise = O nosso compromisso
case-promise-text = Confirmamos a receção das reclamações no prazo de { $acknowledge } dias úteis e respondemos no prazo de { $answer } dias úteis a contar da receção.
case-question-heading = Precisamos de informações da sua parte
case-question-paused = O prazo para lhe respondermos fica suspenso enquanto esperamos pela sua resposta.
case-paused-since = Suspenso desde { $date }, enquanto esperamos pela sua resposta.
case-answer-label = A sua resposta
case-confirm-label = O seu endereço de e-mail ou número de telefone
case-confirm-hint = Tal como o indicou quando enviou este caso, para termos a certeza de que é a pessoa que o enviou.
case-send = Enviar
case-updates = Novidades
case-no-updates = Ainda não há novidades.
case-review-heading = Não está satisfeito com a nossa resposta?
case-review-text = Peça uma revisão. Uma pessoa que não tratou da sua reclamação vai analisá-la novamente e responder-lhe no prazo de { $review } dias úteis. Faça o pedido no prazo de { $window } dias após a nossa resposta; depois disso, é um supervisor que decide se ela é revista. Também pode ligar para o 311 com o seu número de acompanhamento.
case-review-reason = Porque não está satisfeito?
case-review-send = Pedir uma revisão
case-ombudsman-heading = Continua insatisfeito?
case-ombudsman-text = A sua reclamação já passou pela última revisão da Cidade. Pode pedir ao Ombudsman da Cidade, que é independente das divisões da Cidade, que a analise. Contacte o gabinete do Ombudsman e indique o seu número de acompanhamento, { $tracking }.
case-messages-heading = E-mails e SMS
case-messages-text = Escrevemos-lhe quando há novidades sobre este caso. Pode deixar de receber estas mensagens: o caso continua e pode continuar a acompanhá-lo aqui.
case-messages-stop = Deixar de receber mensagens sobre este caso
case-messages-stopped-text = Pediu-nos para deixar de enviar mensagens sobre este caso. Pode continuar a acompanhá-lo aqui ou voltar a receber as mensagens.
case-messages-resume = Voltar a receber mensagens
case-another = Acompanhar outro caso
case-changed = O seu caso mudou enquanto escrevia. Veja-o novamente e volte a enviar a sua mensagem se ainda for necessário.

status-received = Recebido, a aguardar confirmação de receção
status-acknowledged = Receção confirmada, em análise
status-in_progress = Em análise
status-resolved = Respondido
status-awaiting_information = A aguardar informações da sua parte
status-escalation_requested = O seu pedido de revisão está nas mãos de um supervisor
status-escalated = Em revisão
status-closed = Encerrado

timeline-received = Recebemos o seu caso.
timeline-acknowledged = A divisão confirmou a receção e está a analisar o caso.
timeline-message = Mensagem da Cidade: { $text }
timeline-answered = Respondido: { $outcome }.
timeline-review-answered = Revisão respondida: { $outcome }.
timeline-extension = Precisamos de mais tempo: { $reason } Vamos responder até { $date }.
timeline-question = Perguntámos-lhe: { $text }
timeline-information = Enviou as informações que pedimos.
timeline-review-requested = Pediu uma revisão.
timeline-closed = O caso foi encerrado.

## O que os residentes podem fazer no seu caso, e porque pode ser recusado

action-too-long = Encurte este texto para { $max } caracteres no máximo (agora tem { $count }).
action-reason-missing = Diga-nos porque não está satisfeito, por favor.
action-information-missing = Escreva a sua resposta, por favor.
action-not-yours = Indique o endereço de e-mail ou o número de telefone que deu quando enviou este caso.
action-anonymous = Este caso foi enviado sem contactos, por isso não podemos confirmar online que é seu. Ligue para o 311 com o número de acompanhamento do caso.
action-review-not-now = Só se pode pedir uma revisão depois de a Cidade ter respondido, e só uma vez por resposta.
action-information-not-now = Não estamos à espera de informações sobre este caso.

## Páginas de erro

page-not-found-title = Página não encontrada
page-not-found = Não encontrámos essa página. Verifique o endereço ou comece pela página inicial.
page-internal-title = Algo correu mal do nosso lado
page-internal = Não se perdeu nada. Tente novamente daqui a pouco ou ligue para o 311.
page-too-many-title = Mais devagar, por favor
page-too-many = Chegaram demasiados pedidos da sua ligação. Espere um minuto e tente novamente.
page-conflict-title = O seu caso mudou
page-bad-request-title = Não conseguimos ler isso
page-bad-form = Não foi possível ler o formulário. Volte atrás e envie-o novamente, por favor.
page-home-link = Ir para a página inicial

## Open data

open-data-title = Dados abertos
open-data-lead = Todas as reclamações, elogios e comentários que a Cidade recebe, em ficheiros que qualquer pessoa pode usar. Não contêm dados pessoais: nem nomes nem contactos, nenhum texto escrito por residentes ou funcionários, nenhuma morada exata e nenhum nome de funcionário. Os locais são indicados pelo distrito e pelos três primeiros caracteres do código postal, e as datas, apenas pelo dia.
open-data-csv = Descarregar todos os casos em formato CSV
open-data-json = Descarregar todos os casos em formato JSON
open-data-columns = O que contém cada coluna
open-data-column = Coluna
open-data-meaning = O que contém
footer-open-data = Dados abertos sobre reclamações e elogios
open-data-col-tracking-number = O número de acompanhamento público do caso.
open-data-col-kind = Reclamação, elogio ou comentário.
open-data-col-channel = Como chegou: pela web, pela aplicação, por chamada telefónica, presencialmente, por correio, por e-mail, por chat ou pelo Open311.
open-data-col-division = A divisão que trata do caso.
open-data-col-section = A secção da divisão, quando é conhecida.
open-data-col-category = A categoria, quando é conhecida.
open-data-col-ward = O distrito da Cidade onde fica o local, quando foi indicado um local.
open-data-col-postal-prefix = Os três primeiros caracteres do código postal, quando foi indicado.
open-data-col-language = A língua escolhida para as mensagens, ou «other».
open-data-col-received-on = O dia em que foi recebido.
open-data-col-acknowledged-on = O dia em que a receção foi confirmada.
open-data-col-status = Em que ponto do processo se encontra agora.
open-data-col-stage = 1 para a resposta da divisão; 2 depois de ter sido pedida uma revisão.
open-data-col-first-outcome = O resultado da resposta da divisão.
open-data-col-first-answered-on = O dia da resposta da divisão.
open-data-col-review-outcome = O resultado da revisão, quando houve uma.
open-data-col-review-answered-on = O dia da resposta à revisão.
open-data-col-extensions = Quantas vezes a divisão precisou de mais tempo.
open-data-col-ombudsman-referred = Se o residente levou o caso ao Ombudsman.
open-data-col-closed-on = O dia em que foi encerrado.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Modo de treinamento.
training-banner = Esta é uma cópia de prática do sistema: nada do que é enviado aqui chega à Prefeitura nem a nenhum morador, e nada é contado.

# The public report (/reports).
nav-reports = Relatórios
reports-title = Como a Prefeitura trata as reclamações
reports-lead = Números sobre as reclamações, elogios e comentários que a Prefeitura recebeu, por divisão e por trimestre. São calculados a partir do histórico de cada caso.
reports-quarter-label = Trimestre
reports-quarter = { $year }, trimestre { $q }
reports-show = Mostrar
reports-summary-title = Em resumo
reports-summary = No período «{ $quarter }», a Prefeitura recebeu { $received } reclamações, elogios e comentários.
reports-summary-answered = { $share } das primeiras respostas foram dadas dentro do prazo da norma de serviço.
reports-summary-median = Metade das primeiras respostas foi dada em { $days } dias úteis ou menos.
reports-summary-reviews = Os residentes pediram uma revisão de { $share } das reclamações respondidas.
reports-summary-small = Menos de 10 casos foram recebidos no período «{ $quarter }»; por isso os números não são mostrados, para proteger a privacidade de quem nos escreveu.
reports-by-division = Por divisão, { $quarter }
reports-by-quarter = Toda a cidade, trimestre a trimestre
reports-col-division = Divisão
reports-col-quarter = Trimestre
reports-col-received = Casos recebidos
reports-col-acknowledged = Confirmação de recebimento dentro do prazo
reports-col-answered = Primeiras respostas
reports-col-median = Mediana de dias úteis até a primeira resposta
reports-col-within = Primeiras respostas dentro do prazo
reports-col-closed = Casos encerrados
reports-col-reviews = Revisões pedidas
reports-col-ombudsman = Levados ao Ombudsman
reports-col-compliments = Elogios
reports-all-divisions = Todas as divisões
reports-suppressed = menos de 10
reports-reading-title = Como ler estes números
reports-note-suppression = Para proteger a privacidade, um número abaixo de 10 aparece como «menos de 10», e uma proporção ou um tempo calculado a partir desse número não é mostrado (–).
reports-note-days = Os dias úteis vão de segunda a sexta-feira, sem os feriados. Os dias de espera pela resposta de um residente não contam.
reports-note-standard = Cada divisão publica as suas normas de serviço: quantos dias úteis leva para confirmar o recebimento de uma reclamação e para respondê-la.
reports-open-data = Todos os casos, sem dados pessoais, estão nos dados abertos.
reports-requests-title = Pedidos de serviço ao 311 por distrito
reports-requests-lead = Pedidos de serviço publicados pelo sistema 311 da Prefeitura e carregados aqui, de todas as datas. Não são reclamações: mostram onde os residentes pediram um serviço.
reports-col-ward = Distrito
reports-col-requests = Pedidos de serviço
reports-col-requests-closed = Encerrados
reports-no-ward = Fora dos distritos, ou sem local indicado

## The chatbot

nav-chat = Converse conosco
chat-title = Converse conosco
chat-lead = Conte-me com suas próprias palavras o que aconteceu. Vou sugerir para onde enviar, fazer algumas perguntas e enviar por você. Você também pode usar o formulário.
chat-describe = O que aconteceu? Algumas frases bastam.
chat-log-label = Conversa
chat-you = Você
chat-bot = Assistente da Cidade
chat-your-message = Sua mensagem
chat-send = Enviar
chat-continue = Continuar
chat-skip = Pular
chat-skipped = (pulado)
chat-start-again = Recomeçar
chat-empty = Não recebi nenhuma palavra. Escreva o que aconteceu.
chat-not-understood = Desculpe, não entendi. Você pode responder com os campos abaixo, usar os botões, usar o formulário ou falar com uma pessoa.
chat-proposal = Foi isto que entendi. Se não estiver certo, altere abaixo.
chat-proposal-guess = Não tenho certeza de ter entendido. Este é meu melhor palpite: confira abaixo.
chat-proposal-none = Desculpe, não entendi de qual serviço se trata. Escolha um abaixo, ou escolha “{ form-not-sure }” e o 311 encontrará a divisão certa. Você também pode usar o formulário ou falar com uma pessoa.
chat-service-request = Se você já comunicou o problema e ele não foi resolvido, ou demorou demais, isso é uma reclamação, e posso enviá-la por você.
chat-already-reported = Já comuniquei: fazer uma reclamação
chat-ask-location = Onde aconteceu? Informe um endereço ou um cruzamento, ou pule esta pergunta.
chat-ask-remedy = O que você gostaria que a Cidade fizesse? Você pode pular esta pergunta.
chat-ask-contact = Como a Cidade pode falar com você? Informe um e-mail ou um telefone, ou envie de forma anônima.
chat-contact-given = Estes são meus dados de contato.
chat-ask-language = Em qual idioma a Cidade deve escrever para você?
chat-summary = Confira tudo e depois envie.
chat-send-case = Enviar
chat-fix = Corrija isto primeiro:
chat-status-ask = Digite o número de acompanhamento (dez dígitos, como 1234-5678-90) e direi em que ponto está o caso.
chat-person = Para falar com uma pessoa, ligue para o 311 (ou 416-392-2489 de fora da cidade), a qualquer hora. Você também pode usar o formulário.
chat-actions-label = Outras formas de ajudar
chat-action-status = Como está meu caso?
chat-action-standards = Prazos e revisões
chat-action-person = Falar com uma pessoa
chat-action-form = Usar o formulário
