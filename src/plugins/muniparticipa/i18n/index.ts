/** MuniParticipa's own messages and email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l, type Localized } from '@e-muni/sdk'

export const MODULE = 'muniparticipa'

export const translations: Record<string, Localized> = {
  noRoleHere: l(
    'No tiene un rol de participación en este municipio.',
    'Você não tem um papel de participação neste município.',
    'You hold no participation role in this municipality.',
    "Vous n'avez aucun rôle de participation dans cette municipalité.",
  ),
  systemField: l(
    'El campo {{field}} lo establece el sistema y no se puede cambiar.',
    'O campo {{field}} é definido pelo sistema e não pode ser alterado.',
    'The field {{field}} is set by the system and cannot be changed.',
    'Le champ {{field}} est défini par le système et ne peut pas être modifié.',
  ),
  phaseEndsBeforeStart: l(
    'La fase {{phase}} debe terminar después de empezar.',
    'A fase {{phase}} deve terminar depois de começar.',
    'Phase {{phase}} must end after it starts.',
    'La phase {{phase}} doit finir après avoir commencé.',
  ),
  phasesOverlap: l(
    'Las fases {{a}} y {{b}} se superponen.',
    'As fases {{a}} e {{b}} se sobrepõem.',
    'Phases {{a}} and {{b}} overlap.',
    'Les phases {{a}} et {{b}} se chevauchent.',
  ),
  answerReason: l(
    'Una respuesta de rechazo debe explicar el motivo.',
    'Uma resposta de recusa deve explicar o motivo.',
    'A rejection must give its reason.',
    'Un refus doit donner son motif.',
  ),
  loginNeeded: l(
    'Inicie sesión para participar.',
    'Entre para participar.',
    'Log in to take part.',
    'Connectez-vous pour participer.',
  ),
  wrongPhase: l(
    'Esto se puede hacer solo en la fase {{allowed}}; el proceso está ahora en: {{current}}.',
    'Isto só pode ser feito na fase {{allowed}}; o processo está agora em: {{current}}.',
    'This can be done only in the {{allowed}} phase; the process is now in: {{current}}.',
    'Cela ne peut se faire que pendant la phase {{allowed}} ; le processus est maintenant en : {{current}}.',
  ),
  noPhase: l('ninguna fase', 'nenhuma fase', 'no phase', 'aucune phase'),
  verificationNeeded: l(
    'Este proceso es solo para residentes verificados de {{municipality}}: verifique su residencia primero.',
    'Este processo é só para residentes verificados de {{municipality}}: verifique sua residência primeiro.',
    'This process is for verified residents of {{municipality}} only: verify your residence first.',
    'Ce processus est réservé aux résidents vérifiés de {{municipality}} : vérifiez d’abord votre résidence.',
  ),
  unknownProcess: l(
    'No hay un proceso publicado «{{value}}» en este municipio.',
    'Não há um processo publicado «{{value}}» neste município.',
    'There is no published process "{{value}}" in this municipality.',
    "Il n'y a pas de processus publié « {{value}} » dans cette municipalité.",
  ),
  unknownProposal: l(
    'No hay una propuesta publicada «{{value}}» en este municipio.',
    'Não há uma proposta publicada «{{value}}» neste município.',
    'There is no published proposal "{{value}}" in this municipality.',
    "Il n'y a pas de proposition publiée « {{value}} » dans cette municipalité.",
  ),
  unknownComment: l(
    'No hay un comentario publicado «{{value}}» en esta propuesta.',
    'Não há um comentário publicado «{{value}}» nesta proposta.',
    'There is no published comment "{{value}}" on this proposal.',
    "Il n'y a pas de commentaire publié « {{value}} » sur cette proposition.",
  ),
  unknownDistrict: l(
    'barrio desconocido en este municipio',
    'bairro desconhecido neste município',
    'unknown district in this municipality',
    'quartier inconnu dans cette municipalité',
  ),
  required1to: l(
    'obligatorio, hasta {{max}} caracteres',
    'obrigatório, até {{max}} caracteres',
    'required, up to {{max}} characters',
    "obligatoire, jusqu'à {{max}} caractères",
  ),
  oneOf: l('uno de: {{allowed}}', 'um de: {{allowed}}', 'one of: {{allowed}}', 'un parmi : {{allowed}}'),
  invalidInput: l(
    'Datos no válidos: {{fields}}',
    'Dados inválidos: {{fields}}',
    'Invalid input: {{fields}}',
    'Données non valides : {{fields}}',
  ),
  alreadySupported: l(
    'Ya apoyó esta propuesta.',
    'Você já apoiou esta proposta.',
    'You already support this proposal.',
    'Vous soutenez déjà cette proposition.',
  ),
  supportLimit: l(
    'Alcanzó el máximo de {{limit}} apoyos en este proceso.',
    'Você atingiu o máximo de {{limit}} apoios neste processo.',
    'You have reached the limit of {{limit}} supports in this process.',
    'Vous avez atteint la limite de {{limit}} soutiens dans ce processus.',
  ),
  alreadyReported: l(
    'Ya denunció este contenido.',
    'Você já denunciou este conteúdo.',
    'You already reported this.',
    'Vous avez déjà signalé ce contenu.',
  ),
  hiddenByReports: l(
    'Oculta automáticamente tras {{count}} denuncias, hasta que la revise la moderación.',
    'Ocultada automaticamente após {{count}} denúncias, até a revisão da moderação.',
    'Hidden automatically after {{count}} reports, until moderators review it.',
    'Masquée automatiquement après {{count}} signalements, en attendant la modération.',
  ),
  badDocument: l(
    'de 3 a 20 letras o números',
    'de 3 a 20 letras ou números',
    '3 to 20 letters or digits',
    'de 3 à 20 lettres ou chiffres',
  ),
  badBirthDate: l('una fecha AAAA-MM-DD', 'uma data AAAA-MM-DD', 'a date YYYY-MM-DD', 'une date AAAA-MM-JJ'),
  notInCensus: l(
    'Esos datos no coinciden con el padrón de {{municipality}}.',
    'Esses dados não correspondem ao cadastro de {{municipality}}.',
    'Those details do not match the census of {{municipality}}.',
    'Ces données ne correspondent pas au recensement de {{municipality}}.',
  ),
  entryTaken: l(
    'Esa entrada del padrón ya verificó a otra cuenta. Si es un error, contacte al municipio.',
    'Essa entrada do cadastro já verificou outra conta. Se for um erro, contate o município.',
    'That census entry has already verified another account. If this is a mistake, contact the municipality.',
    'Cette entrée du recensement a déjà vérifié un autre compte. En cas d’erreur, contactez la municipalité.',
  ),
  censusAdminOnly: l(
    'Solo la administración municipal importa el padrón.',
    'Só a administração municipal importa o cadastro.',
    'Only the municipal administration imports the census.',
    "Seule l'administration municipale importe le recensement.",
  ),
  censusLineDocument: l(
    'Línea {{line}}: documento «{{value}}» no válido (de 3 a 20 letras o números).',
    'Linha {{line}}: documento «{{value}}» inválido (de 3 a 20 letras ou números).',
    'Line {{line}}: document «{{value}}» is not valid (3 to 20 letters or digits).',
    'Ligne {{line}} : document « {{value}} » non valide (3 à 20 lettres ou chiffres).',
  ),
  censusLineBirthDate: l(
    'Línea {{line}}: fecha de nacimiento «{{value}}» no válida (AAAA-MM-DD o DD/MM/AAAA).',
    'Linha {{line}}: data de nascimento «{{value}}» inválida (AAAA-MM-DD ou DD/MM/AAAA).',
    'Line {{line}}: birth date «{{value}}» is not valid (YYYY-MM-DD or DD/MM/YYYY).',
    'Ligne {{line}} : date de naissance « {{value}} » non valide (AAAA-MM-JJ ou JJ/MM/AAAA).',
  ),
  censusHasErrors: l(
    'El padrón tiene {{count}} líneas con errores: no se importó nada. Corríjalas y vuelva a enviarlo.',
    'O cadastro tem {{count}} linhas com erros: nada foi importado. Corrija-as e envie novamente.',
    'The census has {{count}} lines with errors: nothing was imported. Correct them and send it again.',
    "Le recensement a {{count}} lignes en erreur : rien n'a été importé. Corrigez-les et renvoyez-le.",
  ),
  censusEmpty: l(
    'El archivo no tiene líneas de padrón (documento y fecha de nacimiento).',
    'O arquivo não tem linhas de cadastro (documento e data de nascimento).',
    'The file has no census lines (document and birth date).',
    "Le fichier n'a aucune ligne de recensement (document et date de naissance).",
  ),
  censusBody: l(
    'Envíe el padrón como text/csv, o como multipart/form-data con un archivo «file».',
    'Envie o cadastro como text/csv, ou como multipart/form-data com um arquivo «file».',
    'Send the census as text/csv, or as multipart/form-data with a "file".',
    'Envoyez le recensement en text/csv, ou en multipart/form-data avec un fichier « file ».',
  ),
  tooManyImages: l('hasta {{max}} imágenes', 'até {{max}} imagens', 'up to {{max}} images', "jusqu'à {{max}} images"),
  imageEmpty: l('{{name}} está vacía', '{{name}} está vazia', '{{name}} is empty', '{{name}} est vide'),
  unknownPoll: l(
    'No hay una encuesta publicada «{{value}}».',
    'Não há uma enquete publicada «{{value}}».',
    'There is no published poll "{{value}}".',
    "Il n'y a pas de sondage publié « {{value}} ».",
  ),
  unknownBudget: l(
    'No hay un presupuesto publicado «{{value}}».',
    'Não há um orçamento publicado «{{value}}».',
    'There is no published budget "{{value}}".',
    "Il n'y a pas de budget publié « {{value}} ».",
  ),
  notOpenYet: l(
    'La votación abre el {{at}}.',
    'A votação abre em {{at}}.',
    'Voting opens at {{at}}.',
    'Le vote ouvre le {{at}}.',
  ),
  closedAt: l(
    'La votación cerró el {{at}}.',
    'A votação encerrou em {{at}}.',
    'Voting closed at {{at}}.',
    'Le vote a fermé le {{at}}.',
  ),
  answerEach: l(
    'responda las {{count}} preguntas',
    'responda às {{count}} perguntas',
    'answer all {{count}} questions',
    'répondez aux {{count}} questions',
  ),
  pickOne: l(
    'elija al menos una opción',
    'escolha pelo menos uma opção',
    'choose at least one option',
    'choisissez au moins une option',
  ),
  onlyOne: l(
    'esta pregunta admite una sola opción',
    'esta pergunta aceita uma só opção',
    'this question takes one option only',
    "cette question n'accepte qu'une option",
  ),
  unknownOption: l('opción inexistente', 'opção inexistente', 'no such option', 'option inexistante'),
  alreadyVoted: l('Ya votó.', 'Você já votou.', 'You have already voted.', 'Vous avez déjà voté.'),
  alreadyVotedCode: l(
    'Ya votó en este presupuesto: para cambiar su voto, indique su código de voto.',
    'Você já votou neste orçamento: para mudar seu voto, informe seu código de voto.',
    'You have already voted on this budget: to change your ballot, give your ballot code.',
    'Vous avez déjà voté pour ce budget : pour changer votre vote, indiquez votre code de vote.',
  ),
  badBallotCode: l(
    'Ese código de voto no corresponde a un voto de este presupuesto.',
    'Esse código de voto não corresponde a um voto deste orçamento.',
    'That ballot code matches no ballot of this budget.',
    'Ce code de vote ne correspond à aucun vote de ce budget.',
  ),
  unknownProjects: l(
    'Proyectos que no son de este presupuesto: {{ids}}',
    'Projetos que não são deste orçamento: {{ids}}',
    'Projects not in this budget: {{ids}}',
    'Projets hors de ce budget : {{ids}}',
  ),
  overBudget: l(
    'Los proyectos elegidos suman {{total}}, más que el monto disponible ({{limit}}).',
    'Os projetos escolhidos somam {{total}}, mais que o valor disponível ({{limit}}).',
    'The chosen projects add up to {{total}}, more than the amount available ({{limit}}).',
    'Les projets choisis totalisent {{total}}, plus que le montant disponible ({{limit}}).',
  ),
  projectCount: l(
    'Elija entre {{min}} y {{max}} proyectos (eligió {{count}}).',
    'Escolha entre {{min}} e {{max}} projetos (escolheu {{count}}).',
    'Choose between {{min}} and {{max}} projects (you chose {{count}}).',
    'Choisissez entre {{min}} et {{max}} projets (vous en avez choisi {{count}}).',
  ),
  censusTooLarge: l(
    'El padrón supera {{mb}} MB.',
    'O cadastro excede {{mb}} MB.',
    'The census is larger than {{mb}} MB.',
    'Le recensement dépasse {{mb}} Mo.',
  ),
}

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
