/** MuniAgenda's documents of municipality B for the app's isolation matrix (`fixtures.isolation`). */
import type { IsolationFiller } from '@e-muni/sdk/testing'

export const isolationFillers: IsolationFiller[] = [
  {
    name: 'an appointment',
    fills: ['agenda-bookings'],
    run: async (ctx) => {
      const { id, slug } = ctx.municipality
      const now = Date.now()
      const slot = (await ctx.docsOf('agenda-slots', { tenant: { equals: id } }, { sort: 'startsAt' })).find(
        (s) => Date.parse(s.startsAt) > now + 3_600_000 && Number(s.remaining) > 0,
      )
      if (!slot) throw new Error('no free slot in B')
      const resident = await ctx.person(`residente@${slug}.test`, 'Residente de B')
      await ctx.gqlAs(
        resident.token,
        'booking in B',
        'mutation B($m: String!, $s: String!) { bookAppointment(municipality: $m, slot: $s) { __typename } }',
        { m: slug, s: String(slot.id) },
      )
    },
  },
]
