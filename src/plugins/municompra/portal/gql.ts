/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type BidDocumentInput = {
  base64: string
  filename: string
}

export type Contract_Milestones_Status = 'met' | 'notMet' | 'partiallyMet' | 'scheduled'

export type Contract_Status = 'active' | 'cancelled' | 'pending' | 'terminated'

export type LocaleInputType = 'en' | 'es' | 'fr' | 'pt'

export type SupplierContactInput = {
  email?: string | null | undefined
  name: string
  phone?: string | null | undefined
}

export type Tender_Documents_DocumentType =
  | 'biddingDocuments'
  | 'billOfQuantity'
  | 'clarifications'
  | 'completionCertificate'
  | 'contractAnnexe'
  | 'contractDraft'
  | 'contractSigned'
  | 'eligibilityCriteria'
  | 'evaluationCriteria'
  | 'technicalSpecifications'
  | 'tenderNotice'

export type Tender_Items_ClassificationScheme = 'CPC' | 'CPV' | 'CUCOP' | 'HS' | 'UNSPSC'

export type Tender_AmendmentRationale_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Amendments__At_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Amendments__Fields_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Amendments__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Amendments__NewDeadline_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Amendments__PreviousDeadline_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Amendments__Rationale_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_AwardCriteria = 'costOnly' | 'priceOnly' | 'qualityOnly' | 'ratedCriteria'

export type Tender_AwardCriteria_Input = 'costOnly' | 'priceOnly' | 'qualityOnly' | 'ratedCriteria'

export type Tender_AwardCriteria_Operator = {
  all?: Array<Tender_AwardCriteria_Input | null | undefined> | null | undefined
  equals?: Tender_AwardCriteria_Input | null | undefined
  exists?: boolean | null | undefined
  in?: Array<Tender_AwardCriteria_Input | null | undefined> | null | undefined
  not_equals?: Tender_AwardCriteria_Input | null | undefined
  not_in?: Array<Tender_AwardCriteria_Input | null | undefined> | null | undefined
}

export type Tender_Award__Bid_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_Award__Date_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Award__Reasons_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Award__SupplierName_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Award__Supplier_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_Award__Value_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_BidCount_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_Category = 'goods' | 'services' | 'works'

export type Tender_Category_Input = 'goods' | 'services' | 'works'

export type Tender_Category_Operator = {
  all?: Array<Tender_Category_Input | null | undefined> | null | undefined
  equals?: Tender_Category_Input | null | undefined
  in?: Array<Tender_Category_Input | null | undefined> | null | undefined
  not_equals?: Tender_Category_Input | null | undefined
  not_in?: Array<Tender_Category_Input | null | undefined> | null | undefined
}

export type Tender_CreatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Description_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Documents__DocumentType_Input =
  | 'biddingDocuments'
  | 'billOfQuantity'
  | 'clarifications'
  | 'completionCertificate'
  | 'contractAnnexe'
  | 'contractDraft'
  | 'contractSigned'
  | 'eligibilityCriteria'
  | 'evaluationCriteria'
  | 'technicalSpecifications'
  | 'tenderNotice'

export type Tender_Documents__DocumentType_Operator = {
  all?: Array<Tender_Documents__DocumentType_Input | null | undefined> | null | undefined
  equals?: Tender_Documents__DocumentType_Input | null | undefined
  exists?: boolean | null | undefined
  in?: Array<Tender_Documents__DocumentType_Input | null | undefined> | null | undefined
  not_equals?: Tender_Documents__DocumentType_Input | null | undefined
  not_in?: Array<Tender_Documents__DocumentType_Input | null | undefined> | null | undefined
}

export type Tender_Documents__File_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_Documents__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Documents__Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_EnquiryDeadline_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_History__ActorEmail_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_History__Actor_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_History__At_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_History__Comment_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_History__From_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_History__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_History__To_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Id_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_InvitedSuppliers_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_Items__ClassificationId_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Items__ClassificationScheme_Input = 'CPC' | 'CPV' | 'CUCOP' | 'HS' | 'UNSPSC'

