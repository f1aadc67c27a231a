/**
 * A module used only by the SDK's own tests: one small tenant-scoped collection with a three-state
 * workflow (draft → submitted → approved, or back to draft with a comment), a date guard and an
 * email effect. Installed when `EMUNI_TEST_MODULES=true` — never in a real installation, so its tables
 * are not in the committed migrations (src/migrations/{sqlite,postgres}) but in migrations of its own,
 * src/migrations/sdk-test/{sqlite,postgres}, which src/lib/migrate.ts runs after the committed ones only under
 * `EMUNI_TEST_MODULES=true`: the suites that use it run on the production bundle like the others.
 *
 * After changing this module's schema, make its migrations again with Payload, from the committed
 * state, for each database:
 *   1. delete src/migrations/sdk-test/<db>/ and copy the newest src/migrations/<db>/*.json into it;
 *   2. point `migrationDir` in src/db.ts at src/migrations/sdk-test/<db> (for this step only) and run
 *      `EMUNI_TEST_MODULES=true npm run migrate:create -- sdk_test_module` (with
 *      `DATABASE_URI=postgres://…` for PostgreSQL; it reads no database, only the snapshot);
 *   3. delete the copied snapshot, restore `migrationDir`, and check that the new migration adds only
 *      this module's tables, enum values and the shared-table columns a new collection brings.
 */
import type { PayloadRequest } from 'payload'

import { idOf } from '../roles'
import { l } from '../language'
import { defineModule } from '../defineModule'
import { moduleText } from '../i18n'
import { defineTemplate, notify } from '../notify'
import { deadlineTask, defineWorkflow } from '../workflow'

const approvedEmail = defineTemplate('sdk-test-approved', {
  subject: l(
    'Su nota «{{title}}» fue aprobada',
    'A sua nota «{{title}}» foi aprovada',
    'Your note "{{title}}" was approved',
    'Votre note « {{title}} » a été approuvée',
  ),
  body: l(
    'Hola:\n\nLa nota «{{title}}» fue aprobada por {{municipality}}.',
    'Olá,\n\nA nota «{{title}}» foi aprovada por {{municipality}}.',
    'Hello,\n\nThe note "{{title}}" was approved by {{municipality}}.',
    'Bonjour,\n\nLa note « {{title}} » a été approuvée par {{municipality}}.',
  ),
  action: { label: l('Ver la nota', 'Ver a nota', 'See the note', 'Voir la note'), url: '{{url}}' },
})

export const sdkTestWorkflow = defineWorkflow({
  states: [
    { value: 'draft', label: l('Borrador', 'Rascunho', 'Draft', 'Brouillon') },
    { value: 'submitted', label: l('Enviada', 'Enviada', 'Submitted', 'Envoyée') },
    { value: 'approved', label: l('Aprobada', 'Aprovada', 'Approved', 'Approuvée') },
  ],
  initial: 'draft',
  transitions: [
    { from: 'draft', to: 'submitted', roles: ['editor', 'test-clerk', 'municipal-admin', 'platform-admin'] },
    { from: 'submitted', to: 'draft', roles: ['municipal-admin', 'platform-admin'], requires: ['transitionComment'] },
    // Silence means approval: the deadline job approves what nobody reviewed in time.
    { from: 'submitted', to: 'approved', roles: ['system'] },
    {
      from: 'submitted',
      to: 'approved',
      roles: ['municipal-admin', 'platform-admin'],
      guard: ({ doc, req }) =>
        !doc.reviewAfter || new Date(doc.reviewAfter as string) <= new Date()
          ? true
          : moduleText(req, 'sdk-test', 'notBefore', {
              date: new Date(doc.reviewAfter as string).toISOString().slice(0, 10),
            }),
      effects: [
        async ({ req, doc }) => {
          if (!doc.contactEmail) return
          const municipality = await req.payload.findByID({
            collection: 'municipalities',
            id: idOf(doc.tenant)!,
            depth: 0,
            overrideAccess: true,
            req,
          })
          await notify(req.payload, {
            to: doc.contactEmail as string,
            template: approvedEmail,
            locale: doc.contactLanguage as string,
            data: {
              title: doc.title,
              municipality: municipality.name,
              url: `${req.payload.config.serverURL}/notes/${doc.id}`,
            },
          })
        },
      ],
    },
  ],
})

/** Notes per state in one municipality, as the caller may see them (access applies). */
const countByStatus = async (req: PayloadRequest, municipality: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'sdk-test-notes' as never,
    where: { tenant: { equals: municipality } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const counts: Record<string, number> = { draft: 0, submitted: 0, approved: 0 }
  for (const doc of docs as { status?: string }[]) counts[doc.status ?? 'draft'] += 1
  return counts
}

export const sdkTestModule = defineModule({
  slug: 'sdk-test',
  label: l('Módulo de prueba', 'Módulo de teste', 'Test module', 'Module de test'),
  description: l(
    'Solo para las pruebas del SDK.',
    'Somente para os testes do SDK.',
    "Only for the SDK's tests.",
    'Uniquement pour les tests du SDK.',
  ),
  version: '0.0.1',
  endpoints: [
    {
      path: '/summary',
      method: 'get',
      handler: async (req, { municipality }) =>
        Response.json({ municipality: municipality.slug, counts: await countByStatus(req, municipality.id) }),
    },
  ],
  graphQL: {
    queries: (GraphQL) => ({
      sdkTestSummary: {
        type: GraphQL.GraphQLString,
        resolve: async (_: unknown, __: unknown, context: { req: PayloadRequest; municipality: { id: number } }) =>
          JSON.stringify(await countByStatus(context.req, context.municipality.id)),
      },
    }),
  },
  seed: async (payload, municipality) => {
    const existing = await payload.count({
      collection: 'sdk-test-notes' as never,
      where: { and: [{ tenant: { equals: municipality.id } }, { title: { equals: 'Nota de bienvenida' } }] },
      overrideAccess: true,
    })
    if (existing.totalDocs === 0) {
      await payload.create({
        collection: 'sdk-test-notes' as never,
        data: { tenant: municipality.id, title: 'Nota de bienvenida' } as never,
        overrideAccess: true,
      })
    }
  },
  translations: {
    notBefore: l(
      'Todavía no: se puede a partir del {{date}}.',
      'Ainda não: é possível a partir de {{date}}.',
      'Not yet: possible from {{date}}.',
      'Pas encore : possible à partir du {{date}}.',
    ),
  },
  jobs: [
    deadlineTask({
      slug: 'sdk-test-deadlines',
      collection: 'sdk-test-notes',
      workflow: sdkTestWorkflow,
      from: 'submitted',
      to: 'approved',
      dueField: 'autoApproveAt',
    }),
  ],
  roles: [
    { slug: 'test-clerk', label: l('Oficinista de prueba', 'Escriturário de teste', 'Test clerk', 'Commis de test') },
  ],
  collections: [
    sdkTestWorkflow.apply({
      slug: 'sdk-test-notes',
      labels: { singular: l('Nota', 'Nota', 'Note', 'Note'), plural: l('Notas', 'Notas', 'Notes', 'Notes') },
      admin: { useAsTitle: 'title' },
      access: {
        read: () => true,
        create: ({ req }) => Boolean(req.user),
        update: ({ req }) => Boolean(req.user),
        delete: ({ req }) => Boolean(req.user),
      },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'reviewAfter', type: 'date' },
        { name: 'autoApproveAt', type: 'date', index: true },
        { name: 'contactEmail', type: 'email' },
        { name: 'contactLanguage', type: 'select', options: ['es', 'pt', 'en', 'fr'] },
      ],
    }),
  ],
})
