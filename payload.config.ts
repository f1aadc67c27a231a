/**
 * e-Muni's Payload config: the core collections, then the installed modules (composed in src/modules.ts),
 * then the multi-tenant plugin (after them, so it scopes every module collection).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { pt } from '@payloadcms/translations/languages/pt'
import nodemailer from 'nodemailer'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { isPlatformAdmin, isStaff, tenantRoleOptions } from './src/access/roles'
import { AuditLog } from './src/collections/AuditLog'
import { Documents } from './src/collections/Documents'
import { Events } from './src/collections/Events'
import { Media } from './src/collections/Media'
import { municipalities } from './src/collections/Municipalities'
import { Navigation } from './src/collections/Navigation'
import { News } from './src/collections/News'
import { Pages } from './src/collections/Pages'
import { People } from './src/collections/People'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/db'
import { audited } from './src/plugins/sdk/audit'
import { uploadMaxBytes } from './src/plugins/sdk/uploads'
import { nullGroupsPlugin } from './src/hooks/nullGroups'
import { adminFieldsPlugin, DATE_TIME_FORMAT } from './src/lib/adminFields'
import { revalidatePortalPlugin } from './src/hooks/revalidatePortal'
import { keepValidationDetails } from './src/hooks/validationDetails'
import { malformedBodies } from './src/hooks/malformedBody'
import { guardDeletes } from './src/hooks/deleteGuard'
import { languageFallbackPlugin } from './src/hooks/languageFallback'
import { clientErrors, guardInput } from './src/hooks/inputGuard'
import { l, LANGUAGES } from './src/i18n/index'
import { csrfAllowlist, trackMunicipalityDomains } from './src/lib/cors'
import { depthLimit, graphqlMaxDepth } from './src/lib/graphqlDepth'
import { hardenConfig } from './src/lib/hardenConfig'
import { signUpMutation } from './src/lib/signUp'
import { auditedAccounts, auditLockouts, verifyMutation } from './src/lib/accountAudit'
import { resendVerificationMutation } from './src/lib/resendVerification'
import { objectStoragePlugin } from './src/lib/objectStorage'
import { publicCacheHooks } from './src/lib/publicCache'
import { payloadSecret } from './src/lib/secret'
import { INSTALLED_MODULES } from './src/modules'
import {
  HISTORY_ROW_LABEL_COMPONENT,
  STATUS_FILTERS_COMPONENT,
  WORKFLOW_ACTIONS_COMPONENT,
} from './src/plugins/sdk/workflow'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The MuniPortal collections every municipality owns (scoped by the multi-tenant plugin). */
const TENANT_COLLECTIONS = ['media', 'pages', 'news', 'events', 'documents'] as const

const emailDefaults = {
  defaultFromAddress: process.env.EMAIL_FROM || 'no-reply@e-muni.local',
  defaultFromName: process.env.EMAIL_FROM_NAME || 'e-Muni',
  skipVerify: true,
}
// SMTP_URL (smtp://user:pass@host:587, smtps://…) or the SMTP_HOST family; neither → emails are logged.
const email = process.env.SMTP_URL
  ? nodemailerAdapter({ ...emailDefaults, transport: nodemailer.createTransport(process.env.SMTP_URL) })
  : process.env.SMTP_HOST
    ? nodemailerAdapter({
        ...emailDefaults,
        transportOptions: {
          host: process.env.SMTP_HOST,
          port: Number(process.env.SMTP_PORT || 587),
          secure: process.env.SMTP_SECURE === 'true',
          ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        },
      })
    : undefined

