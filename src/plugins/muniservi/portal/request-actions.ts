'use server'
/**
 * A service request in two steps, as GOV.UK-style services do: "Continue" checks the form here against the
 * service's form definition (errors next to the fields) and, when it is right, keeps its files at the CMS
 * (`stageServiceAttachments`: a receipt per file, carried in the page) and answers with the summary ("check your
 * answers"); "Change" goes back to the form with every answer; "Send" checks again and sends the request to the
 * CMS (the `submitServiceRequest` command over REST, the kept files claimed with their receipts, any new file as a
 * multipart part), which checks it again; its field errors are shown next to the fields. Nothing is a request
 * before "Send". All of it works without JavaScript (every step is a post of a form). A signed-in person's request
 * is made with their token, so it is theirs.
 */
import { cmsCommand, formPortal, getMunicipality, getPerson, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'
import { formatDate } from '@e-muni/sdk/portal/i18n'

import { findService } from './data'
import { checkForm, formSpec, readKept, type Kept } from './fields'
import { messages } from './messages'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Which page the state shows: the form (again), or the summary before sending. */
export type RequestStep = { step: 'form' | 'review'; kept: Kept[]; focus?: string }

export async function submitServiceRequest(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, base } = formPortal(form, [messages])
  const municipality = slug ? await getMunicipality(slug, lang) : undefined
  const service =
    municipality?.modules?.includes('muniservi') && (await findService(municipality, text(form, 'service'), lang))
  if (!municipality || !service) return { ok: false, message: t('services.form.gone') }

  const change = text(form, 'change')
  const step = text(form, 'step') === 'send' ? 'send' : 'continue'
  let kept = readKept(form)
  const checked = checkForm(formSpec(service.form ?? [], t), form, t, kept)
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
  const back = (state: FormState = {}): FormState => ({
    values,
    ...state,
    result: { step: 'form', kept, ...state.result },
  })
  // "Change": the form again with every answer (and the kept files), the answer to change focused.
  if (change) return back({ result: { focus: change } })
  if (Object.keys(errors).length) return back({ ok: false, fields: errors })
  const refused = (result: { status: number; message: string; fields: Record<string, string> }) => {
    // Kept files that are gone (sent already, swept, another municipality's): attach them again.
    if (result.status === 404 && kept.length && step === 'send') kept = []
    const hasFields = Object.keys(result.fields).length > 0
    return back({
      ok: false,
      message: hasFields ? undefined : t('services.form.failed', { message: result.message }),
      fields: result.fields,
    })
  }

  if (step === 'continue') {
    // The files are kept at the CMS (checked there as in a submission): a file input cannot be refilled.
    if (checked.attachments.length) {
      const staged = await cmsCommand<{ files: Kept[] }>(
        { municipality: municipality.slug, module: 'muniservi', command: 'stageServiceAttachments' },
        { service: service.code },
        checked.attachments,
        { token: session?.token, lang },
      )
      if (!staged.ok) return refused(staged)
      kept = [...kept, ...staged.data.files]
    }
    return { values, result: { step: 'review', kept } satisfies RequestStep }
  }

  // The files travel as multipart parts (each up to the CMS's upload limit), not as base64 in a GraphQL body.
  const result = await cmsCommand<{ trackingCode: string; trackingToken: string; dueAt: string | null }>(
    { municipality: municipality.slug, module: 'muniservi', command: 'submitServiceRequest' },
    {
      service: service.code,
      answers: checked.answers,
      ...requester,
      language: lang,
      ...(kept.length ? { staged: kept.map((k) => k.token) } : {}),
    },
    checked.attachments,
    { token: session?.token, lang },
  )
  if (!result.ok) return refused(result)
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
