/**
 * POST /api/m/{municipality}/muniparticipa/census — a municipal admin imports the census: a CSV body
 * (`text/csv`, or a multipart `file`) of `document,birthDate` lines. Only keyed hashes are stored; the
 * file itself is never written anywhere. All or nothing: a file with a wrong line imports nothing and is
 * answered 400 with every wrong line (`errors[0].data.lines`: line number, column, message in the caller's
 * language). `?dryRun=true` (the admin's preview) counts without writing. Answers
 * `{ lines, added, existing, dryRun }`.
 */
import type { PayloadRequest } from 'payload'

import { moduleText, type ModuleEndpoint } from '@e-muni/sdk'
import { mayImportCensus } from '../access/index'
import { MODULE } from '../i18n/index'
import { censusLineMessage, importCensus } from '../lib/census'

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
      if (!mayImportCensus(req.user, municipality.id)) return refuse(req.user ? 403 : 401, 'censusAdminOnly')
      if (Number(req.headers.get('content-length') ?? 0) > MAX_BYTES) return refuse(413, 'censusTooLarge', { mb: 20 })
      const text = await bodyText(req).catch(() => null)
      if (text === null) return refuse(400, 'censusBody')
      if (text.length > MAX_BYTES) return refuse(413, 'censusTooLarge', { mb: 20 })
      const dryRun = ['true', '1'].includes(String(req.searchParams?.get('dryRun') ?? ''))
      const result = await importCensus(req, municipality, text, { dryRun })
      if (!result.ok) {
        const lines = result.errors.slice(0, 1000).map((e) => ({ ...e, message: censusLineMessage(req, e) }))
        return Response.json(
          {
            errors: [
              { message: moduleText(req, MODULE, 'censusHasErrors', { count: result.errors.length }), data: { lines } },
            ],
          },
          { status: 400 },
        )
      }
      if (!result.lines) return refuse(400, 'censusEmpty')
      const { lines, added, existing } = result
      return Response.json({ lines, added, existing, dryRun })
    },
  },
]
