/**
 * MuniParticipa (first part) against the real server and a real SMTP server on loopback: census import
 * as keyed hashes and residence verification; phases by server time; proposals moderated with emails
 * in the author's language; 200 verified people supporting one proposal at once (plus 50 duplicates)
 * → exactly 200; the per-person limit; three reports hide a proposal; the commands over REST; the module switch.
 */
import { accountabilityCases } from './cases/accountability'
import { ballotCases } from './cases/ballots'
import { censusCases } from './cases/census'
import { proposalCases } from './cases/proposals'
import { restCases } from './cases/rest'
import { restBallotCases } from './cases/restBallots'
import { supportCases } from './cases/supports'
import { switchedOffCases } from './cases/switchedOff'
import { setUp, tearDown } from './context'

beforeAll(setUp, 300_000)

afterAll(tearDown)

censusCases()
proposalCases()
restCases()
supportCases()
ballotCases()
restBallotCases()
accountabilityCases()
switchedOffCases()
