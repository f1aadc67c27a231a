/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type AccountabilityResult_Status = 'cancelled' | 'completed' | 'in_progress' | 'planned'

export type AgendaBooking_Status = 'attended' | 'booked' | 'cancelled' | 'no_show'

export type AgendaOffice_Hours_Weekday = 'fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed'

export type BidDocumentInput = {
  base64: string
  filename: string
}

export type Budget_Rule = 'approval' | 'knapsack'

export type Contract_Milestones_Status = 'met' | 'notMet' | 'partiallyMet' | 'scheduled'

export type Contract_Status = 'active' | 'cancelled' | 'pending' | 'terminated'

export type Document__Status_Input = 'draft' | 'published'

export type Document__Status_Operator = {
  all?: Array<Document__Status_Input | null | undefined> | null | undefined
  equals?: Document__Status_Input | null | undefined
  exists?: boolean | null | undefined
  in?: Array<Document__Status_Input | null | undefined> | null | undefined
  not_equals?: Document__Status_Input | null | undefined
  not_in?: Array<Document__Status_Input | null | undefined> | null | undefined
}

export type Document_CreatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Document_Date_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Document_Filename_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Document_Filesize_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_FiscalYear_Operator = {
  equals?: number | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_FocalX_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_FocalY_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_Height_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_Id_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Document_Kind = 'audit_report' | 'budget' | 'minutes' | 'ordinance' | 'procurement_plan'

export type Document_Kind_Input = 'audit_report' | 'budget' | 'minutes' | 'ordinance' | 'procurement_plan'

export type Document_Kind_Operator = {
  all?: Array<Document_Kind_Input | null | undefined> | null | undefined
  equals?: Document_Kind_Input | null | undefined
  in?: Array<Document_Kind_Input | null | undefined> | null | undefined
  not_equals?: Document_Kind_Input | null | undefined
  not_in?: Array<Document_Kind_Input | null | undefined> | null | undefined
}

export type Document_MimeType_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Document_Summary_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Document_Tenant_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Document_ThumbnailUrl_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Document_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Document_UpdatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Document_Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Document_Where = {
  AND?: Array<Document_Where_And | null | undefined> | null | undefined
  OR?: Array<Document_Where_Or | null | undefined> | null | undefined
  _status?: Document__Status_Operator | null | undefined
  createdAt?: Document_CreatedAt_Operator | null | undefined
  date?: Document_Date_Operator | null | undefined
  filename?: Document_Filename_Operator | null | undefined
  filesize?: Document_Filesize_Operator | null | undefined
  fiscalYear?: Document_FiscalYear_Operator | null | undefined
  focalX?: Document_FocalX_Operator | null | undefined
  focalY?: Document_FocalY_Operator | null | undefined
  height?: Document_Height_Operator | null | undefined
  id?: Document_Id_Operator | null | undefined
  kind?: Document_Kind_Operator | null | undefined
  mimeType?: Document_MimeType_Operator | null | undefined
  summary?: Document_Summary_Operator | null | undefined
  tenant?: Document_Tenant_Operator | null | undefined
  thumbnailURL?: Document_ThumbnailUrl_Operator | null | undefined
  title?: Document_Title_Operator | null | undefined
  updatedAt?: Document_UpdatedAt_Operator | null | undefined
  url?: Document_Url_Operator | null | undefined
  width?: Document_Width_Operator | null | undefined
}

export type Document_Where_And = {
  AND?: Array<Document_Where_And | null | undefined> | null | undefined
  OR?: Array<Document_Where_Or | null | undefined> | null | undefined
  _status?: Document__Status_Operator | null | undefined
  createdAt?: Document_CreatedAt_Operator | null | undefined
  date?: Document_Date_Operator | null | undefined
  filename?: Document_Filename_Operator | null | undefined
  filesize?: Document_Filesize_Operator | null | undefined
  fiscalYear?: Document_FiscalYear_Operator | null | undefined
  focalX?: Document_FocalX_Operator | null | undefined
  focalY?: Document_FocalY_Operator | null | undefined
  height?: Document_Height_Operator | null | undefined
  id?: Document_Id_Operator | null | undefined
  kind?: Document_Kind_Operator | null | undefined
  mimeType?: Document_MimeType_Operator | null | undefined
  summary?: Document_Summary_Operator | null | undefined
  tenant?: Document_Tenant_Operator | null | undefined
  thumbnailURL?: Document_ThumbnailUrl_Operator | null | undefined
  title?: Document_Title_Operator | null | undefined
  updatedAt?: Document_UpdatedAt_Operator | null | undefined
  url?: Document_Url_Operator | null | undefined
  width?: Document_Width_Operator | null | undefined
}

export type Document_Where_Or = {
  AND?: Array<Document_Where_And | null | undefined> | null | undefined
  OR?: Array<Document_Where_Or | null | undefined> | null | undefined
  _status?: Document__Status_Operator | null | undefined
  createdAt?: Document_CreatedAt_Operator | null | undefined
  date?: Document_Date_Operator | null | undefined
  filename?: Document_Filename_Operator | null | undefined
  filesize?: Document_Filesize_Operator | null | undefined
  fiscalYear?: Document_FiscalYear_Operator | null | undefined
  focalX?: Document_FocalX_Operator | null | undefined
  focalY?: Document_FocalY_Operator | null | undefined
  height?: Document_Height_Operator | null | undefined
  id?: Document_Id_Operator | null | undefined
  kind?: Document_Kind_Operator | null | undefined
  mimeType?: Document_MimeType_Operator | null | undefined
  summary?: Document_Summary_Operator | null | undefined
  tenant?: Document_Tenant_Operator | null | undefined
  thumbnailURL?: Document_ThumbnailUrl_Operator | null | undefined
  title?: Document_Title_Operator | null | undefined
  updatedAt?: Document_UpdatedAt_Operator | null | undefined
  url?: Document_Url_Operator | null | undefined
  width?: Document_Width_Operator | null | undefined
}

export type Document_Width_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type LocaleInputType = 'en' | 'es' | 'fr' | 'pt'

export type Municipality_DefaultLocale = 'en' | 'es' | 'fr' | 'pt'

export type Person_Language = 'en' | 'es' | 'fr' | 'pt'

export type Person_Language_MutationInput = 'en' | 'es' | 'fr' | 'pt'

export type Process_Phases_Phase = 'information' | 'proposals' | 'results' | 'supports' | 'voting'

export type ProposalImageInput = {
  base64: string
  filename: string
}

export type ProposalLocationInput = {
  address?: string | null | undefined
  lat?: number | null | undefined
  lng?: number | null | undefined
}

export type Proposal_Answer_Status = 'accepted' | 'evaluating' | 'rejected'

export type Proposal_Status = 'hidden' | 'pending' | 'published' | 'rejected' | 'withdrawn'

export type ServiceRequestAttachmentInput = {
  base64: string
  field: string
  filename: string
}

export type ServiceRequestLocationInput = {
  address?: string | null | undefined
  lat?: number | null | undefined
  lng?: number | null | undefined
}

export type Service_Form_Type =
  | 'checkbox'
  | 'date'
  | 'email'
  | 'file'
  | 'location'
  | 'multiselect'
  | 'number'
  | 'phone'
  | 'select'
  | 'text'
  | 'textarea'

export type Service_Active_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Audience = 'businesses' | 'people'

export type Service_Audience_Input = 'businesses' | 'people'

export type Service_Audience_Operator = {
  all?: Array<Service_Audience_Input | null | undefined> | null | undefined
  equals?: Service_Audience_Input | null | undefined
  in?: Array<Service_Audience_Input | null | undefined> | null | undefined
  not_equals?: Service_Audience_Input | null | undefined
  not_in?: Array<Service_Audience_Input | null | undefined> | null | undefined
}

export type Service_Category_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Service_Channels__Address_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Channels__Hours_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Channels__InPerson_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Channels__Online_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Channels__Phone_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Code_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_CreatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Description_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Documents__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Documents__Text_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Fee__Amount_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Service_Fee__Currency_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Fee__Free_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Form__Help_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Form__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Key_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Label_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Max_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Service_Form__Min_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Service_Form__Options__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Options__Label_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Options__Value_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Form__Required_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Form__Type_Input =
  | 'checkbox'
  | 'date'
  | 'email'
  | 'file'
  | 'location'
  | 'multiselect'
  | 'number'
  | 'phone'
  | 'select'
  | 'text'
  | 'textarea'

export type Service_Form__Type_Operator = {
  all?: Array<Service_Form__Type_Input | null | undefined> | null | undefined
  equals?: Service_Form__Type_Input | null | undefined
  in?: Array<Service_Form__Type_Input | null | undefined> | null | undefined
  not_equals?: Service_Form__Type_Input | null | undefined
  not_in?: Array<Service_Form__Type_Input | null | undefined> | null | undefined
}

export type Service_Id_Operator = {
  equals?: number | null | undefined
  exists?: boolean | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Service_JsonLd_Operator = {
  contains?: unknown
  equals?: unknown
  exists?: boolean | null | undefined
  intersects?: unknown
  like?: unknown
  not_equals?: unknown
  within?: unknown
}

export type Service_Keywords_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_LegalBasis_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_MaxBusinessDays_Operator = {
  equals?: number | null | undefined
  greater_than?: number | null | undefined
  greater_than_equal?: number | null | undefined
  less_than?: number | null | undefined
  less_than_equal?: number | null | undefined
  not_equals?: number | null | undefined
}

export type Service_Name_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Office__Email_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Office__Name_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Open311_Operator = {
  equals?: boolean | null | undefined
  exists?: boolean | null | undefined
  not_equals?: boolean | null | undefined
}

export type Service_Requirements__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Requirements__Text_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_ResultValidity_Operator = {
  all?: Array<string | null | undefined> | null | undefined
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  in?: Array<string | null | undefined> | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
  not_in?: Array<string | null | undefined> | null | undefined
}

export type Service_Silence = 'approval' | 'none' | 'refusal'

export type Service_Silence_Input = 'approval' | 'none' | 'refusal'

export type Service_Silence_Operator = {
  all?: Array<Service_Silence_Input | null | undefined> | null | undefined
  equals?: Service_Silence_Input | null | undefined
  in?: Array<Service_Silence_Input | null | undefined> | null | undefined
  not_equals?: Service_Silence_Input | null | undefined
  not_in?: Array<Service_Silence_Input | null | undefined> | null | undefined
}

export type Service_Summary_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Tenant_Operator = {
  all?: Array<unknown> | null | undefined
  equals?: unknown
  exists?: boolean | null | undefined
  in?: Array<unknown> | null | undefined
  not_equals?: unknown
  not_in?: Array<unknown> | null | undefined
}

export type Service_UpdatedAt_Operator = {
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  greater_than?: string | null | undefined
  greater_than_equal?: string | null | undefined
  less_than?: string | null | undefined
  less_than_equal?: string | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_Where = {
  AND?: Array<Service_Where_And | null | undefined> | null | undefined
  OR?: Array<Service_Where_Or | null | undefined> | null | undefined
  active?: Service_Active_Operator | null | undefined
  audience?: Service_Audience_Operator | null | undefined
  category?: Service_Category_Operator | null | undefined
  channels__address?: Service_Channels__Address_Operator | null | undefined
  channels__hours?: Service_Channels__Hours_Operator | null | undefined
  channels__inPerson?: Service_Channels__InPerson_Operator | null | undefined
  channels__online?: Service_Channels__Online_Operator | null | undefined
  channels__phone?: Service_Channels__Phone_Operator | null | undefined
  code?: Service_Code_Operator | null | undefined
  createdAt?: Service_CreatedAt_Operator | null | undefined
  description?: Service_Description_Operator | null | undefined
  documents__id?: Service_Documents__Id_Operator | null | undefined
  documents__text?: Service_Documents__Text_Operator | null | undefined
  fee__amount?: Service_Fee__Amount_Operator | null | undefined
  fee__currency?: Service_Fee__Currency_Operator | null | undefined
  fee__free?: Service_Fee__Free_Operator | null | undefined
  form__help?: Service_Form__Help_Operator | null | undefined
  form__id?: Service_Form__Id_Operator | null | undefined
  form__key?: Service_Form__Key_Operator | null | undefined
  form__label?: Service_Form__Label_Operator | null | undefined
  form__max?: Service_Form__Max_Operator | null | undefined
  form__min?: Service_Form__Min_Operator | null | undefined
  form__options__id?: Service_Form__Options__Id_Operator | null | undefined
  form__options__label?: Service_Form__Options__Label_Operator | null | undefined
  form__options__value?: Service_Form__Options__Value_Operator | null | undefined
  form__required?: Service_Form__Required_Operator | null | undefined
  form__type?: Service_Form__Type_Operator | null | undefined
  id?: Service_Id_Operator | null | undefined
  jsonLd?: Service_JsonLd_Operator | null | undefined
  keywords?: Service_Keywords_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  maxBusinessDays?: Service_MaxBusinessDays_Operator | null | undefined
  name?: Service_Name_Operator | null | undefined
  office__email?: Service_Office__Email_Operator | null | undefined
  office__name?: Service_Office__Name_Operator | null | undefined
  open311?: Service_Open311_Operator | null | undefined
  requirements__id?: Service_Requirements__Id_Operator | null | undefined
  requirements__text?: Service_Requirements__Text_Operator | null | undefined
  resultValidity?: Service_ResultValidity_Operator | null | undefined
  silence?: Service_Silence_Operator | null | undefined
  summary?: Service_Summary_Operator | null | undefined
  tenant?: Service_Tenant_Operator | null | undefined
  updatedAt?: Service_UpdatedAt_Operator | null | undefined
}

export type Service_Where_And = {
  AND?: Array<Service_Where_And | null | undefined> | null | undefined
  OR?: Array<Service_Where_Or | null | undefined> | null | undefined
  active?: Service_Active_Operator | null | undefined
  audience?: Service_Audience_Operator | null | undefined
  category?: Service_Category_Operator | null | undefined
  channels__address?: Service_Channels__Address_Operator | null | undefined
  channels__hours?: Service_Channels__Hours_Operator | null | undefined
  channels__inPerson?: Service_Channels__InPerson_Operator | null | undefined
  channels__online?: Service_Channels__Online_Operator | null | undefined
  channels__phone?: Service_Channels__Phone_Operator | null | undefined
  code?: Service_Code_Operator | null | undefined
  createdAt?: Service_CreatedAt_Operator | null | undefined
  description?: Service_Description_Operator | null | undefined
  documents__id?: Service_Documents__Id_Operator | null | undefined
  documents__text?: Service_Documents__Text_Operator | null | undefined
  fee__amount?: Service_Fee__Amount_Operator | null | undefined
  fee__currency?: Service_Fee__Currency_Operator | null | undefined
  fee__free?: Service_Fee__Free_Operator | null | undefined
  form__help?: Service_Form__Help_Operator | null | undefined
  form__id?: Service_Form__Id_Operator | null | undefined
  form__key?: Service_Form__Key_Operator | null | undefined
  form__label?: Service_Form__Label_Operator | null | undefined
  form__max?: Service_Form__Max_Operator | null | undefined
  form__min?: Service_Form__Min_Operator | null | undefined
  form__options__id?: Service_Form__Options__Id_Operator | null | undefined
  form__options__label?: Service_Form__Options__Label_Operator | null | undefined
  form__options__value?: Service_Form__Options__Value_Operator | null | undefined
  form__required?: Service_Form__Required_Operator | null | undefined
  form__type?: Service_Form__Type_Operator | null | undefined
  id?: Service_Id_Operator | null | undefined
  jsonLd?: Service_JsonLd_Operator | null | undefined
  keywords?: Service_Keywords_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  maxBusinessDays?: Service_MaxBusinessDays_Operator | null | undefined
  name?: Service_Name_Operator | null | undefined
  office__email?: Service_Office__Email_Operator | null | undefined
  office__name?: Service_Office__Name_Operator | null | undefined
  open311?: Service_Open311_Operator | null | undefined
  requirements__id?: Service_Requirements__Id_Operator | null | undefined
  requirements__text?: Service_Requirements__Text_Operator | null | undefined
  resultValidity?: Service_ResultValidity_Operator | null | undefined
  silence?: Service_Silence_Operator | null | undefined
  summary?: Service_Summary_Operator | null | undefined
  tenant?: Service_Tenant_Operator | null | undefined
  updatedAt?: Service_UpdatedAt_Operator | null | undefined
}

export type Service_Where_Or = {
  AND?: Array<Service_Where_And | null | undefined> | null | undefined
  OR?: Array<Service_Where_Or | null | undefined> | null | undefined
  active?: Service_Active_Operator | null | undefined
  audience?: Service_Audience_Operator | null | undefined
  category?: Service_Category_Operator | null | undefined
  channels__address?: Service_Channels__Address_Operator | null | undefined
  channels__hours?: Service_Channels__Hours_Operator | null | undefined
  channels__inPerson?: Service_Channels__InPerson_Operator | null | undefined
  channels__online?: Service_Channels__Online_Operator | null | undefined
  channels__phone?: Service_Channels__Phone_Operator | null | undefined
  code?: Service_Code_Operator | null | undefined
  createdAt?: Service_CreatedAt_Operator | null | undefined
  description?: Service_Description_Operator | null | undefined
  documents__id?: Service_Documents__Id_Operator | null | undefined
  documents__text?: Service_Documents__Text_Operator | null | undefined
  fee__amount?: Service_Fee__Amount_Operator | null | undefined
  fee__currency?: Service_Fee__Currency_Operator | null | undefined
  fee__free?: Service_Fee__Free_Operator | null | undefined
  form__help?: Service_Form__Help_Operator | null | undefined
  form__id?: Service_Form__Id_Operator | null | undefined
  form__key?: Service_Form__Key_Operator | null | undefined
  form__label?: Service_Form__Label_Operator | null | undefined
  form__max?: Service_Form__Max_Operator | null | undefined
  form__min?: Service_Form__Min_Operator | null | undefined
  form__options__id?: Service_Form__Options__Id_Operator | null | undefined
  form__options__label?: Service_Form__Options__Label_Operator | null | undefined
  form__options__value?: Service_Form__Options__Value_Operator | null | undefined
  form__required?: Service_Form__Required_Operator | null | undefined
  form__type?: Service_Form__Type_Operator | null | undefined
  id?: Service_Id_Operator | null | undefined
  jsonLd?: Service_JsonLd_Operator | null | undefined
  keywords?: Service_Keywords_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  maxBusinessDays?: Service_MaxBusinessDays_Operator | null | undefined
  name?: Service_Name_Operator | null | undefined
  office__email?: Service_Office__Email_Operator | null | undefined
  office__name?: Service_Office__Name_Operator | null | undefined
  open311?: Service_Open311_Operator | null | undefined
  requirements__id?: Service_Requirements__Id_Operator | null | undefined
  requirements__text?: Service_Requirements__Text_Operator | null | undefined
  resultValidity?: Service_ResultValidity_Operator | null | undefined
  silence?: Service_Silence_Operator | null | undefined
  summary?: Service_Summary_Operator | null | undefined
  tenant?: Service_Tenant_Operator | null | undefined
  updatedAt?: Service_UpdatedAt_Operator | null | undefined
}

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

export type MutationPersonInput = {
  _verificationToken?: string | null | undefined
  _verified?: boolean | null | undefined
  createdAt?: string | null | undefined
  email: string
  hash?: string | null | undefined
  language?: Person_Language_MutationInput | null | undefined
  lockUntil?: string | null | undefined
  loginAttempts?: number | null | undefined
  name: string
  password: string
  phone?: string | null | undefined
  resetPasswordExpiration?: string | null | undefined
  resetPasswordRequestedAt?: string | null | undefined
  resetPasswordToken?: string | null | undefined
  salt?: string | null | undefined
  sessions?: Array<MutationPerson_SessionsInput | null | undefined> | null | undefined
  updatedAt?: string | null | undefined
}

export type MutationPerson_SessionsInput = {
  createdAt?: string | null | undefined
  expiresAt: string
  id: string
}

export type MePersonQueryVariables = Exact<{ [key: string]: never }>

export type MePersonQuery = {
  mePerson: {
    exp: number | null
    user: {
      id: number
      name: string
      email: string
      language: Person_Language | null
      _verified: boolean | null
    } | null
  } | null
}

export type SignUpMutationVariables = Exact<{
  data: MutationPersonInput
}>

export type SignUpMutation = { createPerson: { id: number; email: string } | null }

export type LogInMutationVariables = Exact<{
  email: string
  password: string
}>

export type LogInMutation = {
  loginPerson: { token: string | null; exp: number | null; user: { id: number; name: string } | null } | null
}

export type LogOutMutationVariables = Exact<{ [key: string]: never }>

export type LogOutMutation = { logoutPerson: string | null }

export type VerifyEmailMutationVariables = Exact<{
  token?: string | null | undefined
}>

export type VerifyEmailMutation = { verifyEmailPerson: boolean | null }

export type ForgotPasswordMutationVariables = Exact<{
  email: string
}>

export type ForgotPasswordMutation = { forgotPasswordPerson: boolean }

export type ResetPasswordMutationVariables = Exact<{
  token?: string | null | undefined
  password?: string | null | undefined
}>

export type ResetPasswordMutation = { resetPasswordPerson: { token: string | null } | null }

export type AgendaOfficesAndSlotsQueryVariables = Exact<{
  municipality: unknown
  from: string
}>

export type AgendaOfficesAndSlotsQuery = {
  AgendaOffices: {
    docs: Array<{
      id: number
      name: string
      address: string | null
      hours: Array<{
        id: string | null
        weekday: AgendaOffice_Hours_Weekday | null
        opens: string | null
        closes: string | null
      }> | null
    }>
  } | null
  AgendaSlots: {
    docs: Array<{
      id: number
      startsAt: string
      endsAt: string
      capacity: number
      remaining: number | null
      office: { id: number } | null
    }>
  } | null
}

export type AgendaMyBookingsQueryVariables = Exact<{
  municipality: unknown
  person: unknown
}>

export type AgendaMyBookingsQuery = {
  AgendaBookings: {
    docs: Array<{
      id: number
      status: AgendaBooking_Status | null
      createdAt: string | null
      slot: {
        id: number
        startsAt: string
        endsAt: string
        office: { id: number; name: string; address: string | null } | null
      } | null
    }>
  } | null
}

export type AgendaBookMutationVariables = Exact<{
  municipality: string
  slot: string
}>

export type AgendaBookMutation = { bookAppointment: { id: string; slot: string; startsAt: string; status: string } }

export type AgendaCancelMutationVariables = Exact<{
  municipality: string
  booking: string
}>

export type AgendaCancelMutation = { cancelAppointment: { id: string; slot: string; startsAt: string; status: string } }

export type MunicipalityBySlugQueryVariables = Exact<{
  slug: string
  locale?: LocaleInputType | null | undefined
}>

export type MunicipalityBySlugQuery = {
  Municipalities: {
    docs: Array<{
      id: number
      name: string
      slug: string
      country: string
      defaultLocale: Municipality_DefaultLocale
      timezone: string
      currency: string
      modules: Array<string> | null
      logo: { url: string | null; alt: string | null } | null
      theme: { primaryColor: string | null; secondaryColor: string | null } | null
      contact: { email: string | null; phone: string | null; address: string | null; website: string | null } | null
    }>
  } | null
}

export type MunicipalityDomainsQueryVariables = Exact<{ [key: string]: never }>

export type MunicipalityDomainsQuery = {
  Municipalities: {
    docs: Array<{
      name: string
      slug: string
      defaultLocale: Municipality_DefaultLocale
      domains: Array<{ domain: string | null }> | null
    }>
  } | null
}

export type PortalNavigationQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
}>

export type PortalNavigationQuery = {
  Navigations: {
    docs: Array<{
      items: Array<{ label: string | null; url: string | null; page: { slug: string | null } | null }> | null
    }>
  } | null
}

export type HomeContentQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
  now?: string | null | undefined
}>

export type HomeContentQuery = {
  allNews: {
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      excerpt: string | null
      publishedAt: string | null
      image: { url: string | null; alt: string | null } | null
    }>
  } | null
  Events: {
    docs: Array<{ id: number; title: string | null; slug: string | null; start: string | null; place: string | null }>
  } | null
}

