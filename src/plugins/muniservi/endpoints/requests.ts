/**
 * REST submission, for clients that are not the portal and for files larger than a GraphQL body:
 * POST /api/m/{municipality}/muniservi/requests
 * - `multipart/form-data`: a `data` part with the JSON below, and files in parts named `answers.<field>`;
 * - or `application/json`: `{ service, answers, description, location, name, email, phone, language }`.
 * Answers 201 with the receipt, or 400 naming every wrong field (`errors[0].data.errors`), 404 for an
 * unknown service; nothing is stored unless everything is right.
 */
import type { PayloadRequest } from 'payload'

import { clientErrorResponse, type ModuleEndpoint } from '@e-muni/sdk'
import { t } from '../kit'
import { receiptOf } from '../commands/submitServiceRequest'
import type { IncomingFile } from '../lib/form'
import { submitRequest } from '../lib/submit'

const readBody = async (req: PayloadRequest): Promise<{ data: Record<string, unknown>; files: IncomingFile[] }> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    const form = await req.formData!()
    const files: IncomingFile[] = []
    let data: Record<string, unknown> = {}
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        if (name === 'data') data = JSON.parse(value) as Record<string, unknown>
        continue
      }
      const field = name.replace(/^answers\./, '')
      files.push({ field, name: value.name || 'file', data: Buffer.from(await value.arrayBuffer()) })
    }
    return { data, files }
  }
  return { data: ((await req.json!()) ?? {}) as Record<string, unknown>, files: [] }
}

export const requestEndpoints: ModuleEndpoint[] = [
  {
    path: '/requests',
    method: 'post',
    handler: async (req, { municipality }) => {
      let body: Awaited<ReturnType<typeof readBody>>
      try {
        body = await readBody(req)
      } catch {
        return Response.json({ errors: [{ message: t(req, 'badBody') }] }, { status: 400 })
      }
      if (!body.data || typeof body.data !== 'object' || Array.isArray(body.data))
        return Response.json({ errors: [{ message: t(req, 'badBody') }] }, { status: 400 })
      const { data, files } = body
      try {
        const doc = await submitRequest(req, municipality, {
          service: typeof data.service === 'string' || typeof data.service === 'number' ? String(data.service) : '',
          answers: data.answers,
          description: data.description as string | undefined,
          location: data.location,
          name: data.name as string | undefined,
          email: data.email as string | undefined,
          phone: data.phone as string | undefined,
          language: data.language as string | undefined,
          files,
        })
        return Response.json(receiptOf(req, municipality.slug, doc), { status: 201 })
      } catch (error) {
        return clientErrorResponse(error)
      }
    },
  },
]
