/** Small presentational pieces shared by portal pages (server components). */
import Link from 'next/link'
import { Fragment, type ReactNode } from 'react'

import type { Portal } from './municipality'

/**
 * The language a value of a CMS document is in when the CMS had it only in another language than the
 * page's: the document's `languageOf` field (`{ "title": "pt" }`; paths like `layout.0.heading` inside
 * blocks and arrays), undefined when the value is in the page's language. Give it as the `lang` of the
 * element that shows the value (WCAG 3.1.2, language of parts). See docs/portal.md.
 */
export const langOf = (doc: { languageOf?: unknown } | null | undefined, path: string): string | undefined => {
  const map = doc?.languageOf
  if (!map || typeof map !== 'object') return undefined
  const lang = (map as Record<string, unknown>)[path]
  return typeof lang === 'string' ? lang : undefined
}

/** A value of a CMS document inside other text, marked with its language when it is not the page's. */
export function Localized({ value, lang }: { value: ReactNode; lang?: string }) {
  return lang ? <span lang={lang}>{value}</span> : <>{value}</>
}

/**
 * A translated sentence with values put in as elements, so a value shown in another language than the page's
 * keeps its `lang` inside the sentence: `<Sentence text={t('key')} parts={{ title: <Localized … /> }} />` for a
 * message `'Results of {title}'`. Give `t` no parameters: the placeholders are filled here; one the parts
 * lack stays as written (as `t` does).
 */
export function Sentence({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/\{(\w+)\}/g)
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 0 ? piece : <Fragment key={i}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>,
      )}
    </>
  )
}

export function PageHeader({ title, lead, lang }: { title: ReactNode; lead?: ReactNode; lang?: string }) {
  return (
    <header className="page-header">
      <h1 lang={lang}>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </header>
  )
}

export function Breadcrumbs({
  label,
  items,
}: {
  label: string
  /** `lang`: the item's language when it is not the page's (`langOf`). */
  items: { href?: string; label: ReactNode; lang?: string }[]
}) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={i} lang={item.lang}>
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
  lang,
}: {
  title: string
  /** The title's language when it is not the page's (`langOf`). */
  lang?: string
  href?: string
  headingLevel?: 2 | 3
  meta?: ReactNode
  children?: ReactNode
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <H lang={lang}>{href ? <Link href={href}>{title}</Link> : title}</H>
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