export type NewsListQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
  page?: number | null | undefined
}>

export type NewsListQuery = {
  allNews: {
    totalPages: number
    page: number
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      excerpt: string | null
      publishedAt: string | null
      image: { url: string | null; alt: string | null } | null
    }>
  } | null
}

export type NewsItemQueryVariables = Exact<{
  municipality: unknown
  slug: string
  locale?: LocaleInputType | null | undefined
}>

export type NewsItemQuery = {
  allNews: {
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      excerpt: string | null
      publishedAt: string | null
      body: unknown
      image: { url: string | null; alt: string | null } | null
    }>
  } | null
}

export type EventsListQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
}>

export type EventsListQuery = {
  Events: {
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      start: string | null
      end: string | null
      place: string | null
      summary: string | null
    }>
  } | null
}

export type EventItemQueryVariables = Exact<{
  municipality: unknown
  slug: string
  locale?: LocaleInputType | null | undefined
}>

export type EventItemQuery = {
  Events: {
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      start: string | null
      end: string | null
      place: string | null
      address: string | null
      summary: string | null
      description: unknown
      image: { url: string | null; alt: string | null } | null
    }>
  } | null
}

export type DocumentsListQueryVariables = Exact<{
  where?: Document_Where | null | undefined
  locale?: LocaleInputType | null | undefined
  page?: number | null | undefined
}>

