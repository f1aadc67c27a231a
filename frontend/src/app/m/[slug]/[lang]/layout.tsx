/**
 * The portal shell of one municipality in one language (a root layout: it owns <html lang>): skip link,
 * header with the municipality's logo and colours (contrast kept at WCAG AA), navigation with only the
 * enabled modules, language switcher (the municipality's language first), main landmark and footer.
 * It reads no cookie, so the pages under it stay cacheable.
 */
import '@/app/globals.css'

import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { cmsQuery, fileUrl, langOf, municipalityTag } from '@e-muni/sdk/portal'

import { LanguageSwitcher, NavLinks } from '@/components/nav'
import { PortalNavigationDocument } from '@/gql/graphql'
import { accessibleOnLight, accessiblePair } from '@/lib/contrast'
import { LANGUAGE_NAMES } from '@/lib/i18n'
import { moduleNavigation } from '@/lib/modules'
import { languagesFor, loadPortal, portalHref } from '@/lib/municipality'

type Props = { children: ReactNode; params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { slug, lang } = await params
  const { municipality, t } = await loadPortal(slug, lang)
  // Each page adds its canonical address, `hreflang` alternates and link preview (`src/lib/site.ts`): the
  // layout reads no request header, so the home can stay in the full-route cache.
  return {
    title: { template: `%s · ${municipality.name}`, default: `${municipality.name} — ${t('core.portal')}` },
  }
}

export default async function PortalLayout({ children, params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { municipality, t, base } = portal
  const brand = accessiblePair(municipality.theme?.primaryColor, '#0b4f8a')
  const link = accessibleOnLight(municipality.theme?.primaryColor, '#0b4f8a')
  const navigation = await cmsQuery(
    PortalNavigationDocument,
    { municipality: municipality.id, locale: portal.lang },
    { tags: [municipalityTag(slug)] },
  )
  const menu = navigation.Navigations?.docs[0]
  const custom = (menu?.items ?? [])
    .map((item, i) => ({
      label: item.label ?? '',
      lang: langOf(menu, `items.${i}.label`),
      href: item.page?.slug ? `${base}/p/${item.page.slug}` : (portalHref(base, item.url) ?? ''),
    }))
    .filter((item) => item.label && item.href)
  const fixed = [
    { href: base, label: t('core.nav.home') },
    { href: `${base}/news`, label: t('core.nav.news') },
    { href: `${base}/events`, label: t('core.nav.events') },
    { href: `${base}/documents`, label: t('core.nav.documents') },
    ...moduleNavigation(portal),
  ]
  // The editors' menu, without what the portal already offers under the same name (their "Home" page).
  const names = new Set(fixed.map((item) => item.label.toLocaleLowerCase(portal.lang)))
  const items = [...fixed, ...custom.filter((item) => !names.has(item.label.toLocaleLowerCase(portal.lang)))]
  const logo = fileUrl(municipality.logo?.url)
  return (
    <html lang={portal.lang}>
      <body
        style={
          {
            '--brand': brand.background,
            '--brand-text': brand.text,
            '--link': link,
          } as React.CSSProperties
        }
      >
        <a className="skip-link" href="#content">
          {t('core.skip')}
        </a>
        <header className="site-header">
          <div className="container bar">
            <Link href={base} className="brand">
              {logo ? <img src={logo} alt="" width={48} height={48} /> : null}
              <span>{municipality.name}</span>
            </Link>
            {/* On small screens the languages and the links fold into two toggles, a language picker and a menu
                (native disclosures: they work without JavaScript); on wide ones the stylesheet shows them as a bar,
                with no toggle. */}
            <details className="site-menu lang-menu">
              <summary>
                <span className="visually-hidden">{t('core.language')}: </span>
                {portal.lang.toUpperCase()}
              </summary>
              <LanguageSwitcher
                label={t('core.language')}
                current={portal.lang}
                prefix={`/m/${municipality.slug}/`}
                languages={languagesFor(municipality).map((code) => ({ code, name: LANGUAGE_NAMES[code] }))}
              />
            </details>
            <details className="site-menu nav-menu">
              <summary>{t('core.nav.menu')}</summary>
              <div className="tools">
                <Link href={`${base}/account`}>{t('core.nav.account')}</Link>
              </div>
              <NavLinks label={t('core.nav.label')} items={items} base={base} />
            </details>
          </div>
        </header>
        <main id="content" tabIndex={-1} className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              <strong>{municipality.name}</strong>
              {municipality.contact?.address ? ` · ${municipality.contact.address}` : ''}
              {municipality.contact?.phone ? ` · ${municipality.contact.phone}` : ''}
              {municipality.contact?.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${municipality.contact.email}`}>{municipality.contact.email}</a>
                </>
              ) : null}
            </p>
            <p>{t('core.footer.platform')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
