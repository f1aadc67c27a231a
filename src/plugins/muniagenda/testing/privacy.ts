/**
 * MuniAgenda's part in the app's privacy suite (`fixtures.privacy`): a person (name, email and phone marked) books
 * a free slot of one of the municipality's offices, cancels and books again. Offices and slots are public; who
 * booked them is not.
 */
import type { PrivacyFixtures } from '@e-muni/sdk/testing'

export const privacyFixtures: PrivacyFixtures = {
  plant: async (ctx) => {
    const now = Date.now()
    const slot = (
      await ctx.docsOf('agenda-slots', { tenant: { equals: ctx.municipality.id } }, { sort: 'startsAt' })
    ).find((s) => Date.parse(s.startsAt) > now + 3_600_000 && Number(s.remaining) > 0)
    if (!slot) throw new Error(`no free slot in ${ctx.municipality.slug}`)
    const person = await ctx.markedPerson('booker')
    const path = (name: string) => `/api/m/${ctx.municipality.slug}/muniagenda/${name}`
    // Booked, cancelled by the person (the history names them), booked again.
    const first = await ctx.restAs(person.token, 'post', path('bookAppointment'), { slot: String(slot.id) }, 200)
    await ctx.restAs(person.token, 'post', path('cancelAppointment'), { booking: first.id }, 200)
    await ctx.restAs(person.token, 'post', path('bookAppointment'), { slot: String(slot.id) }, 200)
  },
}
