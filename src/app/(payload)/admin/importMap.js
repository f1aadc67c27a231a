import { ModuleSwitches as ModuleSwitches_64b102f60272ec83126b5f850f67cb7d } from '../../../../admin/ModuleSwitches'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { JsonField as JsonField_3c77b1ebab96757e2d3fa09f3bccb8d8 } from '../../../../admin/JsonField'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TimeZoneNote as TimeZoneNote_c80dec779734583980071620728ab478 } from '../../../../admin/TimeZoneNote'
import { AssigneeCell as AssigneeCell_434cf53a0a60f5fa896e80a7bb2cae3d } from '../../../../src/plugins/muniservi/admin/InboxCells'
import { OverdueCell as OverdueCell_434cf53a0a60f5fa896e80a7bb2cae3d } from '../../../../src/plugins/muniservi/admin/InboxCells'
import { Answers as Answers_9ff6595eedde2ad53523499a5dba1e32 } from '../../../../src/plugins/muniservi/admin/Answers'
import { MessageRowLabel as MessageRowLabel_b7def72027843d03c0de5803d3feb17c } from '../../../../src/plugins/muniservi/admin/RowLabels'
import { NoteRowLabel as NoteRowLabel_b7def72027843d03c0de5803d3feb17c } from '../../../../src/plugins/muniservi/admin/RowLabels'
import { WorkflowActions as WorkflowActions_698556b1b902569975d6cdf2063cd68b } from '../../../../admin/WorkflowActions'
import { HistoryRowLabel as HistoryRowLabel_a9201f6cf81fc1827acdcf4ff63993cb } from '../../../../admin/HistoryRowLabel'
import { InboxFilters as InboxFilters_21da571b41bfaa990c255fef736b04a2 } from '../../../../src/plugins/muniservi/admin/InboxFilters'
import { StatusFilters as StatusFilters_ba1f3480f82edf4ce5864759b243c879 } from '../../../../admin/StatusFilters'
import { TenderSteps as TenderSteps_a94ee5b0983cc0b768f5d1f690b46acb } from '../../../../src/plugins/municompra/admin/TenderSteps'
import { CensusImport as CensusImport_3307921bec0a2ef26017b29326509b12 } from '../../../../src/plugins/muniparticipa/admin/CensusImport'
import { Icon as Icon_d4751384a7cf3b09ce46117cb8895da1 } from '../../../../admin/Brand'
import { Logo as Logo_d4751384a7cf3b09ce46117cb8895da1 } from '../../../../admin/Brand'
import { GlobalViewRedirect as GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { Dashboard as Dashboard_b1da18705623495fe0da513a008df5f5 } from '../../../../admin/Dashboard'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { ModuleNavFilter as ModuleNavFilter_fc27451ff4c3da044139bb256e446442 } from '../../../../admin/ModuleNavFilter'
import { A11yRepairs as A11yRepairs_c9fcae152a7e7543791018e45ddf3671 } from '../../../../admin/A11yRepairs'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/ModuleSwitches#ModuleSwitches": ModuleSwitches_64b102f60272ec83126b5f850f67cb7d,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/admin/JsonField#JsonField": JsonField_3c77b1ebab96757e2d3fa09f3bccb8d8,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/TimeZoneNote#TimeZoneNote": TimeZoneNote_c80dec779734583980071620728ab478,
  "/src/plugins/muniservi/admin/InboxCells#AssigneeCell": AssigneeCell_434cf53a0a60f5fa896e80a7bb2cae3d,
  "/src/plugins/muniservi/admin/InboxCells#OverdueCell": OverdueCell_434cf53a0a60f5fa896e80a7bb2cae3d,
  "/src/plugins/muniservi/admin/Answers#Answers": Answers_9ff6595eedde2ad53523499a5dba1e32,
  "/src/plugins/muniservi/admin/RowLabels#MessageRowLabel": MessageRowLabel_b7def72027843d03c0de5803d3feb17c,
  "/src/plugins/muniservi/admin/RowLabels#NoteRowLabel": NoteRowLabel_b7def72027843d03c0de5803d3feb17c,
  "/admin/WorkflowActions#WorkflowActions": WorkflowActions_698556b1b902569975d6cdf2063cd68b,
  "/admin/HistoryRowLabel#HistoryRowLabel": HistoryRowLabel_a9201f6cf81fc1827acdcf4ff63993cb,
  "/src/plugins/muniservi/admin/InboxFilters#InboxFilters": InboxFilters_21da571b41bfaa990c255fef736b04a2,
  "/admin/StatusFilters#StatusFilters": StatusFilters_ba1f3480f82edf4ce5864759b243c879,
  "/src/plugins/municompra/admin/TenderSteps#TenderSteps": TenderSteps_a94ee5b0983cc0b768f5d1f690b46acb,
  "/src/plugins/muniparticipa/admin/CensusImport#CensusImport": CensusImport_3307921bec0a2ef26017b29326509b12,
  "/admin/Brand#Icon": Icon_d4751384a7cf3b09ce46117cb8895da1,
  "/admin/Brand#Logo": Logo_d4751384a7cf3b09ce46117cb8895da1,
  "@payloadcms/plugin-multi-tenant/rsc#GlobalViewRedirect": GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62,
  "/admin/Dashboard#Dashboard": Dashboard_b1da18705623495fe0da513a008df5f5,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "/admin/ModuleNavFilter#ModuleNavFilter": ModuleNavFilter_fc27451ff4c3da044139bb256e446442,
  "/admin/A11yRepairs#A11yRepairs": A11yRepairs_c9fcae152a7e7543791018e45ddf3671,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
