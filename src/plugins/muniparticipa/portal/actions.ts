'use server'
/**
 * What a person does in MuniParticipa, through its GraphQL mutations: propose, support, comment, report,
 * follow, vote in polls and budgets, verify residence. The CMS checks phases, verification and ballots;
 * its refusals are shown as they come (in the visitor's language). A signed-out visitor is sent to log in.
 */
import { updateTag } from 'next/cache'
import { redirect } from 'next/navigation'

import {
  cmsMutate,
  formPortal,
  getMunicipality,
  getPerson,
  keep,
  municipalityTag,
  type MutationResult,
  text,
} from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'

import { IMAGE_TYPES, MAX_IMAGE_KB, MAX_IMAGES } from './data'
import {
  ParticipationCastBudgetDocument,
  ParticipationCastPollDocument,
  ParticipationCommentDocument,
  ParticipationFollowDocument,
  ParticipationReportDocument,
  ParticipationSubmitProposalDocument,
  ParticipationSupportDocument,
  ParticipationVerifyResidenceDocument,
} from './gql'
import { messages } from './messages'

/** The portal, the signed-in person (else to log-in, back to `back`) and the page to refresh. */
const start = async (form: FormData) => {
  const portal = formPortal(form, [messages])
  const back = text(form, 'back')
  const safeBack = back.startsWith(`${portal.base}/`) && !back.startsWith('//') ? back : `${portal.base}/participation`
  if (!portal.slug) redirect('/')
  const session = await getPerson()
  if (!session) redirect(`${portal.base}/account/login?next=${encodeURIComponent(safeBack)}`)
  return { ...portal, slug: portal.slug, token: session.token, person: session.person, back: safeBack }
}

/** A refusal of the CMS as the form shows it; 403 means "verify your residence first". */
const refused = (result: MutationResult<unknown> & { ok: false }, values?: Record<string, string>): FormState => ({
  ok: false,
  message: result.message,
  fields: result.fields,
  values,
  result: { verify: result.status === 403 },
})

/** The text field a form names (forms on one page name theirs apart: `reply-12`, `reason-proposal`). */
const namedText = (form: FormData) => {
  const name = text(form, 'textField')
  return { name: /^[a-z0-9-]{1,40}$/.test(name) ? name : 'body', value: text(form, name) }
}

export async function supportProposal(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const result = await cmsMutate(
    ParticipationSupportDocument,
    { municipality: slug, proposal: text(form, 'proposal') },
    { token, lang },
  )
  if (!result.ok) return refused(result)
  updateTag(municipalityTag(slug))
  return { ok: true, message: t('participation.support.done', { n: result.data.supportProposal.supportCount }) }
}

export async function postComment(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const body = namedText(form)
  if (!body.value) return { ok: false, fields: { [body.name]: t('participation.errors.required') } }
  if (body.value.length > 4000)
    return {
      ok: false,
      fields: { [body.name]: t('participation.errors.tooLong', { max: 4000 }) },
      values: { [body.name]: body.value },
    }
  const parent = text(form, 'parent')
  const result = await cmsMutate(
    ParticipationCommentDocument,
    { municipality: slug, proposal: text(form, 'proposal'), body: body.value, parent: parent || null },
    { token, lang },
  )
  if (!result.ok) return refused(result, { [body.name]: body.value })
  updateTag(municipalityTag(slug))
  return { ok: true, message: t('participation.comments.done') }
}

export async function reportItem(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const reason = namedText(form)
  if (reason.value.length > 1000)
    return {
      ok: false,
      fields: { [reason.name]: t('participation.errors.tooLong', { max: 1000 }) },
      values: { [reason.name]: reason.value },
    }
  const result = await cmsMutate(
    ParticipationReportDocument,
    {
      municipality: slug,
      collection: text(form, 'collection') === 'comments' ? 'comments' : 'proposals',
      id: text(form, 'id'),
      reason: reason.value || null,
    },
    { token, lang },
  )
  if (!result.ok) return refused(result, { [reason.name]: reason.value })
  if (result.data.report.hidden) updateTag(municipalityTag(slug))
  return { ok: true, message: t('participation.report.done') }
}

export async function followProcess(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const result = await cmsMutate(
    ParticipationFollowDocument,
    { municipality: slug, process: text(form, 'process'), follow: true },
    { token, lang },
  )
  if (!result.ok) return refused(result)
  return { ok: true, message: t('participation.follow.done') }
}

const number = (raw: string, min: number, max: number) => {
  if (!raw) return { value: null, ok: true }
  const value = Number(raw.replace(',', '.'))
  return { value, ok: Number.isFinite(value) && value >= min && value <= max }
}

