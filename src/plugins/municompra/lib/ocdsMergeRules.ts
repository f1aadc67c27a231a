/**
 * The merge rules of the OCDS 1.1.5 release schema, as `mergeRulesOf` (./ocdsMerge.ts) derives them from
 * `release-schema.json`: the module's unit test derives them again from the official schema
 * (`../shared/standards/ocds-1.1.5/`) and fails, showing the difference, when this list is not theirs.
 * Shipped here because the server does not read the standard's files at run time.
 */
import type { MergeRules } from './ocdsMerge'

export const MERGE_RULES: MergeRules = {
  id: 'omitWhenMerged',
  date: 'omitWhenMerged',
  tag: 'omitWhenMerged',
  'parties.additionalIdentifiers': 'wholeListMerge',
  'parties.roles': 'wholeListMerge',
  'buyer.additionalIdentifiers': 'wholeListMerge',
  'tender.procuringEntity.additionalIdentifiers': 'wholeListMerge',
  'tender.items.additionalClassifications': 'wholeListMerge',
  'tender.additionalProcurementCategories': 'wholeListMerge',
  'tender.submissionMethod': 'wholeListMerge',
  'tender.tenderers.additionalIdentifiers': 'wholeListMerge',
  'tender.amendments.changes': 'wholeListMerge',
  'tender.amendment.changes': 'wholeListMerge',
  'awards.suppliers.additionalIdentifiers': 'wholeListMerge',
  'awards.items.additionalClassifications': 'wholeListMerge',
  'awards.amendments.changes': 'wholeListMerge',
  'awards.amendment.changes': 'wholeListMerge',
  'contracts.items.additionalClassifications': 'wholeListMerge',
  'contracts.implementation.transactions.payer.additionalIdentifiers': 'wholeListMerge',
  'contracts.implementation.transactions.payee.additionalIdentifiers': 'wholeListMerge',
  'contracts.relatedProcesses.relationship': 'wholeListMerge',
  'contracts.amendments.changes': 'wholeListMerge',
  'contracts.amendment.changes': 'wholeListMerge',
  'relatedProcesses.relationship': 'wholeListMerge',
}
