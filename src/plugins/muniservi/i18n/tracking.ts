/** MuniServi's messages to a requester following up: tracking a request, answering and rating it. */
import { l, type Localized } from '@e-muni/sdk'

export const trackingMessages: Record<string, Localized> = {
  notFoundRequest: l(
    'No encontramos una solicitud con ese código y clave de seguimiento.',
    'Não encontramos uma solicitação com esse código e chave de acompanhamento.',
    'We found no request with that code and tracking key.',
    "Nous n'avons trouvé aucune demande avec ce code et cette clé de suivi.",
  ),
  tooManyUses: l(
    'Demasiadas consultas de la solicitud {{code}}. Inténtelo de nuevo en {{minutes}} minutos.',
    'Consultas demais da solicitação {{code}}. Tente novamente em {{minutes}} minutos.',
    'Too many look-ups of request {{code}}. Try again in {{minutes}} minutes.',
    'Trop de consultations de la demande {{code}}. Réessayez dans {{minutes}} minutes.',
  ),
  notAwaitingAnswer: l(
    'La solicitud {{code}} no está esperando información suya (estado: {{status}}).',
    'A solicitação {{code}} não está aguardando informações suas (estado: {{status}}).',
    'Request {{code}} is not waiting for information from you (status: {{status}}).',
    "La demande {{code}} n'attend pas d'information de votre part (état : {{status}}).",
  ),
  emptyMessage: l('Escriba su respuesta.', 'Escreva sua resposta.', 'Write your answer.', 'Écrivez votre réponse.'),
  notClosed: l(
    'Solo se puede calificar una solicitud cerrada; {{code}} está «{{status}}».',
    'Só é possível avaliar uma solicitação encerrada; {{code}} está «{{status}}».',
    'Only a closed request can be rated; {{code}} is "{{status}}".',
    'Seule une demande clôturée peut être évaluée ; {{code}} est « {{status}} ».',
  ),
  alreadyRated: l(
    'La solicitud {{code}} ya fue calificada.',
    'A solicitação {{code}} já foi avaliada.',
    'Request {{code}} has already been rated.',
    'La demande {{code}} a déjà été évaluée.',
  ),
  badScore: l(
    'La calificación es un número entero de 1 a 5.',
    'A avaliação é um número inteiro de 1 a 5.',
    'The rating is a whole number from 1 to 5.',
    "L'évaluation est un nombre entier de 1 à 5.",
  ),
  loginNeeded: l(
    'Inicie sesión como persona para ver sus solicitudes.',
    'Entre como pessoa para ver suas solicitações.',
    'Log in as a person to see your requests.',
    'Connectez-vous en tant que personne pour voir vos demandes.',
  ),
}
