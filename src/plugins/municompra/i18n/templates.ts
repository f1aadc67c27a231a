/** MuniCompra's email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l } from '@e-muni/sdk'

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