export type Tender_Items__ClassificationScheme_Operator = {
  all?: Array<Tender_Items__ClassificationScheme_Input | null | undefined> | null | undefined
  equals?: Tender_Items__ClassificationScheme_Input | null | undefined
  exists?: boolean | null | undefined
  in?: Array<Tender_Items__ClassificationScheme_Input | null | undefined> | null | undefined
  not_equals?: Tender_Items__ClassificationScheme_Input | null | undefined
  not_in?: Array<Tender_Items__ClassificationScheme_Input | null | undefined> | null | undefined
}

export type Tender_Items__Description_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Items__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Items__Quantity_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_Items__Unit_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_LanguageOf_Operator = {
  contains?: unknown
  equals?: unknown
  exists?: boolean | null | undefined
  intersects?: unknown
  like?: unknown
  not_equals?: unknown
  within?: unknown
}

export type Tender_Method = 'direct' | 'limited' | 'open' | 'selective'

export type Tender_Method_Input = 'direct' | 'limited' | 'open' | 'selective'

export type Tender_Method_Operator = {
  all?: Array<Tender_Method_Input | null | undefined> | null | undefined
  equals?: Tender_Method_Input | null | undefined
  in?: Array<Tender_Method_Input | null | undefined> | null | undefined
  not_equals?: Tender_Method_Input | null | undefined
  not_in?: Array<Tender_Method_Input | null | undefined> | null | undefined
}

export type Tender_Ocid_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_OpenedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_OpeningAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_OpeningRecord__Amount_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_OpeningRecord__Bid_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_OpeningRecord__Currency_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_OpeningRecord__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_OpeningRecord__SubmittedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_OpeningRecord__SupplierName_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_OpeningRecord__TaxId_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Plan_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_PublishedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Reference_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Status =
  'awarded' | 'cancelled' | 'closed' | 'draft' | 'evaluation' | 'opened' | 'published' | 'unsuccessful'

export type Tender_Status_Input =
  'awarded' | 'cancelled' | 'closed' | 'draft' | 'evaluation' | 'opened' | 'published' | 'unsuccessful'

export type Tender_Status_Operator = {
  all?: Array<Tender_Status_Input | null | undefined> | null | undefined
  equals?: Tender_Status_Input | null | undefined
  exists?: boolean | null | undefined
  in?: Array<Tender_Status_Input | null | undefined> | null | undefined
  not_equals?: Tender_Status_Input | null | undefined
  not_in?: Array<Tender_Status_Input | null | undefined> | null | undefined
}

