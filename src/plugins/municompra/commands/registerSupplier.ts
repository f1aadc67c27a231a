/**
 * A person registers as a supplier in a municipality, pending until an officer verifies it (GraphQL
 * `registerSupplier`, REST POST /api/m/{municipality}/municompra/registerSupplier).
 */
import { defineCommand, type FieldError, fieldErrors, isObject } from '@e-muni/sdk'
import { normalTaxId } from '../collections/suppliers'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { type Doc, isUniqueClash, mySupplier, registrationView } from '../lib/actions/common'
import { isOptionalText, listInput } from '../lib/actions/input'

const COUNTRY = /^[A-Z]{2}$/
const CATEGORY_VALUES = ['goods', 'works', 'services'] as const
type Category = (typeof CATEGORY_VALUES)[number]
const isCategory = (value: string): value is Category => (CATEGORY_VALUES as readonly string[]).includes(value)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
type Contact = { name: string; email: string | null; phone: string | null }

export const registerSupplier = defineCommand({
  name: 'registerSupplier',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const errors: FieldError[] = []
    const legalName = typeof raw.legalName === 'string' ? raw.legalName.trim() : ''
    if (!legalName || legalName.length > 200)
      errors.push({ path: 'legalName', message: t(req, 'required1to', { max: 200 }) })
    const country = (typeof raw.country === 'string' ? raw.country : '').trim().toUpperCase()
    if (!COUNTRY.test(country)) errors.push({ path: 'country', message: t(req, 'badCountry') })
    const taxId = normalTaxId(typeof raw.taxId === 'string' ? raw.taxId : '')
    if (!/^[A-Z0-9]{4,20}$/.test(taxId)) errors.push({ path: 'taxId', message: t(req, 'badTaxId') })
    const texts = Array.isArray(raw.categories) && raw.categories.every((c) => typeof c === 'string')
    const categories = texts ? [...new Set(raw.categories as string[])] : []
    if (!categories.length || !categories.every(isCategory))
      errors.push({ path: 'categories', message: t(req, 'badCategories', { allowed: CATEGORY_VALUES.join(', ') }) })
    if (!isOptionalText(raw.address)) errors.push({ path: 'address', message: t(req, 'textUpTo', { max: 500 }) })
    // Every contact has a contact's shape (as GraphQL's type had it); the first ten are checked and kept.
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
    const contacts = (
      listInput(raw.contacts, 'contacts', t(req, 'badContacts'), errors, (c, at, i): Contact => {
        const { name, email, phone } = isObject(c) ? c : {}
        if (typeof name !== 'string' || (i < 10 && !text(name)))
          errors.push({ path: `${at}.name`, message: t(req, 'required1to', { max: 200 }) })
        if (!isOptionalText(email) || (i < 10 && text(email) && !EMAIL.test(text(email))))
          errors.push({ path: `${at}.email`, message: t(req, 'badEmail') })
        if (!isOptionalText(phone)) errors.push({ path: `${at}.phone`, message: t(req, 'textUpTo', { max: 40 }) })
        return {
          name: text(name),
          email: text(email) || null,
          phone: typeof phone === 'string' ? phone.trim().slice(0, 40) : null,
        }
      }) ?? []
    ).slice(0, 10)
    if (errors.length) throw fieldErrors(req, errors)
    const address = typeof raw.address === 'string' ? raw.address.trim().slice(0, 500) : null
    return { legalName, country, taxId, categories: categories.filter(isCategory), contacts, address }
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const { taxId, contacts } = input
    if (await mySupplier(req, municipality))
      throw fail(t(req, 'alreadyRegistered', { municipality: municipality.name }), 409)
    try {
      const doc = (await req.payload.create({
        collection: 'compra-suppliers',
        data: {
          tenant: municipality.id,
          legalName: input.legalName,
          country: input.country,
          taxId,
          categories: input.categories,
          contacts: contacts.length ? contacts : [{ name: who.name, email: who.email }],
          address: input.address,
          account: who.id,
        },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })) as unknown as Doc
      return registrationView(doc)
    } catch (error) {
      if (isUniqueClash(error)) throw fail(t(req, 'taxIdTaken', { taxId, municipality: municipality.name }), 409)
      throw error
    }
  },
})
