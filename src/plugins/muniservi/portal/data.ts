/** MuniServi reads shared by the service pages and actions: one service (with its form) by its code. */
import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cmsQuery, municipalityTag, type Portal } from '@e-muni/sdk/portal'
import type { Locale } from '@e-muni/sdk/portal/i18n'

import { ServicesDetailDocument, type ServicesDetailQuery } from './gql'

export type ServiceDetail = NonNullable<ServicesDetailQuery['Services']>['docs'][number]
export type ServiceFormField = NonNullable<ServiceDetail['form']>[number]

/** The link of a service inside the portal (its code, in lower case). */
export const serviceHref = (base: string, code: string) => `${base}/services/${code.toLowerCase()}`

const CODE = /^[a-z][a-z0-9]{1,9}$/i

/** The municipality's active service `code` in `lang`, or undefined (public, cached read). */
export const findService = cache(
  async (
    municipality: { id: number; slug: string },
    code: string,
    lang: Locale,
  ): Promise<ServiceDetail | undefined> => {
    if (!CODE.test(code)) return undefined
    const data = await cmsQuery(
      ServicesDetailDocument,
      { municipality: municipality.id, code: code.toUpperCase(), locale: lang },
      { tags: [municipalityTag(municipality.slug)] },
    )
    return data.Services?.docs[0] ?? undefined
  },
)

/** For a page of one service (`[service]`, `[service]/request`): the service, or the 404 page. */
export const loadService = async (portal: Portal, code: string) => {
  const service = await findService(portal.municipality, code, portal.lang)
  if (!service) notFound()
  return service
}
