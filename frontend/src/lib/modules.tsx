/**
 * How the portal mounts the installed modules' portal parts (`src/modules.ts`): the module pages under
 * `/m/{slug}/{lang}/{path}/…` and `/account/…` (two catch-all routes), the navigation entries, the home
 * highlights and the account links — each only where the municipality has the module on. The portal names
 * no module.
 */
import 'server-only'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { matchPortalPage, type Municipality, portalConflicts, type PortalModule } from '@e-muni/sdk/portal'

import { portalModules } from '../modules'
import { loadPortal, type Portal } from './municipality'
import { pageMetadata, restOf } from './site'

export type ModuleRouteProps = {
  params: Promise<{ slug: string; lang: string; path: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The portal's own first path segments (app/m/[slug]/[lang]/…, account/…): no module may take them. */
const RESERVED = {
  paths: ['news', 'events', 'documents', 'p', 'account', 'home'],
  account: ['login', 'signup', 'forgot', 'reset', 'verify'],
}
const conflicts = portalConflicts(portalModules, RESERVED)
if (conflicts.length) throw new Error(`e-Muni portal: the installed modules conflict: ${conflicts.join('; ')}`)

/** The installed modules in the order they declare (then by package name). */
const ordered = [...portalModules].sort((a, b) => (a.order ?? 100) - (b.order ?? 100))

/** The modules a municipality has on, in their order. */
export const enabledModules = (portal: Portal): readonly PortalModule[] => ordered.filter((m) => portal.has(m.module))

/** The same, from the municipality alone (outside a page: the sitemaps). */
export const enabledModuleParts = (municipality: Pick<Municipality, 'modules'>): readonly PortalModule[] =>
  ordered.filter((m) => (municipality.modules ?? []).includes(m.module))

/** The page for a catch-all route (`pages`: a module's own pages; `account`: its pages under the account). */
const resolve = async ({ params, searchParams }: ModuleRouteProps, area: 'pages' | 'account') => {
  const { slug, lang, path } = await params
  const portal = await loadPortal(slug, lang)
  const modules = enabledModules(portal)
  const found =
    area === 'pages'
      ? (() => {
          const owner = modules.find((m) => m.path === path[0])
          return owner && matchPortalPage(owner.pages, path.slice(1))
        })()
      : modules.map((m) => m.account && matchPortalPage(m.account.pages, path)).find(Boolean)
  if (!found) notFound()
  return { page: found.page, props: { portal, params: found.params, searchParams: await searchParams } }
}

export const renderModulePage = async (route: ModuleRouteProps, area: 'pages' | 'account') => {
  const { page, props } = await resolve(route, area)
  const Page = page.component
  return <Page {...props} />
}

/** The module page's own metadata, over its canonical address, `hreflang` alternates and link preview. */
export const modulePageMetadata = async (route: ModuleRouteProps, area: 'pages' | 'account'): Promise<Metadata> => {
  const { page, props } = await resolve(route, area)
  const own = page.metadata ? await page.metadata(props) : {}
  const { path } = await route.params
  const rest = area === 'pages' ? restOf(...path) : restOf('account', ...path)
  const title = typeof own.title === 'string' ? own.title : undefined
  return { ...(await pageMetadata(props.portal.municipality, props.portal.lang, rest, { title })), ...own }
}

/** The main navigation's entries of the modules a municipality has on. */
export const moduleNavigation = (portal: Portal) =>
  enabledModules(portal)
    .filter((m) => m.nav)
    .map((m) => ({ href: `${portal.base}/${m.path}`, label: portal.t(m.nav!), module: m.module }))

/** The account page's links of the modules a municipality has on. */
export const moduleAccountLinks = (portal: Portal) =>
  enabledModules(portal).flatMap((m) =>
    (m.account?.links ?? []).map((link) => ({
      href: `${portal.base}/account/${link.path}`,
      label: portal.t(link.label),
    })),
  )

/** The home page's highlights of the modules a municipality has on, at one place of the page. */
export function ModuleHighlights({ portal, placement }: { portal: Portal; placement: 'top' | 'bottom' }) {
  return enabledModules(portal)
    .filter((m) => m.highlight?.placement === placement)
    .map((m) => {
      const Highlight = m.highlight!.component
      return <Highlight key={m.module} portal={portal} />
    })
}
