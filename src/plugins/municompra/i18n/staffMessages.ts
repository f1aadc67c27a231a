/** MuniCompra's messages for the staff's work: tender terms and deadlines, awards, evaluations, contracts. */
import { l, type Localized } from '@e-muni/sdk'

export const staffMessages: Record<string, Localized> = {
  noRoleHere: l(
    'No tiene un rol de compras en este municipio.',
    'Você não tem um papel de contratações neste município.',
    'You hold no procurement role in this municipality.',
    "Vous n'avez aucun rôle d'achats dans cette municipalité.",
  ),
  systemField: l(
    'El campo {{field}} lo establece el sistema y no se puede cambiar.',
    'O campo {{field}} é definido pelo sistema e não pode ser alterado.',
    'The field {{field}} is set by the system and cannot be changed.',
    'Le champ {{field}} est défini par le système et ne peut pas être modifié.',
  ),
  badReference: l(
    'La referencia admite de 1 a 40 letras, números, puntos y guiones (p. ej. LP-2026-004).',
    'A referência aceita de 1 a 40 letras, números, pontos e hífens (ex.: PE-2026-004).',
    'The reference takes 1 to 40 letters, digits, dots and hyphens (e.g. LP-2026-004).',
    'La référence accepte de 1 à 40 lettres, chiffres, points et tirets (p. ex. AO-2026-004).',
  ),
  referenceTaken: l(
    'Ya hay una licitación con la referencia {{reference}} en este municipio.',
    'Já existe uma licitação com a referência {{reference}} neste município.',
    'There is already a tender with reference {{reference}} in this municipality.',
    "Il existe déjà un appel d'offres de référence {{reference}} dans cette municipalité.",
  ),
  referenceFixed: l(
    'La referencia no cambia después de publicar (forma parte del ocid).',
    'A referência não muda após a publicação (faz parte do ocid).',
    'The reference does not change after publication (it is part of the ocid).',
    "La référence ne change plus après la publication (elle fait partie de l'ocid).",
  ),
  amendmentRationale: l(
    'Cambiar una licitación publicada es una enmienda: indique su motivo (amendmentRationale). Campos cambiados: {{fields}}.',
    'Alterar uma licitação publicada é uma alteração formal: informe o motivo (amendmentRationale). Campos alterados: {{fields}}.',
    'Changing a published tender is an amendment: give its rationale (amendmentRationale). Changed fields: {{fields}}.',
    "Modifier un appel d'offres publié est une modification : indiquez son motif (amendmentRationale). Champs modifiés : {{fields}}.",
  ),
  deadlineInPast: l(
    'El cierre de ofertas debe ser posterior a ahora.',
    'O prazo de propostas deve ser posterior a agora.',
    'The submission deadline must be later than now.',
    'La date limite des offres doit être postérieure à maintenant.',
  ),
  enquiryInPast: l(
    'El fin de consultas debe ser posterior a ahora.',
    'O fim dos esclarecimentos deve ser posterior a agora.',
    'The end of enquiries must be later than now.',
    'La fin des questions doit être postérieure à maintenant.',
  ),
  deadlineOrder: l(
    'Las fechas deben seguir este orden: fin de consultas ≤ cierre de ofertas ≤ apertura.',
    'As datas devem seguir esta ordem: fim dos esclarecimentos ≤ prazo de propostas ≤ abertura.',
    'The dates must be in this order: end of enquiries ≤ submission deadline ≤ opening.',
    'Les dates doivent suivre cet ordre : fin des questions ≤ date limite des offres ≤ ouverture.',
  ),
  termsFixed: l(
    'Cerrada la recepción de ofertas, las condiciones ya no cambian ({{fields}}).',
    'Encerrado o recebimento de propostas, as condições não mudam mais ({{fields}}).',
    'Once bidding has closed the terms no longer change ({{fields}}).',
    'Une fois les offres closes, les conditions ne changent plus ({{fields}}).',
  ),
  awardNotNow: l(
    'La adjudicación se registra solo durante la evaluación.',
    'A adjudicação só é registrada durante a avaliação.',
    'The award is recorded only during evaluation.',
    "L'attribution ne s'enregistre que pendant l'évaluation.",
  ),
  awardBid: l(
    'La oferta adjudicada debe ser una oferta abierta y vigente de esta licitación.',
    'A proposta adjudicada deve ser uma proposta aberta e válida desta licitação.',
    'The awarded bid must be an opened, standing bid of this tender.',
    "L'offre retenue doit être une offre ouverte et valable de cet appel d'offres.",
  ),
  awardIncomplete: l(
    'Para adjudicar indique la oferta ganadora y los fundamentos.',
    'Para adjudicar informe a proposta vencedora e a fundamentação.',
    'To award, give the winning bid and the reasons.',
    "Pour attribuer, indiquez l'offre retenue et les motifs.",
  ),
  deleteOnlyDraft: l(
    'Solo se borran borradores; una licitación publicada se cancela.',
    'Só rascunhos são excluídos; uma licitação publicada é cancelada.',
    'Only drafts are deleted; a published tender is cancelled instead.',
    "Seuls les brouillons se suppriment ; un appel d'offres publié s'annule.",
  ),
  signedDocuments: l(
    'Adjunte el contrato firmado antes de pasarlo a ejecución.',
    'Anexe o contrato assinado antes de colocá-lo em execução.',
    'Attach the signed contract before making it active.',
    'Joignez le contrat signé avant de le mettre en exécution.',
  ),
  contractNeedsAward: l(
    'Un contrato corresponde a una licitación adjudicada del mismo municipio.',
    'Um contrato corresponde a uma licitação adjudicada do mesmo município.',
    'A contract belongs to an awarded tender of the same municipality.',
    "Un contrat correspond à un appel d'offres attribué de la même municipalité.",
  ),
  evaluationBid: l('Oferta desconocida.', 'Proposta desconhecida.', 'Unknown bid.', 'Offre inconnue.'),
  evaluationNotNow: l(
    'Solo se evalúan ofertas abiertas mientras la licitación está en evaluación.',
    'Só se avaliam propostas abertas enquanto a licitação está em avaliação.',
    'Only opened bids are scored, while the tender is in evaluation.',
    "Seules les offres ouvertes s'évaluent, pendant l'évaluation.",
  ),
}
