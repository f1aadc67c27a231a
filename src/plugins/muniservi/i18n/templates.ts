/** MuniServi's email templates: to the requester, and the overdue alert to staff. */
import { defineTemplate, l, type Localized } from '@e-muni/sdk'

const link = (label: Localized) => ({ label, url: '{{url}}' })

export const templates = {
  acknowledgement: defineTemplate('muniservi-acknowledgement', {
    subject: l(
      'Recibimos su solicitud {{code}}',
      'Recebemos sua solicitação {{code}}',
      'We received your request {{code}}',
      'Nous avons reçu votre demande {{code}}',
    ),
    body: l(
      'Hola, {{name}}:\n\n{{municipality}} recibió su solicitud de «{{service}}». Su código de seguimiento es {{code}} y su clave de seguimiento, {{token}}: guarde este correo y no comparta la clave, que permite ver y responder la solicitud.\n\nPlazo máximo de respuesta: {{due}}.',
      'Olá, {{name}}:\n\n{{municipality}} recebeu sua solicitação de «{{service}}». Seu código de acompanhamento é {{code}} e sua chave de acompanhamento, {{token}}: guarde este e-mail e não compartilhe a chave, que permite ver e responder a solicitação.\n\nPrazo máximo de resposta: {{due}}.',
      'Hello {{name}},\n\n{{municipality}} received your request for "{{service}}". Your tracking code is {{code}} and your tracking key is {{token}}: keep this email and do not share the key, which lets whoever holds it see and answer the request.\n\nAnswer due by: {{due}}.',
      'Bonjour {{name}},\n\n{{municipality}} a reçu votre demande « {{service}} ». Votre code de suivi est {{code}} et votre clé de suivi {{token}} : gardez ce courriel et ne partagez pas la clé, qui permet de voir la demande et d’y répondre.\n\nRéponse au plus tard le : {{due}}.',
    ),
    action: link(l('Seguir mi solicitud', 'Acompanhar minha solicitação', 'Track my request', 'Suivre ma demande')),
  }),
  statusChanged: defineTemplate('muniservi-status', {
    subject: l(
      'Su solicitud {{code}}: {{status}}',
      'Sua solicitação {{code}}: {{status}}',
      'Your request {{code}}: {{status}}',
      'Votre demande {{code}} : {{status}}',
    ),
    body: l(
      'Hola, {{name}}:\n\nSu solicitud {{code}} de «{{service}}» pasó a «{{status}}».\n\n{{note}}',
      'Olá, {{name}}:\n\nSua solicitação {{code}} de «{{service}}» passou para «{{status}}».\n\n{{note}}',
      'Hello {{name}},\n\nYour request {{code}} for "{{service}}" is now "{{status}}".\n\n{{note}}',
      'Bonjour {{name}},\n\nVotre demande {{code}} « {{service}} » est maintenant « {{status}} ».\n\n{{note}}',
    ),
    action: link(l('Ver mi solicitud', 'Ver minha solicitação', 'See my request', 'Voir ma demande')),
  }),
  needsInformation: defineTemplate('muniservi-needs-information', {
    subject: l(
      'Necesitamos información para su solicitud {{code}}',
      'Precisamos de informações para sua solicitação {{code}}',
      'We need information for your request {{code}}',
      "Nous avons besoin d'informations pour votre demande {{code}}",
    ),
    body: l(
      'Hola, {{name}}:\n\nPara continuar con su solicitud {{code}} de «{{service}}» necesitamos lo siguiente:\n\n{{question}}\n\nResponda desde la página de seguimiento.',
      'Olá, {{name}}:\n\nPara continuar com sua solicitação {{code}} de «{{service}}» precisamos do seguinte:\n\n{{question}}\n\nResponda pela página de acompanhamento.',
      'Hello {{name}},\n\nTo go on with your request {{code}} for "{{service}}" we need the following:\n\n{{question}}\n\nPlease answer from the tracking page.',
      'Bonjour {{name}},\n\nPour poursuivre votre demande {{code}} « {{service}} », nous avons besoin de ceci :\n\n{{question}}\n\nRépondez depuis la page de suivi.',
    ),
    action: link(l('Responder', 'Responder', 'Answer', 'Répondre')),
  }),
  closed: defineTemplate('muniservi-closed', {
    subject: l(
      'Su solicitud {{code}} está cerrada: ¿cómo le fue?',
      'Sua solicitação {{code}} foi encerrada: como foi?',
      'Your request {{code}} is closed: how did we do?',
      'Votre demande {{code}} est clôturée : comment cela s’est-il passé ?',
    ),
    body: l(
      'Hola, {{name}}:\n\nCerramos su solicitud {{code}} de «{{service}}».\n\nCalifique la atención de 1 a 5: nos ayuda a mejorar.',
      'Olá, {{name}}:\n\nEncerramos sua solicitação {{code}} de «{{service}}».\n\nAvalie o atendimento de 1 a 5: isso nos ajuda a melhorar.',
      'Hello {{name}},\n\nWe closed your request {{code}} for "{{service}}".\n\nPlease rate the service from 1 to 5: it helps us improve.',
      'Bonjour {{name}},\n\nNous avons clôturé votre demande {{code}} « {{service}} ».\n\nÉvaluez le service de 1 à 5 : cela nous aide à nous améliorer.',
    ),
    action: link(l('Calificar', 'Avaliar', 'Rate the service', 'Évaluer')),
  }),
  overdue: defineTemplate('muniservi-overdue', {
    subject: l(
      'Solicitud vencida: {{code}}',
      'Solicitação vencida: {{code}}',
      'Overdue request: {{code}}',
      'Demande en retard : {{code}}',
    ),
    body: l(
      'La solicitud {{code}} de «{{service}}» venció el {{due}} y sigue en estado «{{status}}».\n\nResponsable asignado: {{assignee}}.',
      'A solicitação {{code}} de «{{service}}» venceu em {{due}} e continua no estado «{{status}}».\n\nResponsável atribuído: {{assignee}}.',
      'Request {{code}} for "{{service}}" was due on {{due}} and is still "{{status}}".\n\nAssigned to: {{assignee}}.',
      'La demande {{code}} « {{service}} » était due le {{due}} et est toujours « {{status}} ».\n\nAssignée à : {{assignee}}.',
    ),
    action: link(
      l('Abrir en la administración', 'Abrir na administração', 'Open in the admin', "Ouvrir dans l'administration"),
    ),
  }),
}
