/**
 * The portal (frontend/) end to end, in Debian's Chromium against a real CMS: one portal per municipality
 * (Host header and /m/{slug}), only enabled modules, languages, accounts (sign up, verify by the emailed
 * link, log in and out, reset the password), revalidation after a CMS edit, WCAG 2.2 AA (axe) on every
 * MuniPortal and account route template in two languages, with reflow at 320 CSS px (no sideways scrolling), small
 * screens (the header's menu, tables as cards), and screenshots of each municipality's home.
 */
import http from 'node:http'

import { account, api, auth, login } from '../../src/plugins/sdk/testing/api'

import { contrastRatio } from '../../frontend/src/lib/contrast'

import { rowCells } from '../../src/plugins/sdk/testing/browser'
import { linkIn, startPortalStack, type PortalStack } from '../../src/plugins/sdk/testing/portal'

let stack: PortalStack
const VILLA = '/m/villa-esperanza/es'
const NOVA = '/m/nova-esperanca/pt'

beforeAll(async () => {
  stack = await startPortalStack()
}, 600_000)
afterAll(async () => {
  await stack?.stop()
})

/** A GET with a chosen Host header (fetch may not set it). */
const getWithHost = (path: string, host: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(stack.portalUrl)
    const req = http.request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })

describe('one portal per municipality', () => {
  it('resolves the municipality from the Host header, and from /m/{slug}; unknown ones answer 404', async () => {
    const byHost = await getWithHost('/', 'villa-esperanza.localhost')
    expect(byHost.status).toBe(200)
    expect(byHost.body).toContain('Bienvenida y bienvenido al portal de Villa Esperanza')
    expect(byHost.body).toContain('<html lang="es"')
    const novaByHost = await getWithHost('/news', 'nova-esperanca.localhost:3001')
    expect(novaByHost.status).toBe(200)
    expect(novaByHost.body).toContain('<html lang="pt"')
    expect(novaByHost.body).toContain('Notícias')

    const res = await fetch(`${stack.portalUrl}${VILLA}`)
    expect(res.status).toBe(200)
    const redirect = await fetch(`${stack.portalUrl}/m/nova-esperanca`, { redirect: 'manual' })
    expect(redirect.status).toBe(307)
    expect(redirect.headers.get('location')).toMatch(/\/m\/nova-esperanca\/pt$/)

    for (const path of ['/m/no-such-town/es', '/m/villa-esperanza/de', `${VILLA}/news/no-such-news`, `${VILLA}/p/nope`])
      expect([path, (await fetch(`${stack.portalUrl}${path}`)).status]).toEqual([path, 404])
  })

  it('shows only enabled modules: where a module is off, no entry of it in the navigation, and its pages answer 404', async () => {
    // Which modules each municipality has on, from the CMS; the navigation marks each module's entry.
    const enabled = async (slug: string) =>
      ((
        await api(stack.cms)
          .get('/api/municipalities')
          .query({ where: { slug: { equals: slug } } })
      ).body.docs[0].modules ?? []) as string[]
    const page = await stack.newPage()
    const moduleLinks = async (path: string) => {
      await page.goto(path)
      return page
        .locator('nav.main-nav a[data-module]')
        .evaluateAll((as) => as.map((a) => ({ module: a.getAttribute('data-module')!, href: a.getAttribute('href')! })))
    }
    const villaOn = await enabled('villa-esperanza')
    const novaOn = await enabled('nova-esperanca')
    const villaLinks = await moduleLinks(VILLA)
    const novaLinks = await moduleLinks(NOVA)
    // Villa Esperanza has every module on: an entry for each that has one, and none for a module it has off.
    expect(villaLinks.filter((l) => !villaOn.includes(l.module))).toEqual([])
    expect(novaLinks.filter((l) => !novaOn.includes(l.module))).toEqual([])
    expect(novaLinks.map((l) => l.module)).toEqual(
      villaLinks.filter((l) => novaOn.includes(l.module)).map((l) => l.module),
    )
    // The pages of a module Nova Esperança has off answer 404 there, with the portal's page in Portuguese.
    for (const link of villaLinks.filter((l) => !novaOn.includes(l.module))) {
      const path = link.href.replace(VILLA, NOVA)
      const res = await page.goto(`${path}`)
      expect([path, res?.status()]).toEqual([path, 404])
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Página não encontrada')
    }
    await stack.expectAccessible(page, '404 (pt)')
    await page.goto(VILLA)
    const villaNav = page.getByRole('navigation', { name: 'Navegación principal' })
    // The editors' menu adds its own pages, not a second "Inicio".
    await expect(villaNav.getByRole('link', { name: 'El municipio' }).count()).resolves.toBe(1)
    await expect(villaNav.getByRole('link', { name: 'Inicio', exact: true }).count()).resolves.toBe(1)
  })

  it('speaks es, pt, en and fr, with the municipality’s own language first in the switcher', async () => {
    const page = await stack.newPage()
    await page.goto(`${NOVA}/news`)
    const switcher = page.getByRole('navigation', { name: 'Idioma' })
    await expect(switcher.getByRole('link').allTextContents()).resolves.toEqual([
      'Português',
      'Español',
      'English',
      'Français',
    ])
    await switcher.getByRole('link', { name: 'Français' }).click()
    await page.waitForURL(/\/m\/nova-esperanca\/fr\/news$/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Actualités')
    await page.goto(VILLA)
    await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link').allTextContents()).resolves.toEqual(
      ['Español', 'Português', 'English', 'Français'],
    )
  })
})

