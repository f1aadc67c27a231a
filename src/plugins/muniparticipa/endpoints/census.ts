/**
 * POST /api/m/{municipality}/muniparticipa/census — a municipal admin imports the census: a CSV body
 * (`text/csv`, or a multipart `file`) of `document,birthDate` lines. Only keyed hashes are stored; the
 * file itself is never written anywhere. Answers `{ added, existing, invalidLines }`.
 */
import type { PayloadRequest } from 'payload'

import { hasRoleIn, isPlatformAdmin, moduleText, MUNICIPAL_ADMIN, type ModuleEndpoint } from '../../sdk/index'
import { MODULE } from '../i18n/index'
import { importCensus } from '../lib/census'

const MAX_BYTES = 20 * 1024 * 1024

const bodyText = async (req: PayloadRequest): Promise<string | null> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData?.()
    const file = form?.get('file')
    return file && typeof file !== 'string' ? await file.text() : null
  }
  if (type.startsWith('text/csv') || type.startsWith('text/plain')) return (await req.text?.()) ?? null
  return null
}

export const censusEndpoints: ModuleEndpoint[] = [
  {
    path: '/census',
    method: 'post',
    handler: async (req, { municipality }) => {
      const refuse = (status: number, key: string, vars?: Record<string, string | number>) =>
        Response.json({ errors: [{ message: moduleText(req, MODULE, key, vars) }] }, { status })
      if (!isPlatformAdmin(req.user) && !hasRoleIn(req.user, municipality.id, [MUNICIPAL_ADMIN]))
        return refuse(req.user ? 403 : 401, 'censusAdminOnly')
      if (Number(req.headers.get('content-length') ?? 0) > MAX_BYTES) return refuse(413, 'censusTooLarge', { mb: 20 })
      const text = await bodyText(req).catch(() => null)
      if (text === null) return refuse(400, 'censusBody')
      if (text.length > MAX_BYTES) return refuse(413, 'censusTooLarge', { mb: 20 })
      return Response.json(await importCensus(req, municipality, text))
    },
  },
]