export default buildConfig({
  serverURL: process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`,
  // Cookie sessions only from the CMS, the portal and the municipalities' domains (src/lib/cors.ts).
  csrf: csrfAllowlist(),
  secret: payloadSecret(),
  telemetry: false,
  // JSON lines in production (structured, like the express logs); readable colours in development.
  logger:
    process.env.NODE_ENV === 'production' || process.env.LOG_FORMAT === 'json'
      ? { options: { name: 'payload', level: process.env.LOG_LEVEL || 'info' } }
      : undefined,
  sharp,
  db: await databaseAdapter(),
  editor: lexicalEditor(),
  email,
  admin: {
    user: Users.slug,
    // Gravatar would load from the internet (and is blocked by the CSP): use Payload's own.
    avatar: 'default',
    meta: { titleSuffix: '— e-Muni' },
    // Day first, 24-hour clock (src/lib/adminFields.ts does the same for every date picker).
    dateFormat: DATE_TIME_FORMAT,
    importMap: { baseDir: dirname },
    // Used by every module with a workflow: in the import map whether or not one is installed.
    dependencies: {
      workflowActions: { type: 'component', path: WORKFLOW_ACTIONS_COMPONENT },
      statusFilters: { type: 'component', path: STATUS_FILTERS_COMPONENT },
      historyRowLabel: { type: 'component', path: HISTORY_ROW_LABEL_COMPONENT },
    },
    components: {
      // Names and roles Payload's own markup leaves out (admin/A11yRepairs.tsx; WCAG 2.2 AA).
      providers: ['/admin/A11yRepairs#A11yRepairs'],
      // Branded login page and navigation (admin/Brand.tsx).
      graphics: { Logo: '/admin/Brand#Logo', Icon: '/admin/Brand#Icon' },
      // Work waiting, per role, from the installed modules' `dashboard` widgets.
      beforeDashboard: ['/admin/Dashboard#Dashboard'],
      beforeNavLinks: [
        {
          path: '/admin/ModuleNavFilter#ModuleNavFilter',
          clientProps: {
            modules: INSTALLED_MODULES.modules.map((m) => ({ slug: m.slug, collections: m.collectionSlugs ?? [] })),
          },
        },
      ],
    },
  },
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  i18n: {
    supportedLanguages: { es, pt, en, fr },
    fallbackLanguage: 'es',
  },
  localization: {
    // A text missing in one language falls back to the others, so a Portuguese-speaking
    // municipality's content still shows when read in Spanish (and so on).
    locales: [
      { code: 'es', label: 'Español', fallbackLocale: ['pt', 'en', 'fr'] },
      { code: 'pt', label: 'Português', fallbackLocale: ['es', 'en', 'fr'] },
      { code: 'en', label: 'English', fallbackLocale: ['es', 'pt', 'fr'] },
      { code: 'fr', label: 'Français', fallbackLocale: ['en', 'es', 'pt'] },
    ],
    defaultLocale: 'es',
    fallback: true,
  },
  upload: {
    limits: { fileSize: uploadMaxBytes() },
  },
  graphQL: {
    maxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY || 1000),
    validationRules: () => [depthLimit(graphqlMaxDepth())],
    // Sign-up answers the same for new and existing addresses (src/lib/signUp.ts); verifications are
    // audited (src/lib/accountAudit.ts); the verification email can be sent again (src/lib/resendVerification.ts).
    mutations: (graphQL, context) => ({
      createPerson: signUpMutation(context.Mutation.fields.createPerson as never),
      verifyEmailPerson: verifyMutation('people', context.Mutation.fields.verifyEmailPerson as never),
      resendVerificationPerson: resendVerificationMutation(graphQL as never),
    }),
  },
  hooks: { afterError: [auditLockouts, keepValidationDetails, malformedBodies, clientErrors] },
  collections: [
    trackMunicipalityDomains(audited(municipalities(INSTALLED_MODULES), (doc) => doc.id)),
    // Staff and people: every change to an account is audited, never its secrets (src/lib/accountAudit.ts).
    auditedAccounts(Users),
    auditedAccounts(People),
    ...[Media, Pages, News, Events, Documents, Navigation].map((c) => audited(c)),
    AuditLog,
  ],
  jobs: {
    access: {
      run: ({ req }) => isPlatformAdmin(req.user),
      queue: ({ req }) => isPlatformAdmin(req.user),
      cancel: ({ req }) => isPlatformAdmin(req.user),
    },
    // Scheduled publishing and the modules' deadlines run as jobs. Not Payload's `autoRun`, which runs in
    // every process that serves a request: src/lib/jobRunner.ts runs them in one process (EMUNI_ROLE,
    // JOBS_CRON, JOBS_AUTORUN; docs/deploy/worker.md).
    autoRun: [],
    jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => ({
      ...defaultJobsCollection,
      // By default any logged-in account can read the jobs collection: only platform admins may.
      access: {
        ...defaultJobsCollection.access,
        read: ({ req }) => isPlatformAdmin(req.user),
        create: ({ req }) => isPlatformAdmin(req.user),
        update: ({ req }) => isPlatformAdmin(req.user),
        delete: ({ req }) => isPlatformAdmin(req.user),
      },
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isPlatformAdmin(user as never) },
    }),
  },
  plugins: [
    // Installed modules (src/modules.ts), before the multi-tenant plugin so it scopes their collections.
    INSTALLED_MODULES.plugin,
    multiTenantPlugin({
      tenantsSlug: 'municipalities',
      tenantSelectorLabel: l('Municipio', 'Município', 'Municipality', 'Municipalité'),
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user as never),
      cleanupAfterTenantDelete: true,
      collections: {
        ...Object.fromEntries([...TENANT_COLLECTIONS, ...INSTALLED_MODULES.collectionSlugs].map((slug) => [slug, {}])),
        navigation: { isGlobal: true },
      },
      tenantField: {
        label: l('Municipio', 'Município', 'Municipality', 'Municipalité'),
      },
      tenantsArrayField: {
        includeDefaultField: true,
        // Who may change which rows is decided by the guardStaffAssignments hook, with clear errors.
        arrayFieldAccess: {
          create: ({ req }) => isStaff(req.user),
          update: ({ req }) => isStaff(req.user),
        },
        rowFields: [
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            required: true,
            saveToJWT: true,
            defaultValue: ['editor'],
            options: tenantRoleOptions(INSTALLED_MODULES.roles),
            label: l(
              'Roles en el municipio',
              'Papéis no município',
              'Roles in the municipality',
              'Rôles dans la municipalité',
            ),
          },
        ],
      },
      i18n: {
        translations: Object.fromEntries(
          LANGUAGES.map((lang) => [
            lang,
            {
              'nav-tenantSelector-label': l('Municipio', 'Município', 'Municipality', 'Municipalité')[lang],
              'field-assignedTenant-label': l('Municipio', 'Município', 'Municipality', 'Municipalité')[lang],
            },
          ]),
        ),
      },
    }),
    // After the multi-tenant plugin, so that it finds every tenant-scoped collection by its tenant field.
    revalidatePortalPlugin(),
    // After the multi-tenant plugin (it reads a document's municipality): src/hooks/languageFallback.ts.
    languageFallbackPlugin(),
    // Uploads in an S3 bucket when S3_BUCKET is set (src/lib/objectStorage.ts): every upload collection, core
    // and modules, so after the plugins that add collections; its storing hook after the others' afterChange.
    objectStoragePlugin(),
    // Last, so that it sees every collection (core, modules, the plugin's fields).
    nullGroupsPlugin,
    adminFieldsPlugin,
  ],
}).then((config) => publicCacheHooks(guardDeletes(guardInput(hardenConfig(config)))))
