/** A CMS page and all its blocks: rich text, image, call to action, cards. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { cmsQuery, fileUrl, municipalityTag } from '@e-muni/sdk/portal'

import { RichText } from '@/components/rich-text'
import { PageBySlugDocument, type PageBySlugQuery } from '@/gql/graphql'
import { loadPortal, portalHref } from '@/lib/municipality'
import { pageMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string; page: string }> }
type Block = NonNullable<NonNullable<PageBySlugQuery['Pages']>['docs'][number]['layout']>[number]
type LinkValue =
  { label?: string | null; url?: string | null; page?: { slug?: string | null } | null } | null | undefined

const load = async ({ params }: Props) => {
  const { slug, lang, page } = await params
  const portal = await loadPortal(slug, lang)
  const data = await cmsQuery(
    PageBySlugDocument,
    { municipality: portal.municipality.id, slug: page, locale: portal.lang },
    { tags: [municipalityTag(slug)] },
  )
  const doc = data.Pages?.docs[0]
  if (!doc) notFound()
  return { portal, doc }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { portal, doc } = await load(props)
  return pageMetadata(portal.municipality, portal.lang, `/p/${doc.slug}`, {
    title: doc.seo?.title || doc.title || '',
    description: doc.seo?.description || undefined,
    image: doc.seo?.image,
  })
}

/** A page of this portal, an address inside it (`/documents` → `{base}/documents`) or an outside address. */
const href = (base: string, link: LinkValue) => {
  if (link?.page?.slug) return `${base}/p/${link.page.slug}`
  return portalHref(base, link?.url)
}

function BlockView({ block, base }: { block: Block; base: string }) {
  switch (block.__typename) {
    case 'RichText':
      return <RichText data={block.content} />
    case 'Image': {
      const src = fileUrl(block.image?.url)
      return src ? (
        <figure>
          <img
            src={src}
            alt={block.image?.alt ?? ''}
            width={block.image?.width ?? undefined}
            height={block.image?.height ?? undefined}
          />
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      ) : null
    }
    case 'CallToAction': {
      const target = href(base, block.link)
      return (
        <section className="cta">
          {block.heading ? <h2>{block.heading}</h2> : null}
          {block.text ? <p>{block.text}</p> : null}
          {target && block.link?.label ? (
            <Link className="button" href={target}>
              {block.link.label}
            </Link>
          ) : null}
        </section>
      )
    }
    case 'Cards':
      return (
        <section>
          {block.heading ? <h2>{block.heading}</h2> : null}
          <div className="grid">
            {(block.cards ?? []).map((card) => {
              const target = href(base, card.link)
              const image = fileUrl(card.image?.url)
              return (
                <article key={card.id} className="card">
                  {image ? <img src={image} alt={card.image?.alt ?? ''} /> : null}
                  <h3>{target ? <Link href={target}>{card.title}</Link> : card.title}</h3>
                  {card.text ? <p>{card.text}</p> : null}
                </article>
              )
            })}
          </div>
        </section>
      )
    default:
      return null
  }
}

export default async function CmsPage(props: Props) {
  const { portal, doc } = await load(props)
  return (
    <article>
      <h1>{doc.title}</h1>
      {(doc.layout ?? []).map((block, i) => (
        <BlockView key={block.__typename + String(i)} block={block} base={portal.base} />
      ))}
    </article>
  )
}