export type DocumentsListQuery = {
  Documents: {
    totalDocs: number
    totalPages: number
    page: number
    docs: Array<{
      id: number
      title: string | null
      kind: Document_Kind | null
      fiscalYear: number | null
      summary: string | null
      date: string | null
      url: string | null
      filename: string | null
      mimeType: string | null
      filesize: number | null
    }>
  } | null
}

export type PageBySlugQueryVariables = Exact<{
  municipality: unknown
  slug: string
  locale?: LocaleInputType | null | undefined
}>

export type PageBySlugQuery = {
  Pages: {
    docs: Array<{
      id: number
      title: string | null
      slug: string | null
      seo: { title: string | null; description: string | null } | null
      layout: Array<
        | {
            __typename: 'CallToAction'
            id: string | null
            blockType: string | null
            heading: string | null
            text: string | null
            link: { label: string | null; url: string | null; page: { slug: string | null } | null } | null
          }
        | {
            __typename: 'Cards'
            id: string | null
            blockType: string | null
            heading: string | null
            cards: Array<{
              id: string | null
              title: string | null
              text: string | null
              image: { url: string | null; alt: string | null } | null
              link: { label: string | null; url: string | null; page: { slug: string | null } | null } | null
            }> | null
          }
        | {
            __typename: 'Image'
            id: string | null
            blockType: string | null
            caption: string | null
            image: { url: string | null; alt: string | null; width: number | null; height: number | null } | null
          }
        | { __typename: 'RichText'; id: string | null; blockType: string | null; content: unknown }
      > | null
    }>
  } | null
}

