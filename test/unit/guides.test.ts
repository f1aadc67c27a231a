/**
 * The staff and citizen guides (docs/guides/) and their pictures, which the browser tests take (`guideShot`):
 * - every picture a guide shows exists, and every picture in docs/guides/img/ is shown by a guide and taken by a
 *   `guideShot(` call of some test — so a guide cannot show a picture that no test keeps current;
 * - a picture is rewritten only when it changed (pixels compared), small (a palette PNG).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { GUIDE_IMAGES, GUIDE_SHOT_NAME, imageDifference, writeGuideImage } from '../../src/plugins/sdk/testing/guides'
import { ROOT } from '../../src/plugins/sdk/testing/server'

const GUIDES = path.join(ROOT, 'docs', 'guides')

const walk = (dir: string, keep: (file: string) => boolean): string[] =>
  !fs.existsSync(dir)
    ? []
    : fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => !['node_modules', '.next'].includes(e.name))
        .flatMap((e) =>
          e.isDirectory() ? walk(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : [],
        )

/** A picture's name (`es/…`) from its path under docs/guides/img/. */
const nameOf = (file: string) =>
  path
    .relative(GUIDE_IMAGES, file)
    .replace(/\\/g, '/')
    .replace(/\.png$/, '')

/** The pictures each guide shows: `![…](…png)`, resolved from the guide's folder. */
const shown = (): { guide: string; name: string; file: string }[] =>
  walk(GUIDES, (f) => f.endsWith('.md')).flatMap((guide) =>
    [...fs.readFileSync(guide, 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+\.png)\)/g)].map(([, link]) => {
      const file = path.resolve(path.dirname(guide), link!)
      return { guide: path.relative(ROOT, guide), name: nameOf(file), file }
    }),
  )

/** The text of each `guideShot(…)` call (its parentheses balanced, strings skipped). */
const calls = (source: string): string[] => {
  const found: string[] = []
  for (let at = source.indexOf('guideShot('); at !== -1; at = source.indexOf('guideShot(', at + 1)) {
    let depth = 0
    let quote = ''
    let end = at + 'guideShot'.length
    for (; end < source.length; end++) {
      const c = source[end]!
      if (quote) {
        if (c === '\\') end++
        else if (c === quote) quote = ''
      } else if (c === "'" || c === '"' || c === '`') quote = c
      else if (c === '(') depth++
      else if (c === ')' && --depth === 0) break
    }
    found.push(source.slice(at, end + 1))
  }
  return found
}

