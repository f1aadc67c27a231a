/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type LocaleInputType = 'en' | 'es' | 'fr' | 'pt'

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

export type Service_LanguageOf_Operator = {
  contains?: unknown
  equals?: unknown
  exists?: boolean | null | undefined
  intersects?: unknown
  like?: unknown
  not_equals?: unknown
  within?: unknown
}

export type Service_LegalBasis_Operator = {
  contains?: string | null | undefined
  equals?: string | null | undefined
  exists?: boolean | null | undefined
  like?: string | null | undefined
  not_equals?: string | null | undefined
}

export type Service_LocationPrivacy_Input = 'approximate' | 'exact' | 'hidden'

export type Service_LocationPrivacy_Operator = {
  all?: Array<Service_LocationPrivacy_Input | null | undefined> | null | undefined
  equals?: Service_LocationPrivacy_Input | null | undefined
  in?: Array<Service_LocationPrivacy_Input | null | undefined> | null | undefined
  not_equals?: Service_LocationPrivacy_Input | null | undefined
  not_in?: Array<Service_LocationPrivacy_Input | null | undefined> | null | undefined
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
  languageOf?: Service_LanguageOf_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  locationPrivacy?: Service_LocationPrivacy_Operator | null | undefined
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
  languageOf?: Service_LanguageOf_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  locationPrivacy?: Service_LocationPrivacy_Operator | null | undefined
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
  languageOf?: Service_LanguageOf_Operator | null | undefined
  legalBasis?: Service_LegalBasis_Operator | null | undefined
  locationPrivacy?: Service_LocationPrivacy_Operator | null | undefined
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

export type ServicesCardFragment = {
  id: number
  code: string
  name: string | null
  languageOf: unknown
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
    docs: Array<{ id: number; name: string | null; languageOf: unknown; slug: string; description: string | null }>
  } | null
  Services: {
    totalDocs: number
    docs: Array<{
      id: number
      code: string
      name: string | null
      languageOf: unknown
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
      languageOf: unknown
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
      languageOf: unknown
      summary: string | null
      description: string | null
      audience: Array<Service_Audience>
      legalBasis: string | null
      maxBusinessDays: number
      silence: Service_Silence
      resultValidity: string | null
      jsonLd: unknown
      category: { id: number; name: string | null; languageOf: unknown } | null
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
    canRespond: boolean | null
    canRate: boolean | null
    rating: number | null
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

export type ServicesRespondMutationVariables = Exact<{
  municipality: string
  code: string
  token?: string | null | undefined
  message: string
}>

export type ServicesRespondMutation = { respondToServiceRequest: { trackingCode: string; status: string } }

export type ServicesRateMutationVariables = Exact<{
  municipality: string
  code: string
  token?: string | null | undefined
  score: number
  comment?: string | null | undefined
}>

export type ServicesRateMutation = { rateServiceRequest: { trackingCode: string; rating: number | null } }

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

export type ServicesStatisticsQueryVariables = Exact<{
  municipality: string
}>

export type ServicesStatisticsQuery = {
  serviceStatistics: Array<{
    code: string
    name: string | null
    maxBusinessDays: number | null
    requestsLast12Months: number
    resolvedLast12Months: number
    medianResolutionDays: number | null
    resolvedWithinMaximum: number
    ratings: number
    averageRating: number | null
  }>
}

export type ServicesSitemapQueryVariables = Exact<{
  municipality: unknown
}>

export type ServicesSitemapQuery = { Services: { docs: Array<{ code: string; updatedAt: string | null }> } | null }

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
          { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'languageOf' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
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
export const ServicesRespondDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ServicesRespond' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToServiceRequest' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'message' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesRespondMutation, ServicesRespondMutationVariables>
export const ServicesRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ServicesRate' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'score' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rateServiceRequest' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'score' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'score' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'trackingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesRateMutation, ServicesRateMutationVariables>
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
export const ServicesStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesStatistics' },
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
            name: { kind: 'Name', value: 'serviceStatistics' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxBusinessDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestsLast12Months' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedLast12Months' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianResolutionDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolvedWithinMaximum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageRating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesStatisticsQuery, ServicesStatisticsQueryVariables>
export const ServicesSitemapDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesSitemap' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipality' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
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
                value: { kind: 'StringValue', value: 'code', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1000' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
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
} as unknown as DocumentNode<ServicesSitemapQuery, ServicesSitemapQueryVariables>
