/**
 * What the portal reads of its suppliers (GraphQL `myBids`, `mySupplierRegistration`) and the crash recovery of
 * the bid counts. What suppliers do — register, ask, submit and withdraw bids — are the commands in `commands/`.
 */
export { recoverBidCounts } from './bidCount'
export { mySupplier, registrationView } from './common'
export { myBids } from './myBids'
