/**
 * MuniCompra — municipal procurement: supplier registration, annual plans, tenders with amendments
 * and clarifications, sealed bids opened automatically at the opening time, evaluation, award,
 * contracts with their implementation, emails to suppliers, the suppliers' commands (GraphQL for the portal,
 * and REST) and OCDS 1.1.5.
 */
import { defineModule, l } from '@e-muni/sdk'
import { EVALUATOR, PROCUREMENT_OFFICER } from './access/index'
import { BidDocuments, BidEvaluations, Bids } from './collections/bids'
import { askClarification } from './commands/askClarification'
import { registerSupplier } from './commands/registerSupplier'
import { submitBid } from './commands/submitBid'
import { withdrawBid } from './commands/withdrawBid'
import { Clarifications } from './collections/clarifications'
import { Contracts } from './collections/contracts'
import { OcdsReleases, ProcurementFiles } from './collections/files'
import { ProcurementPlans } from './collections/plans'
import { Suppliers } from './collections/suppliers'
import { Tenders } from './collections/tenders'
import { ocdsEndpoints } from './endpoints/ocds'
import { muniCompraMutations, muniCompraQueries } from './graphql/index'
import { MODULE, translations } from './i18n/index'
import { closeTask, openTask } from './jobs/index'
import { recoverBidCounts } from './lib/actions/index'
import { resolveOptions, type MuniCompraOptions } from './lib/ocds'
import { seedMuniCompra } from './seed/index'
import { settings } from './settings'
import { dashboard } from './dashboard'

export const muniCompra = defineModule(
  {
    slug: MODULE,
    namespace: 'compra',
    label: l('MuniCompra', 'MuniCompra', 'MuniCompra', 'MuniCompra'),
    description: l(
      'Compras públicas: proveedores, licitaciones, consultas, ofertas selladas, apertura automática, adjudicación, contratos, OCDS.',
      'Contratações públicas: fornecedores, licitações, esclarecimentos, propostas lacradas, abertura automática, adjudicação, contratos, OCDS.',
      'Public procurement: suppliers, tenders, clarifications, sealed bids, automatic opening, awards, contracts, OCDS.',
      "Achats publics : fournisseurs, appels d'offres, questions, offres scellées, ouverture automatique, attribution, contrats, OCDS.",
    ),
    version: '1.0.0',
    roles: [
      {
        slug: PROCUREMENT_OFFICER,
        label: l('Oficial de compras', 'Agente de contratação', 'Procurement officer', 'Responsable des achats'),
      },
      { slug: EVALUATOR, label: l('Evaluador', 'Avaliador', 'Evaluator', 'Évaluateur') },
    ],
    collections: [
      Suppliers,
      ProcurementPlans,
      Tenders,
      Clarifications,
      Bids,
      BidDocuments,
      BidEvaluations,
      Contracts,
      ProcurementFiles,
      OcdsReleases,
    ],
    commands: [registerSupplier, askClarification, submitBid, withdrawBid],
    endpoints: ocdsEndpoints,
    graphQL: { queries: muniCompraQueries, mutations: muniCompraMutations },
    jobs: [closeTask, openTask],
    settings,
    translations,
    dashboard,
    seed: seedMuniCompra,
    recover: recoverBidCounts,
  },
  // Install options: `muniCompra({ ocdsPrefix: 'ocds-abc123' })` (checked when the configuration is built).
  { resolve: (given: Partial<MuniCompraOptions>) => resolveOptions(given) },
)
