/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped (localized, populated or not) */
/** A service as schema.org `GovernmentService` JSON-LD, for search engines and the portal's pages. */
import type { PayloadRequest } from 'payload'

import { portalLink } from '@e-muni/sdk'

type Doc = Record<string, any>

export const governmentServiceJsonLd = (service: Doc, municipality: Doc, req?: PayloadRequest) => {
  const lang = ['es', 'pt', 'en', 'fr'].find((l) => l === req?.locale) ?? municipality.defaultLocale ?? 'es'
  const channels: Doc[] = []
  const via = service.channels ?? {}
  if (via.online)
    channels.push({
      '@type': 'ServiceChannel',
      name: 'online',
      // The service's page on the portal.
      serviceUrl: portalLink(municipality.slug, lang, `services/${String(service.code).toLowerCase()}`),
    })
  if (via.inPerson)
    channels.push({
      '@type': 'ServiceChannel',
      name: 'in person',
      serviceLocation: { '@type': 'Place', address: via.address ?? undefined, openingHours: via.hours ?? undefined },
    })
  if (via.phone)
    channels.push({
      '@type': 'ServiceChannel',
      name: 'phone',
      servicePhone: { '@type': 'ContactPoint', telephone: via.phone },
    })
  const fee = service.fee ?? {}
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: service.code,
    name: service.name,
    description: service.summary ?? undefined,
    serviceType: typeof service.category === 'object' && service.category ? service.category.name : undefined,
    provider: {
      '@type': 'GovernmentOrganization',
      name: municipality.name,
      ...(municipality.contact?.email ? { email: municipality.contact.email } : {}),
      ...(municipality.contact?.phone ? { telephone: municipality.contact.phone } : {}),
    },
    serviceOperator: service.office?.name
      ? { '@type': 'GovernmentOrganization', name: service.office.name }
      : undefined,
    areaServed: {
      '@type': 'AdministrativeArea',
      name: municipality.name,
      address: { '@type': 'PostalAddress', addressCountry: municipality.country },
    },
    audience: (service.audience ?? []).map((a: string) => ({
      '@type': 'Audience',
      audienceType: a === 'businesses' ? 'businesses' : 'citizens',
    })),
    offers: {
      '@type': 'Offer',
      price: fee.free ? 0 : (fee.amount ?? undefined),
      priceCurrency: fee.free ? undefined : (fee.currency ?? municipality.currency),
    },
    availableChannel: channels,
    termsOfService: service.legalBasis ?? undefined,
    keywords: (service.keywords ?? []).join(', ') || undefined,
  }
}
