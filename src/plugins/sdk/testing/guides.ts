/**
 * Screenshots for the staff and citizen guides (docs/guides/): the browser tests photograph the screens the
 * guides show, at the moment they show them, so that a test run keeps the guides' pictures current.
 *
 * `guideShot(page, 'es/ciudadania-inicio')` writes `docs/guides/img/es/ciudadania-inicio.png` at a fixed viewport,
 * and rewrites it only when the picture really changed (pixels compared with sharp), so that a run that changes
 * nothing on screen changes nothing in git. What varies per run (a tracking code, a date) is masked with a grey box.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'

import { ROOT } from './server'

/** Where the guides' pictures live: `docs/guides/img/{lang}/{name}.png`. */
export const GUIDE_IMAGES = path.join(ROOT, 'docs', 'guides', 'img')
/** A guide picture's name: its language's folder and a lower-case, hyphenated name. */
export const GUIDE_SHOT_NAME = /^(es|pt)\/[a-z0-9]+(-[a-z0-9]+)*$/
/** A desktop screen (the portal's), a phone's (390 CSS px wide), and the admin's (`startAdminStack`'s pages). */
export const GUIDE_DESKTOP = { width: 1280, height: 800 }
export const GUIDE_PHONE = { width: 390, height: 844 }
/**
 * The admin's pictures are taken at the admin stack's own size: resized below 1440 px, the admin closes its side
 * menu a moment later, and a picture would show it open or closed depending on that moment.
 */
export const GUIDE_ADMIN = { width: 1600, height: 1000 }
/**
 * The mean absolute difference (0–255 per channel) above which a picture counts as changed: on a 1280 × 800 shot
 * about 200 pixels changed from light to dark — less than a changed word (a few hundred pixels of ink), more than
 * the anti-aliasing of a few glyphs.
 */
export const GUIDE_SHOT_THRESHOLD = 0.02

/**
 * How different two PNGs are: the mean absolute difference of their RGBA channels (0 = the same pixels, 255 = the
 * opposite), or Infinity when their sizes differ.
 */
export const imageDifference = async (a: Buffer, b: Buffer): Promise<number> => {
  const [x, y] = await Promise.all(
    [a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
  )
  if (x!.info.width !== y!.info.width || x!.info.height !== y!.info.height) return Infinity
  let sum = 0
  for (let i = 0; i < x!.data.length; i++) sum += Math.abs(x!.data[i]! - y!.data[i]!)
  return sum / x!.data.length
}

/**
 * Writes `png` to `file` (compressed: a 256-colour palette at the highest compression) unless the file there has
 * the same picture (difference at most `threshold`). Returns whether it wrote, and the difference found.
 */
export const writeGuideImage = async (
  file: string,
  png: Buffer,
  threshold = GUIDE_SHOT_THRESHOLD,
): Promise<{ written: boolean; difference: number }> => {
  const small = await sharp(png).png({ compressionLevel: 9, palette: true }).toBuffer()
  if (fs.existsSync(file)) {
    const difference = await imageDifference(fs.readFileSync(file), small)
    if (difference <= threshold) return { written: false, difference }
    fs.writeFileSync(file, small)
    return { written: true, difference }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, small)
  return { written: true, difference: Infinity }
}

export type GuideShotOptions = {
  /** The viewport to photograph at (GUIDE_DESKTOP by default; GUIDE_PHONE for a phone, GUIDE_ADMIN in the admin). */
  viewport?: { width: number; height: number }
  /** What varies per run (a tracking code, a date): covered with a grey box. */
  mask?: Locator[]
  /** Scrolls this element into view first (the part of the page the guide talks about). */
  show?: Locator
}

/**
 * Photographs `page` for the guides as `docs/guides/img/{name}.png` (`name`: `es/…` or `pt/…`), at a fixed
 * viewport (the page's own is put back after), without caret or animations, and writes it only when the picture
 * changed (`writeGuideImage`). Returns the file's path.
 */
export const guideShot = async (page: Page, name: string, options: GuideShotOptions = {}): Promise<string> => {
  if (!GUIDE_SHOT_NAME.test(name))
    throw new Error(`guideShot: "${name}" is not a guide picture's name (es/… or pt/…, lower case and hyphens)`)
  const file = path.join(GUIDE_IMAGES, `${name}.png`)
  const before = page.viewportSize()
  const viewport = options.viewport ?? GUIDE_DESKTOP
  const resized = !before || before.width !== viewport.width || before.height !== viewport.height
  if (resized) await page.setViewportSize(viewport)
  try {
    // What the page was still loading (requests after a save, its images, the admin's lazy fields behind their
    // loading placeholders), bounded: a picture of a page caught half-loaded would change from run to run.
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined)
    await page
      .waitForFunction(
        () => !document.querySelector('.shimmer-effect') && [...document.images].every((img) => img.complete),
        null,
        { timeout: 10_000 },
      )
      .catch(() => undefined)
    // The fonts loaded, two frames painted and, after a resize, the page settled at its new size (no change to its
    // DOM for 200 ms, at most 3 s: a layout that reacts to the width does it in an effect, after the resize).
    await page.evaluate(async (settle) => {
      await document.fonts?.ready
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
      if (!settle) return
      await new Promise<void>((done) => {
        let quiet = setTimeout(finish, 200)
        const cap = setTimeout(finish, 3_000)
        const observer = new MutationObserver(() => {
          clearTimeout(quiet)
          quiet = setTimeout(finish, 200)
        })
        function finish() {
          observer.disconnect()
          clearTimeout(quiet)
          clearTimeout(cap)
          done()
        }
        observer.observe(document.body, { childList: true, subtree: true, attributes: true })
      })
    }, resized)
    // From the top of the page each time (the picture must not depend on where the test left the page scrolled),
    // and no hover: the pointer in the bottom-right corner.
    await page.evaluate(() => window.scrollTo(0, 0))
    if (options.show) await options.show.scrollIntoViewIfNeeded()
    await page.mouse.move(viewport.width - 1, viewport.height - 1)
    const png = await page.screenshot({
      animations: 'disabled',
      caret: 'hide',
      mask: options.mask,
      maskColor: '#c8c8c8',
      // Notifications that fade away ("saved") are left out: whether one is still showing is a matter of timing.
      style: '.payload-toast-container, [data-sonner-toaster] { display: none !important; }',
    })
    await writeGuideImage(file, png)
  } finally {
    if (before && resized) await page.setViewportSize(before)
  }
  return file
}
