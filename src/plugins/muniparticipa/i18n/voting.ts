/** MuniParticipa's messages about proposal images, poll and budget ballots, and the census size limit. */
import { l, type Localized } from '@e-muni/sdk'

export const votingMessages: Record<string, Localized> = {
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
