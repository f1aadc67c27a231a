/** The municipality's tenders, filtered by a plain GET form (status, procedure, category, text), paginated. */
import Link from 'next/link'

import {
  cmsQuery,
  Empty,
  langOf,
  municipalityTag,
  PageHeader,
  Pagination,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'

import { money, when } from './data'
import {
  ProcurementTendersDocument,
  type Tender_Category_Input,
  type Tender_Method_Input,
  type Tender_Status_Input,
  type Tender_Where,
} from './gql'

const STATUSES: Tender_Status_Input[] = [
  'published',
  'closed',
  'opened',
  'evaluation',
  'awarded',
  'unsuccessful',
  'cancelled',
]
const METHODS: Tender_Method_Input[] = ['open', 'selective', 'limited', 'direct']
const CATEGORIES: Tender_Category_Input[] = ['goods', 'works', 'services']

/** A query-string value (the first one when repeated). */
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const pick = <T extends string>(list: T[], value: string | undefined) => list.find((v) => v === value)

async function TendersPage({ portal, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const search = {
    status: one(searchParams.status),
    method: one(searchParams.method),
    category: one(searchParams.category),
    q: one(searchParams.q),
    page: one(searchParams.page),
  }
  const status = pick(STATUSES, search.status)
  const method = pick(METHODS, search.method)
  const category = pick(CATEGORIES, search.category)
  const q = (search.q ?? '').trim().slice(0, 100)
  const page = Math.max(1, Number.parseInt(search.page ?? '1', 10) || 1)
  const where: Tender_Where = {
    tenant: { equals: municipality.id },
    status: status ? { equals: status } : { not_equals: 'draft' },
    ...(method ? { method: { equals: method } } : {}),
    ...(category ? { category: { equals: category } } : {}),
    ...(q ? { OR: [{ title: { like: q } }, { reference: { like: q } }, { description: { like: q } }] } : {}),
  }
  const data = await cmsQuery(
    ProcurementTendersDocument,
    { where, page, locale: portal.lang },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const list = data.Tenders
  const filters = {
    ...(status && { status }),
    ...(method && { method }),
    ...(category && { category }),
    ...(q && { q }),
  }
  const select = (name: string, label: string, values: string[], current: string | undefined, prefix: string) => (
    <div className="field">
      <label htmlFor={`tenders-${name}`}>{label}</label>
      <select id={`tenders-${name}`} name={name} defaultValue={current ?? ''}>
        <option value="">{t('procurement.filter.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}.${v}`)}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <>
      <PageHeader title={t('procurement.title')} lead={t('procurement.intro')} />
      <p>
        <Link href={`${base}/tenders/register`}>{t('procurement.register.link')}</Link> ·{' '}
        <Link href={`${base}/account/bids`}>{t('procurement.myBids.link')}</Link>
      </p>
      <form method="get" action={`${base}/tenders`} className="filters" aria-label={t('procurement.filter.legend')}>
        <div className="field">
          <label htmlFor="tenders-q">{t('procurement.filter.q')}</label>
          <input id="tenders-q" name="q" type="search" defaultValue={q} />
        </div>
        {select('status', t('procurement.filter.status'), STATUSES, status, 'procurement.status')}
        {select('method', t('procurement.filter.method'), METHODS, method, 'procurement.method')}
        {select('category', t('procurement.filter.category'), CATEGORIES, category, 'procurement.category')}
        <button type="submit">{t('procurement.filter.submit')}</button>
        {Object.keys(filters).length ? <Link href={`${base}/tenders`}>{t('procurement.filter.reset')}</Link> : null}
      </form>
      {list?.docs.length ? (
        <table className="table">
          <caption>{t('procurement.list.caption', { n: list.totalDocs })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('procurement.col.reference')}</th>
              <th scope="col">{t('procurement.col.title')}</th>
              <th scope="col">{t('procurement.col.category')}</th>
              <th scope="col">{t('procurement.col.status')}</th>
              <th scope="col">{t('procurement.col.deadline')}</th>
              <th scope="col">{t('procurement.col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {list.docs.map((tender) => (
              <tr key={tender.id}>
                <td data-label={t('procurement.col.reference')}>{tender.reference}</td>
                <th scope="row">
                  <Link href={`${base}/tenders/${encodeURIComponent(tender.reference)}`} lang={langOf(tender, 'title')}>
                    {tender.title}
                  </Link>
                </th>
                <td data-label={t('procurement.col.category')}>{t(`procurement.category.${tender.category}`)}</td>
                <td data-label={t('procurement.col.status')}>
                  <span className="badge">{t(`procurement.status.${tender.status}`)}</span>
                </td>
                <td data-label={t('procurement.col.deadline')}>{when(portal, tender.submissionDeadline)}</td>
                <td data-label={t('procurement.col.value')}>
                  {money(portal, tender.value?.amount, tender.value?.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('procurement.list.empty')}</Empty>
      )}
      <Pagination
        page={list?.page ?? 1}
        totalPages={list?.totalPages ?? 1}
        href={(n) => `${base}/tenders?${new URLSearchParams({ ...filters, page: String(n) })}`}
        label={t('core.pagination')}
        previous={t('core.previous')}
        next={t('core.next')}
      />
    </>
  )
}

export const tendersPage: PortalPage = {
  component: TendersPage,
  metadata: ({ portal }) => ({ title: portal.t('procurement.title') }),
}
