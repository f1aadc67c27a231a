/** The portal's pure parts: colour contrast kept at WCAG AA, and every message in four languages. */
import { accessibleOnLight, accessiblePair, contrastRatio, parseHex } from '../../frontend/src/lib/contrast'
import { allMessages, LOCALES, translator } from '../../frontend/src/lib/i18n'

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
  const es = allMessages('es')

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
