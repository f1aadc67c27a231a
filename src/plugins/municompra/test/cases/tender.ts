/** A tender from publication to contract: its steps, in order (each uses what the one before made). */
import { tenderAwardCases } from './tenderAward'
import { tenderBidCases } from './tenderBids'
import { tenderOpeningCases } from './tenderOpening'
import { tenderPublicationCases } from './tenderPublication'
import { restCases } from './rest'

export const tenderCases = () => {
  describe('a tender from publication to contract', () => {
    tenderPublicationCases()
    tenderBidCases()
    // The same commands over REST, on a tender of their own (before the jobs run: it takes questions and bids).
    restCases()
    tenderOpeningCases()
    tenderAwardCases()
  })
}