export type Tender_SubmissionDeadline_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Tenant_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Tender_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_TransitionComment_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_UniqueKey_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_UpdatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Tender_Value__Amount_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Tender_Value__Currency_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Tender_Where = {
  AND?: Array<Tender_Where_And | null | undefined> | null | undefined
  OR?: Array<Tender_Where_Or | null | undefined> | null | undefined
  amendmentRationale?: Tender_AmendmentRationale_Operator | null | undefined
  amendments__at?: Tender_Amendments__At_Operator | null | undefined
  amendments__fields?: Tender_Amendments__Fields_Operator | null | undefined
  amendments__id?: Tender_Amendments__Id_Operator | null | undefined
  amendments__newDeadline?: Tender_Amendments__NewDeadline_Operator | null | undefined
  amendments__previousDeadline?: Tender_Amendments__PreviousDeadline_Operator | null | undefined
  amendments__rationale?: Tender_Amendments__Rationale_Operator | null | undefined
  awardCriteria?: Tender_AwardCriteria_Operator | null | undefined
  award__bid?: Tender_Award__Bid_Operator | null | undefined
  award__date?: Tender_Award__Date_Operator | null | undefined
  award__reasons?: Tender_Award__Reasons_Operator | null | undefined
  award__supplier?: Tender_Award__Supplier_Operator | null | undefined
  award__supplierName?: Tender_Award__SupplierName_Operator | null | undefined
  award__value?: Tender_Award__Value_Operator | null | undefined
  bidCount?: Tender_BidCount_Operator | null | undefined
  category?: Tender_Category_Operator | null | undefined
  createdAt?: Tender_CreatedAt_Operator | null | undefined
  description?: Tender_Description_Operator | null | undefined
  documents__documentType?: Tender_Documents__DocumentType_Operator | null | undefined
  documents__file?: Tender_Documents__File_Operator | null | undefined
  documents__id?: Tender_Documents__Id_Operator | null | undefined
  documents__title?: Tender_Documents__Title_Operator | null | undefined
  enquiryDeadline?: Tender_EnquiryDeadline_Operator | null | undefined
  history__actor?: Tender_History__Actor_Operator | null | undefined
  history__actorEmail?: Tender_History__ActorEmail_Operator | null | undefined
  history__at?: Tender_History__At_Operator | null | undefined
  history__comment?: Tender_History__Comment_Operator | null | undefined
  history__from?: Tender_History__From_Operator | null | undefined
  history__id?: Tender_History__Id_Operator | null | undefined
  history__to?: Tender_History__To_Operator | null | undefined
  id?: Tender_Id_Operator | null | undefined
  invitedSuppliers?: Tender_InvitedSuppliers_Operator | null | undefined
  items__classificationId?: Tender_Items__ClassificationId_Operator | null | undefined
  items__classificationScheme?: Tender_Items__ClassificationScheme_Operator | null | undefined
  items__description?: Tender_Items__Description_Operator | null | undefined
  items__id?: Tender_Items__Id_Operator | null | undefined
  items__quantity?: Tender_Items__Quantity_Operator | null | undefined
  items__unit?: Tender_Items__Unit_Operator | null | undefined
  languageOf?: Tender_LanguageOf_Operator | null | undefined
  method?: Tender_Method_Operator | null | undefined
  ocid?: Tender_Ocid_Operator | null | undefined
  openedAt?: Tender_OpenedAt_Operator | null | undefined
  openingAt?: Tender_OpeningAt_Operator | null | undefined
  openingRecord__amount?: Tender_OpeningRecord__Amount_Operator | null | undefined
  openingRecord__bid?: Tender_OpeningRecord__Bid_Operator | null | undefined
  openingRecord__currency?: Tender_OpeningRecord__Currency_Operator | null | undefined
  openingRecord__id?: Tender_OpeningRecord__Id_Operator | null | undefined
  openingRecord__submittedAt?: Tender_OpeningRecord__SubmittedAt_Operator | null | undefined
  openingRecord__supplierName?: Tender_OpeningRecord__SupplierName_Operator | null | undefined
  openingRecord__taxId?: Tender_OpeningRecord__TaxId_Operator | null | undefined
  plan?: Tender_Plan_Operator | null | undefined
  publishedAt?: Tender_PublishedAt_Operator | null | undefined
  reference?: Tender_Reference_Operator | null | undefined
  status?: Tender_Status_Operator | null | undefined
  submissionDeadline?: Tender_SubmissionDeadline_Operator | null | undefined
  tenant?: Tender_Tenant_Operator | null | undefined
  title?: Tender_Title_Operator | null | undefined
  transitionComment?: Tender_TransitionComment_Operator | null | undefined
  uniqueKey?: Tender_UniqueKey_Operator | null | undefined
  updatedAt?: Tender_UpdatedAt_Operator | null | undefined
  value__amount?: Tender_Value__Amount_Operator | null | undefined
  value__currency?: Tender_Value__Currency_Operator | null | undefined
}

