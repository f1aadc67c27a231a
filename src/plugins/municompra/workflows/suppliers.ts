/** A supplier's registration in a municipality: pending → verified | rejected; verified ⇄ suspended. */
import { defineWorkflow, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '../../sdk/index'
import { PROCUREMENT_OFFICER } from '../access/index'
import { onSupplierTransition } from '../hooks/effects'
import { SUPPLIER_STATES } from './states'

const OFFICERS = [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [onSupplierTransition]

export const supplierWorkflow = defineWorkflow({
  states: SUPPLIER_STATES,
  initial: 'pending',
  transitions: [
    { from: 'pending', to: 'verified', roles: OFFICERS, effects },
    { from: 'pending', to: 'rejected', roles: OFFICERS, requires: ['transitionComment'], effects },
    { from: 'rejected', to: 'pending', roles: OFFICERS, effects },
    { from: 'verified', to: 'suspended', roles: OFFICERS, requires: ['transitionComment'], effects },
    { from: 'suspended', to: 'verified', roles: OFFICERS, effects },
  ],
})
