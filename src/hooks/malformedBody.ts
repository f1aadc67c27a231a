/**
 * A multipart body Payload cannot parse (a part header with a NUL byte or a bare line break in a file
 * name, a body cut short, no boundary) is the client's fault: answer 400 with a message instead of the
 * 500 "unknown error" Payload gives when its parser (busboy) throws a plain Error.
 */
import type { AfterErrorHook } from 'payload'

import { tr } from '../i18n/index'

const MALFORMED =
  /^(Malformed (part header|content disposition|urlencoded form)|Unexpected end of (form|file)|Multipart: Boundary not found|Unsupported content type|Missing Content-Type)/

export const malformedBodies: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if ((status && status !== 500) || !MALFORMED.test(error.message ?? '')) return
  return { status: 400, response: { errors: [{ message: tr(req, 'malformedUpload') }] } }
}