export type Tender_Where_And = {
  AND?: Array<Tender_Where_And | null | undefined> | null | undefined
  OR?: Array<Tender_Where_Or | null | undefined> | null | undefined
  amendmentRationale?: Tender_AmendmentRationale_Operator | null | undefined
  amendments__at?: Tender_Amendments__At_Operator | null | undefined
  amendments__fields?: Tender_Amendments__Fields_Operator | null | undefined
  amendments__id?: Tender_Amendments__Id_Operator | null | undefined
  amendments__newDeadline?: Tender_Amendments__NewDeadline_Operator | null | undefined
  amendments__previousDeadline?: Tender_Amendments__PreviousDeadline_Operator | null | undefined
  amendments__rationale?: Tender_Amendments__Rationale_Operator | null | undefined
  awardCriteria?: Tender_AwardCriteria_Operator | null | undefined
  award__bid?: Tender_Award__Bid_Operator | null | undefined
  award__date?: Tender_Award__Date_Operator | null | undefined
  award__reasons?: Tender_Award__Reasons_Operator | null | undefined
  award__supplier?: Tender_Award__Supplier_Operator | null | undefined
  award__supplierName?: Tender_Award__SupplierName_Operator | null | undefined
  award__value?: Tender_Award__Value_Operator | null | undefined
  bidCount?: Tender_BidCount_Operator | null | undefined
  category?: Tender_Category_Operator | null | undefined
  createdAt?: Tender_CreatedAt_Operator | null | undefined
  description?: Tender_Description_Operator | null | undefined
  documents__documentType?: Tender_Documents__DocumentType_Operator | null | undefined
  documents__file?: Tender_Documents__File_Operator | null | undefined
  documents__id?: Tender_Documents__Id_Operator | null | undefined
  documents__title?: Tender_Documents__Title_Operator | null | undefined
  enquiryDeadline?: Tender_EnquiryDeadline_Operator | null | undefined
  history__actor?: Tender_History__Actor_Operator | null | undefined
  history__actorEmail?: Tender_History__ActorEmail_Operator | null | undefined
  history__at?: Tender_History__At_Operator | null | undefined
  history__comment?: Tender_History__Comment_Operator | null | undefined
  history__from?: Tender_History__From_Operator | null | undefined
  history__id?: Tender_History__Id_Operator | null | undefined
  history__to?: Tender_History__To_Operator | null | undefined
  id?: Tender_Id_Operator | null | undefined
  invitedSuppliers?: Tender_InvitedSuppliers_Operator | null | undefined
  items__classificationId?: Tender_Items__ClassificationId_Operator | null | undefined
  items__classificationScheme?: Tender_Items__ClassificationScheme_Operator | null | undefined
  items__description?: Tender_Items__Description_Operator | null | undefined
  items__id?: Tender_Items__Id_Operator | null | undefined
  items__quantity?: Tender_Items__Quantity_Operator | null | undefined
  items__unit?: Tender_Items__Unit_Operator | null | undefined
  languageOf?: Tender_LanguageOf_Operator | null | undefined
  method?: Tender_Method_Operator | null | undefined
  ocid?: Tender_Ocid_Operator | null | undefined
  openedAt?: Tender_OpenedAt_Operator | null | undefined
  openingAt?: Tender_OpeningAt_Operator | null | undefined
  openingRecord__amount?: Tender_OpeningRecord__Amount_Operator | null | undefined
  openingRecord__bid?: Tender_OpeningRecord__Bid_Operator | null | undefined
  openingRecord__currency?: Tender_OpeningRecord__Currency_Operator | null | undefined
  openingRecord__id?: Tender_OpeningRecord__Id_Operator | null | undefined
  openingRecord__submittedAt?: Tender_OpeningRecord__SubmittedAt_Operator | null | undefined
  openingRecord__supplierName?: Tender_OpeningRecord__SupplierName_Operator | null | undefined
  openingRecord__taxId?: Tender_OpeningRecord__TaxId_Operator | null | undefined
  plan?: Tender_Plan_Operator | null | undefined
  publishedAt?: Tender_PublishedAt_Operator | null | undefined
  reference?: Tender_Reference_Operator | null | undefined
  status?: Tender_Status_Operator | null | undefined
  submissionDeadline?: Tender_SubmissionDeadline_Operator | null | undefined
  tenant?: Tender_Tenant_Operator | null | undefined
  title?: Tender_Title_Operator | null | undefined
  transitionComment?: Tender_TransitionComment_Operator | null | undefined
  uniqueKey?: Tender_UniqueKey_Operator | null | undefined
  updatedAt?: Tender_UpdatedAt_Operator | null | undefined
  value__amount?: Tender_Value__Amount_Operator | null | undefined
  value__currency?: Tender_Value__Currency_Operator | null | undefined
}

