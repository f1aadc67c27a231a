/**
 * MuniParticipa's staff at work in the admin (production bundle, real Chromium), in Spanish and in Portuguese:
 * each role does its everyday work from the admin, and the test reads it back through the API or the database:
 * - municipal administrator: imports the census from a file, all or nothing;
 * - moderator: hides a published proposal with a comment;
 * - moderator: the home page's counts of their work, equal to the rows; axe on the pages of both roles.
 * Spanish in Villa Esperanza (Uruguay), Portuguese in Nova Esperança (Brazil); the moderator (a demo account of
 * Villa Esperanza only) works there with a Portuguese browser.
 */
import {
  ADMIN_PLACES,
  type AdminStack,
  expectSaved,
  hydrated,
  municipalityId,
  startAdminStack,
  usingPostgres,
} from '@e-muni/sdk/testing'

let stack: AdminStack
/** The moderator is a demo account of Villa Esperanza only. */
const VILLA = ADMIN_PLACES.es.slug
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  stack = await startAdminStack({ name: 'muniparticipa-admin' })
  for (const lang of ['es', 'pt'] as const)
    ids[`tenant-${lang}`] = await municipalityId(stack.server, ADMIN_PLACES[lang].slug)
}, 300_000)
afterEach(() => stack?.afterTest())
afterAll(() => stack?.stop())

