/**
 * A module used only by the SDK's own tests: one small tenant-scoped collection. Installed when
 * `EMUNI_TEST_MODULES=true` (never in a real installation, so it is not in the committed migrations:
 * the suites that use it run the server in development mode, which pushes the schema).
 */
import { l } from '../../../i18n/index'
import { defineModule } from '../defineModule'

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
  roles: [
    { slug: 'test-clerk', label: l('Oficinista de prueba', 'Escriturário de teste', 'Test clerk', 'Commis de test') },
  ],
  collections: [
    {
      slug: 'sdk-test-notes',
      labels: { singular: l('Nota', 'Nota', 'Note', 'Note'), plural: l('Notas', 'Notas', 'Notes', 'Notes') },
      admin: { useAsTitle: 'title' },
      access: {
        read: () => true,
        create: ({ req }) => Boolean(req.user),
        update: ({ req }) => Boolean(req.user),
        delete: ({ req }) => Boolean(req.user),
      },
      fields: [{ name: 'title', type: 'text', required: true }],
    },
  ],
})