/** The picture names the test suites take: the string literals naming a picture in their `guideShot(` calls. */
const taken = (): Set<string> => {
  const sources = [
    ...walk(path.join(ROOT, 'test'), (f) => /\.(ts|tsx)$/.test(f)),
    ...fs
      .readdirSync(path.join(ROOT, 'src/plugins'))
      .flatMap((dir) => walk(path.join(ROOT, 'src/plugins', dir, 'test'), (f) => /\.(ts|tsx)$/.test(f))),
  ].filter((file) => file !== path.join(ROOT, 'test/unit/guides.test.ts'))
  const names = new Set<string>()
  for (const file of sources)
    for (const call of calls(fs.readFileSync(file, 'utf8')))
      for (const [, name] of call.matchAll(/['"`]((?:es|pt)\/[a-z0-9-]+)['"`]/g)) names.add(name!)
  return names
}

describe('the guides’ pictures', () => {
  it('finds the guideShot calls of a source, with the names in them (the scan the next tests rely on)', () => {
    const source = `await guideShot(page, t('es/a-b', 'pt/c-d'), { mask: [page.locator('x (y)')] })\nother('es/e')`
    expect(calls(source)).toEqual([`guideShot(page, t('es/a-b', 'pt/c-d'), { mask: [page.locator('x (y)')] })`])
    expect(GUIDE_SHOT_NAME.test('es/ciudadania-inicio')).toBe(true)
    for (const bad of ['ciudadania', 'en/home', 'es/Inicio', 'es/../x', 'es/a_b'])
      expect(GUIDE_SHOT_NAME.test(bad)).toBe(false)
  })

  it('every picture a guide shows exists', () => {
    const links = shown()
    expect(links.length).toBeGreaterThan(0)
    const missing = links.filter(({ file }) => !fs.existsSync(file)).map(({ guide, name }) => `${guide}: ${name}`)
    expect(missing).toEqual([])
    // Each picture lives in docs/guides/img/{es|pt}/ and has a picture's name.
    expect(links.filter(({ file, name }) => !file.startsWith(GUIDE_IMAGES) || !GUIDE_SHOT_NAME.test(name))).toEqual([])
  })

  it('every picture in docs/guides/img/ is shown by a guide and taken by a guideShot call of a test', () => {
    const images = walk(GUIDE_IMAGES, (f) => f.endsWith('.png'))
      .map(nameOf)
      .sort()
    expect(images.length).toBeGreaterThan(0)
    const inGuides = new Set(shown().map((l) => l.name))
    const byTests = taken()
    expect({ notInAGuide: images.filter((n) => !inGuides.has(n)) }).toEqual({ notInAGuide: [] })
    expect({ takenByNoTest: images.filter((n) => !byTests.has(n)) }).toEqual({ takenByNoTest: [] })
    // And no test takes a picture that no guide shows.
    expect({ takenButNotShown: [...byTests].filter((n) => !inGuides.has(n)).sort() }).toEqual({ takenButNotShown: [] })
  })

  it('keeps them small: each under 150 KB, a palette PNG', async () => {
    for (const file of walk(GUIDE_IMAGES, (f) => f.endsWith('.png'))) {
      const { size } = fs.statSync(file)
      const meta = await sharp(file).metadata()
      expect({ file: nameOf(file), format: meta.format, small: size < 150 * 1024 }).toEqual({
        file: nameOf(file),
        format: 'png',
        small: true,
      })
    }
  })
})

describe('writeGuideImage: a picture is rewritten only when it changed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-shot-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const dark = (size: number, left: number, top: number) => ({
    input: { create: { width: size, height: size, channels: 3 as const, background: '#203040' } },
    left,
    top,
  })
  /**
   * A 200 × 100 picture: grey, with a dark box of `box` px at the top left (a changed word, a field) and, with
   * `speck`, one dark pixel more (the anti-aliasing of a glyph).
   */
  const picture = (box: number, width = 200, speck = false) =>
    sharp({ create: { width, height: 100, channels: 3, background: '#eeeeee' } })
      .composite([dark(box, 0, 0), ...(speck ? [dark(1, 150, 50)] : [])])
      .png()
      .toBuffer()

  it('writes a new picture, leaves it alone when the same pixels come again, and rewrites it when they change', async () => {
    const file = path.join(dir, 'es', 'prueba.png')
    expect((await writeGuideImage(file, await picture(10))).written).toBe(true)
    const first = fs.readFileSync(file)
    const stamp = new Date('2020-01-01T00:00:00Z')
    fs.utimesSync(file, stamp, stamp)

    // The same picture again (compressed anew): not rewritten, the file untouched.
    const same = await writeGuideImage(file, await picture(10))
    expect(same).toEqual({ written: false, difference: 0 })
    expect(fs.statSync(file).mtime.getTime()).toBe(stamp.getTime())
    expect(fs.readFileSync(file).equals(first)).toBe(true)

    // A pixel or two (anti-aliasing): under the threshold, not rewritten.
    const speck = await writeGuideImage(file, await picture(10, 200, true))
    expect(speck.written).toBe(false)
    expect(speck.difference).toBeGreaterThan(0)
    expect(fs.statSync(file).mtime.getTime()).toBe(stamp.getTime())

    // A changed part of the screen: rewritten, with the new pixels.
    const changed = await writeGuideImage(file, await picture(40))
    expect(changed.written).toBe(true)
    expect(await imageDifference(fs.readFileSync(file), await picture(40))).toBe(0)

    // Another size: rewritten.
    expect(await imageDifference(fs.readFileSync(file), await picture(40, 210))).toBe(Infinity)
    expect((await writeGuideImage(file, await picture(40, 210))).written).toBe(true)
    expect((await sharp(file).metadata()).width).toBe(210)
  })

  it('writes a palette PNG at the highest compression: smaller than the screenshot it is given', async () => {
    // A screenshot-like picture: full colour, with a gradient sharp writes as is.
    const shot = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } })
      .composite([
        {
          input: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="60" fill="#1d4e89"/><text x="20" y="40" font-size="24" fill="#fff">Villa Esperanza</text><text x="20" y="120" font-size="16">Trámites en línea</text></svg>`,
          ),
        },
      ])
      .png({ compressionLevel: 0 })
      .toBuffer()
    const file = path.join(dir, 'pt', 'comprimida.png')
    await writeGuideImage(file, shot)
    const meta = await sharp(file).metadata()
    expect(meta.format).toBe('png')
    expect(meta.isPalette).toBe(true)
    expect(fs.statSync(file).size).toBeLessThan(shot.length / 4)
  })
})
