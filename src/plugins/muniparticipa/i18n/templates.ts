/** MuniParticipa's email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l } from '@e-muni/sdk'

const see = l('Ver en el portal', 'Ver no portal', 'See it on the portal', 'Voir sur le portail')

export const templates = {
  proposalPublished: defineTemplate('muniparticipa-proposal-published', {
    subject: l(
      'Su propuesta fue publicada',
      'Sua proposta foi publicada',
      'Your proposal is published',
      'Votre proposition est publiée',
    ),
    body: l(
      'Su propuesta «{{title}}» ya es pública en {{municipality}}.',
      'Sua proposta «{{title}}» já é pública em {{municipality}}.',
      'Your proposal "{{title}}" is now public in {{municipality}}.',
      'Votre proposition « {{title}} » est maintenant publique à {{municipality}}.',
    ),
    action: { label: see, url: '{{url}}' },
  }),
  proposalRejected: defineTemplate('muniparticipa-proposal-rejected', {
    subject: l(
      'Su propuesta no fue publicada',
      'Sua proposta não foi publicada',
      'Your proposal was not published',
      "Votre proposition n'a pas été publiée",
    ),
    body: l(
      'La moderación de {{municipality}} no publicó su propuesta «{{title}}».\n\nMotivo: {{reason}}',
      'A moderação de {{municipality}} não publicou sua proposta «{{title}}».\n\nMotivo: {{reason}}',
      'The moderators of {{municipality}} did not publish your proposal "{{title}}".\n\nReason: {{reason}}',
      "La modération de {{municipality}} n'a pas publié votre proposition « {{title}} ».\n\nMotif : {{reason}}",
    ),
  }),
  proposalHidden: defineTemplate('muniparticipa-proposal-hidden', {
    subject: l(
      'Su propuesta fue ocultada',
      'Sua proposta foi ocultada',
      'Your proposal was hidden',
      'Votre proposition a été masquée',
    ),
    body: l(
      'Su propuesta «{{title}}» ya no se muestra en {{municipality}}.\n\nMotivo: {{reason}}',
      'Sua proposta «{{title}}» não é mais exibida em {{municipality}}.\n\nMotivo: {{reason}}',
      'Your proposal "{{title}}" is no longer shown in {{municipality}}.\n\nReason: {{reason}}',
      "Votre proposition « {{title}} » n'est plus affichée à {{municipality}}.\n\nMotif : {{reason}}",
    ),
  }),
  commentHidden: defineTemplate('muniparticipa-comment-hidden', {
    subject: l(
      'Su comentario fue ocultado',
      'Seu comentário foi ocultado',
      'Your comment was hidden',
      'Votre commentaire a été masqué',
    ),
    body: l(
      'Un comentario suyo ya no se muestra en {{municipality}}.\n\nMotivo: {{reason}}',
      'Um comentário seu não é mais exibido em {{municipality}}.\n\nMotivo: {{reason}}',
      'One of your comments is no longer shown in {{municipality}}.\n\nReason: {{reason}}',
      "Un de vos commentaires n'est plus affiché à {{municipality}}.\n\nMotif : {{reason}}",
    ),
  }),
  phaseChanged: defineTemplate('muniparticipa-phase-changed', {
    subject: l(
      '{{title}}: fase de {{phase}}',
      '{{title}}: fase de {{phase}}',
      '{{title}}: {{phase}} phase',
      '{{title}} : phase {{phase}}',
    ),
    body: l(
      'El proceso «{{title}}» de {{municipality}}, que usted sigue, entró en la fase de {{phase}}.',
      'O processo «{{title}}» de {{municipality}}, que você segue, entrou na fase de {{phase}}.',
      'The process "{{title}}" of {{municipality}}, which you follow, has entered its {{phase}} phase.',
      'Le processus « {{title}} » de {{municipality}}, que vous suivez, est entré dans sa phase {{phase}}.',
    ),
    action: { label: see, url: '{{url}}' },
  }),
  proposalAnswered: defineTemplate('muniparticipa-proposal-answered', {
    subject: l(
      'Respuesta a su propuesta: {{answer}}',
      'Resposta à sua proposta: {{answer}}',
      'Answer to your proposal: {{answer}}',
      'Réponse à votre proposition : {{answer}}',
    ),
    body: l(
      '{{municipality}} respondió a su propuesta «{{title}}»: {{answer}}.\n\n{{text}}',
      '{{municipality}} respondeu à sua proposta «{{title}}»: {{answer}}.\n\n{{text}}',
      '{{municipality}} answered your proposal "{{title}}": {{answer}}.\n\n{{text}}',
      '{{municipality}} a répondu à votre proposition « {{title}} » : {{answer}}.\n\n{{text}}',
    ),
    action: { label: see, url: '{{url}}' },
  }),
}
