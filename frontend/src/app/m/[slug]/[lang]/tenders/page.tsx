/** The municipality's tenders, filtered by a plain GET form (status, procedure, category, text), paginated. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { Empty, PageHeader, Pagination } from '@/components/ui'
import {
  ProcurementTendersDocument,
  type Tender_Category_Input,
  type Tender_Method_Input,
  type Tender_Status_Input,
  type Tender_Where,
} from '@/gql/graphql'
import { cmsQuery, municipalityTag } from '@/lib/cms'
import { loadPortal } from '@/lib/municipality'

import { money, when } from './data'

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

type Search = { status?: string; method?: string; category?: string; q?: string; page?: string }
type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<Search> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('procurement.title') }
}

const pick = <T extends string>(list: T[], value: string | undefined) => list.find((v) => v === value)

export default async function TendersPage({ params, searchParams }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const search = await searchParams
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
    { tags: [municipalityTag(slug)] },
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
                <td>{tender.reference}</td>
                <th scope="row">
                  <Link href={`${base}/tenders/${encodeURIComponent(tender.reference)}`}>{tender.title}</Link>
                </th>
                <td>{t(`procurement.category.${tender.category}`)}</td>
                <td>
                  <span className="badge">{t(`procurement.status.${tender.status}`)}</span>
                </td>
                <td>{when(portal, tender.submissionDeadline)}</td>
                <td>{money(portal, tender.value?.amount, tender.value?.currency)}</td>
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
