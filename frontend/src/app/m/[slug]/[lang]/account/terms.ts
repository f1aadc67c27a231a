/**
 * Where the terms that the sign-up form asks to accept are: `PORTAL_TERMS_URL` when set (an address, in which
 * `{slug}` and `{lang}` are replaced by the municipality's slug and the page's language), else the
 * municipality's own page `legal` (the demo seeds one in each municipality: src/seed/demo.ts).
 */
export const termsUrl = (base: string, slug: string, lang: string): string => {
  const configured = process.env.PORTAL_TERMS_URL?.trim()
  if (!configured) return `${base}/p/legal`
  return configured.replaceAll('{slug}', encodeURIComponent(slug)).replaceAll('{lang}', encodeURIComponent(lang))
}
