import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AUDITED } from './collections/AuditLog/audited'
import { auditPlugin } from './collections/AuditLog/plugin'
import { Categories } from './collections/Categories'
import { FaqVotes } from './collections/FaqVotes'
import { Feedback } from './collections/Feedback'
import { monitorEndpoint } from './collections/Feedback/endpoints/monitorEndpoint'
import { Glossary } from './collections/Glossary'
import { ItemViews } from './collections/ItemViews'
import { Knowledge } from './collections/Knowledge'
import { Media } from './collections/Media'
import { NoticeAcks } from './collections/NoticeAcks'
import { ServiceActivities } from './collections/ServiceActivities'
import { ActivityFiles } from './collections/ActivityFiles'
import { Notifications } from './collections/Notifications'
import { OrgUnits } from './collections/OrgUnits'
import { ReportBulletins } from './collections/ReportBulletins'
import { ReportRules } from './collections/ReportRules'
import { workflowMutation } from './collections/Knowledge/workflow/workflowMutation'
import { ReviewEvents } from './collections/ReviewEvents'
import { Users } from './collections/Users'
import { refuseUnsupportedQueriesPlugin } from './collections/shared/hooks/refuseUnsupportedQueries'
import { searchPlugin } from './search/plugin'
import { healthEndpoint } from './src/server/health/healthEndpoint'
import { revalidateEndpoint } from './src/server/revalidateEndpoint'
import { applyMigrations } from './src/server/applyMigrations'
import { databaseAdapter } from './src/db/databaseAdapter'
import { env } from './src/env'
import { smtpEmailAdapter } from './src/server/email/smtpEmailAdapter'
import { jobs, SCHEDULES } from './src/jobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from operator networks, and would leak staff e-mail hashes.
    avatar: 'default',
    meta: { titleSuffix: ' · 客服知识库' },
    components: {
      beforeDashboard: [
        '/src/components/admin/WorkflowDashboardCard#WorkflowDashboardCard',
        '/src/components/admin/ServiceReadinessBoard#ServiceReadinessBoard',
        '/src/components/admin/ReportMonitorCard#ReportMonitorCard',
      ],
      afterNavLinks: ['/src/components/admin/ReviewQueueNavLink#ReviewQueueNavLink'],
      actions: ['/src/components/admin/NotificationBell#NotificationBell'],
      views: {
        inbox: {
          Component: '/src/components/admin/InboxView#InboxView',
          path: '/inbox',
          exact: true,
          meta: { title: '我的通知' },
        },
        reviewQueue: {
          Component: '/src/components/admin/ReviewQueueView#ReviewQueueView',
          path: '/review-queue',
          exact: true,
          meta: { title: '待我审核' },
        },
      },
    },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    Knowledge,
    Categories,
    Glossary,
    ReviewEvents,
    OrgUnits,
    Users,
    Media,
    Feedback,
    ReportBulletins,
    FaqVotes,
    ItemViews,
    NoticeAcks,
    ServiceActivities,
    ActivityFiles,
    Notifications,
  ],
  globals: [ReportRules],
  plugins: [
    searchPlugin({
      collections: { knowledge: 'knowledge', glossary: 'glossary', categories: 'categories' },
      searchLog: { after: 'media', purgeSchedule: SCHEDULES.purgeExpiredSearchQueries },
    }),
    auditPlugin(AUDITED),
    // Last, so that it covers the collections plugins add.
    refuseUnsupportedQueriesPlugin,
  ],
  editor: lexicalEditor(),
  db: databaseAdapter(env.database),
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  upload: {
    // The parser stops reading at the limit, so an oversized file never sits in memory whole.
    limits: { fileSize: env.mediaMaxBytes },
    abortOnLimit: true,
    responseOnLimit: `文件超过上限 ${(env.mediaMaxBytes / 1024 / 1024).toFixed(0)} MB`,
  },
  sharp,
  // Without SMTP settings notifications stay in the inbox (Payload would log e-mails instead).
  ...(env.smtp ? { email: smtpEmailAdapter(env.smtp) } : {}),
  jobs,
  ...(env.logToStderr
    ? { logger: { options: { level: 'info' }, destination: process.stderr } }
    : {}),
  endpoints: [revalidateEndpoint, healthEndpoint, monitorEndpoint],
  graphQL: { disablePlaygroundInProduction: true, mutations: workflowMutation },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    await applyMigrations(payload, env.database.kind)
  },
})
