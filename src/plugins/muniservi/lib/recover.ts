/**
 * After a crash: a request whose creation was interrupted. On SQLite a document's rows are written one
 * statement at a time (no transaction, see src/db.ts): the request's own row — tracking code, status,
 * answers — first, its list of attachments after. A request that names attachments in its answers but
 * lists fewer was cut off in between: its submitter never got a tracking code (that comes after the
 * write), so it is removed — as a transaction would have undone it — and its attachments, now owned by
 * nothing, go with the upload sweep. Only untouched requests qualify (never updated, no history).
 */
import type { Payload } from 'payload'
import type { ID } from '@e-muni/sdk'

type Doc = {
  id: ID
  trackingCode?: string
  answers?: Record<string, unknown> | null
  attachments?: (ID | { id: ID })[] | null
  history?: unknown[] | null
  createdAt: string
  updatedAt: string
}

const DAY = 24 * 60 * 60_000

/** The attachment ids a request's answers name (`{ attachment, name }` entries of file fields). */
const named = (answers: Doc['answers']): string[] =>
  Object.values(answers ?? {}).flatMap((value) =>
    Array.isArray(value)
      ? value.flatMap((item) =>
          item && typeof item === 'object' && 'attachment' in item
            ? [String((item as { attachment: unknown }).attachment)]
            : [],
        )
      : [],
  )

export const recoverRequests = async (payload: Payload, before: Date): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'servi-requests',
    where: {
      and: [
        { createdAt: { less_than: before.toISOString() } },
        { createdAt: { greater_than: new Date(before.getTime() - 2 * DAY).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const removed: string[] = []
  for (const doc of docs as unknown as Doc[]) {
    const untouched = Math.abs(Date.parse(doc.updatedAt) - Date.parse(doc.createdAt)) < 1000 && !doc.history?.length
    const listed = new Set((doc.attachments ?? []).map((a) => String(typeof a === 'object' ? a.id : a)))
    if (!untouched || named(doc.answers).every((id) => listed.has(id))) continue
    try {
      await payload.delete({ collection: 'servi-requests', id: doc.id, overrideAccess: true })
      removed.push(`service-requests#${doc.id} (${doc.trackingCode ?? 'no code'})`)
    } catch (error) {
      payload.logger.error({ err: error, request: doc.id }, 'MuniServi: a half-written request could not be removed')
    }
  }
  return removed
}
