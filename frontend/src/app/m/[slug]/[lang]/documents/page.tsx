/** Transparency documents with filters (type, fiscal year, title) as a plain GET form. */
import type { Metadata } from 'next'

import {
  cmsQuery,
  Empty,
  fileUrl,
  municipalityTag,
  PageHeader,
  Pagination,
  langOf,
  Localized,
  Sentence,
} from '@e-muni/sdk/portal'
import { DocumentsListDocument, type Document_Where } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

const KINDS = ['budget', 'ordinance', 'minutes', 'audit_report', 'procurement_plan'] as const
type Search = { kind?: string; year?: string; q?: string; page?: string }
type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<Search> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/documents', (await loadPortal(slug, lang)).t('core.documents.title'))
}

const size = (bytes: number | null | undefined) =>
  !bytes ? '' : bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

export default async function DocumentsPage({ params, searchParams }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const search = await searchParams
  const kind = KINDS.find((k) => k === search.kind)
  const year = /^\d{4}$/.test(search.year ?? '') ? Number(search.year) : undefined
  const q = (search.q ?? '').trim().slice(0, 100)
  const page = Math.max(1, Number.parseInt(search.page ?? '1', 10) || 1)
  const where: Document_Where = {
    tenant: { equals: municipality.id },
    ...(kind ? { kind: { equals: kind } } : {}),
    ...(year ? { fiscalYear: { equals: year } } : {}),
    ...(q ? { title: { like: q } } : {}),
  }
  const data = await cmsQuery(
    DocumentsListDocument,
    { where, locale: portal.lang, page },
    { tags: [municipalityTag(slug)] },
  )
  const list = data.Documents
  const query = (n: number) =>
    `${base}/documents?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(year ? { year: String(year) } : {}), ...(q ? { q } : {}), page: String(n) })}`
  return (
    <>
      <PageHeader title={t('core.documents.title')} lead={t('core.documents.lead')} />
      <form method="get" action={`${base}/documents`} className="filters" aria-label={t('core.documents.filters')}>
        <div className="field">
          <label htmlFor="doc-kind">{t('core.documents.kind')}</label>
          <select id="doc-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">{t('core.kind.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`core.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="doc-year">{t('core.documents.year')}</label>
          <input id="doc-year" name="year" inputMode="numeric" pattern="\d{4}" defaultValue={year ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="doc-q">{t('core.documents.search')}</label>
          <input id="doc-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit">{t('core.documents.apply')}</button>
      </form>
      <p role="status">{t('core.documents.count', { n: list?.totalDocs ?? 0 })}</p>
      {list?.docs.length ? (
        <table className="table">
          <caption className="visually-hidden">{t('core.documents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('core.documents.col.title')}</th>
              <th scope="col">{t('core.documents.col.kind')}</th>
              <th scope="col">{t('core.documents.col.year')}</th>
              <th scope="col">{t('core.documents.col.date')}</th>
              <th scope="col">{t('core.documents.col.file')}</th>
            </tr>
          </thead>
          <tbody>
            {list.docs.map((doc) => (
              <tr key={doc.id}>
                <th scope="row">
                  <Localized value={doc.title} lang={langOf(doc, 'title')} />
                  {doc.summary ? (
                    <p className="meta" lang={langOf(doc, 'summary')}>
                      {doc.summary}
                    </p>
                  ) : null}
                </th>
                <td data-label={t('core.documents.col.kind')}>{doc.kind ? t(`core.kind.${doc.kind}`) : ''}</td>
                <td data-label={t('core.documents.col.year')}>{doc.fiscalYear ?? ''}</td>
                <td data-label={t('core.documents.col.date')}>
                  {formatDate(portal.lang, doc.date, municipality.timezone)}
                </td>
                <td data-label={t('core.documents.col.file')}>
                  {doc.url ? (
                    <a href={fileUrl(doc.url)} download>
                      <Sentence
                        text={t('core.documents.download')}
                        parts={{
                          title: doc.title ? (
                            <Localized value={doc.title} lang={langOf(doc, 'title')} />
                          ) : (
                            (doc.filename ?? '')
                          ),
                          type: (doc.mimeType ?? '').split('/').pop()?.toUpperCase() ?? '',
                          size: size(doc.filesize),
                        }}
                      />
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('core.documents.empty')}</Empty>
      )}
      <Pagination
        page={list?.page ?? 1}
        totalPages={list?.totalPages ?? 1}
        href={query}
        label={t('core.pagination')}
        previous={t('core.previous')}
        next={t('core.next')}
      />
    </>
  )
}
