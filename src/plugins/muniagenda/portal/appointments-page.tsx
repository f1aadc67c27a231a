/** "My appointments": the signed-in person's bookings in this municipality, each to be cancelled while still to come. */
import {
  AccountPageHeader,
  cmsQuery,
  Empty,
  type PortalPage,
  type PortalPageProps,
  requirePerson,
} from '@e-muni/sdk/portal'
import Link from 'next/link'

import { cancelBooking } from './actions'
import { when } from './data'
import { RowActionsForm } from './forms'
import { AgendaMyBookingsDocument } from './gql'

async function MyAppointmentsPage({ portal }: PortalPageProps) {
  const { t, base, municipality } = portal
  const { person, token } = await requirePerson(base, `${base}/account/appointments`)
  const data = await cmsQuery(AgendaMyBookingsDocument, { municipality: municipality.id, person: person.id }, { token })
  const now = Date.now()
  const start = (iso: string | undefined) => (iso ? Date.parse(iso) : 0)
  // Those to come first (soonest first), then the past ones (latest first).
  const bookings = [...(data.AgendaBookings?.docs ?? [])].sort((a, b) => {
    const [x, y] = [start(a.slot?.startsAt), start(b.slot?.startsAt)]
    return x > now !== y > now ? (x > now ? -1 : 1) : x > now ? x - y : y - x
  })
  return (
    <>
      <AccountPageHeader portal={portal} title={t('agenda.myAppointments')} />
      <p>
        <Link href={`${base}/agenda`}>{t('agenda.my.book')}</Link>
      </p>
      {bookings.length ? (
        <RowActionsForm
          action={cancelBooking}
          slug={municipality.slug}
          lang={portal.lang}
          refusedTitle={t('agenda.cancel.refused')}
        >
          <table className="table">
            <caption>{t('agenda.my.caption', { municipality: municipality.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agenda.my.when')}</th>
                <th scope="col">{t('agenda.my.office')}</th>
                <th scope="col">{t('agenda.my.status')}</th>
                <th scope="col">{t('agenda.my.action')}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((b) => {
                const at = when(portal.lang, b.slot?.startsAt, municipality.timezone)
                return (
                  <tr key={b.id} id={`booking-${b.id}`}>
                    <th scope="row">{at}</th>
                    <td data-label={t('agenda.my.office')}>
                      {b.slot?.office?.name}
                      {b.slot?.office?.address ? <span className="meta"> · {b.slot.office.address}</span> : null}
                    </td>
                    <td data-label={t('agenda.my.status')} className="status">
                      {t(`agenda.status.${b.status ?? 'booked'}`)}
                    </td>
                    <td data-label={t('agenda.my.action')}>
                      {b.status === 'booked' && start(b.slot?.startsAt) > now ? (
                        <button
                          type="submit"
                          name="booking"
                          value={b.id}
                          className="button button-secondary"
                          aria-label={t('agenda.cancel.label', { when: at })}
                        >
                          {t('agenda.cancel.submit')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </RowActionsForm>
      ) : (
        <Empty>{t('agenda.my.empty')}</Empty>
      )}
    </>
  )
}

export const appointmentsPage: PortalPage = {
  component: MyAppointmentsPage,
  metadata: ({ portal }) => ({ title: portal.t('agenda.myAppointments'), robots: { index: false } }),
}
