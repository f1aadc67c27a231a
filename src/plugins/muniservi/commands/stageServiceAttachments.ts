/**
 * Keeps a form's files between the portal's two steps, "check your answers" and "Send" (GraphQL
 * `stageServiceAttachments`; REST POST /api/m/{municipality}/muniservi/stageServiceAttachments, multipart —
 * `{ service }` in `_payload`, each file a part named by its form field — or JSON with `attachments: [{ field,
 * filename, base64 }]`, as the portal sends it). Each file is checked against
 * the service's file fields as in a submission; the answer is one receipt per file, `{ token, field, name, size }`,
 * whose `token` `submitServiceRequest` takes back in `staged`. Nobody can read a kept file; unclaimed, it is swept
 * (see lib/staging.ts).
 */
import { defineCommand } from '@e-muni/sdk'
import { commandInput } from '../lib/commandInput'
import { stageAttachments } from '../lib/staging'
import { findService } from '../lib/submit'

export const stageServiceAttachments = defineCommand({
  name: 'stageServiceAttachments',
  files: 'attachments',
  input: (raw, { req }) => {
    const read = commandInput(req, raw)
    const service = read.reference('service')
    const attachments = read.attachments('attachments')
    read.done()
    return {
      service,
      files: attachments.map((a) => ({
        field: a.field,
        name: a.filename,
        data: /^[A-Za-z0-9+/=\s]*$/.test(a.base64) ? Buffer.from(a.base64, 'base64') : Buffer.alloc(0),
      })),
    }
  },
  run: async ({ req, municipality }, input) => ({
    files: await stageAttachments(req, municipality, await findService(req, municipality, input.service), input.files),
  }),
})