export type ParticipationProcessFieldsFragment = {
  id: number
  slug: string
  title: string | null
  description: string | null
  requireVerification: boolean | null
  supportsPerPerson: number | null
  supportThreshold: number | null
  phases: Array<{
    id: string | null
    phase: Process_Phases_Phase | null
    startsAt: string | null
    endsAt: string | null
  }> | null
  categories: Array<{ id: string | null; name: string | null }> | null
}

export type ParticipationProcessesQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationProcessesQuery = {
  Processes: {
    docs: Array<{
      id: number
      slug: string
      title: string | null
      description: string | null
      requireVerification: boolean | null
      supportsPerPerson: number | null
      supportThreshold: number | null
      phases: Array<{
        id: string | null
        phase: Process_Phases_Phase | null
        startsAt: string | null
        endsAt: string | null
      }> | null
      categories: Array<{ id: string | null; name: string | null }> | null
    }>
  } | null
}

export type ParticipationProcessQueryVariables = Exact<{
  municipality: unknown
  slug: string
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationProcessQuery = {
  Processes: {
    docs: Array<{
      id: number
      slug: string
      title: string | null
      description: string | null
      requireVerification: boolean | null
      supportsPerPerson: number | null
      supportThreshold: number | null
      phases: Array<{
        id: string | null
        phase: Process_Phases_Phase | null
        startsAt: string | null
        endsAt: string | null
      }> | null
      categories: Array<{ id: string | null; name: string | null }> | null
    }>
  } | null
  Districts: { docs: Array<{ id: number; name: string }> } | null
}

export type ParticipationProcessContentQueryVariables = Exact<{
  municipality: unknown
  process: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationProcessContentQuery = {
  Proposals: {
    totalDocs: number
    docs: Array<{
      id: number
      title: string
      category: string | null
      supportCount: number | null
      qualified: boolean | null
      district: { name: string } | null
      answer: { status: Proposal_Answer_Status | null } | null
    }>
  } | null
  Polls: { docs: Array<{ id: number; title: string | null; opensAt: string; closesAt: string }> } | null
  Budgets: {
    docs: Array<{
      id: number
      title: string | null
      total: number
      rule: Budget_Rule
      opensAt: string
      closesAt: string
    }>
  } | null
  AccountabilityResults: { totalDocs: number } | null
}

export type ParticipationProposalQueryVariables = Exact<{
  municipality: unknown
  id: number
  ref: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationProposalQuery = {
  Proposals: {
    docs: Array<{
      id: number
      title: string
      body: string
      category: string | null
      status: Proposal_Status | null
      supportCount: number | null
      qualified: boolean | null
      createdAt: string | null
      district: { name: string } | null
      location: { lat: number | null; lng: number | null; address: string | null } | null
      images: Array<{
        id: number
        url: string | null
        filename: string | null
        width: number | null
        height: number | null
      }> | null
      answer: { status: Proposal_Answer_Status | null; text: string | null; answeredAt: string | null } | null
      process: { id: number; slug: string } | null
    }>
  } | null
  Comments: {
    docs: Array<{ id: number; body: string; createdAt: string | null; parent: { id: number } | null }>
  } | null
}

export type ParticipationPollQueryVariables = Exact<{
  municipality: unknown
  id: number
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationPollQuery = {
  Polls: {
    docs: Array<{
      id: number
      title: string | null
      opensAt: string
      closesAt: string
      requireVerification: boolean | null
      results: unknown
      process: { id: number; slug: string } | null
      questions: Array<{
        id: string | null
        text: string | null
        multiple: boolean | null
        options: Array<{ id: string | null; label: string | null }> | null
      }> | null
    }>
  } | null
}

export type ParticipationBudgetQueryVariables = Exact<{
  municipality: unknown
  id: number
  ref: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationBudgetQuery = {
  Budgets: {
    docs: Array<{
      id: number
      title: string | null
      total: number
      rule: Budget_Rule
      minProjects: number | null
      maxProjects: number | null
      opensAt: string
      closesAt: string
      requireVerification: boolean | null
      results: unknown
      process: { id: number; slug: string } | null
    }>
  } | null
  BudgetProjects: {
    docs: Array<{
      id: number
      title: string
      description: string | null
      cost: number
      district: { name: string } | null
    }>
  } | null
}

export type ParticipationResultsQueryVariables = Exact<{
  municipality: unknown
  process: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationResultsQuery = {
  AccountabilityResults: {
    docs: Array<{
      id: number
      title: string
      description: string | null
      status: AccountabilityResult_Status | null
      progress: number | null
    }>
  } | null
  Polls: {
    docs: Array<{ id: number; title: string | null; opensAt: string; closesAt: string; results: unknown }>
  } | null
  Budgets: {
    docs: Array<{
      id: number
      title: string | null
      total: number
      opensAt: string
      closesAt: string
      results: unknown
    }>
  } | null
}

export type ParticipationMyProposalsQueryVariables = Exact<{
  municipality: unknown
  author: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ParticipationMyProposalsQuery = {
  Proposals: {
    docs: Array<{
      id: number
      title: string
      status: Proposal_Status | null
      supportCount: number | null
      createdAt: string | null
      transitionComment: string | null
      process: { slug: string; title: string | null } | null
    }>
  } | null
}

export type ParticipationMyResidenceQueryVariables = Exact<{
  municipality: string
}>

export type ParticipationMyResidenceQuery = { myResidence: { verified: boolean } }

export type ParticipationVerifyResidenceMutationVariables = Exact<{
  municipality: string
  document: string
  birthDate: string
}>

export type ParticipationVerifyResidenceMutation = { verifyResidence: { verified: boolean; already: boolean | null } }

export type ParticipationSubmitProposalMutationVariables = Exact<{
  municipality: string
  process: string
  title: string
  body: string
  category?: string | null | undefined
  district?: string | null | undefined
  location?: ProposalLocationInput | null | undefined
  images?: Array<ProposalImageInput> | ProposalImageInput | null | undefined
}>

export type ParticipationSubmitProposalMutation = { submitProposal: { id: string; status: string; title: string } }

export type ParticipationSupportMutationVariables = Exact<{
  municipality: string
  proposal: string
}>

export type ParticipationSupportMutation = {
  supportProposal: { proposal: string; supportCount: number; qualified: boolean }
}

export type ParticipationCommentMutationVariables = Exact<{
  municipality: string
  proposal: string
  body: string
  parent?: string | null | undefined
}>

export type ParticipationCommentMutation = { comment: { id: string; status: string } }

export type ParticipationReportMutationVariables = Exact<{
  municipality: string
  collection: string
  id: string
  reason?: string | null | undefined
}>

export type ParticipationReportMutation = { report: { reports: number; hidden: boolean } }

export type ParticipationFollowMutationVariables = Exact<{
  municipality: string
  process: string
  follow?: boolean | null | undefined
}>

export type ParticipationFollowMutation = { followProcess: { process: string; following: boolean } }

export type ParticipationCastPollMutationVariables = Exact<{
  municipality: string
  poll: string
  answers: Array<Array<number> | number> | Array<number> | number
}>

export type ParticipationCastPollMutation = { castPollBallot: { poll: string; counted: boolean } }

export type ParticipationCastBudgetMutationVariables = Exact<{
  municipality: string
  budget: string
  projects: Array<string> | string
  code?: string | null | undefined
}>

export type ParticipationCastBudgetMutation = {
  castBudgetBallot: { budget: string; code: string; changed: boolean; total: number }
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

export type ServicesCardFragment = {
  id: number
  code: string
  name: string | null
  summary: string | null
  maxBusinessDays: number
  category: { id: number } | null
}

export type ServicesCatalogueQueryVariables = Exact<{
  municipality: unknown
  where: Service_Where
  locale?: LocaleInputType | null | undefined
}>

export type ServicesCatalogueQuery = {
  ServiceCategories: {
    docs: Array<{ id: number; name: string | null; slug: string; description: string | null }>
  } | null
  Services: {
    totalDocs: number
    docs: Array<{
      id: number
      code: string
      name: string | null
      summary: string | null
      maxBusinessDays: number
      category: { id: number } | null
    }>
  } | null
}

export type ServicesHighlightQueryVariables = Exact<{
  municipality: unknown
  locale?: LocaleInputType | null | undefined
}>

export type ServicesHighlightQuery = {
  Services: {
    docs: Array<{
      id: number
      code: string
      name: string | null
      summary: string | null
      maxBusinessDays: number
      category: { id: number } | null
    }>
  } | null
}

export type ServicesDetailQueryVariables = Exact<{
  municipality: unknown
  code: string
  locale?: LocaleInputType | null | undefined
}>

export type ServicesDetailQuery = {
  Services: {
    docs: Array<{
      id: number
      code: string
      name: string | null
      summary: string | null
      description: string | null
      audience: Array<Service_Audience>
      legalBasis: string | null
      maxBusinessDays: number
      silence: Service_Silence
      resultValidity: string | null
      jsonLd: unknown
      category: { id: number; name: string | null } | null
      requirements: Array<{ text: string | null }> | null
      documents: Array<{ text: string | null }> | null
      fee: { free: boolean | null; amount: number | null; currency: string | null } | null
      office: { name: string | null; email: string | null } | null
      channels: {
        online: boolean | null
        inPerson: boolean | null
        address: string | null
        hours: string | null
        phone: string | null
      } | null
      form: Array<{
        key: string | null
        type: Service_Form_Type | null
        required: boolean | null
        label: string | null
        help: string | null
        min: number | null
        max: number | null
        options: Array<{ value: string | null; label: string | null }> | null
      }> | null
    }>
  } | null
}

export type ServicesSubmitRequestMutationVariables = Exact<{
  municipality: string
  service: string
  answers?: unknown
  location?: ServiceRequestLocationInput | null | undefined
  name?: string | null | undefined
  email?: string | null | undefined
  language?: string | null | undefined
  attachments?: Array<ServiceRequestAttachmentInput> | ServiceRequestAttachmentInput | null | undefined
}>

export type ServicesSubmitRequestMutation = {
  submitServiceRequest: { trackingCode: string; trackingToken: string; status: string; dueAt: string | null }
}

export type ServicesRequestViewFragment = {
  trackingCode: string
  status: string
  statusLabel: string | null
  submittedAt: string | null
  dueAt: string | null
  overdue: boolean | null
  service: { code: string | null; name: string | null } | null
}

export type ServicesTrackQueryVariables = Exact<{
  municipality: string
  code: string
  token?: string | null | undefined
}>

export type ServicesTrackQuery = {
  trackServiceRequest: {
    resolvedAt: string | null
    closedAt: string | null
    trackingCode: string
    status: string
    statusLabel: string | null
    submittedAt: string | null
    dueAt: string | null
    overdue: boolean | null
    history: Array<{ at: string | null; to: string | null; toLabel: string | null; note: string | null }> | null
    messages: Array<{ from: string | null; body: string | null; at: string | null }> | null
    service: { code: string | null; name: string | null } | null
  }
}

export type ServicesMineQueryVariables = Exact<{
  municipality: string
}>

export type ServicesMineQuery = {
  myServiceRequests: Array<{
    trackingCode: string
    status: string
    statusLabel: string | null
    submittedAt: string | null
    dueAt: string | null
    overdue: boolean | null
    service: { code: string | null; name: string | null } | null
  }>
}

export const ParticipationProcessFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipationProcessFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Process' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireVerification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportsPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportThreshold' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationProcessFieldsFragment, unknown>
export const ServicesCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxBusinessDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesCardFragment, unknown>
export const ServicesRequestViewFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesRequestView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestTracking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesRequestViewFragment, unknown>
export const MePersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MePerson' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mePerson' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: '_verified' } },
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
} as unknown as DocumentNode<MePersonQuery, MePersonQueryVariables>
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'mutationPersonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>
export const LogInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loginPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>
export const LogOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logoutPerson' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>
export const VerifyEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyEmailPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>
export const ForgotPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForgotPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgotPasswordPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForgotPasswordMutation, ForgotPasswordMutationVariables>
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPasswordPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'token' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>
export const AgendaOfficesAndSlotsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaOfficesAndSlots' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'AgendaOffices' },
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
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'name', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hours' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'AgendaSlots' },
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
                      name: { kind: 'Name', value: 'startsAt' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'greater_than' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '500' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'startsAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'office' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
} as unknown as DocumentNode<AgendaOfficesAndSlotsQuery, AgendaOfficesAndSlotsQueryVariables>
export const AgendaMyBookingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaMyBookings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'person' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'AgendaBookings' },
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
                      name: { kind: 'Name', value: 'person' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'person' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'slot' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'office' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'address' } },
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
      },
    },
  ],
} as unknown as DocumentNode<AgendaMyBookingsQuery, AgendaMyBookingsQueryVariables>
export const AgendaBookDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AgendaBook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slot' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookAppointment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slot' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slot' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaBookMutation, AgendaBookMutationVariables>
export const AgendaCancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AgendaCancel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'booking' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelAppointment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'booking' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'booking' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaCancelMutation, AgendaCancelMutationVariables>
export const MunicipalityBySlugDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalityBySlug' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
            name: { kind: 'Name', value: 'Municipalities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'modules' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'logo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'theme' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'primaryColor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'secondaryColor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contact' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'website' } },
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
} as unknown as DocumentNode<MunicipalityBySlugQuery, MunicipalityBySlugQueryVariables>
export const MunicipalityDomainsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalityDomains' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Municipalities' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '0' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pagination' },
                value: { kind: 'BooleanValue', value: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'name', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'domains' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'domain' } }],
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
} as unknown as DocumentNode<MunicipalityDomainsQuery, MunicipalityDomainsQueryVariables>
export const PortalNavigationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortalNavigation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
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
            name: { kind: 'Name', value: 'Navigations' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'page' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
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
      },
    },
  ],
} as unknown as DocumentNode<PortalNavigationQuery, PortalNavigationQueryVariables>
export const HomeContentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeContent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'now' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allNews' },
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
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-publishedAt', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '3' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'image' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Events' },
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
                      name: { kind: 'Name', value: 'end' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'greater_than_equal' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'now' } },
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
                value: { kind: 'StringValue', value: 'start', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '3' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
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
} as unknown as DocumentNode<HomeContentQuery, HomeContentQueryVariables>
export const NewsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewsList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allNews' },
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
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-publishedAt', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '10' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'image' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
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
} as unknown as DocumentNode<NewsListQuery, NewsListQueryVariables>
export const NewsItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewsItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
            name: { kind: 'Name', value: 'allNews' },
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
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'image' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
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
} as unknown as DocumentNode<NewsItemQuery, NewsItemQueryVariables>
export const EventsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventsList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
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
            name: { kind: 'Name', value: 'Events' },
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
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-start', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
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
} as unknown as DocumentNode<EventsListQuery, EventsListQueryVariables>
export const EventItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
            name: { kind: 'Name', value: 'Events' },
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
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'image' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
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
} as unknown as DocumentNode<EventItemQuery, EventItemQueryVariables>
export const DocumentsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DocumentsList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Document_where' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocaleInputType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Documents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-date', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filesize' } },
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
} as unknown as DocumentNode<DocumentsListQuery, DocumentsListQueryVariables>
export const PageBySlugDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PageBySlug' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
            name: { kind: 'Name', value: 'Pages' },
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
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'seo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'layout' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RichText' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'blockType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Image' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'blockType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'image' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallToAction' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'blockType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'link' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'page' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Cards' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'blockType' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'cards' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'image' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'link' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'page' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
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
} as unknown as DocumentNode<PageBySlugQuery, PageBySlugQueryVariables>
export const ParticipationProcessesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationProcesses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
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
            name: { kind: 'Name', value: 'Processes' },
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
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-createdAt', block: false },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipationProcessFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipationProcessFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Process' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireVerification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportsPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportThreshold' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationProcessesQuery, ParticipationProcessesQueryVariables>
export const ParticipationProcessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationProcess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
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
            name: { kind: 'Name', value: 'Processes' },
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
                      name: { kind: 'Name', value: 'slug' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ParticipationProcessFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Districts' },
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
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'name', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ParticipationProcessFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Process' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireVerification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportsPerPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportThreshold' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationProcessQuery, ParticipationProcessQueryVariables>
export const ParticipationProcessContentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationProcessContent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
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
            name: { kind: 'Name', value: 'Proposals' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'EnumValue', value: 'published' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-createdAt', block: false },
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
                { kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'district' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Polls' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'closesAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Budgets' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'closesAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'AccountabilityResults' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationProcessContentQuery, ParticipationProcessContentQueryVariables>
export const ParticipationProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
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
            name: { kind: 'Name', value: 'Proposals' },
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
                      name: { kind: 'Name', value: 'id' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'district' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'location' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lat' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lng' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'images' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'process' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Comments' },
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
                      name: { kind: 'Name', value: 'proposal' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'EnumValue', value: 'published' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '500' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'createdAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
} as unknown as DocumentNode<ParticipationProposalQuery, ParticipationProposalQueryVariables>
export const ParticipationPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
            name: { kind: 'Name', value: 'Polls' },
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
                      name: { kind: 'Name', value: 'id' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requireVerification' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'process' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'questions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'multiple' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'options' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ParticipationPollQuery, ParticipationPollQueryVariables>
export const ParticipationBudgetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationBudget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
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
            name: { kind: 'Name', value: 'Budgets' },
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
                      name: { kind: 'Name', value: 'id' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minProjects' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxProjects' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requireVerification' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'process' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'BudgetProjects' },
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
                      name: { kind: 'Name', value: 'budget' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'ref' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'title', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'district' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
} as unknown as DocumentNode<ParticipationBudgetQuery, ParticipationBudgetQueryVariables>
export const ParticipationResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
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
            name: { kind: 'Name', value: 'AccountabilityResults' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'title', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Polls' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'closesAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Budgets' },
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
                      name: { kind: 'Name', value: 'process' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'published' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'closesAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'results' } },
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
} as unknown as DocumentNode<ParticipationResultsQuery, ParticipationResultsQueryVariables>
export const ParticipationMyProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationMyProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
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
            name: { kind: 'Name', value: 'Proposals' },
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
                      name: { kind: 'Name', value: 'author' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'author' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: '-createdAt', block: false },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'transitionComment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'process' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<ParticipationMyProposalsQuery, ParticipationMyProposalsQueryVariables>
export const ParticipationMyResidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParticipationMyResidence' },
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
            name: { kind: 'Name', value: 'myResidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'verified' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationMyResidenceQuery, ParticipationMyResidenceQueryVariables>
export const ParticipationVerifyResidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationVerifyResidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'birthDate' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyResidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'document' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'birthDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'birthDate' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'already' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationVerifyResidenceMutation, ParticipationVerifyResidenceMutationVariables>
export const ParticipationSubmitProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationSubmitProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'district' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalLocationInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'images' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalImageInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'process' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'district' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'district' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'images' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'images' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationSubmitProposalMutation, ParticipationSubmitProposalMutationVariables>
export const ParticipationSupportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationSupport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'proposal' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'proposal' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'proposal' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'proposal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualified' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationSupportMutation, ParticipationSupportMutationVariables>
export const ParticipationCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'proposal' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parent' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'proposal' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'proposal' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parent' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parent' } },
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
} as unknown as DocumentNode<ParticipationCommentMutation, ParticipationCommentMutationVariables>
export const ParticipationReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'collection' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'collection' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'collection' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reports' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationReportMutation, ParticipationReportMutationVariables>
export const ParticipationFollowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationFollow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followProcess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'process' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'process' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'follow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'process' } },
                { kind: 'Field', name: { kind: 'Name', value: 'following' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationFollowMutation, ParticipationFollowMutationVariables>
export const ParticipationCastPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationCastPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'poll' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: {
                  kind: 'ListType',
                  type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
                },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castPollBallot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'poll' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'poll' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'poll' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counted' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationCastPollMutation, ParticipationCastPollMutationVariables>
export const ParticipationCastBudgetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParticipationCastBudget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'budget' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castBudgetBallot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'budget' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'budget' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'projects' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'projects' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParticipationCastBudgetMutation, ParticipationCastBudgetMutationVariables>
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
export const ServicesCatalogueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesCatalogue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Service_where' } } },
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
            name: { kind: 'Name', value: 'ServiceCategories' },
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
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'order', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'Services' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'name', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalDocs' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'docs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServicesCard' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxBusinessDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesCatalogueQuery, ServicesCatalogueQueryVariables>
export const ServicesHighlightDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesHighlight' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
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
            name: { kind: 'Name', value: 'Services' },
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
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'StringValue', value: 'name', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '4' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServicesCard' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxBusinessDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesHighlightQuery, ServicesHighlightQueryVariables>
export const ServicesDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
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
            name: { kind: 'Name', value: 'Services' },
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
                      name: { kind: 'Name', value: 'code' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'equals' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'category' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requirements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'text' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'documents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'text' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fee' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'free' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'legalBasis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxBusinessDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'silence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resultValidity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'office' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'online' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'inPerson' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'form' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'help' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'options' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'jsonLd' } },
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
} as unknown as DocumentNode<ServicesDetailQuery, ServicesDetailQueryVariables>
export const ServicesSubmitRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ServicesSubmitRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'service' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestLocationInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attachments' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestAttachmentInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitServiceRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'service' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'service' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attachments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attachments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesSubmitRequestMutation, ServicesSubmitRequestMutationVariables>
export const ServicesTrackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesTrack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trackServiceRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServicesRequestView' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'messages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesRequestView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestTracking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesTrackQuery, ServicesTrackQueryVariables>
export const ServicesMineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesMine' },
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
            name: { kind: 'Name', value: 'myServiceRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipality' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServicesRequestView' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServicesRequestView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestTracking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesMineQuery, ServicesMineQueryVariables>
