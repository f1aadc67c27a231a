/** MuniCompra's own messages and email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l, type Localized } from '@e-muni/sdk'

export const MODULE = 'municompra'

export const translations: Record<string, Localized> = {
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
  invalidInput: l(
    'Datos no válidos: {{fields}}',
    'Dados inválidos: {{fields}}',
    'Invalid input: {{fields}}',
    'Données non valides : {{fields}}',
  ),
  loginNeeded: l(
    'Inicie sesión con su cuenta de proveedor.',
    'Entre com sua conta de fornecedor.',
    'Log in with your supplier account.',
    'Connectez-vous avec votre compte fournisseur.',
  ),
  unknownTender: l(
    'No hay una licitación publicada «{{value}}» en este municipio.',
    'Não há uma licitação publicada «{{value}}» neste município.',
    'There is no published tender "{{value}}" in this municipality.',
    "Il n'y a pas d'appel d'offres publié « {{value}} » dans cette municipalité.",
  ),
  notASupplier: l(
    'Regístrese como proveedor de {{municipality}} primero.',
    'Cadastre-se como fornecedor de {{municipality}} primeiro.',
    'Register as a supplier of {{municipality}} first.',
    "Inscrivez-vous d'abord comme fournisseur de {{municipality}}.",
  ),
  supplierNotVerified: l(
    'Su registro de proveedor en {{municipality}} aún no está verificado.',
    'Seu cadastro de fornecedor em {{municipality}} ainda não foi verificado.',
    'Your supplier registration in {{municipality}} is not verified yet.',
    "Votre inscription de fournisseur à {{municipality}} n'est pas encore vérifiée.",
  ),
  required1to: l(
    'obligatorio, hasta {{max}} caracteres',
    'obrigatório, até {{max}} caracteres',
    'required, up to {{max}} characters',
    "obligatoire, jusqu'à {{max}} caractères",
  ),
  badCountry: l(
    'código de país ISO 3166-1 de dos letras',
    'código de país ISO 3166-1 de duas letras',
    'a two-letter ISO 3166-1 country code',
    'un code pays ISO 3166-1 à deux lettres',
  ),
  badTaxId: l(
    'de 4 a 20 letras o números',
    'de 4 a 20 letras ou números',
    '4 to 20 letters or digits',
    'de 4 à 20 lettres ou chiffres',
  ),
  badCategories: l(
    'una o más de: {{allowed}}',
    'uma ou mais de: {{allowed}}',
    'one or more of: {{allowed}}',
    'un ou plusieurs parmi : {{allowed}}',
  ),
  badEmail: l('correo no válido', 'e-mail inválido', 'not a valid email', 'courriel non valide'),
  alreadyRegistered: l(
    'Su cuenta ya está registrada como proveedor de {{municipality}}.',
    'Sua conta já está cadastrada como fornecedor de {{municipality}}.',
    'Your account is already registered as a supplier of {{municipality}}.',
    'Votre compte est déjà inscrit comme fournisseur de {{municipality}}.',
  ),
  taxIdTaken: l(
    'El identificador tributario {{taxId}} ya está registrado en {{municipality}}.',
    'O identificador fiscal {{taxId}} já está cadastrado em {{municipality}}.',
    'The tax id {{taxId}} is already registered in {{municipality}}.',
    "L'identifiant fiscal {{taxId}} est déjà inscrit à {{municipality}}.",
  ),
  enquiriesClosed: l(
    'El período de consultas cerró el {{at}}.',
    'O período de esclarecimentos encerrou em {{at}}.',
    'The enquiry period closed at {{at}}.',
    'La période de questions a pris fin le {{at}}.',
  ),
  badAmount: l(
    'un monto mayor que cero',
    'um valor maior que zero',
    'an amount above zero',
    'un montant supérieur à zéro',
  ),
  badCurrency: l(
    'la moneda de la licitación es {{currency}}',
    'a moeda da licitação é {{currency}}',
    'the tender is in {{currency}}',
    "l'appel d'offres est en {{currency}}",
  ),
  badCurrencyCode: l(
    'Código de moneda ISO 4217 de tres letras (UYU, BRL, USD…).',
    'Código de moeda ISO 4217 de três letras (UYU, BRL, USD…).',
    'A three-letter ISO 4217 currency code (UYU, BRL, USD…).',
    'Un code de devise ISO 4217 à trois lettres (UYU, BRL, USD…).',
  ),
  badLines: l('hasta 200 renglones', 'até 200 linhas', 'up to 200 lines', "jusqu'à 200 lignes"),
  tooManyDocuments: l(
    'hasta {{max}} archivos',
    'até {{max}} arquivos',
    'up to {{max}} files',
    "jusqu'à {{max}} fichiers",
  ),
  fileName: l(
    'falta el nombre del archivo',
    'falta o nome do arquivo',
    'the file name is missing',
    'le nom du fichier manque',
  ),
  fileEmpty: l('{{name}} está vacío', '{{name}} está vazio', '{{name}} is empty', '{{name}} est vide'),
  fileTooLarge: l(
    '{{name}} supera {{max}} MB',
    '{{name}} excede {{max}} MB',
    '{{name}} is larger than {{max}} MB',
    '{{name}} dépasse {{max}} Mo',
  ),
  fileType: l(
    '{{name}} es {{detected}}; se admite {{allowed}}',
    '{{name}} é {{detected}}; aceita-se {{allowed}}',
    '{{name}} is {{detected}}; allowed: {{allowed}}',
    '{{name}} est {{detected}} ; acceptés : {{allowed}}',
  ),
  submissionClosed: l(
    'La recepción de ofertas cerró el {{at}}.',
    'O recebimento de propostas encerrou em {{at}}.',
    'Submission closed at {{at}}.',
    'Le dépôt des offres a été clos le {{at}}.',
  ),
  notTakingBids: l(
    'La licitación {{reference}} no recibe ofertas.',
    'A licitação {{reference}} não recebe propostas.',
    'Tender {{reference}} is not taking bids.',
    "L'appel d'offres {{reference}} ne reçoit pas d'offres.",
  ),
  sealingUnavailable: l(
    'La recepción de ofertas no está disponible: falta configurar la clave de sellado. Avise a la administración de la plataforma.',
    'O recebimento de propostas não está disponível: falta configurar a chave de lacre. Avise a administração da plataforma.',
    'Bids cannot be received: the sealing key is not configured. Tell the platform administration.',
    "Les offres ne peuvent pas être reçues : la clé de scellement n'est pas configurée. Prévenez l'administration de la plateforme.",
  ),
  notInvited: l(
    'La licitación {{reference}} solo recibe ofertas de proveedores invitados.',
    'A licitação {{reference}} só recebe propostas de fornecedores convidados.',
    'Tender {{reference}} takes bids from invited suppliers only.',
    "L'appel d'offres {{reference}} ne reçoit que les offres des fournisseurs invités.",
  ),
  noBid: l(
    'No tiene una oferta vigente en {{reference}}.',
    'Você não tem uma proposta válida em {{reference}}.',
    'You have no standing bid on {{reference}}.',
    "Vous n'avez pas d'offre valable sur {{reference}}.",
  ),
  badPage: l(
    'page debe ser un entero ≥ 1.',
    'page deve ser um inteiro ≥ 1.',
    'page must be an integer ≥ 1.',
    'page doit être un entier ≥ 1.',
  ),
  badLimit: l(
    'limit debe ser un entero entre 1 y {{max}}.',
    'limit deve ser um inteiro entre 1 e {{max}}.',
    'limit must be an integer from 1 to {{max}}.',
    'limit doit être un entier de 1 à {{max}}.',
  ),
  badDate: l(
    '{{name}} debe ser una fecha ISO 8601 (p. ej. 2026-11-01).',
    '{{name}} deve ser uma data ISO 8601 (ex.: 2026-11-01).',
    '{{name}} must be an ISO 8601 date (e.g. 2026-11-01).',
    '{{name}} doit être une date ISO 8601 (p. ex. 2026-11-01).',
  ),
  noReleases: l(
    'Ninguna publicación coincide con la consulta.',
    'Nenhuma publicação corresponde à consulta.',
    'No release matches the query.',
    'Aucune publication ne correspond à la requête.',
  ),
  unknownOcid: l(
    'No hay publicaciones con el ocid «{{ocid}}» en este municipio.',
    'Não há publicações com o ocid «{{ocid}}» neste município.',
    'There are no releases with ocid "{{ocid}}" in this municipality.',
    "Il n'y a aucune publication avec l'ocid « {{ocid}} » dans cette municipalité.",
  ),
}

export const templates = {
  tenderPublished: defineTemplate('municompra-tender-published', {
    subject: l(
      'Nueva licitación {{reference}}: {{title}}',
      'Nova licitação {{reference}}: {{title}}',
      'New tender {{reference}}: {{title}}',
      "Nouvel appel d'offres {{reference}} : {{title}}",
    ),
    body: l(
      '{{municipality}} publicó la licitación {{reference}} «{{title}}», en un rubro en que {{supplier}} está registrado.\n\nRecibe ofertas hasta el {{deadline}}.',
      '{{municipality}} publicou a licitação {{reference}} «{{title}}», em uma categoria em que {{supplier}} está cadastrado.\n\nRecebe propostas até {{deadline}}.',
      '{{municipality}} published tender {{reference}} "{{title}}", in a category {{supplier}} is registered for.\n\nBids are taken until {{deadline}}.',
      "{{municipality}} a publié l'appel d'offres {{reference}} « {{title}} », dans une catégorie où {{supplier}} est inscrit.\n\nLes offres sont reçues jusqu'au {{deadline}}.",
    ),
    action: {
      label: l('Ver la licitación', 'Ver a licitação', 'See the tender', "Voir l'appel d'offres"),
      url: '{{url}}',
    },
  }),
  tenderAmended: defineTemplate('municompra-tender-amended', {
    subject: l(
      'Enmienda en la licitación {{reference}}',
      'Alteração na licitação {{reference}}',
      'Amendment to tender {{reference}}',
      "Modification de l'appel d'offres {{reference}}",
    ),
    body: l(
      'La licitación {{reference}} «{{title}}», en la que {{supplier}} presentó una oferta, fue modificada ({{fields}}).\n\nMotivo: {{rationale}}\n\nCierre de ofertas: {{deadline}}. Revise si su oferta debe reemplazarse.',
      'A licitação {{reference}} «{{title}}», na qual {{supplier}} enviou proposta, foi alterada ({{fields}}).\n\nMotivo: {{rationale}}\n\nPrazo de propostas: {{deadline}}. Verifique se sua proposta deve ser substituída.',
      'Tender {{reference}} "{{title}}", on which {{supplier}} has bid, was amended ({{fields}}).\n\nRationale: {{rationale}}\n\nSubmission deadline: {{deadline}}. Check whether your bid should be replaced.',
      "L'appel d'offres {{reference}} « {{title}} », sur lequel {{supplier}} a déposé une offre, a été modifié ({{fields}}).\n\nMotif : {{rationale}}\n\nDate limite des offres : {{deadline}}. Vérifiez si votre offre doit être remplacée.",
    ),
    action: {
      label: l('Ver la licitación', 'Ver a licitação', 'See the tender', "Voir l'appel d'offres"),
      url: '{{url}}',
    },
  }),
  bidsOpened: defineTemplate('municompra-bids-opened', {
    subject: l(
      'Apertura de ofertas: {{reference}}',
      'Abertura de propostas: {{reference}}',
      'Bids opened: {{reference}}',
      'Ouverture des offres : {{reference}}',
    ),
    body: l(
      'Las ofertas de la licitación {{reference}} «{{title}}» se abrieron. El acta de apertura (oferentes y montos) ya es pública.',
      'As propostas da licitação {{reference}} «{{title}}» foram abertas. A ata de abertura (proponentes e valores) já é pública.',
      'The bids on tender {{reference}} "{{title}}" have been opened. The opening record (bidders and amounts) is now public.',
      "Les offres de l'appel d'offres {{reference}} « {{title}} » ont été ouvertes. Le procès-verbal d'ouverture (soumissionnaires et montants) est public.",
    ),
    action: { label: l('Ver el acta', 'Ver a ata', 'See the record', 'Voir le procès-verbal'), url: '{{url}}' },
  }),
  awardWon: defineTemplate('municompra-award-won', {
    subject: l(
      'Adjudicación: {{reference}}',
      'Adjudicação: {{reference}}',
      'Award: {{reference}}',
      'Attribution : {{reference}}',
    ),
    body: l(
      'La licitación {{reference}} «{{title}}» fue adjudicada a {{supplier}}.\n\nFundamentos: {{reasons}}\n\nLa municipalidad le contactará para firmar el contrato.',
      'A licitação {{reference}} «{{title}}» foi adjudicada a {{supplier}}.\n\nFundamentação: {{reasons}}\n\nA prefeitura entrará em contato para a assinatura do contrato.',
      'Tender {{reference}} "{{title}}" has been awarded to {{supplier}}.\n\nReasons: {{reasons}}\n\nThe municipality will contact you to sign the contract.',
      "L'appel d'offres {{reference}} « {{title}} » a été attribué à {{supplier}}.\n\nMotifs : {{reasons}}\n\nLa municipalité vous contactera pour signer le contrat.",
    ),
    action: {
      label: l('Ver la licitación', 'Ver a licitação', 'See the tender', "Voir l'appel d'offres"),
      url: '{{url}}',
    },
  }),
  awardLost: defineTemplate('municompra-award-lost', {
    subject: l(
      'Resultado de la licitación {{reference}}',
      'Resultado da licitação {{reference}}',
      'Result of tender {{reference}}',
      "Résultat de l'appel d'offres {{reference}}",
    ),
    body: l(
      'La licitación {{reference}} «{{title}}» fue adjudicada a otra oferta; la de {{supplier}} no resultó seleccionada.\n\nFundamentos: {{reasons}}',
      'A licitação {{reference}} «{{title}}» foi adjudicada a outra proposta; a de {{supplier}} não foi selecionada.\n\nFundamentação: {{reasons}}',
      'Tender {{reference}} "{{title}}" has been awarded to another bid; the bid of {{supplier}} was not successful.\n\nReasons: {{reasons}}',
      "L'appel d'offres {{reference}} « {{title}} » a été attribué à une autre offre ; celle de {{supplier}} n'a pas été retenue.\n\nMotifs : {{reasons}}",
    ),
    action: {
      label: l('Ver la licitación', 'Ver a licitação', 'See the tender', "Voir l'appel d'offres"),
      url: '{{url}}',
    },
  }),
  tenderEnded: defineTemplate('municompra-tender-ended', {
    subject: l(
      'Licitación {{reference}}: {{status}}',
      'Licitação {{reference}}: {{status}}',
      'Tender {{reference}}: {{status}}',
      "Appel d'offres {{reference}} : {{status}}",
    ),
    body: l(
      'La licitación {{reference}} «{{title}}», en la que {{supplier}} presentó una oferta, terminó sin adjudicación ({{status}}).\n\nMotivo: {{reason}}',
      'A licitação {{reference}} «{{title}}», na qual {{supplier}} enviou proposta, terminou sem adjudicação ({{status}}).\n\nMotivo: {{reason}}',
      'Tender {{reference}} "{{title}}", on which {{supplier}} bid, ended without an award ({{status}}).\n\nReason: {{reason}}',
      "L'appel d'offres {{reference}} « {{title}} », sur lequel {{supplier}} a déposé une offre, s'est terminé sans attribution ({{status}}).\n\nMotif : {{reason}}",
    ),
  }),
  supplierStatus: defineTemplate('municompra-supplier-status', {
    subject: l(
      'Registro de proveedor: {{status}}',
      'Cadastro de fornecedor: {{status}}',
      'Supplier registration: {{status}}',
      'Inscription fournisseur : {{status}}',
    ),
    body: l(
      'El registro de {{supplier}} como proveedor de {{municipality}} está ahora: {{status}}.\n\n{{reason}}',
      'O cadastro de {{supplier}} como fornecedor de {{municipality}} está agora: {{status}}.\n\n{{reason}}',
      'The registration of {{supplier}} as a supplier of {{municipality}} is now: {{status}}.\n\n{{reason}}',
      "L'inscription de {{supplier}} comme fournisseur de {{municipality}} est désormais : {{status}}.\n\n{{reason}}",
    ),
  }),
  clarificationAnswered: defineTemplate('municompra-clarification-answered', {
    subject: l(
      'Respuesta a su consulta sobre {{reference}}',
      'Resposta ao seu pedido sobre {{reference}}',
      'Answer to your question on {{reference}}',
      'Réponse à votre question sur {{reference}}',
    ),
    body: l(
      'Pregunta: {{question}}\n\nRespuesta (publicada para todos los interesados, sin su nombre): {{answer}}',
      'Pergunta: {{question}}\n\nResposta (publicada para todos os interessados, sem o seu nome): {{answer}}',
      'Question: {{question}}\n\nAnswer (published for everyone, without your name): {{answer}}',
      'Question : {{question}}\n\nRéponse (publiée pour tous, sans votre nom) : {{answer}}',
    ),
    action: {
      label: l('Ver la licitación', 'Ver a licitação', 'See the tender', "Voir l'appel d'offres"),
      url: '{{url}}',
    },
  }),
  bidReceipt: defineTemplate('municompra-bid-receipt', {
    subject: l(
      'Comprobante de oferta: {{reference}}',
      'Comprovante de proposta: {{reference}}',
      'Bid receipt: {{reference}}',
      "Accusé de dépôt d'offre : {{reference}}",
    ),
    body: l(
      'Recibimos su oferta (versión {{version}}) para la licitación {{reference}}.\n\nOferta n.º {{bid}}, recibida el {{at}} (hora del servidor).\n\nSHA-256 del contenido sellado: {{sha256}}\n\nNadie puede leer su contenido hasta la apertura.',
      'Recebemos sua proposta (versão {{version}}) para a licitação {{reference}}.\n\nProposta n.º {{bid}}, recebida em {{at}} (hora do servidor).\n\nSHA-256 do conteúdo lacrado: {{sha256}}\n\nNinguém pode ler seu conteúdo até a abertura.',
      'We received your bid (version {{version}}) for tender {{reference}}.\n\nBid no. {{bid}}, received at {{at}} (server time).\n\nSHA-256 of the sealed content: {{sha256}}\n\nNobody can read its content before the opening.',
      "Nous avons reçu votre offre (version {{version}}) pour l'appel d'offres {{reference}}.\n\nOffre n° {{bid}}, reçue le {{at}} (heure du serveur).\n\nSHA-256 du contenu scellé : {{sha256}}\n\nPersonne ne peut en lire le contenu avant l'ouverture.",
    ),
    action: { label: l('Mis ofertas', 'Minhas propostas', 'My bids', 'Mes offres'), url: '{{url}}' },
  }),
  bidWithdrawn: defineTemplate('municompra-bid-withdrawn', {
    subject: l(
      'Oferta retirada: {{reference}}',
      'Proposta retirada: {{reference}}',
      'Bid withdrawn: {{reference}}',
      'Offre retirée : {{reference}}',
    ),
    body: l(
      'Su oferta n.º {{bid}} para la licitación {{reference}} fue retirada el {{at}} (hora del servidor). Su contenido sellado fue eliminado.',
      'Sua proposta n.º {{bid}} para a licitação {{reference}} foi retirada em {{at}} (hora do servidor). Seu conteúdo lacrado foi excluído.',
      'Your bid no. {{bid}} for tender {{reference}} was withdrawn at {{at}} (server time). Its sealed content was deleted.',
      "Votre offre n° {{bid}} pour l'appel d'offres {{reference}} a été retirée le {{at}} (heure du serveur). Son contenu scellé a été supprimé.",
    ),
  }),
}
