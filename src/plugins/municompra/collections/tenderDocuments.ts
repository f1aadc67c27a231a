/** The documents a tender or a contract carries, each with its OCDS document type. */
import type { Field } from 'payload'

import { l } from '@e-muni/sdk'

/** The OCDS documentType codes offered, each with its label. */
export const DOCUMENT_TYPES = [
  {
    value: 'tenderNotice',
    label: l('Aviso de licitación', 'Aviso de licitação', 'Tender notice', "Avis d'appel d'offres"),
  },
  {
    value: 'biddingDocuments',
    label: l('Pliego de condiciones', 'Edital', 'Bidding documents', "Dossier d'appel d'offres"),
  },
  {
    value: 'technicalSpecifications',
    label: l(
      'Especificaciones técnicas',
      'Especificações técnicas',
      'Technical specifications',
      'Spécifications techniques',
    ),
  },
  {
    value: 'evaluationCriteria',
    label: l('Criterios de evaluación', 'Critérios de julgamento', 'Evaluation criteria', "Critères d'évaluation"),
  },
  { value: 'clarifications', label: l('Aclaraciones', 'Esclarecimentos', 'Clarifications', 'Éclaircissements') },
  {
    value: 'contractDraft',
    label: l('Borrador de contrato', 'Minuta do contrato', 'Draft contract', 'Projet de contrat'),
  },
  {
    value: 'billOfQuantity',
    label: l('Lista de cantidades', 'Planilha de quantitativos', 'Bill of quantities', 'Bordereau des quantités'),
  },
  {
    value: 'eligibilityCriteria',
    label: l('Criterios de elegibilidad', 'Critérios de habilitação', 'Eligibility criteria', "Critères d'éligibilité"),
  },
  { value: 'contractSigned', label: l('Contrato firmado', 'Contrato assinado', 'Signed contract', 'Contrat signé') },
  {
    value: 'contractAnnexe',
    label: l('Anexo del contrato', 'Anexo do contrato', 'Contract annex', 'Annexe au contrat'),
  },
  {
    value: 'completionCertificate',
    label: l(
      'Acta de recepción final',
      'Termo de recebimento definitivo',
      'Completion certificate',
      "Certificat d'achèvement",
    ),
  },
]

export const documentRows = (name = 'documents'): Field => ({
  name,
  type: 'array',
  labels: {
    singular: l('Documento', 'Documento', 'Document', 'Document'),
    plural: l('Documentos', 'Documentos', 'Documents', 'Documents'),
  },
  label: l('Documentos', 'Documentos', 'Documents', 'Documents'),
  fields: [
    { name: 'title', type: 'text', required: true, label: l('Título', 'Título', 'Title', 'Titre') },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'compra-files',
      required: true,
      label: l('Archivo', 'Arquivo', 'File', 'Fichier'),
    },
    {
      name: 'documentType',
      type: 'select',
      options: DOCUMENT_TYPES,
      label: l('Tipo (OCDS)', 'Tipo (OCDS)', 'Type (OCDS)', 'Type (OCDS)'),
    },
  ],
})