describe('content and caching', () => {
  it('shows a news item edited in the CMS on the next read, without a restart or rebuild', async () => {
    const editor = await login(stack.cms, account('editor', 'villa-esperanza'))
    const list = await api(stack.cms)
      .get('/api/news?where[slug][equals]=nueva-plaza-barrio-norte&locale=es')
      .set(auth(editor))
    const news = list.body.docs[0]
    const path = `${VILLA}/news/nueva-plaza-barrio-norte`
    const before = await (await fetch(`${stack.portalUrl}${path}`)).text()
    expect(before).toContain(news.title)
    // Twice: the second read comes from the portal's cache.
    expect(await (await fetch(`${stack.portalUrl}${path}`)).text()).toContain(news.title)
    const title = `Plaza del Barrio Norte: obra terminada ${Date.now()}`
    const patch = await api(stack.cms).patch(`/api/news/${news.id}?locale=es`).set(auth(editor)).send({ title })
    expect(patch.status).toBe(200)
    const after = await (await fetch(`${stack.portalUrl}${path}`)).text()
    expect(after).toContain(title)
    const home = await (await fetch(`${stack.portalUrl}${VILLA}`)).text()
    expect(home).toContain(title)
    // The other municipality's cache was not touched by it, and shows its own content.
    expect(await (await fetch(`${stack.portalUrl}${NOVA}`)).text()).not.toContain(title)
  })

  it('refuses revalidation calls without the shared secret', async () => {
    const bad = await fetch(`${stack.portalUrl}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['m:villa-esperanza'] }),
    })
    expect(bad.status).toBe(401)
    const malformed = await fetch(`${stack.portalUrl}/api/revalidate`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer portal-test-revalidation-secret-0123456789',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ tags: ["m:x'; drop"] }),
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).error).toMatch(/tags must be/)
  })

  it('keeps text contrast at WCAG AA whatever colour the municipality picks', async () => {
    const admin = await login(stack.cms, account('municipal-admin', 'nova-esperanca'))
    const list = await api(stack.cms).get('/api/municipalities?where[slug][equals]=nova-esperanca').set(auth(admin))
    const id = list.body.docs[0].id
    const res = await api(stack.cms)
      .patch(`/api/municipalities/${id}`)
      .set(auth(admin))
      .send({ theme: { primaryColor: '#ffee58', secondaryColor: '#fff59d' } })
    expect(res.status).toBe(200)
    const page = await stack.newPage()
    await page.goto(NOVA)
    const colours = await page.evaluate(() => {
      const header = getComputedStyle(document.querySelector('.site-header')!)
      const link = getComputedStyle(document.querySelector('main a')!)
      return { bg: header.backgroundColor, fg: header.color, link: link.color }
    })
    const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number]
    // The header keeps the chosen yellow with black text; links, too light in yellow, were darkened.
    expect(contrastRatio(rgb(colours.bg), rgb(colours.fg))).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(rgb(colours.link), [255, 255, 255])).toBeGreaterThanOrEqual(4.5)
    await stack.expectAccessible(page, 'home with a light theme colour (pt)')
  })
})

describe('accounts', () => {
  const email = `vecino.${Date.now()}@example.org`
  const password = 'Clave-segura-2026'

  it('signs up, verifies through the link in the email, logs in and out; wrong input shows errors by the fields', async () => {
    const page = await stack.newPage()
    await page.goto(`${VILLA}/account/signup`)
    await stack.expectAccessible(page, 'sign-up (es)')
    await page.getByLabel('Nombre y apellido').fill('Vecino de Prueba')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel(/^Contraseña/).fill('corta')
    await page.getByLabel('Repita la contraseña').fill('corta')
    await page.getByLabel(/Acepto las condiciones/).check()
    // The browser's own check (minlength) is skipped, to see the server's answer.
    await page.locator('form.form').evaluate((f) => ((f as HTMLFormElement).noValidate = true))
    await page.getByRole('button', { name: 'Crear cuenta' }).click()
    const error = page.getByText('La contraseña debe tener al menos 10 caracteres.').first()
    await error.waitFor()
    const input = page.getByLabel(/^Contraseña/)
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(input.getAttribute('aria-describedby')).resolves.toContain('f-password-error')
    await stack.expectAccessible(page, 'sign-up with errors (es)')

    await page.getByLabel(/^Contraseña/).fill(password)
    await page.getByLabel('Repita la contraseña').fill(password)
    await page.getByRole('button', { name: 'Crear cuenta' }).click()
    await page.getByText(`Le enviamos un correo a ${email}`).waitFor()

    const mail = await stack.smtp.waitForMail(email, (m) => m.subject === 'Confirme su correo')
    const link = linkIn(mail.html, '/account/verify/')
    expect(link.startsWith(`${stack.portalUrl}${VILLA}/account/verify/`)).toBe(true)

    // Logging in before verifying is refused with the reason.
    await page.goto(`${VILLA}/account/login`)
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.getByText('Primero confirme su correo').waitFor()

    await page.goto(link)
    await stack.expectAccessible(page, 'verify (es)')
    await page.getByRole('button', { name: 'Confirmar mi correo' }).click()
    await page.getByText('Su correo quedó confirmado').waitFor()

    await page.goto(`${VILLA}/account`)
    await page.waitForURL(/\/account\/login\?next=/)
    await stack.expectAccessible(page, 'log-in (es)')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill('not-the-password')
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.getByText('El correo o la contraseña no son correctos.').waitFor()
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.waitForURL(new RegExp(`${VILLA}/account$`))
    await page.getByText(`Sesión iniciada como Vecino de Prueba (${email})`).waitFor()
    await stack.expectAccessible(page, 'account (es)')
    // The session cookie is the portal's own, HttpOnly and SameSite=Lax.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'emuni_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    await page.getByRole('button', { name: 'Cerrar sesión' }).click()
    await page.getByText('Cerró la sesión.').waitFor()
    expect((await page.context().cookies()).find((c) => c.name === 'emuni_session')).toBeUndefined()
  })

  it('resets a forgotten password through the emailed link (in Portuguese on the Portuguese portal)', async () => {
    const page = await stack.newPage()
    await page.goto(`${NOVA}/account/forgot`)
    await stack.expectAccessible(page, 'forgot password (pt)')
    await page.getByLabel('E-mail').fill(email)
    await page.getByRole('button', { name: 'Enviar link' }).click()
    await page.getByText('Se houver uma conta com esse e-mail').waitFor()
    const mail = await stack.smtp.waitForMail(email, (m) => m.subject === 'Redefinir sua senha')
    const link = linkIn(mail.html, '/account/reset/')
    expect(link.startsWith(`${stack.portalUrl}${NOVA}/account/reset/`)).toBe(true)
    await page.goto(link)
    await stack.expectAccessible(page, 'reset password (pt)')
    await page.getByLabel(/^Senha/).fill('Nova-senha-segura-2026')
    await page.getByLabel('Repita a senha').fill('Nova-senha-segura-2026')
    await page.getByRole('button', { name: 'Salvar senha' }).click()
    await page.getByText('Sua senha foi alterada').waitFor()
    const old = await api(stack.cms).post('/api/people/login').send({ email, password })
    expect(old.status).toBe(401)
    const fresh = await api(stack.cms).post('/api/people/login').send({ email, password: 'Nova-senha-segura-2026' })
    expect(fresh.status).toBe(200)
  })
})

// expectAccessible runs axe, then checks reflow: the page does not scroll sideways at 320 × 640 CSS px.
describe('accessibility (axe: WCAG 2.0, 2.1, 2.2 A and AA; reflow at 320 px) on every MuniPortal route template, small screens, and screenshots', () => {
  const templates = (base: string, news: string, event: string, page: string) => [
    ['home', base],
    ['news', `${base}/news`],
    ['news item', `${base}/news/${news}`],
    ['events', `${base}/events`],
    ['event', `${base}/events/${event}`],
    ['documents', `${base}/documents`],
    ['documents filtered', `${base}/documents?kind=budget&year=2026&q=a`],
    ['CMS page', `${base}/p/${page}`],
    ['not found', `${base}/news/nothing-here`],
    ['sign-up', `${base}/account/signup`],
  ]

  it.each([
    ['es', VILLA, 'nueva-plaza-barrio-norte', 'feria-de-productores', 'inicio'],
    ['pt', NOVA, 'vacinacao-nas-escolas', 'festa-da-colheita', 'inicio'],
    ['en', '/m/villa-esperanza/en', 'nueva-plaza-barrio-norte', 'feria-de-productores', 'el-municipio'],
  ])('%s: 0 violations', async (_lang, base, news, event, cmsPage) => {
    const page = await stack.newPage()
    for (const [label, path] of templates(base, news, event, cmsPage)) {
      const res = await page.goto(path)
      expect([label, res?.status()]).toEqual([label, label === 'not found' ? 404 : 200])
      await stack.expectAccessible(page, `${label} ${path}`)
    }
  })

  it('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
    const page = await stack.newPage()
    await page.goto(VILLA)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Saltar al contenido principal',
    )
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('content')
  })

  it('small screens: at 390 × 844 the header is a menu (≤ 20 % of the screen) that opens and closes with the keyboard, with or without JavaScript; wide screens keep the bar', async () => {
    for (const javaScript of [true, false]) {
      const page = await stack.newPage({ javaScript })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`${VILLA}/documents`)
      const header = (await page.locator('header.site-header').boundingBox())!
      expect(header.height).toBeLessThanOrEqual(844 * 0.2)
      const news = page
        .getByRole('navigation', { name: 'Navegación principal' })
        .getByRole('link', { name: 'Noticias' })
      const portugues = page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Português' })
      const open = () => page.locator('details.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)
      await expect(news.isVisible()).resolves.toBe(false)
      await expect(portugues.isVisible()).resolves.toBe(false)
      // Skip link, the municipality's name, then the menu's toggle, named "Menú".
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY')
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menú')
      await page.keyboard.press('Enter')
      await expect(open()).resolves.toBe(true)
      await expect(news.isVisible()).resolves.toBe(true)
      await expect(portugues.isVisible()).resolves.toBe(true)
      if (javaScript) await stack.expectAccessible(page, 'documents with the menu open (390 px)')
      // The next stop is the first language; back on the toggle, Space closes the menu.
      await page.keyboard.press('Tab')
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Español')
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Space')
      await expect(open()).resolves.toBe(false)
      await expect(news.isVisible()).resolves.toBe(false)
      await page.locator('details.site-menu > summary').click()
      await news.click()
      await page.waitForURL(new RegExp(`${VILLA}/news$`))
    }
    // Wide: the languages and the navigation show as a bar, with no toggle.
    const wide = await stack.newPage()
    await wide.goto(VILLA)
    await expect(wide.locator('details.site-menu > summary').isVisible()).resolves.toBe(false)
    const nav = wide.getByRole('navigation', { name: 'Navegación principal' })
    await expect(nav.getByRole('link', { name: 'Noticias' }).isVisible()).resolves.toBe(true)
    await expect(wide.getByRole('navigation', { name: 'Idioma' }).getByRole('link').count()).resolves.toBe(4)
  })

  it('small screens: the documents table becomes a card per document, each value under its column’s name and within the screen', async () => {
    const page = await stack.newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`${VILLA}/documents`)
    const cells = await rowCells(page.locator('table.table tbody tr').first())
    expect(cells.filter((c) => c.visible && !c.inViewport)).toEqual([])
    expect(cells.slice(1).map((c) => c.label)).toEqual(['Tipo', 'Ejercicio', 'Fecha', 'Archivo'])
    expect(cells.filter((c) => c.visible).length).toBeGreaterThanOrEqual(4)
    // Wide, it is a table again, with its header row.
    await page.setViewportSize({ width: 1280, height: 720 })
    await expect(
      page
        .locator('table.table tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).resolves.toBe('table-row')
    await expect(page.getByRole('columnheader', { name: 'Fecha' }).isVisible()).resolves.toBe(true)
  })

  it('writes screenshots of each municipality’s home', async () => {
    const page = await stack.newPage()
    for (const [name, path] of [
      ['home-villa-esperanza', VILLA],
      ['home-nova-esperanca', NOVA],
    ]) {
      await page.goto(path)
      // The logo comes from the CMS, another origin: the browser may embed it.
      const logo = page.locator('.brand img')
      await logo.evaluate((img: HTMLImageElement) => img.decode())
      await expect(logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0)
      const file = await stack.screenshot(page, name)
      const { size } = await import('node:fs').then((fs) => fs.statSync(file))
      expect(size).toBeGreaterThan(10_000)
    }
  })
})

// Issue 21, finding 3. Last in this file: it uses up the login attempts of the visitor at 127.0.0.1.
describe('rate limits through the portal', () => {
  const CREDENTIALS = 'El correo o la contraseña no son correctos.'
  const TOO_MANY = 'Demasiados intentos. Espere unos minutos e inténtelo de nuevo.'
  /** A failed login through the portal's form, from `origin`; the message the portal shows. */
  const badLogin = async (page: Awaited<ReturnType<PortalStack['newPage']>>, origin: string) => {
    await page.goto(`${origin}${VILLA}/account/login`)
    await page.getByLabel('Correo electrónico').fill('nadie.aqui@example.org')
    await page.getByLabel(/^Contraseña/).fill('una-clave-equivocada')
    await page.getByRole('button', { name: 'Entrar' }).click()
    const shown = page.getByText(new RegExp(`${CREDENTIALS}|${TOO_MANY}`)).first()
    await shown.waitFor()
    return shown.textContent()
  }

  it('a visitor cannot choose their key by sending X-Forwarded-For, and one visitor locked out leaves the others alone', async () => {
    // The visitor at 127.0.0.1 writes another X-Forwarded-For on every attempt: the portal states the address it saw.
    const mallory = await stack.newPage()
    const shown: (string | null)[] = []
    for (let i = 1; i <= 12; i++) {
      await mallory.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i}` })
      shown.push(await badLogin(mallory, stack.portalUrl))
    }
    expect(shown.at(-1)).toBe(TOO_MANY)
    // Another visitor (::1, the IPv6 loopback) through the same portal is not locked out.
    const other = await stack.newPage()
    const port = new URL(stack.portalUrl).port
    expect(await badLogin(other, `http://[::1]:${port}`)).toBe(CREDENTIALS)
  })
})
