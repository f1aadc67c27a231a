/**
 * The life of a tender:
 * draft → published → closed (job, at the submission deadline) → opened (job, at the opening time)
 * → in evaluation → awarded | unsuccessful; cancelled from any state before the award.
 * Closing and opening are the system's alone: no person can move a tender past its deadlines early.
 */
import { defineWorkflow, idOf, l, moduleText, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '@e-muni/sdk'
import { isProcurementStaff, PROCUREMENT_OFFICER } from '../access/index'
import { onTenderTransition } from '../hooks/effects'
import { MODULE } from '../i18n/index'
import { TENDER_STATES } from './states'

const OFFICERS = [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [onTenderTransition]
const time = (v: unknown) => (v ? Date.parse(v as string) : NaN)

export const tenderWorkflow = defineWorkflow({
  states: TENDER_STATES,
  initial: 'draft',
  listFilters: true,
  // Public documents; who moved them (staff emails, comments) is for procurement staff.
  historyRead: ({ req, doc }) => isProcurementStaff(req.user, doc?.tenant),
  transitions: [
    {
      from: 'draft',
      to: 'published',
      roles: OFFICERS,
      action: l('Publicar licitación', 'Publicar licitação', 'Publish tender', "Publier l'appel d'offres"),
      confirm: true,
      requires: ['title', 'items', 'enquiryDeadline', 'submissionDeadline', 'openingAt'],
      guard: ({ doc, req }) => {
        const now = Date.now()
        const [enquiry, submission, opening] = [doc.enquiryDeadline, doc.submissionDeadline, doc.openingAt].map(time)
        if (!(enquiry > now)) return moduleText(req, MODULE, 'enquiryInPast')
        if (!(enquiry <= submission && submission <= opening)) return moduleText(req, MODULE, 'deadlineOrder')
        return true
      },
      effects,
    },
    { from: 'published', to: 'closed', roles: ['system'], effects },
    { from: 'closed', to: 'opened', roles: ['system'], effects },
    {
      from: 'opened',
      to: 'evaluation',
      roles: OFFICERS,
      effects,
      action: l('Iniciar evaluación', 'Iniciar avaliação', 'Start evaluation', "Commencer l'évaluation"),
    },
    {
      from: 'evaluation',
      to: 'awarded',
      roles: OFFICERS,
      action: l('Adjudicar', 'Adjudicar', 'Award', 'Attribuer'),
      confirm: true,
      guard: ({ doc, req }) => {
        const award = (doc.award ?? {}) as Record<string, unknown>
        if (idOf(award.bid) === undefined || !String(award.reasons ?? '').trim())
          return moduleText(req, MODULE, 'awardIncomplete')
        return true
      },
      effects,
    },
    {
      from: 'evaluation',
      to: 'unsuccessful',
      roles: OFFICERS,
      requires: ['transitionComment'],
      effects,
      action: l('Declarar desierta', 'Declarar deserta', 'Declare unsuccessful', 'Déclarer infructueux'),
      confirm: true,
    },
    {
      from: ['draft', 'published', 'closed', 'opened', 'evaluation'],
      to: 'cancelled',
      roles: OFFICERS,
      requires: ['transitionComment'],
      action: l('Cancelar licitación', 'Cancelar licitação', 'Cancel tender', "Annuler l'appel d'offres"),
      confirm: true,
      effects,
    },
  ],
})
