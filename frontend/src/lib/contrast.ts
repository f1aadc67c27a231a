/**
 * WCAG 2.2 contrast for the municipality's colours: whatever an editor picks, text keeps at least 4.5:1
 * against its background. A colour too light for white text is darkened (or too dark for black text,
 * lightened) in steps until it passes.
 */
type RGB = [number, number, number]

export const parseHex = (value: string | null | undefined): RGB | undefined => {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim())
  if (!m) return undefined
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as RGB
}

const toHex = (rgb: RGB) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}
export const luminance = ([r, g, b]: RGB) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

export const contrastRatio = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const WHITE: RGB = [255, 255, 255]
const BLACK: RGB = [0, 0, 0]
const mix = (c: RGB, target: RGB, t: number): RGB => c.map((v, i) => v + (target[i]! - v) * t) as RGB

/**
 * A background colour from `value` (or `fallback`) and the text colour to put on it, with a contrast of
 * at least `min` (4.5:1 by default). Prefers white text; darkens the colour until white passes, unless
 * black text passes with less change.
 */
export const accessiblePair = (value: string | null | undefined, fallback: string, min = 4.5) => {
  const base = parseHex(value) ?? parseHex(fallback)!
  if (contrastRatio(base, WHITE) >= min) return { background: toHex(base), text: '#ffffff' }
  if (contrastRatio(base, BLACK) >= min + 2) return { background: toHex(base), text: '#000000' }
  for (let t = 0.05; t <= 1; t += 0.05) {
    const darker = mix(base, BLACK, t)
    if (contrastRatio(darker, WHITE) >= min) return { background: toHex(darker), text: '#ffffff' }
  }
  return { background: '#000000', text: '#ffffff' }
}

/** The page's light backgrounds: white and the soft grey of the footer and notices (globals.css). */
const LIGHT_BACKGROUNDS: RGB[] = [WHITE, [0xf3, 0xf5, 0xf7]]

/** A colour usable as text (links) on the page's light backgrounds: darkened until it reaches `min` on each. */
export const accessibleOnLight = (value: string | null | undefined, fallback: string, min = 4.5) => {
  const base = parseHex(value) ?? parseHex(fallback)!
  for (let t = 0; t <= 1; t += 0.05) {
    const darker = mix(base, BLACK, t)
    if (LIGHT_BACKGROUNDS.every((bg) => contrastRatio(darker, bg) >= min)) return toHex(darker)
  }
  return '#000000'
}
