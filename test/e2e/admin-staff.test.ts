/**
 * Staff at work in the admin (production bundle, real Chromium), in Spanish and in Portuguese: the core's
 * roles save their everyday edits from the admin's edit views, and the test reads them back through the API:
 * - editor: edits a page and a news item;
 * - municipal administrator: edits the municipality's settings and switches a module (one of those installed,
 *   as the municipality's module switches list them: the test names none).
 * Spanish in Villa Esperanza (Uruguay), Portuguese in Nova Esperança (Brazil). The modules' staff work in their
 * own packages' suites (src/plugins/<module>/test/admin.e2e.test.ts), with the same kit (`startAdminStack`).
 */
import {
  account,
  ADMIN_PLACES,
  type AdminStack,
  expectSaved,
  GUIDE_ADMIN,
  guideShot,
  hydrated,
  municipalityId,
  startAdminStack,
} from '../../src/plugins/sdk/testing'

let stack: AdminStack
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  stack = await startAdminStack({ name: 'admin-staff' })
  for (const lang of ['es', 'pt'] as const)
    ids[`tenant-${lang}`] = await municipalityId(stack.server, ADMIN_PLACES[lang].slug)
}, 300_000)
afterEach(() => stack?.afterTest())
afterAll(() => stack?.stop())

describe.each(['es', 'pt'] as const)('staff at work in the admin (%s)', (lang) => {
  const slug = ADMIN_PLACES[lang].slug
  const t = (es: string, pt: string) => (lang === 'es' ? es : pt)

  it('editor: edits a page and a news item', async () => {
    // The sign-in form, in the browser's language (staff guides, docs/guides/).
    const signIn = await stack.browser.newContext({ locale: ADMIN_PLACES[lang].locale })
    const form = await signIn.newPage()
    await form.goto(`${stack.server.url}/admin/login`, { timeout: 180_000 })
    await form.locator('#field-email').waitFor()
    expect(await form.locator('button[type=submit]').innerText()).toBe(t('Iniciar sesión', 'Login'))
    await guideShot(form, t('es/personal-entrar', 'pt/equipe-entrar'))
    await signIn.close()
    const page = await stack.staffPage('editor', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    for (const collection of ['pages', 'news']) {
      const list = await stack.read(
        'editor',
        slug,
        `/api/${collection}?where[tenant][equals]=${tenant}&limit=1&depth=0`,
      )
      const target = list.docs[0]
      await stack.open(page, `collections/${collection}/${target.id}`)
      const title = `${target.title} (${t('revisado', 'revisado')} ${collection})`
      await page.locator('#field-title').fill(title)
      // For the staff guides (docs/guides/): the edit view with its changed title, the publish button at hand. What
      // the seed makes anew each time is masked: dates, and the images' file names (a random suffix).
      const changing = [page.locator('.doc-controls__meta, #field-publishedAt, .upload-relationship-details__filename')]
      if (collection === 'pages')
        await guideShot(page, t('es/personal-pagina-editar', 'pt/equipe-pagina-editar'), {
          viewport: GUIDE_ADMIN,
          mask: changing,
        })
      else
        await guideShot(page, t('es/personal-noticia-editar', 'pt/equipe-noticia-editar'), {
          viewport: GUIDE_ADMIN,
          mask: changing,
        })
      expectSaved(await stack.save(page, collection), 200)
      const doc = await stack.read('editor', slug, `/api/${collection}/${target.id}?depth=0&locale=${lang}`)
      expect(doc.title).toBe(title)
    }
  }, 300_000)

  it('municipal admin: edits the settings and switches a module', async () => {
    const page = await stack.staffPage('municipal-admin', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    // The home page's groups of cards before the switch (a group per module the user works in, under its name).
    await page.locator('#card-pages').waitFor()
    await guideShot(page, t('es/personal-inicio-admin', 'pt/equipe-inicio-admin'), { viewport: GUIDE_ADMIN })
    const groups = (await page.locator('.collections__group .collections__label').allTextContents()).map((g) =>
      g.trim(),
    )
    await stack.open(page, `collections/municipalities/${tenant}`)
    const phone = lang === 'es' ? '+598 4000 1234' : '+55 51 3000 1234'
    await page.locator('#field-contact__phone').fill(phone)
    const before = await stack.read('municipal-admin', slug, `/api/municipalities/${tenant}?depth=0`)
    // The modules have a tab of their own.
    await page.locator('.tabs-field__tab-button', { hasText: t('Módulos', 'Módulos') }).click()
    await page.locator('#field-modules').waitFor()
    // The installed modules, as the running configuration lists them (a switch each, labelled with the
    // module's name): the last one is switched. With no module installed, there is nothing to switch.
    const installed = await page.locator('#field-modules input[role="switch"]').evaluateAll((switches) =>
      switches.map((s) => ({
        slug: s.id.replace(/^module-switch-/, ''),
        label: document.querySelector(`label[for="${s.id}"] strong`)?.textContent ?? '',
      })),
    )
    const module = installed.at(-1)
    const wasOn = !!module && (before.modules as string[]).includes(module.slug)
    // A module that is on has its cards on the home page, under the name its switch shows.
    if (wasOn) expect(groups).toContain(module!.label)
    if (module) {
      await hydrated(page, `#module-switch-${module.slug}`)
      await page.locator(`#module-switch-${module.slug}`).setChecked(!wasOn)
      await guideShot(page, t('es/personal-modulos', 'pt/equipe-modulos'), {
        viewport: GUIDE_ADMIN,
        mask: [page.locator('.doc-controls__meta')],
        show: page.locator('#field-modules'),
      })
    }
    expectSaved(await stack.save(page, 'municipalities'), 200)
    const doc = await stack.read('municipal-admin', slug, `/api/municipalities/${tenant}?depth=0`)
    expect(doc.contact.phone).toBe(phone)
    // The staff: the municipality's users in the list, and an editor's roles in the municipality (staff guides).
    const editor = account('editor', slug).email
    const users = await stack.read('municipal-admin', slug, `/api/users?where[email][equals]=${editor}&depth=0`)
    await page.goto(`${stack.server.url}/admin/collections/users`, { timeout: 180_000 })
    await page.locator('table tbody tr', { hasText: editor }).waitFor()
    await guideShot(page, t('es/personal-usuarios', 'pt/equipe-usuarios'), { viewport: GUIDE_ADMIN })
    await stack.open(page, `collections/users/${users.docs[0].id}`)
    const roles = page.locator('label', { hasText: t('Roles en el municipio', 'Papéis no município') }).first()
    await roles.waitFor()
    expect(await page.locator('#field-email').inputValue()).toBe(editor)
    await guideShot(page, t('es/personal-roles', 'pt/equipe-papeis'), {
      viewport: GUIDE_ADMIN,
      mask: [page.locator('.doc-controls__meta')],
      show: roles,
    })
    if (!module) return
    expect((doc.modules as string[]).includes(module.slug)).toBe(!wasOn)
    // The home page shows the module's cards (grouped under its name) where it is on, and not where it is off.
    await page.goto(`${stack.server.url}/admin`, { timeout: 180_000 })
    await page.locator('#card-pages').waitFor()
    // (Where it is off, its group is styled away — or not rendered at all once no municipality has it on.) Polled,
    // each time on one state of the page: the admin may render the home page again meanwhile.
    await page.waitForFunction(
      ([label, visible]) => {
        const group = [...document.querySelectorAll('.collections__group')].find(
          (g) => g.querySelector('.collections__label')?.textContent?.trim() === label,
        )
        return (!!group && group.checkVisibility()) === visible
      },
      [module.label, !wasOn] as const,
    )
  }, 300_000)

  it('dashboard: the editor sees no count of work and no module’s cards', async () => {
    // The counts of work are the modules' (each for its own roles): none for the core's editor.
    const { page, shown } = await stack.home('editor', slug, lang)
    expect({ role: 'editor', shown }).toEqual({ role: 'editor', shown: {} })
    expect({ role: 'editor', modulesShown: await stack.moduleGroups(page, 'editor', slug) }).toEqual({
      role: 'editor',
      modulesShown: [],
    })
    await stack.expectCountsLinkToLists('editor', slug, page, shown)
    await stack.release(page)
  }, 300_000)
})

/**
 * axe (WCAG 2.2 AA) on whole pages — Payload's own markup with e-Muni's parts — of the home page and the core's
 * edit views staff work in, each as the role that works there (Villa Esperanza, Spanish: the markup is the same
 * in every language). Payload's own gaps are repaired by admin/A11yRepairs.tsx and src/app/(payload)/custom.scss.
 * The modules' pages (and the home page with their counts) are checked in their own suites.
 */
describe('axe in the admin', () => {
  it('finds no WCAG 2.2 AA violation on the pages staff work in', async () => {
    const slug = ADMIN_PLACES.es.slug
    const found = await stack.axeViolations([
      ['editor', '', '.collections'],
      ['editor', `collections/pages/${await stack.latestId('editor', slug, 'pages')}`, '#field-title'],
      ['editor', `collections/news/${await stack.latestId('editor', slug, 'news')}`, '#field-title'],
      ['municipal-admin', `collections/municipalities/${ids['tenant-es']}`, '#field-name', 'Datos del municipio'],
    ])
    expect(found).toEqual([])
  }, 420_000)
})
