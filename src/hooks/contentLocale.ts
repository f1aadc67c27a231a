/**
 * The admin edits content in the locale of the user's `locale` preference (Payload's own, changed with
 * the admin's locale selector), else in the installation's default (Spanish): a Brazilian editor's
 * Portuguese text was stored as Spanish. On login, a staff user without that preference gets their
 * municipality's content language as it (the first municipality they hold a role in); once they choose
 * another in the admin, theirs stays.
 */
import type { CollectionAfterLoginHook, Where } from 'payload'

export const contentLocaleOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const { payload } = req
  const locales = (payload.config.localization && payload.config.localization.localeCodes) || []
  const tenant = (user as { tenants?: { tenant?: unknown }[] }).tenants?.[0]?.tenant
  if (!tenant || !locales.length) return user
  try {
    const where: Where = {
      and: [
        { key: { equals: 'locale' } },
        { 'user.relationTo': { equals: 'users' } },
        { 'user.value': { equals: user.id } },
      ],
    }
    const { totalDocs } = await payload.count({ collection: 'payload-preferences', where, overrideAccess: true, req })
    if (totalDocs) return user
    const municipality = (await payload.findByID({
      collection: 'municipalities',
      id: (typeof tenant === 'object' ? (tenant as { id: number | string }).id : tenant) as number | string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as { defaultLocale?: string } | null
    const locale = municipality?.defaultLocale
    if (!locale || !locales.includes(locale)) return user
    await payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', user: { relationTo: 'users', value: user.id }, value: locale },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // A preference is a convenience: a login never fails for it.
    payload.logger.warn({ err: error, msg: 'content locale preference not set' })
  }
  return user
}
