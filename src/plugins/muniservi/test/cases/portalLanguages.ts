/** MuniServi on the portal in a language the content lacks: the services in the municipality's language, marked. */
import { stack } from '../portal.context'

export const contentLanguageCases = () => {
  describe('in a language the content lacks (WCAG 3.1.2)', () => {
    it('shows Nova Esperança’s Portuguese-only services in es and fr in Portuguese, marked lang="pt"; English where it exists', async () => {
      const page = await stack.newPage()
      const portuguese = () => page.locator('main [lang="pt"]').allTextContents()
      for (const lang of ['es', 'fr']) {
        const base = `/m/nova-esperanca/${lang}`
        await page.goto(`${base}/services`)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await portuguese()).toEqual(expect.arrayContaining(['Zeladoria urbana', 'Alvará de funcionamento']))
        await stack.expectAccessible(page, `catalogue (${lang}, content in pt)`)
        await page.goto(`${base}/services/atr`)
        await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('pt')
        await expect(page.locator('h1').textContent()).resolves.toBe('Atestado de residência')
        await stack.expectAccessible(page, `service page (${lang}, content in pt)`)
        // The form's heading is a sentence in the page's language around the service's Portuguese name.
        await page.goto(`${base}/services/atr/request`)
        const heading = page.locator('h1')
        await expect(heading.getAttribute('lang')).resolves.toBeNull()
        await expect(heading.locator('span[lang="pt"]').textContent()).resolves.toBe('Atestado de residência')
        await expect(page.locator('nav.breadcrumbs li[lang="pt"]').first().textContent()).resolves.toBe(
          'Atestado de residência',
        )
        await stack.expectAccessible(page, `service form (${lang}, content in pt)`)
        await page.goto(base)
        // The home's highlight: every service card's title in Portuguese, marked.
        const cards = await page
          .locator('[aria-labelledby="home-services"] h3')
          .evaluateAll((hs) => hs.map((h) => [h.getAttribute('lang'), !!h.textContent?.trim()]))
        expect(cards.length).toBeGreaterThan(0)
        for (const card of cards) expect(card).toEqual(['pt', true])
        const empty = await page
          .locator('main a')
          .evaluateAll((links) => links.filter((a) => !a.textContent?.trim()).length)
        expect(empty).toBe(0)
      }
      // The operating licence has an English name: not marked; the certificate has none: Portuguese.
      await page.goto('/m/nova-esperanca/en/services/alv')
      await expect(page.locator('h1').textContent()).resolves.toBe('Operating licence')
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBeNull()
      await page.goto('/m/nova-esperanca/en/services/atr')
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('pt')
      await stack.expectAccessible(page, 'service page (en, content in pt)')
      await page.close()
    })
  })
}
