/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** A person registers as a supplier in a municipality (pending until an officer verifies it). */
import type { PayloadRequest } from 'payload'

import type { MunicipalityRef } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../../hooks/common'
import { normalTaxId } from '../../collections/suppliers'
import { type Doc, type FieldError, invalid, isUniqueClash, mySupplier } from './common'

const COUNTRY = /^[A-Z]{2}$/
const CATEGORY_VALUES = ['goods', 'works', 'services'] as const
type Category = (typeof CATEGORY_VALUES)[number]
const isCategory = (value: string): value is Category => (CATEGORY_VALUES as readonly string[]).includes(value)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const registerSupplier = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  input: Record<string, any>,
) => {
  const who = person(req)
  const errors: FieldError[] = []
  const legalName = typeof input.legalName === 'string' ? input.legalName.trim() : ''
  if (!legalName || legalName.length > 200)
    errors.push({ path: 'legalName', message: t(req, 'required1to', { max: 200 }) })
  const country = String(input.country ?? '')
    .trim()
    .toUpperCase()
  if (!COUNTRY.test(country)) errors.push({ path: 'country', message: t(req, 'badCountry') })
  const taxId = normalTaxId(input.taxId)
  if (!/^[A-Z0-9]{4,20}$/.test(taxId)) errors.push({ path: 'taxId', message: t(req, 'badTaxId') })
  const categories = Array.isArray(input.categories) ? [...new Set(input.categories.map(String))] : []
  if (!categories.length || !categories.every(isCategory))
    errors.push({ path: 'categories', message: t(req, 'badCategories', { allowed: CATEGORY_VALUES.join(', ') }) })
  const contacts = (Array.isArray(input.contacts) ? input.contacts : []).slice(0, 10).map((c: any, i: number) => {
    const name = typeof c?.name === 'string' ? c.name.trim() : ''
    const email = typeof c?.email === 'string' ? c.email.trim() : ''
    if (!name) errors.push({ path: `contacts.${i}.name`, message: t(req, 'required1to', { max: 200 }) })
    if (email && !EMAIL.test(email)) errors.push({ path: `contacts.${i}.email`, message: t(req, 'badEmail') })
    return { name, email: email || null, phone: typeof c?.phone === 'string' ? c.phone.trim().slice(0, 40) : null }
  })
  if (errors.length) throw invalid(req, errors)
  if (await mySupplier(req, municipality))
    throw fail(t(req, 'alreadyRegistered', { municipality: municipality.name }), 409)
  try {
    return (await req.payload.create({
      collection: 'suppliers',
      data: {
        tenant: municipality.id,
        legalName,
        country,
        taxId,
        categories: categories.filter(isCategory),
        contacts: contacts.length ? contacts : [{ name: who.name, email: who.email }],
        address: typeof input.address === 'string' ? input.address.trim().slice(0, 500) : null,
        account: who.id,
      },
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
  } catch (error) {
    if (isUniqueClash(error)) throw fail(t(req, 'taxIdTaken', { taxId, municipality: municipality.name }), 409)
    throw error
  }
}
