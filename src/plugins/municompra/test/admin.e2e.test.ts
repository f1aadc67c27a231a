/**
 * MuniCompra's staff at work in the admin (production bundle, real Chromium), in Spanish and in Portuguese:
 * each role saves its everyday edits from the admin's edit views, and the test reads them back through the API:
 * - procurement officer: creates a draft tender through the form, edits it, publishes it (confirmed);
 * - evaluator: scores an opened bid of a tender in evaluation;
 * - municipal administrator: sets MuniCompra's settings for the municipality, on the modules' tab;
 * - officer and evaluator: the home page's counts of their work, equal to the rows; axe on their pages.
 * Spanish in Villa Esperanza (Uruguay), Portuguese in Nova Esperança (Brazil); the evaluator (a demo account
 * of Villa Esperanza only) works there with a Portuguese browser.
 */
import {
  ADMIN_PLACES,
  type AdminStack,
  expectSaved,
  GUIDE_ADMIN,
  guideShot,
  hydrated,
  municipalityId,
  pick,
  pickerDate,
  startAdminStack,
} from '@e-muni/sdk/testing'

let stack: AdminStack
/** The evaluator is a demo account of Villa Esperanza only. */
const VILLA = ADMIN_PLACES.es.slug
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  stack = await startAdminStack({ name: 'municompra-admin' })
  for (const lang of ['es', 'pt'] as const)
    ids[`tenant-${lang}`] = await municipalityId(stack.server, ADMIN_PLACES[lang].slug)
}, 300_000)
afterEach(() => stack?.afterTest())
afterAll(() => stack?.stop())

