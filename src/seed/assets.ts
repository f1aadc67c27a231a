/** Demo assets made on the spot: landscape pictures drawn as SVG and rendered by sharp, and small PDFs. */
import sharp from 'sharp'

export { simplePdf } from '../plugins/sdk/pdf'

export type Palette = { sky: string; sun: string; hills: string[] }

/** A 2400×1400 JPEG landscape: sky gradient, sun, rolling hills and a row of houses. */
export const landscape = async (palette: Palette, variant = 0): Promise<Buffer> => {
  const w = 2400
  const h = 1400
  const hills = palette.hills
    .map((colour, i) => {
      const base = 760 + i * 170
      const a = 120 + ((variant * 37 + i * 53) % 160)
      return `<path d="M0 ${base} C ${w * 0.25} ${base - a}, ${w * 0.55} ${base + a / 2}, ${w} ${base - a / 3} L ${w} ${h} L 0 ${h} Z" fill="${colour}"/>`
    })
    .join('')
  const houses = Array.from({ length: 7 }, (_, i) => {
    const x = 260 + i * 290 + ((variant * 41) % 90)
    const y = 1060 - (i % 3) * 30
    return `<rect x="${x}" y="${y}" width="150" height="120" fill="#f4efe6"/><path d="M${x - 15} ${y} L${x + 75} ${y - 80} L${x + 165} ${y} Z" fill="#b5523b"/><rect x="${x + 55}" y="${y + 55}" width="40" height="65" fill="#6b4b3e"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#sky)"/>
    <circle cx="${1700 - variant * 260}" cy="${300 + variant * 40}" r="150" fill="${palette.sun}"/>
    ${hills}${houses}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
