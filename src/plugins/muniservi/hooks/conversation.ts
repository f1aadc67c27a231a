/**
 * The conversation with the requester and the staff's internal notes are records: staff add to them and
 * never rewrite them. On a staff write, every message and note already there must come back unchanged
 * (matched by row id, or — for API callers who send the list without ids — by position and text); a new
 * message is the municipality's, dated now; a new note carries its author (the signed-in staff member)
 * and the date. A changed or missing row is refused with a 400 that says so. The requester's own replies
 * (GraphQL `respondToServiceRequest`) and server code write with no staff user and are stamped by their
 * callers. The admin shows both lists read-only and writes the next message and note in the virtual fields
 * `newMessage` and `newNote`, appended here.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { fail, sameValue } from '@e-muni/sdk'
import { t } from '../kit'

type Row = Record<string, unknown> & { id?: unknown }
const MAX_LENGTH = 4000
/** What must not change in a row that is already there. */
const KEPT: Record<'messages' | 'internalNotes', string[]> = {
  messages: ['from', 'body'],
  internalNotes: ['body'],
}

export const keepConversation: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const staff = req.user?.collection === 'users' ? (req.user as { email?: string }) : null
  const now = new Date().toISOString()
  for (const list of ['messages', 'internalNotes'] as const) {
    if (!Array.isArray(data[list])) continue
    const before = (operation === 'update' && Array.isArray(originalDoc?.[list]) ? originalDoc[list] : []) as Row[]
    const byId = new Map(before.map((row) => [String(row.id), row]))
    const kept = new Set<string>()
    const sent = new Set((data[list] as Row[]).map((row) => String(row.id)))
    const rows = (data[list] as Row[]).map((row, i) => {
      let old = row.id !== undefined && row.id !== null ? byId.get(String(row.id)) : undefined
      // A row sent without its id (Payload has given it a new one by now): the one in its place, if the text
      // is the same and that one's own id is not sent elsewhere.
      const there = before[i]
      if (!old && there && !sent.has(String(there.id)) && sameValue(there.body, row.body)) old = there
      if (old) {
        if (staff && KEPT[list].some((key) => key in row && !sameValue(row[key], old![key])))
          throw fail(t(req, 'conversationKept'), 400)
        kept.add(String(old.id))
        return { ...old }
      }
      if (!staff) return { ...row, at: row.at ?? now }
      return list === 'messages' ? { ...row, from: 'staff', at: now } : { ...row, author: staff.email ?? null, at: now }
    })
    if (staff && before.some((row) => !kept.has(String(row.id)))) throw fail(t(req, 'conversationKept'), 400)
    data[list] = rows
  }
  for (const [field, list] of [
    ['newMessage', 'messages'],
    ['newNote', 'internalNotes'],
  ] as const) {
    const text = typeof data[field] === 'string' ? data[field].trim() : ''
    delete data[field]
    // (Payload skips a virtual field's own validation: its length is checked here.)
    if (text.length > MAX_LENGTH) throw fail(t(req, 'tooLong', { max: MAX_LENGTH }), 400)
    if (!text || !staff) continue
    const base = (
      Array.isArray(data[list]) ? data[list] : operation === 'update' ? (originalDoc?.[list] ?? []) : []
    ) as Row[]
    data[list] = [
      ...base,
      list === 'messages'
        ? { from: 'staff', body: text, at: now }
        : { body: text, author: staff.email ?? null, at: now },
    ]
  }
  return data
}
