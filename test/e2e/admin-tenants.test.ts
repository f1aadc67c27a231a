/**
 * The admin UI in a real browser: a platform admin switches municipality in the tenant selector and
 * sees only that municipality's pages; an editor sees only their own municipality.
 */
import type { Browser, Page } from 'playwright-core'

import { account, login } from '../../src/plugins/sdk/testing/api'
import { adminLogin, launchChromium, selectTenant } from '../../src/plugins/sdk/testing/browser'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

const VILLA_PAGES = ['el-municipio', 'inicio', 'legal', 'presupuesto-participativo-2027']
const NOVA_PAGES = ['a-cidade', 'inicio', 'legal', 'plano-diretor-revisao']

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * The slugs the pages list shows once it settles on `expected` (the list re-renders after a tenant
 * switch); on timeout, what it shows then, so a wrong list fails the assertion with its content.
 */
const listedSlugs = async (page: Page, expected: string[]): Promise<string[]> => {
  const read = () =>
    page
      .locator('table tbody tr td.cell-slug')
      .allInnerTexts()
      .then((t) => t.map((s) => s.trim()).sort())
  await page
    .waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll('table tbody tr td.cell-slug')]
            .map((c) => (c as HTMLElement).innerText.trim())
            .sort(),
        ) === want,
      JSON.stringify(expected),
      { timeout: 20_000 },
    )
    .catch(() => undefined)
  return read()
}

describe('admin UI tenant scoping', () => {
  it('a platform admin switches municipality and sees only its pages', async () => {
    const page = await adminLogin(browser, server, account('platform-admin', null), 'es-UY')
    await page.goto(`${server.url}/admin/collections/pages`, { waitUntil: 'networkidle' })
    const all = [...VILLA_PAGES, ...NOVA_PAGES].sort()
    expect(await listedSlugs(page, all)).toEqual(all)

    await selectTenant(page, 'Nova Esperança do Vale')
    expect(await listedSlugs(page, NOVA_PAGES)).toEqual(NOVA_PAGES)
    await page.screenshot({ path: 'test-results/admin-platform-nova.png' })

    await selectTenant(page, 'Villa Esperanza')
    expect(await listedSlugs(page, VILLA_PAGES)).toEqual(VILLA_PAGES)
    await page.context().close()
  })

  it('an editor sees only their municipality, and cannot open another one by URL', async () => {
    const page = await adminLogin(browser, server, account('editor', 'nova-esperanca'), 'es-UY')
    await page.goto(`${server.url}/admin/collections/pages`, { waitUntil: 'networkidle' })
    expect(await listedSlugs(page, NOVA_PAGES)).toEqual(NOVA_PAGES)
    await page.screenshot({ path: 'test-results/admin-editor-nova.png' })

    const platform = await login(server, account('platform-admin', null))
    const draft = async (slug: string, locale: string) => {
      const res = await fetch(`${server.url}/api/pages?draft=true&locale=${locale}&where[slug][equals]=${slug}`, {
        headers: { Authorization: `JWT ${platform}` },
      })
      return (await res.json()).docs[0] as { id: number; title: string }
    }
    // Their own municipality's draft, opened by its admin URL, is there to edit: the view works for them.
    const novaDraft = await draft('plano-diretor-revisao', 'pt')
    expect(novaDraft.title).toBe('Revisão do plano diretor (rascunho)')
    await page.goto(`${server.url}/admin/collections/pages/${novaDraft.id}?locale=pt`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').waitFor({ timeout: 20_000 })
    expect(await page.locator('#field-title').inputValue()).toBe(novaDraft.title)

    // Villa's draft, opened the same way, is not found for Nova's editor.
    const villaDraft = await draft('presupuesto-participativo-2027', 'es')
    expect(villaDraft.title).toBe('Presupuesto participativo 2027 (borrador)')
    await page.goto(`${server.url}/admin/collections/pages/${villaDraft.id}?locale=es`, { waitUntil: 'networkidle' })
    expect(await page.locator('body').innerText()).not.toContain(villaDraft.title)
    expect(await page.locator('#field-title').count()).toBe(0)
    // …while they are still logged in (not a login page that shows nothing to anyone).
    expect(new URL(page.url()).pathname).not.toBe('/admin/login')
    await page.context().close()
  })
})
