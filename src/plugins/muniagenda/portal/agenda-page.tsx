/**
 * The municipality's offices (address, opening hours) and, for each, the slots to come with the places
 * left. A signed-in person books with one button per slot; anyone else gets a link to log in first.
 */
import { Empty, getPerson, PageHeader, type PortalPage, type PortalPageProps } from '@e-muni/sdk/portal'
import Link from 'next/link'

import { bookSlot } from './actions'
import { loadAgenda, slotWhen } from './data'
import { RowActionsForm } from './forms'
import styles from './agenda.module.css'

/** The slots' table is a form only for a signed-in person (the others get log-in links). */
function Bookable({ when, children, ...form }: { when: boolean } & Parameters<typeof RowActionsForm>[0]) {
  return when ? <RowActionsForm {...form}>{children}</RowActionsForm> : <>{children}</>
}

async function AgendaPage({ portal }: PortalPageProps) {
  const { t, base, municipality, lang } = portal
  const [offices, session] = await Promise.all([loadAgenda(portal), getPerson()])
  const login = `${base}/account/login?next=${encodeURIComponent(`${base}/agenda`)}`
  return (
    <>
      <PageHeader title={t('agenda.title')} lead={t('agenda.intro')} />
      {session ? (
        <p>
          <Link href={`${base}/account/appointments`}>{t('agenda.myAppointments')}</Link>
        </p>
      ) : null}
      {offices.length ? null : <Empty>{t('agenda.empty')}</Empty>}
      {offices.map(({ office, slots }) => (
        <section key={office.id} aria-labelledby={`office-${office.id}`} className={styles.office}>
          <h2 id={`office-${office.id}`}>{office.name}</h2>
          {office.address ? <p>{t('agenda.office.address', { address: office.address })}</p> : null}
          <h3>{t('agenda.office.hours')}</h3>
          {office.hours?.length ? (
            <ul className={styles.hours}>
              {office.hours.map((h) => (
                <li key={h.id}>
                  {t(`agenda.weekday.${h.weekday}`)}: {h.opens}–{h.closes}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('agenda.office.noHours')}</p>
          )}
          <h3>{t('agenda.office.slots')}</h3>
          {slots.length ? (
            <Bookable
              when={Boolean(session)}
              action={bookSlot}
              slug={municipality.slug}
              lang={lang}
              refusedTitle={t('agenda.book.refused')}
            >
              <table className="table">
                <caption>{t('agenda.slots.caption', { office: office.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agenda.slots.when')}</th>
                    <th scope="col">{t('agenda.slots.remaining')}</th>
                    <th scope="col">{t('agenda.slots.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {slots.map((slot) => {
                    const label = slotWhen(portal.lang, slot.startsAt, slot.endsAt, municipality.timezone)
                    const left = slot.remaining ?? slot.capacity
                    return (
                      <tr key={slot.id} id={`slot-${slot.id}`}>
                        <th scope="row">{label}</th>
                        <td data-label={t('agenda.slots.remaining')} className="remaining">
                          {t('agenda.slots.left', { n: left, capacity: slot.capacity })}
                        </td>
                        <td data-label={t('agenda.slots.action')}>
                          {left <= 0 ? (
                            t('agenda.slots.full')
                          ) : session ? (
                            <button
                              type="submit"
                              name="slot"
                              value={slot.id}
                              className="button"
                              aria-label={t('agenda.book.label', { when: label })}
                            >
                              {t('agenda.book.submit')}
                            </button>
                          ) : (
                            <Link href={login}>{t('agenda.book.login')}</Link>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </Bookable>
          ) : (
            <Empty>{t('agenda.slots.none')}</Empty>
          )}
        </section>
      ))}
    </>
  )
}

export const agendaPage: PortalPage = {
  component: AgendaPage,
  metadata: ({ portal }) => ({ title: portal.t('agenda.title') }),
}
