# Messages Heard sends to residents by e-mail and SMS, in Portuguese.
# Same ids and same variables as locales/en/notifications.ftl.

## Partes comuns

city-name = Cidade de Toronto
greeting = Olá,
greeting-named = Olá, { $name },
link-intro = Acompanhe o seu caso, e responda-nos, na página do caso:
sign-off = { $city }
footer = Por favor, não responda a esta mensagem: esta caixa de correio não é lida. Use a página indicada acima ou ligue para o 311 e indique o seu número de acompanhamento.
footer-stop = Para deixar de receber mensagens sobre este caso, use a página do caso.
sms-short = { $city }: há novidades sobre o seu caso { $tracking }. Veja em { $link }

outcome-upheld = reclamação procedente (a sua reclamação foi considerada justificada)
outcome-partly_upheld = reclamação parcialmente procedente (parte da sua reclamação foi considerada justificada)
outcome-not_upheld = reclamação improcedente (a sua reclamação não foi considerada justificada)
outcome-resolved = caso resolvido
outcome-withdrawn = caso retirado
outcome-referred_elsewhere = caso encaminhado para o organismo responsável por este assunto
outcome-not_a_complaint = caso tratado como um pedido de serviço, e não como uma reclamação

date-long = { $weekday }, { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo

## Avisos

received-subject = { $kind ->
    [comment] Recebemos o seu comentário
   *[complaint] Recebemos a sua reclamação
} ({ $tracking })
received-body = { $kind ->
    [comment] Agradecemos o seu comentário. Recebemo-lo e atribuímos-lhe o número de acompanhamento { $tracking }.
   *[complaint] Agradecemos o seu contacto. Recebemos a sua reclamação e atribuímos-lhe o número de acompanhamento { $tracking }.
} Guarde este número: com ele pode acompanhar o seu caso online ou pelo telefone 311.
received-sms = { $city }: recebemos { $kind ->
    [comment] o seu comentário
   *[complaint] a sua reclamação
}. Número de acompanhamento { $tracking }. Acompanhe em { $link }

thanks-subject = Obrigado pelo seu elogio ({ $tracking })
thanks-body = Agradecemos o tempo que dedicou a contar-nos o que correu bem. Vamos transmitir o seu elogio aos funcionários e à divisão em causa. O número de acompanhamento é { $tracking }.
thanks-sms = { $city }: obrigado pelo seu elogio, vamos transmiti-lo. Número de acompanhamento { $tracking }: { $link }

acknowledged-subject = O seu caso { $tracking } está em análise
acknowledged-body = Examinámos o seu caso, que está agora a cargo de uma equipa. Voltaremos a escrever-lhe quando tivermos uma resposta.
acknowledged-next = Pretendemos responder-lhe até { $date }.
acknowledged-sms = { $city }: o seu caso { $tracking } está em análise. Acompanhe em { $link }

information-requested-subject = Precisamos de mais informações sobre o seu caso { $tracking }
information-requested-body = Para darmos seguimento ao seu caso, precisamos de mais informações da sua parte.
information-requested-quote = A nossa pergunta:
information-requested-next = Por favor, responda na página do seu caso. O prazo para lhe respondermos fica suspenso até recebermos a sua resposta.
information-requested-sms = { $city }: precisamos de mais informações sobre o seu caso { $tracking }. Responda em { $link }

update-sent-subject = Novidades sobre o seu caso { $tracking }
update-sent-body = Há novidades sobre o seu caso.
update-sent-quote = A nossa mensagem:
update-sent-sms = { $city }: há novidades sobre o seu caso { $tracking }. Leia em { $link }

extension-granted-subject = Precisamos de mais tempo para o seu caso { $tracking }
extension-granted-body = Precisamos de mais tempo para lhe dar uma resposta completa. Prevemos agora responder-lhe até { $date }.
extension-granted-quote = O motivo:
extension-granted-sms = { $city }: precisamos de mais tempo para o seu caso { $tracking }. Resposta prevista até { $date }. { $link }

resolved-subject = A nossa resposta sobre o seu caso { $tracking }
resolved-body = Concluímos a análise do seu caso. Resultado: { $outcome }.
resolved-quote = Os nossos motivos:
resolved-next = Se não estiver satisfeito com esta resposta, pode pedir uma revisão na página do seu caso no prazo de { $days } dias. Uma pessoa que não tratou do seu caso vai analisá-lo novamente.
resolved-sms = { $city }: respondemos sobre o seu caso { $tracking }. Leia a resposta, ou peça uma revisão no prazo de { $days } dias, em { $link }

resolved-final-next = Se não estiver satisfeito com esta resposta, pode pedir a { $ombudsman } que analise o seu caso. O Ombudsman é independente dos serviços municipais e gratuito: { $ombudsman-url }, { $ombudsman-phone }.
resolved-final-sms = { $city }: respondemos sobre o seu caso { $tracking }. Leia a resposta em { $link }. Não ficou satisfeito? { $ombudsman }: { $ombudsman-phone }

escalation-received-subject = Recebemos o seu pedido de revisão ({ $tracking })
escalation-received-body = Recebemos o seu pedido de revisão da nossa resposta sobre o seu caso. Uma pessoa que ainda não tratou do seu caso vai analisá-lo novamente e escrever-lhe.
escalation-received-sms = { $city }: recebemos o seu pedido de revisão do caso { $tracking }. Acompanhe em { $link }

review-answered-subject = A revisão do seu caso { $tracking } está concluída
review-answered-body = A revisão do seu caso está concluída. Resultado: { $outcome }.
review-answered-quote = Os motivos de quem fez a revisão:
review-answered-next = Se continuar insatisfeito, pode pedir a { $ombudsman } que analise o seu caso. O Ombudsman é independente dos serviços municipais e gratuito: { $ombudsman-url }, { $ombudsman-phone }.
review-answered-sms = { $city }: a revisão do seu caso { $tracking } está concluída: { $link }. Continua insatisfeito? { $ombudsman }: { $ombudsman-phone }

closed-subject = O seu caso { $tracking } foi encerrado
closed-body = O seu caso está agora encerrado. Obrigado por nos ajudar a melhorar os serviços da Cidade.
closed-sms = { $city }: o seu caso { $tracking } foi encerrado. Obrigado. { $link }
