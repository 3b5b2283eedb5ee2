import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowActions as WorkflowActions_c46a9e45421d39708c7df8390b8587bc } from '../../../../src/components/admin/WorkflowActions'
import { ItemServiceActivities as ItemServiceActivities_9bda2316f275c0d584da0bf3fef9be7d } from '../../../../src/components/admin/ItemServiceActivities'
import { ReviewHistory as ReviewHistory_e06c4ea7b181eb2615186622cb284591 } from '../../../../src/components/admin/ReviewHistory'
import { ReportActions as ReportActions_b064bcf7e815696ff42c859c2e501b41 } from '../../../../src/components/admin/ReportActions'
import { BulletinTables as BulletinTables_f1c0875afe378a93bdd82b139108b351 } from '../../../../src/components/admin/BulletinTables'
import { NotificationBell as NotificationBell_ae227a5fb0df18e0bef59630b661d3fd } from '../../../../src/components/admin/NotificationBell'
import { ReviewQueueNavLink as ReviewQueueNavLink_a0ed2576bf27488cb1dbed295229232f } from '../../../../src/components/admin/ReviewQueueNavLink'
import { WorkflowDashboardCard as WorkflowDashboardCard_2faacaa7a5432cc574ab9db2181f137f } from '../../../../src/components/admin/WorkflowDashboardCard'
import { ServiceReadinessBoard as ServiceReadinessBoard_53de3d9d0a29ad94987412ec88047b73 } from '../../../../src/components/admin/ServiceReadinessBoard'
import { ReportMonitorCard as ReportMonitorCard_6cce693d5f93b10fd4a71071d47f0177 } from '../../../../src/components/admin/ReportMonitorCard'
import { InboxView as InboxView_78844d686dc0eda7f522459138807b7e } from '../../../../src/components/admin/InboxView'
import { ReviewQueueView as ReviewQueueView_abf323f5b9abd7889472baa4595940c4 } from '../../../../src/components/admin/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/WorkflowActions#WorkflowActions": WorkflowActions_c46a9e45421d39708c7df8390b8587bc,
  "/src/components/admin/ItemServiceActivities#ItemServiceActivities": ItemServiceActivities_9bda2316f275c0d584da0bf3fef9be7d,
  "/src/components/admin/ReviewHistory#ReviewHistory": ReviewHistory_e06c4ea7b181eb2615186622cb284591,
  "/src/components/admin/ReportActions#ReportActions": ReportActions_b064bcf7e815696ff42c859c2e501b41,
  "/src/components/admin/BulletinTables#BulletinTables": BulletinTables_f1c0875afe378a93bdd82b139108b351,
  "/src/components/admin/NotificationBell#NotificationBell": NotificationBell_ae227a5fb0df18e0bef59630b661d3fd,
  "/src/components/admin/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_a0ed2576bf27488cb1dbed295229232f,
  "/src/components/admin/WorkflowDashboardCard#WorkflowDashboardCard": WorkflowDashboardCard_2faacaa7a5432cc574ab9db2181f137f,
  "/src/components/admin/ServiceReadinessBoard#ServiceReadinessBoard": ServiceReadinessBoard_53de3d9d0a29ad94987412ec88047b73,
  "/src/components/admin/ReportMonitorCard#ReportMonitorCard": ReportMonitorCard_6cce693d5f93b10fd4a71071d47f0177,
  "/src/components/admin/InboxView#InboxView": InboxView_78844d686dc0eda7f522459138807b7e,
  "/src/components/admin/ReviewQueueView#ReviewQueueView": ReviewQueueView_abf323f5b9abd7889472baa4595940c4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