export type Tender_Where_Or = {
  AND?: Array<Tender_Where_And | null | undefined> | null | undefined
  OR?: Array<Tender_Where_Or | null | undefined> | null | undefined
  amendmentRationale?: Tender_AmendmentRationale_Operator | null | undefined
  amendments__at?: Tender_Amendments__At_Operator | null | undefined
  amendments__fields?: Tender_Amendments__Fields_Operator | null | undefined
  amendments__id?: Tender_Amendments__Id_Operator | null | undefined
  amendments__newDeadline?: Tender_Amendments__NewDeadline_Operator | null | undefined
  amendments__previousDeadline?: Tender_Amendments__PreviousDeadline_Operator | null | undefined
  amendments__rationale?: Tender_Amendments__Rationale_Operator | null | undefined
  awardCriteria?: Tender_AwardCriteria_Operator | null | undefined
  award__bid?: Tender_Award__Bid_Operator | null | undefined
  award__date?: Tender_Award__Date_Operator | null | undefined
  award__reasons?: Tender_Award__Reasons_Operator | null | undefined
  award__supplier?: Tender_Award__Supplier_Operator | null | undefined
  award__supplierName?: Tender_Award__SupplierName_Operator | null | undefined
  award__value?: Tender_Award__Value_Operator | null | undefined
  bidCount?: Tender_BidCount_Operator | null | undefined
  category?: Tender_Category_Operator | null | undefined
  createdAt?: Tender_CreatedAt_Operator | null | undefined
  description?: Tender_Description_Operator | null | undefined
  documents__documentType?: Tender_Documents__DocumentType_Operator | null | undefined
  documents__file?: Tender_Documents__File_Operator | null | undefined
  documents__id?: Tender_Documents__Id_Operator | null | undefined
  documents__title?: Tender_Documents__Title_Operator | null | undefined
  enquiryDeadline?: Tender_EnquiryDeadline_Operator | null | undefined
  history__actor?: Tender_History__Actor_Operator | null | undefined
  history__actorEmail?: Tender_History__ActorEmail_Operator | null | undefined
  history__at?: Tender_History__At_Operator | null | undefined
  history__comment?: Tender_History__Comment_Operator | null | undefined
  history__from?: Tender_History__From_Operator | null | undefined
  history__id?: Tender_History__Id_Operator | null | undefined
  history__to?: Tender_History__To_Operator | null | undefined
  id?: Tender_Id_Operator | null | undefined
  invitedSuppliers?: Tender_InvitedSuppliers_Operator | null | undefined
  items__classificationId?: Tender_Items__ClassificationId_Operator | null | undefined
  items__classificationScheme?: Tender_Items__ClassificationScheme_Operator | null | undefined
  items__description?: Tender_Items__Description_Operator | null | undefined
  items__id?: Tender_Items__Id_Operator | null | undefined
  items__quantity?: Tender_Items__Quantity_Operator | null | undefined
  items__unit?: Tender_Items__Unit_Operator | null | undefined
  languageOf?: Tender_LanguageOf_Operator | null | undefined
  method?: Tender_Method_Operator | null | undefined
  ocid?: Tender_Ocid_Operator | null | undefined
  openedAt?: Tender_OpenedAt_Operator | null | undefined
  openingAt?: Tender_OpeningAt_Operator | null | undefined
  openingRecord__amount?: Tender_OpeningRecord__Amount_Operator | null | undefined
  openingRecord__bid?: Tender_OpeningRecord__Bid_Operator | null | undefined
  openingRecord__currency?: Tender_OpeningRecord__Currency_Operator | null | undefined
  openingRecord__id?: Tender_OpeningRecord__Id_Operator | null | undefined
  openingRecord__submittedAt?: Tender_OpeningRecord__SubmittedAt_Operator | null | undefined
  openingRecord__supplierName?: Tender_OpeningRecord__SupplierName_Operator | null | undefined
  openingRecord__taxId?: Tender_OpeningRecord__TaxId_Operator | null | undefined
  plan?: Tender_Plan_Operator | null | undefined
  publishedAt?: Tender_PublishedAt_Operator | null | undefined
  reference?: Tender_Reference_Operator | null | undefined
  status?: Tender_Status_Operator | null | undefined
  submissionDeadline?: Tender_SubmissionDeadline_Operator | null | undefined
  tenant?: Tender_Tenant_Operator | null | undefined
  title?: Tender_Title_Operator | null | undefined
  transitionComment?: Tender_TransitionComment_Operator | null | undefined
  uniqueKey?: Tender_UniqueKey_Operator | null | undefined
  updatedAt?: Tender_UpdatedAt_Operator | null | undefined
  value__amount?: Tender_Value__Amount_Operator | null | undefined
  value__currency?: Tender_Value__Currency_Operator | null | undefined
}

