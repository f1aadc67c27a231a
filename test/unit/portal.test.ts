/**
 * The portal's pure parts: colour contrast kept at WCAG AA, every message (the portal's and each module's portal
 * part's) in four languages, the module pages' routing, and the list of mounted modules kept current.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import {
  matchPortalPage,
  portalConflicts,
  type PortalModule,
  type PortalPage,
} from '../../src/plugins/sdk/portal/contract'
import type { MessageTable } from '../../src/plugins/sdk/portal/messages'
import { accessibleOnLight, accessiblePair, contrastRatio, parseHex } from '../../frontend/src/lib/contrast'
import { LOCALES, portalTables, translator } from '../../frontend/src/lib/i18n'
import { portalPackages } from '../../frontend/scripts/portal-modules.mjs'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Every workspace module's portal message table (`src/plugins/<module>/portal/messages.ts`). */
const moduleTables = async (): Promise<MessageTable[]> => {
  const plugins = path.join(ROOT, 'src/plugins')
  const isModule = (dir: string) =>
    Boolean(JSON.parse(fs.readFileSync(path.join(plugins, dir, 'package.json'), 'utf8'))['e-muni'])
  const files = fs
    .readdirSync(plugins)
    .filter(isModule)
    .map((dir) => path.join(plugins, dir, 'portal/messages.ts'))
    .filter((file) => fs.existsSync(file))
  return Promise.all(files.map(async (file) => ((await import(file)) as { messages: MessageTable }).messages))
}

describe('theme contrast', () => {
  it.each([
    '#0b4f8a',
    '#ffee58',
    '#ffffff',
    '#000000',
    '#7fb3e6',
    '#f2a541',
    '#5d9c59',
    '#ff0000',
    'not a colour',
    null,
  ])('keeps text on %s at 4.5:1 or more, and links at 4.5:1 on white and on the soft grey', (colour) => {
    const { background, text } = accessiblePair(colour, '#0b4f8a')
    expect(contrastRatio(parseHex(background)!, parseHex(text)!)).toBeGreaterThanOrEqual(4.5)
    const link = parseHex(accessibleOnLight(colour, '#0b4f8a'))!
    expect(contrastRatio(link, [255, 255, 255])).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(link, [0xf3, 0xf5, 0xf7])).toBeGreaterThanOrEqual(4.5)
  })

  it('leaves a colour that already passes as it is', () => {
    expect(accessiblePair('#0b4f8a', '#000000')).toEqual({ background: '#0b4f8a', text: '#ffffff' })
  })
})

describe('portal messages', () => {
  let tables: MessageTable[]
  const allMessages = (lang: (typeof LOCALES)[number]): Record<string, string> =>
    Object.assign({}, ...tables.map((table) => table[lang]))
  let es: Record<string, string>
  beforeAll(async () => {
    const modules = await moduleTables()
    expect(modules.length).toBeGreaterThan(0)
    tables = [...portalTables, ...modules]
    es = allMessages('es')
  })

  it.each(LOCALES)('%s has every key, none empty', (lang) => {
    const table = allMessages(lang)
    expect(Object.keys(table).sort()).toEqual(Object.keys(es).sort())
    expect(Object.entries(table).filter(([, text]) => !text.trim())).toEqual([])
  })

  it('translates, and fills parameters', () => {
    expect(translator('pt')('core.home.welcome', { name: 'Nova' })).toBe('Boas-vindas ao portal de Nova')
    expect(translator('fr')('core.nav.home')).toBe('Accueil')
  })

  it('is really translated: most messages differ from Spanish in each other language', () => {
    for (const lang of ['pt', 'en', 'fr'] as const) {
      const table = allMessages(lang)
      const same = Object.keys(es).filter((key) => table[key] === es[key])
      expect(same.length / Object.keys(es).length).toBeLessThan(0.2)
    }
  })
})

describe('module portal pages', () => {
  const page = (name: string): PortalPage => ({ component: () => name })
  const pages = { '': page('home'), new: page('new'), '[id]': page('item'), '[id]/ask': page('ask') }
  const name = (segments: string[]) => {
    const found = matchPortalPage(pages, segments)
    return found && { page: found.page.component({} as never), params: found.params }
  }

  it('matches the module home, literal and named segments, a literal before a named one', () => {
    expect(name([])).toEqual({ page: 'home', params: {} })
    expect(name(['new'])).toEqual({ page: 'new', params: {} })
    expect(name(['42'])).toEqual({ page: 'item', params: { id: '42' } })
    expect(name(['42', 'ask'])).toEqual({ page: 'ask', params: { id: '42' } })
  })

  it('matches nothing for other paths (the portal answers 404)', () => {
    expect(name(['42', 'bid'])).toBeUndefined()
    expect(name(['42', 'ask', 'more'])).toBeUndefined()
  })

  it('refuses modules that would hide each other or the portal’s own pages', () => {
    const mod = (module: string, path: string, account: string[] = []): PortalModule => ({
      module,
      path,
      pages: { '': page(module) },
      account: { pages: Object.fromEntries(account.map((a) => [a, page(a)])), links: [] },
      messages: { es: {}, pt: {}, en: {}, fr: {} },
    })
    const reserved = { paths: ['news', 'account'], account: ['login'] }
    expect(portalConflicts([mod('a', 'agenda', ['appointments']), mod('b', 'bolsa', ['jobs'])], reserved)).toEqual([])
    expect(
      portalConflicts(
        [mod('a', 'agenda', ['appointments']), mod('b', 'agenda', ['appointments/[id]', 'login'])],
        reserved,
      ),
    ).toEqual([
      'b and a both use the path "agenda"',
      'b and a both add the account page "appointments"',
      'b: the account page "login" is the portal’s own',
    ])
    expect(portalConflicts([mod('c', 'news')], reserved)).toEqual(['c: the path "news" is the portal’s own'])
  })

  it('mounts every installed module package with a portal part: frontend/src/modules.ts is current', () => {
    const check = spawnSync(process.execPath, ['frontend/scripts/portal-modules.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' })
    const mounted = fs.readFileSync(path.join(ROOT, 'frontend/src/modules.ts'), 'utf8')
    const packages = portalPackages() as string[]
    // Every installed package with a portal part (the workspace's and npm's), and nothing else.
    expect(packages.map((name) => mounted.includes(`from '${name}/portal'`))).toEqual(packages.map(() => true))
    expect(mounted.match(/^import portal\d+ from /gm) ?? []).toHaveLength(packages.length)
  })
})
