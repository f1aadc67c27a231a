/**
 * MuniAgenda on the portal, end to end in Chromium against a real CMS: a verified person logs in, books a
 * seeded slot (its places left go down by one; the confirmation shows the time in the municipality's time
 * zone and is emailed with a link to "my appointments"), is refused a second booking of the same slot and
 * a slot someone else filled meanwhile (the CMS's 409s, shown as they come), sees the booking under my
 * appointments and cancels it (cancelled; the place is back). axe (WCAG 2.2 AA) on the agenda page and my
 * appointments in es and en; the module answers 404 where it is off.
 */
import type { Locator, Page } from 'playwright-core'

import {
  account,
  api,
  auth,
  createPerson,
  gql,
  linkIn,
  login,
  type PortalStack,
  startPortalStack,
} from '@e-muni/sdk/testing'

const M = 'villa-esperanza'
const VILLA = `/m/${M}/es`
const EN = `/m/${M}/en`
const TZ = 'America/Montevideo'
const DAY = 86_400_000
const PASSWORD = 'Clave-de-prueba-2026'
const PERSON = { email: 'vecina@agenda.test', name: 'Lucía Vecina' }
const OTHER = { email: 'vecino@agenda.test', name: 'Pedro Vecino' }

let stack: PortalStack
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
/** Per test: `next dev` compiles each route on its first visit. */
const SLOW = 400_000

const newPage = async () => {
  const page = await stack.newPage()
  page.setDefaultTimeout(90_000)
  return page
}

const signIn = (page: Page, base: string, email: string, next: string) =>
  stack.signIn(page, { base, email, password: PASSWORD, next })

/** "2 de 3" → 2: the places left the row shows. */
const placesLeft = async (row: Locator) => Number((await row.locator('td.remaining').textContent())!.split(' ')[0])

