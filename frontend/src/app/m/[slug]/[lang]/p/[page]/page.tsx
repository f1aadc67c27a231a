/** A CMS page and all its blocks: rich text, image, call to action, cards. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { cmsQuery, fileUrl, langOf, municipalityTag } from '@e-muni/sdk/portal'

import { RichText } from '@/components/rich-text'
import { PageBySlugDocument, type PageBySlugQuery } from '@/gql/graphql'
import { loadPortal, portalHref } from '@/lib/municipality'
import { pageMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string; page: string }> }
type Doc = NonNullable<PageBySlugQuery['Pages']>['docs'][number]
type Block = NonNullable<Doc['layout']>[number]
/** The language of a value of the block when it is not the page's (`langOf` with the block's path). */
type LangOf = (path: string) => string | undefined
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

function BlockView({ block, base, lang }: { block: Block; base: string; lang: LangOf }) {
  switch (block.__typename) {
    case 'RichText':
      return (
        <div lang={lang('content')}>
          <RichText data={block.content} />
        </div>
      )
    case 'Image': {
      const src = fileUrl(block.image?.url)
      return src ? (
        <figure>
          <img
            src={src}
            alt={block.image?.alt ?? ''}
            lang={langOf(block.image, 'alt')}
            width={block.image?.width ?? undefined}
            height={block.image?.height ?? undefined}
          />
          {block.caption ? <figcaption lang={lang('caption')}>{block.caption}</figcaption> : null}
        </figure>
      ) : null
    }
    case 'CallToAction': {
      const target = href(base, block.link)
      return (
        <section className="cta">
          {block.heading ? <h2 lang={lang('heading')}>{block.heading}</h2> : null}
          {block.text ? <p lang={lang('text')}>{block.text}</p> : null}
          {target && block.link?.label ? (
            <Link className="button" href={target} lang={lang('link.label')}>
              {block.link.label}
            </Link>
          ) : null}
        </section>
      )
    }
    case 'Cards':
      return (
        <section>
          {block.heading ? <h2 lang={lang('heading')}>{block.heading}</h2> : null}
          <div className="grid">
            {(block.cards ?? []).map((card, i) => {
              const target = href(base, card.link)
              const image = fileUrl(card.image?.url)
              return (
                <article key={card.id} className="card">
                  {image ? <img src={image} alt={card.image?.alt ?? ''} lang={langOf(card.image, 'alt')} /> : null}
                  <h3 lang={lang(`cards.${i}.title`)}>
                    {target ? <Link href={target}>{card.title}</Link> : card.title}
                  </h3>
                  {card.text ? <p lang={lang(`cards.${i}.text`)}>{card.text}</p> : null}
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
      <h1 lang={langOf(doc, 'title')}>{doc.title}</h1>
      {(doc.layout ?? []).map((block, i) => (
        <BlockView
          key={block.__typename + String(i)}
          block={block}
          base={portal.base}
          lang={(path) => langOf(doc, `layout.${i}.${path}`)}
        />
      ))}
    </article>
  )
}
