/**
 * Clarifications: questions suppliers ask during the enquiry period (through `askClarification`),
 * answered by an officer. Answers are public; who asked is never shown outside the municipality's officers.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { idOf, isLanguage, l, notify, personal } from '@e-muni/sdk'
import { clarificationAccess, isOfficer } from '../access/index'
import { guardSystemFields, isInternal, isQuiet } from '../hooks/common'
import { municipalityOf, tenderLink } from '../hooks/effects'
import { officersOfTenant } from './plans'
import { templates } from '../i18n/index'
import { recordRelease } from '../lib/ocds'

const askerOrOfficer: FieldAccess = ({ req, doc }) =>
  isOfficer(req.user, doc?.tenant) ||
  (req.user?.collection === 'people' && String(idOf(doc?.askedBy)) === String(req.user.id))

const SYSTEM = ['tender', 'question', 'askedBy', 'supplier', 'answeredAt', 'answeredBy']

const stamp: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (isInternal(context)) return data
  guardSystemFields(req, SYSTEM, data, originalDoc, operation)
  const answer = typeof data.answer === 'string' ? data.answer.trim() : data.answer
  if (answer && answer !== originalDoc?.answer) {
    data.answer = answer
    data.answeredAt = new Date().toISOString()
    data.answeredBy = (req.user as { email?: string } | null)?.email ?? null
  }
  return data
}

/** A first answer is published: a tender update release, and the asker told. */
const published: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || !doc.answer || previousDoc?.answer) return doc
  await recordRelease(req, idOf(doc.tender)!, ['tenderUpdate'])
  const person = (await req.payload
    .findByID({
      collection: 'people',
      id: idOf(doc.askedBy)!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)) as Record<string, unknown> | null
  const tender = (await req.payload.findByID({
    collection: 'compra-tenders',
    id: idOf(doc.tender)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, string>
  if (person?.email && !isQuiet(req)) {
    const municipality = await municipalityOf(req, doc.tenant)
    try {
      const lang = isLanguage(person.language) ? person.language : (municipality.defaultLocale as string)
      await notify(req.payload, {
        to: person.email as string,
        template: templates.clarificationAnswered,
        locale: lang,
        data: {
          reference: tender.reference,
          question: doc.question,
          answer: doc.answer,
          url: tenderLink(municipality.slug, lang, tender.reference),
        },
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'MuniCompra: email not sent')
    }
  }
  return doc
}

export const Clarifications: CollectionConfig = {
  slug: 'compra-clarifications',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Clarification', pluralName: 'Clarifications' },
  typescript: { interface: 'Clarification' },
  labels: {
    singular: l('Consulta', 'Pedido de esclarecimento', 'Clarification', 'Demande de précision'),
    plural: l('Consultas', 'Esclarecimentos', 'Clarifications', 'Demandes de précision'),
  },
  admin: { useAsTitle: 'question', defaultColumns: ['tender', 'question', 'answeredAt'] },
  access: clarificationAccess,
  hooks: { beforeValidate: [officersOfTenant], beforeChange: [stamp], afterChange: [published] },
  // Read by the field rules (askerOrOfficer) whatever a read selects.
  forceSelect: { askedBy: true },
  fields: [
    {
      name: 'tender',
      type: 'relationship',
      relationTo: 'compra-tenders',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { readOnly: true },
      label: l('Pregunta', 'Pergunta', 'Question', 'Question'),
    },
    {
      name: 'answer',
      type: 'textarea',
      maxLength: 4000,
      label: l('Respuesta (pública)', 'Resposta (pública)', 'Answer (public)', 'Réponse (publique)'),
    },
    {
      name: 'answeredAt',
      type: 'date',
      index: true,
      admin: { readOnly: true },
      label: l('Respondida', 'Respondida', 'Answered', 'Répondue'),
    },
    {
      name: 'answeredBy',
      type: 'text',
      access: { read: askerOrOfficer },
      admin: { readOnly: true },
      label: l('Respondida por', 'Respondida por', 'Answered by', 'Répondue par'),
    },
    {
      name: 'askedBy',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      index: true,
      access: { read: askerOrOfficer },
      admin: { readOnly: true },
      label: l('Preguntó', 'Perguntou', 'Asked by', 'Posée par'),
    },
    {
      name: 'supplier',
      custom: personal(),
      type: 'relationship',
      relationTo: 'compra-suppliers',
      access: { read: askerOrOfficer },
      admin: { readOnly: true },
      label: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
    },
  ],
}
