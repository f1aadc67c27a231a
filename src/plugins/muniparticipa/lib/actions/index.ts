/**
 * What people do in a process, for the portal (GraphQL) and tests, one file per action. Each action is
 * allowed only in its phase, by server time; where the process requires it, only verified residents act.
 * Everything is checked before anything is written; the unique indexes hold one support per person per
 * proposal, the per-person limit, and one report per person per item, under any concurrency.
 */
export { person } from '../../hooks/common'
export { addComment } from './addComment'
export { currentPhase, findProcess } from './common'
export { report } from './report'
export { submitProposal } from './submitProposal'
export { supportProposal } from './supportProposal'