describe.each(['es', 'pt'] as const)('MuniCompra staff at work in the admin (%s)', (lang) => {
  const slug = ADMIN_PLACES[lang].slug
  const t = (es: string, pt: string) => (lang === 'es' ? es : pt)

  it('officer: creates a draft tender through the form in steps, edits it and publishes it', async () => {
    const page = await stack.staffPage('procurement-officer', slug, lang)
    const read = (path: string) => stack.read('procurement-officer', slug, path)
    const tab = (es: string, pt: string) => page.locator('.tabs-field__tab-button', { hasText: t(es, pt) })
    const step = (key: string) => page.locator(`.tender-steps [data-step="${key}"]`)
    await stack.open(page, 'collections/compra-tenders/create')
    // Nothing to fill after publication yet; the reference is suggested.
    expect(await tab('Después de publicar', 'Após a publicação').isVisible()).toBe(false)
    const reference = await page.locator('#field-reference').inputValue()
    expect(reference).toMatch(new RegExp(`^LIC-${new Date().getFullYear()}-\\d{4}$`))
    expect(await step('data').getAttribute('data-complete')).toBe('false')

    // The list row first, before any other field: a new row waits for the server's form state, which a
    // change of another field still in flight can leave pending (seen on a loaded machine, on PostgreSQL).
    await tab('Ítems y valor', 'Itens e valor').click()
    await page.locator('#field-items .array-field__add-row').click()
    const description = page.locator('#field-items__0__description')
    await description.waitFor({ timeout: 30_000 }).catch(async () => {
      // As a person whose click showed nothing would, once: click again if no row came.
      if ((await page.locator('#field-items .array-field__row').count()) === 0) {
        process.stdout.write('[municompra-admin] the first click on «add item» showed no row: clicking again\n')
        await page.locator('#field-items .array-field__add-row').click()
      }
    })
    await description.fill(t('Banco de hormigón', 'Banco de concreto'))
    await page.locator('#field-items__0__quantity').fill('12')
    // The currency is the municipality's.
    const currency = (await read(`/api/municipalities/${ids[`tenant-${lang}`]}?depth=0`)).currency as string
    expect(await page.locator('#field-value__currency').inputValue()).toBe(currency)
    await page.locator('.tender-steps [data-step="items"][data-complete="true"]').waitFor()

    await tab('Datos', 'Dados').click()
    await page.locator('#field-title').fill(t('Bancos para la plaza', 'Bancos para a praça'))
    await pick(page, 'category', t('Bienes', 'Bens'))
    await page.locator('.tender-steps [data-step="data"][data-complete="true"]').waitFor()

    await tab('Plazos', 'Prazos').click()
    await page.locator('#field-enquiryDeadline input').fill(pickerDate(10))
    await page.locator('#field-submissionDeadline input').fill(pickerDate(20))
    await page.locator('#field-openingAt input').fill(pickerDate(21))
    // A deadline says the time zone it is read in, and the municipality's when that differs.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
    const note = await page.locator('#field-submissionDeadline .time-zone-note').innerText()
    expect(note).toContain(t(`Hora de ${zone}`, `Horário de ${zone}`))
    const municipal = (await read(`/api/municipalities/${ids[`tenant-${lang}`]}?depth=0`)).timezone as string
    const offset = (z: string) =>
      new Intl.DateTimeFormat('en', { timeZone: z, timeZoneName: 'shortOffset' }).formatToParts(new Date()).at(-1)!
        .value
    if (offset(municipal) !== offset(zone)) expect(note).toContain(municipal)
    await page.locator('.tender-steps [data-step="deadlines"][data-complete="true"]').waitFor()

    // The review: what citizens will read, and nothing missing before publishing.
    await tab('Revisar y publicar', 'Revisar e publicar').click()
    const review = page.locator('.tender-review')
    await review.locator('[data-ready="true"]').waitFor()
    const preview = await review.innerText()
    for (const expected of [
      t('Bancos para la plaza', 'Bancos para a praça'),
      reference,
      t('Banco de hormigón', 'Banco de concreto'),
    ])
      expect(preview).toContain(expected)
    // For the staff guides (docs/guides/): the review before saving, its deadlines (today's dates) masked.
    await guideShot(page, t('es/personal-licitacion-revisar', 'pt/equipe-licitacao-revisar'), {
      viewport: GUIDE_ADMIN,
      mask: [page.locator('.tender-review dd:nth-of-type(n+5):nth-of-type(-n+7)')],
      show: review,
    })

    const created = await stack.save(page, 'compra-tenders')
    expectSaved(created, 201)
    const id = created.body.doc.id
    let doc = await read(`/api/compra-tenders/${id}?depth=0&locale=${lang}`)
    expect(doc).toMatchObject({ reference, status: 'draft', title: t('Bancos para la plaza', 'Bancos para a praça') })
    expect(doc.items[0]).toMatchObject({ quantity: 12 })
    expect(doc.value.currency).toBe(currency)
    // The picker read the dates day first, in the browser's time zone.
    expect(new Date(doc.enquiryDeadline).getTime()).toBeGreaterThan(Date.now() + 9 * 86_400_000)

    await page.waitForURL(new RegExp(`/collections/compra-tenders/${id}`))
    await page.locator('#action-save').waitFor()
    await hydrated(page, '#action-save')
    await tab('Datos', 'Dados').click()
    await page.locator('#field-title').fill(t('Bancos y mesas para la plaza', 'Bancos e mesas para a praça'))
    expectSaved(await stack.save(page, 'compra-tenders'), 200)
    doc = await read(`/api/compra-tenders/${id}?depth=0&locale=${lang}`)
    expect(doc.title).toBe(t('Bancos y mesas para la plaza', 'Bancos e mesas para a praça'))

    const publish = page.locator('#workflow-to-published')
    expect(await publish.innerText()).toBe(t('Publicar licitación', 'Publicar licitação'))
    // (Once the form is editable again after the save: the picture of a form, not of one being saved.)
    await page.locator('#field-title:enabled').waitFor()
    await guideShot(page, t('es/personal-licitacion-publicar', 'pt/equipe-licitacao-publicar'), {
      viewport: GUIDE_ADMIN,
      mask: [page.locator('.doc-controls__meta')],
      show: publish,
    })
    const published = await stack.saving(page, 'compra-tenders', () => publish.click())
    expectSaved(published, 200)
    doc = await read(`/api/compra-tenders/${id}?depth=0`)
    expect(doc.status).toBe('published')
    expect(doc.ocid).toContain(reference)
  }, 300_000)

  it('municipal admin: sets MuniCompra’s settings on the modules’ tab', async () => {
    const page = await stack.staffPage('municipal-admin', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    await stack.open(page, `collections/municipalities/${tenant}`)
    await page.locator('.tabs-field__tab-button', { hasText: t('Módulos', 'Módulos') }).click()
    // MuniCompra's settings for this municipality, on the modules' tab under the module's name.
    const notice = page.locator('#field-moduleSettings__municompra__amendmentMinDays')
    expect(await page.locator('label[for="field-moduleSettings__municompra__amendmentMinDays"]').innerText()).toContain(
      t('Días mínimos de aviso tras una enmienda', 'Dias mínimos de aviso após uma alteração'),
    )
    const days = lang === 'es' ? 7 : 5
    await notice.fill(String(days))
    expectSaved(await stack.save(page, 'municipalities'), 200)
    const doc = await stack.read('municipal-admin', slug, `/api/municipalities/${tenant}?depth=0`)
    expect(doc.moduleSettings.municompra.amendmentMinDays).toBe(days)
  }, 300_000)

  it('evaluator: scores an opened bid of a tender in evaluation', async () => {
    const page = await stack.staffPage('evaluator', VILLA, lang)
    const asEvaluator = (path: string) => stack.read('evaluator', VILLA, path)
    const tenders = await asEvaluator(
      `/api/compra-tenders?where[status][equals]=evaluation&where[tenant][equals]=${ids['tenant-es']}&depth=0`,
    )
    const bids = await asEvaluator(
      `/api/compra-bids?where[tender][equals]=${tenders.docs[0].id}&sort=supplierName&depth=0`,
    )
    const bid = bids.docs[lang === 'es' ? 0 : 1]
    await stack.open(page, 'collections/compra-bid-evaluations/create')
    await pick(page, 'bid', bid.supplierName)
    await page.locator('#field-score').fill(lang === 'es' ? '87' : '74')
    await page.locator('#field-justification').fill(t('Cumple y es la más barata.', 'Atende e é a mais barata.'))
    const saved = await stack.save(page, 'compra-bid-evaluations')
    expectSaved(saved, 201)
    const doc = await asEvaluator(`/api/compra-bid-evaluations/${saved.body.doc.id}?depth=0`)
    const me = await asEvaluator('/api/users/me')
    expect(doc).toMatchObject({ bid: bid.id, score: lang === 'es' ? 87 : 74, evaluator: me.user.id })
  }, 300_000)

  it('dashboard: each role sees the counts of its work, equal to the rows', async () => {
    const now = Date.now()
    const expected = async (role: string, where: string): Promise<Record<string, number>> => {
      const tenant = await municipalityId(stack.server, where)
      const tenders = await stack.rows('compra_tenders', 'status, submission_deadline', tenant)
      const questions = await stack.rows('compra_clarifications', 'answered_at', tenant)
      const evaluation = { 'municompra-evaluation': tenders.filter((t) => t.status === 'evaluation').length }
      const procurement = {
        'municompra-closing': tenders.filter((t) => {
          const at = new Date(String(t.submission_deadline)).getTime()
          return t.status === 'published' && at > now && at <= now + 7 * 86_400_000
        }).length,
        'municompra-questions': questions.filter((q) => q.answered_at === null).length,
      }
      return role === 'evaluator' ? evaluation : { ...procurement, ...evaluation }
    }
    for (const [role, where] of [
      ['procurement-officer', slug],
      ['evaluator', VILLA],
    ] as const) {
      const { page, shown } = await stack.home(role, where, lang)
      expect({ role, shown }).toEqual({ role, shown: await expected(role, where) })
      // The modules' cards and menu entries are those of the modules the role works in: MuniCompra's only.
      const modulesShown = await page
        .locator('#card-compra-tenders')
        .evaluateAll((cards) => cards.map((c) => c.id.replace('card-', '')))
      expect({ role, modulesShown }).toEqual({ role, modulesShown: ['compra-tenders'] })
      expect({ role, modules: await stack.moduleGroups(page, role, where) }).toEqual({ role, modules: ['municompra'] })
      // Each count links to its list, which shows as many documents.
      await stack.expectCountsLinkToLists(role, where, page, shown)
      await stack.release(page)
    }
  }, 300_000)
})

/**
 * axe (WCAG 2.2 AA) on whole pages — Payload's own markup with e-Muni's and MuniCompra's parts — of the lists
 * and the edit views the officer and the evaluator work in (Villa Esperanza, Spanish: the markup is the same in
 * every language).
 */
describe('axe in the admin', () => {
  it('finds no WCAG 2.2 AA violation on the pages MuniCompra staff work in', async () => {
    const tender = await stack.latestId('procurement-officer', VILLA, 'compra-tenders')
    const found = await stack.axeViolations([
      ['procurement-officer', 'collections/compra-tenders', '[data-status-filters="compra-tenders"]'],
      ['procurement-officer', 'collections/compra-tenders/create', '#field-title'],
      ['procurement-officer', `collections/compra-tenders/${tender}`, '.workflow-actions'],
      ['evaluator', 'collections/compra-bid-evaluations', 'table, .collection-list__no-results'],
    ])
    expect(found).toEqual([])
  }, 420_000)
})
