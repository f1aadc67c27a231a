/** Small presentational pieces shared by portal pages (server components). */
import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Portal } from './municipality'

export function PageHeader({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </header>
  )
}

export function Breadcrumbs({ label, items }: { label: string; items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.href && i < items.length - 1 ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** Page links for a list: `href(n)` builds the address of page n. */
export function Pagination({
  page,
  totalPages,
  href,
  label,
  previous,
  next,
}: {
  page: number
  totalPages: number
  href: (page: number) => string
  label: string
  previous: string
  next: string
}) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? <Link href={href(page - 1)}>{previous}</Link> : null}
      <span>
        {page} / {totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)}>{next}</Link> : null}
    </nav>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>
}

export function Card({
  title,
  href,
  headingLevel = 3,
  meta,
  children,
}: {
  title: string
  href?: string
  headingLevel?: 2 | 3
  meta?: ReactNode
  children?: ReactNode
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <H>{href ? <Link href={href}>{title}</Link> : title}</H>
      {meta ? <p className="meta">{meta}</p> : null}
      {children}
    </article>
  )
}

/** A JSON-LD block (structured data for search engines). */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

/** The head of a page under the account: breadcrumbs (home › my account › the page) and its title. */
export function AccountPageHeader({ portal, title, lead }: { portal: Portal; title: string; lead?: ReactNode }) {
  const { t, base } = portal
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/account`, label: t('core.nav.account') },
          { label: title },
        ]}
      />
      <PageHeader title={title} lead={lead} />
    </>
  )
}
