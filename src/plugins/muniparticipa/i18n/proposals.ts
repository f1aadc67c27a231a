/** MuniParticipa's messages about roles, system fields, phases, proposals, supports, comments and reports. */
import { l, type Localized } from '@e-muni/sdk'

export const proposalMessages: Record<string, Localized> = {
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
}
