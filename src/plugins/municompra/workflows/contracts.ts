/** A contract: pending (awaiting signature) → active (signed) → terminated; cancelled before it starts. */
import { defineWorkflow, l, MUNICIPAL_ADMIN, moduleText, PLATFORM_ADMIN } from '@e-muni/sdk'
import { isProcurementStaff, PROCUREMENT_OFFICER } from '../access/index'
import { onContractTransition } from '../hooks/effects'
import { MODULE } from '../i18n/index'
import { CONTRACT_STATES } from './states'

const OFFICERS = [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [onContractTransition]

export const contractWorkflow = defineWorkflow({
  states: CONTRACT_STATES,
  initial: 'pending',
  historyRead: ({ req, doc }) => isProcurementStaff(req.user, doc?.tenant),
  transitions: [
    {
      from: 'pending',
      to: 'active',
      roles: OFFICERS,
      action: l('Registrar firma', 'Registrar assinatura', 'Record signature', 'Enregistrer la signature'),
      confirm: true,
      requires: ['signedAt'],
      guard: ({ doc, req }) =>
        Array.isArray(doc.documents) && doc.documents.length > 0 ? true : moduleText(req, MODULE, 'signedDocuments'),
      effects,
    },
    {
      from: 'active',
      to: 'terminated',
      roles: OFFICERS,
      effects,
      action: l('Terminar contrato', 'Encerrar contrato', 'Terminate contract', 'Résilier le contrat'),
      confirm: true,
    },
    {
      from: 'pending',
      to: 'cancelled',
      roles: OFFICERS,
      requires: ['transitionComment'],
      effects,
      action: l('Cancelar contrato', 'Cancelar contrato', 'Cancel contract', 'Annuler le contrat'),
      confirm: true,
    },
  ],
})