export type ProcurementTendersQueryVariables = Exact<{
  where: Tender_Where
  page?: number | null | undefined
  limit?: number | null | undefined
  sort?: string | null | undefined
  locale?: LocaleInputType | null | undefined
}>

export type ProcurementTendersQuery = {
  Tenders: {
    page: number
    totalPages: number
    totalDocs: number
    docs: Array<{
      id: number
      reference: string
      title: string | null
      languageOf: unknown
      method: Tender_Method
      category: Tender_Category
      status: Tender_Status | null
      submissionDeadline: string | null
      value: { amount: number | null; currency: string | null } | null
    }>
  } | null
}

export type ProcurementTenderPageQueryVariables = Exact<{
  municipality: unknown
  reference: string
  locale?: LocaleInputType | null | undefined
}>

export type ProcurementTenderPageQuery = {
  Tenders: {
    docs: Array<{
      id: number
      reference: string
      ocid: string | null
      title: string | null
      languageOf: unknown
      description: string | null
      method: Tender_Method
      category: Tender_Category
      awardCriteria: Tender_AwardCriteria | null
      status: Tender_Status | null
      enquiryDeadline: string | null
      submissionDeadline: string | null
      openingAt: string | null
      publishedAt: string | null
      bidCount: number | null
      openedAt: string | null
      items: Array<{
        id: string | null
        description: string | null
        classificationScheme: Tender_Items_ClassificationScheme | null
        classificationId: string | null
        quantity: number | null
        unit: string | null
      }> | null
      value: { amount: number | null; currency: string | null } | null
      documents: Array<{
        id: string | null
        title: string | null
        documentType: Tender_Documents_DocumentType | null
        file: { url: string | null; filename: string | null; filesize: number | null } | null
      }> | null
      amendments: Array<{
        id: string | null
        at: string | null
        fields: string | null
        rationale: string | null
        previousDeadline: string | null
        newDeadline: string | null
      }> | null
      openingRecord: Array<{
        id: string | null
        supplierName: string | null
        taxId: string | null
        amount: number | null
        currency: string | null
        submittedAt: string | null
      }> | null
      award: { supplierName: string | null; value: number | null; date: string | null; reasons: string | null } | null
    }>
  } | null
}

