/**
 * MuniParticipa — citizen participation: processes with phases (by server time) and districts;
 * proposals with moderation, supports (one per person, a per-person limit, a threshold), threaded
 * comments and reports that hide after a threshold; polls and participatory budgets (knapsack or
 * approval) with secret ballots; census verification by keyed hashes; accountability results; emails
 * to authors and to followers of a process; what people do as commands (GraphQL for the portal, and REST).
 */
import { defineModule, l } from '@e-muni/sdk'
import { MODERATOR } from './access/index'
import { castBudgetBallot } from './commands/castBudgetBallot'
import { castPollBallot } from './commands/castPollBallot'
import { comment } from './commands/comment'
import { followProcess } from './commands/followProcess'
import { report } from './commands/report'
import { submitProposal } from './commands/submitProposal'
import { supportProposal } from './commands/supportProposal'
import { verifyResidence } from './commands/verifyResidence'
import {
  BudgetBallots,
  BudgetParticipations,
  BudgetProjects,
  Budgets,
  PollBallots,
  PollParticipations,
  Polls,
} from './collections/ballots'
import { CensusEntries, ResidenceVerifications } from './collections/census'
import { AccountabilityResults, ProcessFollowers } from './collections/results'
import { Districts, Processes } from './collections/processes'
import { Comments, ProposalImages, Proposals, Reports, Supports } from './collections/proposals'
import { censusEndpoints } from './endpoints/census'
import { muniParticipaMutations, muniParticipaQueries } from './graphql/index'
import { MODULE, translations } from './i18n/index'
import { phasesTask, resultsTask } from './jobs/index'
import { seedMuniParticipa } from './seed/index'
import { dashboard } from './dashboard'

export const muniParticipa = defineModule({
  slug: MODULE,
  namespace: 'participa',
  label: l('MuniParticipa', 'MuniParticipa', 'MuniParticipa', 'MuniParticipa'),
  description: l(
    'Participación ciudadana: procesos, propuestas y apoyos, comentarios y moderación, encuestas, presupuestos participativos con voto secreto, verificación de residencia, rendición de cuentas.',
    'Participação cidadã: processos, propostas e apoios, comentários e moderação, enquetes, orçamentos participativos com voto secreto, verificação de residência, prestação de contas.',
    'Citizen participation: processes, proposals and supports, comments and moderation, polls, participatory budgets with secret ballots, residence verification, accountability.',
    'Participation citoyenne : processus, propositions et soutiens, commentaires et modération, sondages, budgets participatifs à vote secret, vérification de résidence, redevabilité.',
  ),
  version: '1.0.0',
  roles: [{ slug: MODERATOR, label: l('Moderador', 'Moderador', 'Moderator', 'Modérateur') }],
  collections: [
    Districts,
    Processes,
    Proposals,
    ProposalImages,
    Comments,
    Supports,
    Reports,
    Polls,
    PollParticipations,
    PollBallots,
    Budgets,
    BudgetProjects,
    BudgetParticipations,
    BudgetBallots,
    CensusEntries,
    ResidenceVerifications,
    AccountabilityResults,
    ProcessFollowers,
  ],
  commands: [
    submitProposal,
    supportProposal,
    comment,
    report,
    followProcess,
    castPollBallot,
    castBudgetBallot,
    verifyResidence,
  ],
  jobs: [phasesTask, resultsTask],
  endpoints: censusEndpoints,
  graphQL: { queries: muniParticipaQueries, mutations: muniParticipaMutations },
  translations,
  dashboard,
  seed: seedMuniParticipa,
})