/** What `read` returns once it equals `expected` (the page redraws after an action), or the last value after 30 s. */
const settle = async <T>(read: () => Promise<T>, expected: T): Promise<T> => {
  const deadline = Date.now() + 30_000
  let value = await read()
  while (value !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}

const slotStart = async (id: string) => (await api(stack.cms).get(`/api/agenda-slots/${id}`)).body.startsAt as string

beforeAll(async () => {
  stack = await startPortalStack()
  const cms = stack.cms
  tokens.platform = await login(cms, account('platform-admin', null))
  tokens.admin = await login(cms, account('municipal-admin', M))
  await createPerson(cms, tokens.platform, { ...PERSON, password: PASSWORD, language: 'es' })
  tokens.other = (await createPerson(cms, tokens.platform, { ...OTHER, password: PASSWORD, language: 'es' })).token

  // A slot of one place, a week and a day ahead (after the seeded ones), for the "someone was faster" case.
  const municipality = (await api(cms).get(`/api/municipalities?where[slug][equals]=${M}`)).body.docs[0].id
  const offices = await api(cms).get(`/api/agenda-offices?where[tenant][equals]=${municipality}`)
  const start = new Date(Math.ceil((Date.now() + 8 * DAY) / 3_600_000) * 3_600_000)
  const slot = await api(cms)
    .post('/api/agenda-slots')
    .set(auth(tokens.admin))
    .send({
      tenant: municipality,
      office: offices.body.docs[0].id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      capacity: 1,
    })
  expect(slot.status).toBe(201)
  ids.single = String(slot.body.doc.id)
}, 600_000)

afterAll(async () => {
  await stack?.stop()
})

describe('a person books and cancels an appointment', () => {
  it(
    'books a slot (places left down by one, time in the municipality time zone, email), is refused twice, cancels it',
    async () => {
      const page = await newPage()
      await signIn(page, VILLA, PERSON.email, `${VILLA}/agenda`)
      await expect(page.getByRole('heading', { level: 2, name: 'Centro de Atención Ciudadana' }).count()).resolves.toBe(
        1,
      )
      await expect(page.getByText('Lunes: 09:00–15:00').count()).resolves.toBe(1)
      const row = page.locator('tbody tr').first()
      const slot = (await row.getAttribute('id'))!.replace('slot-', '')
      expect(await placesLeft(row)).toBe(3)

      await row.getByRole('button', { name: /^Reservar/ }).click()
      const done = page.getByRole('status').filter({ hasText: 'quedó reservada' })
      await done.waitFor()
      const when = new Intl.DateTimeFormat('es', { dateStyle: 'full', timeStyle: 'short', timeZone: TZ }).format(
        new Date(await slotStart(slot)),
      )
      await expect(done.textContent()).resolves.toBe(
        `Listo: su cita del ${when} quedó reservada. Le enviamos la confirmación por correo.`,
      )
      expect(await settle(() => placesLeft(page.locator(`#slot-${slot}`)), 2)).toBe(2)
      await page.reload()
      expect(await placesLeft(page.locator(`#slot-${slot}`))).toBe(2)

      // The confirmation email links to "my appointments" on the portal, in the person's language.
      const mail = await stack.smtp.waitForMail(PERSON.email, (m) => m.subject.startsWith('Turno reservado'))
      expect(linkIn(mail.html, '/account/appointments')).toBe(`${stack.portalUrl}${VILLA}/account/appointments`)

      // The same slot again: the CMS refuses (409) and the page says why; nothing changes.
      await page
        .locator(`#slot-${slot}`)
        .getByRole('button', { name: /^Reservar/ })
        .click()
      const refusal = page.locator('main [role=alert]')
      await refusal.waitFor()
      await expect(refusal.textContent()).resolves.toContain('Ya tiene una reserva en este horario.')
      await stack.expectAccessible(page, 'agenda, booking refused (es)')
      await stack.screenshot(page, 'agenda-refused')
      expect(await placesLeft(page.locator(`#slot-${slot}`))).toBe(2)

      // My appointments, reached from the agenda page: booked, then cancelled; the place is back.
      await page.getByRole('link', { name: 'Mis citas' }).click()
      await page.waitForURL((url) => url.pathname === `${VILLA}/account/appointments`)
      const booking = page.locator('tbody tr').filter({ hasText: when })
      await expect(booking.locator('td.status').textContent()).resolves.toBe('Reservada')
      await booking.getByRole('button', { name: `Cancelar la cita del ${when}` }).click()
      await expect(page.getByRole('status').filter({ hasText: 'fue cancelada' }).textContent()).resolves.toBe(
        `Su cita del ${when} fue cancelada.`,
      )
      expect(await settle(() => booking.locator('td.status').textContent(), 'Cancelada')).toBe('Cancelada')
      await expect(booking.getByRole('button').count()).resolves.toBe(0)
      await stack.screenshot(page, 'agenda-my-appointments')
      await page.goto(`${VILLA}/agenda`)
      expect(await placesLeft(page.locator(`#slot-${slot}`))).toBe(3)
    },
    SLOW,
  )

  it(
    'a slot filled by someone else meanwhile: the CMS refusal "no places left", then the row shows it full',
    async () => {
      const page = await newPage()
      await signIn(page, VILLA, PERSON.email, `${VILLA}/agenda`)
      const row = page.locator(`#slot-${ids.single}`)
      expect(await placesLeft(row)).toBe(1)
      const taken = await gql(
        stack.cms,
        `mutation { bookAppointment(municipality: "${M}", slot: "${ids.single}") { status } }`,
        {},
        tokens.other,
      )
      expect(taken.errors).toBeUndefined()
      await row.getByRole('button', { name: /^Reservar/ }).click()
      const refusal = page.locator('main [role=alert]')
      await refusal.waitFor()
      await expect(refusal.textContent()).resolves.toContain('No quedan lugares en este horario.')
      await page.reload()
      await expect(row.locator('td').last().textContent()).resolves.toBe('Completo')
      expect(await placesLeft(row)).toBe(0)
    },
    SLOW,
  )

  it(
    'signed out: each slot links to the log-in page, which comes back to the agenda',
    async () => {
      const page = await newPage()
      await page.goto(`${VILLA}/agenda`)
      await expect(page.getByRole('button', { name: /^Reservar/ }).count()).resolves.toBe(0)
      const link = page.getByRole('link', { name: 'Ingrese para reservar' }).first()
      await expect(link.getAttribute('href')).resolves.toBe(
        `${VILLA}/account/login?next=${encodeURIComponent(`${VILLA}/agenda`)}`,
      )
      const res = await page.goto(`${VILLA}/account/appointments`)
      expect(res?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe(`${VILLA}/account/login`)
    },
    SLOW,
  )
})

describe('accessibility (axe, WCAG 2.2 AA) of the agenda pages, in es and en', () => {
  it.each([
    ['es', VILLA],
    ['en', EN],
  ])(
    '%s',
    async (lang, base) => {
      const page = await newPage()
      const res = await page.goto(`${base}/agenda`)
      expect(res?.status()).toBe(200)
      await stack.expectAccessible(page, `agenda, signed out (${lang})`)
      await signIn(page, base, OTHER.email, `${base}/agenda`)
      await stack.expectAccessible(page, `agenda, signed in (${lang})`)
      // The booking made above (in the one-place slot) is listed, with its cancel button.
      await page.goto(`${base}/account/appointments`)
      await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBeGreaterThan(0)
      await expect(page.getByRole('button', { name: lang === 'es' ? /^Cancelar/ : /^Cancel/ }).count()).resolves.toBe(1)
      await stack.expectAccessible(page, `my appointments (${lang})`)
    },
    SLOW,
  )
})

describe('where MuniAgenda is off', () => {
  it('nova-esperanca answers 404 for the agenda pages', async () => {
    for (const path of ['/agenda', '/account/appointments'])
      expect([path, (await fetch(`${stack.portalUrl}/m/nova-esperanca/pt${path}`)).status]).toEqual([path, 404])
  })
})
