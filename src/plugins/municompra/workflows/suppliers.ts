/** A supplier's registration in a municipality: pending → verified | rejected; verified ⇄ suspended. */
import { defineWorkflow, l, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '@e-muni/sdk'
import { PROCUREMENT_OFFICER } from '../access/index'
import { onSupplierTransition } from '../hooks/effects'
import { SUPPLIER_STATES } from './states'

const OFFICERS = [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [onSupplierTransition]

export const supplierWorkflow = defineWorkflow({
  states: SUPPLIER_STATES,
  initial: 'pending',
  listFilters: true,
  commentAudience: l(
    'visible al proveedor',
    'visível ao fornecedor',
    'visible to the supplier',
    'visible par le fournisseur',
  ),
  transitions: [
    {
      from: 'pending',
      to: 'verified',
      roles: OFFICERS,
      effects,
      action: l('Verificar proveedor', 'Verificar fornecedor', 'Verify supplier', 'Vérifier le fournisseur'),
    },
    {
      from: 'pending',
      to: 'rejected',
      roles: OFFICERS,
      requires: ['transitionComment'],
      effects,
      action: l('Rechazar registro', 'Rejeitar cadastro', 'Reject registration', "Refuser l'inscription"),
      confirm: true,
    },
    {
      from: 'rejected',
      to: 'pending',
      roles: OFFICERS,
      effects,
      action: l('Reabrir revisión', 'Reabrir análise', 'Reopen review', "Rouvrir l'examen"),
    },
    {
      from: 'verified',
      to: 'suspended',
      roles: OFFICERS,
      requires: ['transitionComment'],
      effects,
      action: l('Suspender', 'Suspender', 'Suspend', 'Suspendre'),
      confirm: true,
    },
    {
      from: 'suspended',
      to: 'verified',
      roles: OFFICERS,
      effects,
      action: l('Rehabilitar', 'Reabilitar', 'Reinstate', 'Rétablir'),
    },
  ],
})
