/** A tender from publication to contract: its steps, in order (each uses what the one before made). */
import { tenderAwardCases } from './tenderAward'
import { tenderBidCases } from './tenderBids'
import { tenderOpeningCases } from './tenderOpening'
import { tenderPublicationCases } from './tenderPublication'

export const tenderCases = () => {
  describe('a tender from publication to contract', () => {
    tenderPublicationCases()
    tenderBidCases()
    tenderOpeningCases()
    tenderAwardCases()
  })
}