export async function submitProposal(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const names = ['title', 'body', 'category', 'district', 'address', 'lat', 'lng']
  const values = keep(form, names)
  const fields: Record<string, string> = {}
  if (!values.title) fields.title = t('participation.errors.required')
  else if (values.title.length > 200) fields.title = t('participation.errors.tooLong', { max: 200 })
  if (!values.body) fields.body = t('participation.errors.required')
  else if (values.body.length > 10_000) fields.body = t('participation.errors.tooLong', { max: 10_000 })
  if (values.address.length > 300) fields.address = t('participation.errors.tooLong', { max: 300 })
  const lat = number(values.lat, -90, 90)
  const lng = number(values.lng, -180, 180)
  if (!lat.ok) fields.lat = t('participation.errors.range', { min: -90, max: 90 })
  if (!lng.ok) fields.lng = t('participation.errors.range', { min: -180, max: 180 })
  const files = form.getAll('images').filter((f): f is File => f instanceof File && f.size > 0)
  const wrong = files.find((f) => !IMAGE_TYPES.includes(f.type))
  if (files.length > MAX_IMAGES) fields.images = t('participation.errors.tooManyImages', { max: MAX_IMAGES })
  else if (wrong) fields.images = t('participation.errors.imageType', { name: wrong.name })
  else if (files.reduce((sum, f) => sum + f.size, 0) > MAX_IMAGE_KB * 1024)
    fields.images = t('participation.errors.imagesTooBig', { kb: MAX_IMAGE_KB })
  if (Object.keys(fields).length) return { ok: false, message: t('participation.errors.invalid'), fields, values }
  const images = await Promise.all(
    files.map(async (f) => ({ filename: f.name, base64: Buffer.from(await f.arrayBuffer()).toString('base64') })),
  )
  const located = lat.value !== null || lng.value !== null || values.address
  const result = await cmsMutate(
    ParticipationSubmitProposalDocument,
    {
      municipality: slug,
      process: text(form, 'process'),
      title: values.title,
      body: values.body,
      category: values.category || null,
      district: values.district || null,
      location: located ? { lat: lat.value, lng: lng.value, address: values.address || null } : null,
      images: images.length ? images : null,
    },
    { token, lang },
  )
  if (!result.ok) return refused(result, values)
  return { ok: true, message: t('participation.form.done', { title: result.data.submitProposal.title }) }
}

export async function castPoll(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const count = Math.min(Number(text(form, 'questions')) || 0, 100)
  const answers = Array.from({ length: count }, (_, i) =>
    form
      .getAll(`q${i}`)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0),
  )
  const fields = Object.fromEntries(
    answers.flatMap((a, i) => (a.length ? [] : [[`q${i}`, t('participation.errors.pickEach')]])),
  )
  if (Object.keys(fields).length) return { ok: false, message: t('participation.errors.pickEach'), fields }
  const result = await cmsMutate(
    ParticipationCastPollDocument,
    { municipality: slug, poll: text(form, 'poll'), answers },
    { token, lang },
  )
  if (!result.ok) return refused(result)
  return { ok: true, message: t('participation.poll.done') }
}

export async function castBudget(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const projects = form
    .getAll('project')
    .map(String)
    .filter((p) => /^\d+$/.test(p))
  const code = text(form, 'code')
  if (!projects.length)
    return { ok: false, message: t('participation.errors.pickProject'), values: { code }, result: { projects } }
  const result = await cmsMutate(
    ParticipationCastBudgetDocument,
    { municipality: slug, budget: text(form, 'budget'), projects, code: code || null },
    { token, lang },
  )
  // Over budget, too many projects, already voted…: the CMS's own words, with the choice kept.
  if (!result.ok) return { ...refused(result, { code }), result: { projects, verify: result.status === 403 } }
  const ballot = result.data.castBudgetBallot
  return {
    ok: true,
    message: ballot.changed ? t('participation.budget.changed') : t('participation.budget.done', { code: ballot.code }),
    result: { projects },
  }
}

export async function verifyResidence(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token } = await start(form)
  const values = keep(form, ['document', 'birthDate'])
  const fields: Record<string, string> = {}
  if (!values.document) fields.document = t('participation.errors.required')
  if (!values.birthDate) fields.birthDate = t('participation.errors.required')
  if (Object.keys(fields).length) return { ok: false, fields, values }
  const result = await cmsMutate(
    ParticipationVerifyResidenceDocument,
    { municipality: slug, document: values.document, birthDate: values.birthDate },
    { token, lang },
  )
  if (!result.ok) return { ...refused(result, values), result: {} }
  const name = (await getMunicipality(slug, lang))?.name ?? ''
  return {
    ok: true,
    message: t(result.data.verifyResidence.already ? 'participation.verify.already' : 'participation.verify.done', {
      municipality: name,
    }),
  }
}