describe.each(['es', 'pt'] as const)('MuniParticipa staff at work in the admin (%s)', (lang) => {
  const slug = ADMIN_PLACES[lang].slug
  const t = (es: string, pt: string) => (lang === 'es' ? es : pt)

  it('municipal admin: imports the census through the admin, all or nothing', async () => {
    const { server } = stack
    const page = await stack.staffPage('municipal-admin', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    const count = async () =>
      Number(
        (
          await server.sql(
            `SELECT COUNT(*) AS n FROM participa_census WHERE tenant_id = ${usingPostgres ? '$1' : '?'}`,
            [tenant],
          )
        )[0].n,
      )
    const before = await count()
    await page.goto(`${server.url}/admin/collections/participa-census`, { timeout: 180_000 })
    await hydrated(page, '#census-file')
    const doc = (i: number) => `${lang.toUpperCase()}ADM${i}`
    const file = (body: string) => ({ name: 'padron.csv', mimeType: 'text/csv', buffer: Buffer.from(body) })
    // A wrong line: named, in the staff's language, and nothing imported.
    await page
      .locator('#census-file')
      .setInputFiles(file(`documento;nacimiento\n${doc(1)};12/04/1985\n${doc(2)};31/02/1990\n`))
    await page.locator('#census-review').click()
    await page.locator('#census-errors [data-line="3"]').waitFor()
    expect(await page.locator('#census-errors [data-line="3"]').innerText()).toContain(
      t('Línea 3: fecha de nacimiento «31/02/1990» no válida', 'Linha 3: data de nascimento «31/02/1990» inválida'),
    )
    expect(await page.locator('#census-import').isDisabled()).toBe(true)
    expect(await count()).toBe(before)
    // Corrected: reviewed (counted, not written), then imported.
    await page
      .locator('#census-file')
      .setInputFiles(file(`documento;nacimiento\n${doc(1)};12/04/1985\n${doc(2)};28/02/1990\n`))
    await page.locator('#census-review').click()
    await page.locator('#census-message[data-phase="reviewed"]').waitFor()
    expect(await page.locator('#census-message').innerText()).toContain(
      t('2 líneas correctas: se añadirían 2', '2 linhas corretas: seriam adicionadas 2'),
    )
    expect(await count()).toBe(before)
    await page.locator('#census-import').click()
    await page.locator('#census-message[data-phase="done"]').waitFor()
    expect(await page.locator('#census-message').innerText()).toContain(
      t('Padrón importado: 2 líneas añadidas', 'Cadastro importado: 2 linhas adicionadas'),
    )
    expect(await count()).toBe(before + 2)
  }, 300_000)

  it('moderator: hides a published proposal, with the reason for its author', async () => {
    const { server } = stack
    const page = await stack.staffPage('moderator', VILLA, lang)
    const read = (path: string) => stack.read('moderator', VILLA, path)
    const proposals = await read(
      `/api/participa-proposals?where[status][equals]=published&where[tenant][equals]=${ids['tenant-es']}&sort=id&depth=0`,
    )
    const proposal = proposals.docs[0]
    // The list: quick filters by state, each with the count the API gives the moderator.
    await page.goto(`${server.url}/admin/collections/participa-proposals`, { timeout: 180_000 })
    const pending = page.locator('[data-status-filters="participa-proposals"] [data-status="pending"] .status-count')
    await pending.waitFor()
    const pendingCount = (await read(`/api/participa-proposals?where[status][equals]=pending&limit=1&depth=0`))
      .totalDocs
    expect(Number(await pending.getAttribute('data-count'))).toBe(pendingCount)
    await stack.open(page, `collections/participa-proposals/${proposal.id}`)
    // The author by name (staff cannot read people: not "Sin título - ID: 6").
    const [author] = await server.sql(`SELECT name FROM people WHERE id = ${usingPostgres ? '$1' : '?'}`, [
      proposal.author,
    ])
    expect(await page.locator('#field-authorName').inputValue()).toBe(author.name)
    await page.locator('#workflow-comment').fill(t('Contiene datos personales.', 'Contém dados pessoais.'))
    const hidden = await stack.saving(page, 'participa-proposals', () => page.locator('#workflow-to-hidden').click())
    expectSaved(hidden, 200)
    const doc = await read(`/api/participa-proposals/${proposal.id}?depth=0`)
    expect(doc.status).toBe('hidden')
    expect(doc.history.at(-1)).toMatchObject({
      to: 'hidden',
      comment: t('Contiene datos personales.', 'Contém dados pessoais.'),
    })
    // Shown again, for the next language's run.
    const shown = await stack.saving(page, 'participa-proposals', () => page.locator('#workflow-to-published').click())
    expectSaved(shown, 200)
  }, 300_000)

  it('dashboard: each role sees the counts of its work, equal to the rows', async () => {
    const role = 'moderator'
    const { page, shown } = await stack.home(role, VILLA, lang)
    const proposals = await stack.rows('participa_proposals', 'status, report_count', ids['tenant-es'])
    expect({ role, shown }).toEqual({
      role,
      shown: {
        'muniparticipa-pending': proposals.filter((p) => p.status === 'pending').length,
        'muniparticipa-reported': proposals.filter((p) => p.status === 'published' && Number(p.report_count) > 0)
          .length,
      },
    })
    // The modules' cards and menu entries are those of the modules the role works in: MuniParticipa's only.
    const modulesShown = await page
      .locator('#card-participa-proposals')
      .evaluateAll((cards) => cards.map((c) => c.id.replace('card-', '')))
    expect({ role, modulesShown }).toEqual({ role, modulesShown: ['participa-proposals'] })
    expect({ role, modules: await stack.moduleGroups(page, role, VILLA) }).toEqual({ role, modules: ['muniparticipa'] })
    // Each count links to its list, which shows as many documents.
    await stack.expectCountsLinkToLists(role, VILLA, page, shown)
    await stack.release(page)
  }, 300_000)
})

/**
 * axe (WCAG 2.2 AA) on whole pages — Payload's own markup with e-Muni's and MuniParticipa's parts — of the lists
 * and the edit views the moderator works in, and the census import of the municipal administrator (Villa
 * Esperanza, Spanish: the markup is the same in every language).
 */
describe('axe in the admin', () => {
  it('finds no WCAG 2.2 AA violation on the pages MuniParticipa staff work in', async () => {
    const proposal = await stack.latestId('moderator', VILLA, 'participa-proposals')
    const found = await stack.axeViolations([
      ['moderator', 'collections/participa-proposals', '[data-status-filters="participa-proposals"]'],
      ['moderator', `collections/participa-proposals/${proposal}`, '#field-authorName'],
      ['moderator', 'collections/participa-comments', '[data-status-filters="participa-comments"]'],
      ['municipal-admin', 'collections/participa-census', '#census-file'],
    ])
    expect(found).toEqual([])
  }, 420_000)
})
