/**
 * A process's phase by server time, for the jobs and the tests. What the commands (commands/) share about a
 * process and its items is in ./common.
 */
export { currentPhase } from './common'
