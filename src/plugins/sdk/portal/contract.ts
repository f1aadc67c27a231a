/**
 * What a module's portal part is: the pages it adds under `/m/{municipality}/{lang}/{path}/…` and under the
 * account (`/account/…`), its entry in the main navigation, its highlight on the home page, the links it adds
 * to the account page and its message tables. The module package exports it as `./portal`; the portal mounts
 * every installed package that has one, and shows its pages only where the municipality has the module on.
 * The pages get the `Portal` (municipality, language, translator) and use the portal kit
 * (`@e-muni/sdk/portal`, `@e-muni/sdk/portal/client`); only GraphQL crosses from the portal to the CMS.
 */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import type { MessageTable } from './messages'
import type { Municipality, Portal } from './municipality'

export type PortalPageProps = {
  portal: Portal
  /** The named segments of the page's pattern: `[id]/ask` on `…/tenders/42/ask` gives `{ id: '42' }`. */
  params: Record<string, string>
  searchParams: Record<string, string | string[] | undefined>
}

export type PortalPage = {
  /** A server component. */
  component: (props: PortalPageProps) => ReactNode | Promise<ReactNode>
  /** The page's title and the rest of its metadata. */
  metadata?: (props: PortalPageProps) => Metadata | Promise<Metadata>
}

/**
 * One public page of a module for the sitemaps: its path after the module's (`''` is the module's first page,
 * `42` is `…/tenders/42`) and when it last changed (ISO date). The portal lists it in every language.
 */
export type PortalSitemapEntry = { path: string; lastmod?: string | null }

/** Patterns of path segments after the module's (or the account's) path: `''`, `track`, `[id]`, `[id]/ask`. */
export type PortalPages = Record<string, PortalPage>

export type PortalModule = {
  /** The module's slug in the CMS (what a municipality switches on): `muniagenda`. */
  module: string
  /** The first segment of its pages: `agenda` → `/m/{municipality}/{lang}/agenda/…`. */
  path: string
  /** The message key of its entry in the main navigation (none: no entry). */
  nav?: string
  pages: PortalPages
  /** Pages under `/account/…` (the signed-in person's own things) and the account page's links to them. */
  account?: { pages: PortalPages; links: { path: string; label: string }[] }
  /** A section of the home page: above the news (`top`) or below the events (`bottom`). */
  highlight?: { placement: 'top' | 'bottom'; component: (props: { portal: Portal }) => ReactNode | Promise<ReactNode> }
  messages: MessageTable
  /**
   * Its public pages for the municipality's sitemap (`/sitemap.xml`), besides its first page (`''`), which the
   * portal lists by itself. Called only where the municipality has the module on; read public data only
   * (what an anonymous visitor may see), through `cmsQuery`.
   */
  sitemap?: (municipality: Municipality) => PortalSitemapEntry[] | Promise<PortalSitemapEntry[]>
  /** Where its entries come among the modules' (navigation, highlights, account links): lower first (default 100). */
  order?: number
}

/** A module's portal part (the default export of its package's `./portal` entry). */
export const definePortalModule = (portalModule: PortalModule): PortalModule => portalModule

/**
 * The page of `pages` for the path segments, with its named segments: a literal segment wins over a named
 * one (`new` before `[id]`); undefined when none matches.
 */
export const matchPortalPage = (
  pages: PortalPages,
  segments: readonly string[],
): { page: PortalPage; params: Record<string, string> } | undefined => {
  let best: { page: PortalPage; params: Record<string, string>; score: number } | undefined
  for (const [pattern, page] of Object.entries(pages)) {
    const parts = pattern ? pattern.split('/') : []
    if (parts.length !== segments.length) continue
    const params: Record<string, string> = {}
    let score = 0
    const matches = parts.every((part, i) => {
      const named = /^\[(\w+)\]$/.exec(part)
      if (!named) return part === segments[i] && (score += 2 ** (parts.length - i)) > 0
      params[named[1]!] = segments[i]!
      return true
    })
    if (matches && (!best || score > best.score)) best = { page, params, score }
  }
  return best && { page: best.page, params: best.params }
}

/**
 * What keeps installed portal parts from mounting side by side: two modules with one path, one account page
 * claimed twice, or a path the portal keeps for its own pages (`reserved`, `reservedAccount`). The portal
 * refuses to start with any (its build fails with these messages) rather than hide a module's pages.
 */
export const portalConflicts = (
  modules: readonly PortalModule[],
  reserved: { paths: readonly string[]; account: readonly string[] },
): string[] => {
  const problems: string[] = []
  const paths = new Map<string, string>()
  const account = new Map<string, string>()
  for (const m of modules) {
    if (reserved.paths.includes(m.path)) problems.push(`${m.module}: the path "${m.path}" is the portal’s own`)
    const other = paths.get(m.path)
    if (other) problems.push(`${m.module} and ${other} both use the path "${m.path}"`)
    paths.set(m.path, m.module)
    for (const pattern of Object.keys(m.account?.pages ?? {})) {
      const first = pattern.split('/')[0]!
      if (reserved.account.includes(first))
        problems.push(`${m.module}: the account page "${pattern}" is the portal’s own`)
      const owner = account.get(first)
      if (owner && owner !== m.module) problems.push(`${m.module} and ${owner} both add the account page "${first}"`)
      account.set(first, m.module)
    }
  }
  return problems
}
