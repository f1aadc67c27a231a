/**
 * What suppliers do, for the portal (GraphQL) and tests, one file per action: register in a municipality,
 * ask a clarification during the enquiry period, submit (or replace) a sealed bid before the deadline,
 * withdraw it, and read their receipts.
 */
export { askClarification } from './askClarification'
export { recoverBidCounts } from './bidCount'
export { findTender, mySupplier } from './common'
export { myBids } from './myBids'
export { receipt } from './receipts'
export { registerSupplier } from './registerSupplier'
export { submitBid } from './submitBid'
export { withdrawBid } from './withdrawBid'
