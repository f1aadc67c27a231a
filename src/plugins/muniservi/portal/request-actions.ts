'use server'
/**
 * Submitting a service request: the form is checked here against the service's form definition, then
 * sent to the CMS (the `submitServiceRequest` command over REST, files as multipart parts, each up to the CMS's
 * upload limit), which checks it again; its field errors are
 * shown next to the fields. A signed-in person's request is made with their token, so it is theirs.
 */
import { cmsCommand, formPortal, getMunicipality, getPerson, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'
import { formatDate } from '@e-muni/sdk/portal/i18n'

import { findService } from './data'
import { checkForm, formSpec } from './fields'
import { messages } from './messages'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export async function submitServiceRequest(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, base } = formPortal(form, [messages])
  const municipality = slug ? await getMunicipality(slug, lang) : undefined
  const service =
    municipality?.modules?.includes('muniservi') && (await findService(municipality, text(form, 'service'), lang))
  if (!municipality || !service) return { ok: false, message: t('services.form.gone') }

  const checked = checkForm(formSpec(service.form ?? [], t), form, t)
  const errors = { ...checked.errors }
  const values = { ...checked.values }
  const session = await getPerson()
  let requester: { name?: string; email?: string } = {}
  if (!session) {
    requester = { name: text(form, 'name'), email: text(form, 'email').toLowerCase() }
    Object.assign(values, requester)
    if (!requester.name) errors.name = t('services.error.required')
    else if (requester.name.length > 200) errors.name = t('services.error.tooLong', { max: 200 })
    if (!requester.email) errors.email = t('services.error.required')
    else if (!EMAIL.test(requester.email)) errors.email = t('services.error.email')
  }
  if (Object.keys(errors).length) return { ok: false, fields: errors, values }

  // The files travel as multipart parts (each up to the CMS's upload limit), not as base64 in a GraphQL body.
  const result = await cmsCommand<{ trackingCode: string; trackingToken: string; dueAt: string | null }>(
    { municipality: municipality.slug, module: 'muniservi', command: 'submitServiceRequest' },
    { service: service.code, answers: checked.answers, ...requester, language: lang },
    checked.attachments,
    { token: session?.token, lang },
  )
  if (!result.ok) {
    const hasFields = Object.keys(result.fields).length > 0
    return {
      ok: false,
      message: hasFields ? undefined : t('services.form.failed', { message: result.message }),
      fields: result.fields,
      values,
    }
  }
  const receipt = result.data
  return {
    ok: true,
    message: t('services.form.done'),
    result: {
      code: receipt.trackingCode,
      token: receipt.trackingToken,
      due: formatDate(lang, receipt.dueAt, municipality.timezone),
      track: `${base}/services/track?code=${encodeURIComponent(receipt.trackingCode)}&token=${encodeURIComponent(receipt.trackingToken)}`,
    },
  }
}