export type ProcurementTenderExtrasQueryVariables = Exact<{
  tender: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ProcurementTenderExtrasQuery = {
  Clarifications: {
    docs: Array<{ id: number; question: string; answer: string | null; answeredAt: string | null }>
  } | null
  Contracts: {
    docs: Array<{
      id: number
      title: string | null
      supplierName: string | null
      value: number | null
      currency: string | null
      signedAt: string | null
      status: Contract_Status | null
      period: { start: string | null; end: string | null } | null
      documents: Array<{
        id: string | null
        title: string | null
        file: { url: string | null; filename: string | null } | null
      }> | null
      milestones: Array<{
        id: string | null
        title: string | null
        status: Contract_Milestones_Status | null
        dueDate: string | null
        dateMet: string | null
      }> | null
      payments: Array<{
        id: string | null
        date: string | null
        amount: number | null
        description: string | null
      }> | null
    }>
  } | null
}

export type ProcurementMyRegistrationQueryVariables = Exact<{
  municipality: string
}>

export type ProcurementMyRegistrationQuery = {
  mySupplierRegistration: { id: string; legalName: string; taxId: string; status: string } | null
}

export type ProcurementMyBidsQueryVariables = Exact<{
  municipality: string
}>

export type ProcurementMyBidsQuery = {
  myBids: Array<{
    bidId: string
    tender: string
    tenderTitle: string | null
    status: string
    version: number
    submittedAt: string
    sha256: string
    opened: boolean
    amount: number | null
    currency: string | null
  }>
}

export type ProcurementRegisterSupplierMutationVariables = Exact<{
  municipality: string
  legalName: string
  country: string
  taxId: string
  categories: Array<string> | string
  address?: string | null | undefined
  contacts?: Array<SupplierContactInput> | SupplierContactInput | null | undefined
}>

export type ProcurementRegisterSupplierMutation = { registerSupplier: { id: string; status: string } }

export type ProcurementAskClarificationMutationVariables = Exact<{
  municipality: string
  tender: string
  question: string
}>

export type ProcurementAskClarificationMutation = { askClarification: { id: string } }

export type ProcurementSubmitBidMutationVariables = Exact<{
  municipality: string
  tender: string
  amount: number
  currency?: string | null | undefined
  note?: string | null | undefined
  documents?: Array<BidDocumentInput> | BidDocumentInput | null | undefined
}>

export type ProcurementSubmitBidMutation = { submitBid: { bidId: string; submittedAt: string; sha256: string } }

export type ProcurementWithdrawBidMutationVariables = Exact<{
  municipality: string
  tender: string
}>

export type ProcurementWithdrawBidMutation = { withdrawBid: { bidId: string } }

export const ProcurementTendersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcurementTenders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Tender_where' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          defaultValue: { kind: 'StringValue', value: '-publishedAt', block: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Tenders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submissionDeadline' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'value' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementTendersQuery, ProcurementTendersQueryVariables>
export const ProcurementTenderPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcurementTenderPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Tenders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'tenant' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'reference' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ocid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'awardCriteria' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'classificationScheme' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'classificationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'value' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'documents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'file' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'filesize' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'enquiryDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submissionDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openingAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bidCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amendments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'previousDeadline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'newDeadline' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openingRecord' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'supplierName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'award' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'supplierName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementTenderPageQuery, ProcurementTenderPageQueryVariables>
export const ProcurementTenderExtrasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcurementTenderExtras' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Clarifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'tender' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'answeredAt' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'exists' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'answeredAt', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Contracts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'tender' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '10' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supplierName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'documents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'file' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'milestones' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dateMet' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'payments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementTenderExtrasQuery, ProcurementTenderExtrasQueryVariables>
export const ProcurementMyRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcurementMyRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySupplierRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementMyRegistrationQuery, ProcurementMyRegistrationQueryVariables>
export const ProcurementMyBidsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcurementMyBids' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBids' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bidId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tender' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tenderTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementMyBidsQuery, ProcurementMyBidsQueryVariables>
export const ProcurementRegisterSupplierDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProcurementRegisterSupplier' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'legalName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'taxId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'categories' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contacts' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierContactInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerSupplier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'legalName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'legalName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'country' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'taxId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'taxId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'categories' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'categories' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'address' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'address' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contacts' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contacts' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementRegisterSupplierMutation, ProcurementRegisterSupplierMutationVariables>
export const ProcurementAskClarificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProcurementAskClarification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askClarification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tender' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'question' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementAskClarificationMutation, ProcurementAskClarificationMutationVariables>
export const ProcurementSubmitBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProcurementSubmitBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documents' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'BidDocumentInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tender' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'documents' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'documents' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bidId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementSubmitBidMutation, ProcurementSubmitBidMutationVariables>
export const ProcurementWithdrawBidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProcurementWithdrawBid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawBid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tender' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tender' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'bidId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcurementWithdrawBidMutation, ProcurementWithdrawBidMutationVariables>
