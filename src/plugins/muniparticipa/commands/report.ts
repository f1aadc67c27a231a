/**
 * A person reports a proposal or comment for moderation (GraphQL `report`, REST POST
 * /api/m/{municipality}/muniparticipa/report): one report per person per item; at the process's threshold the
 * item is hidden (as the system) until a moderator decides.
 */
import { defineCommand, idOf, inputReader } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { clash, type Doc, findPublished } from '../lib/actions/common'

export const report = defineCommand({
  name: 'report',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    // What people send (and reports store as `targetCollection`) is the kind of item, not the collection slug.
    const kind: 'proposals' | 'comments' | null =
      raw.collection === 'comments' ? 'comments' : raw.collection === 'proposals' ? 'proposals' : null
    if (!kind) read.wrong('collection', t(req, 'oneOf', { allowed: 'proposals, comments' }))
    return read.done({
      kind: kind ?? ('proposals' as const),
      id: read.reference(raw.id, 'id'),
      reason: read.optionalText(raw.reason, 'reason'),
    })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const { kind } = input
    const collection = kind === 'comments' ? 'participa-comments' : 'participa-proposals'
    const reason = typeof input.reason === 'string' ? input.reason.trim().slice(0, 1000) : ''
    const target = await findPublished(req, collection, municipality, input.id)
    try {
      await req.payload.create({
        collection: 'participa-reports',
        data: {
          tenant: municipality.id,
          targetCollection: kind,
          targetId: String(target.id),
          person: who.id,
          reason: reason || null,
          uniqueKey: `${kind}:${target.id}:${who.id}`,
        },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })
    } catch (error) {
      if (clash(error)) throw fail(t(req, 'alreadyReported'), 409)
      throw error
    }
    const { totalDocs } = await req.payload.count({
      collection: 'participa-reports',
      where: { and: [{ targetCollection: { equals: kind } }, { targetId: { equals: String(target.id) } }] },
      overrideAccess: true,
    })
    const processId =
      collection === 'participa-proposals'
        ? target.process
        : (await findPublished(req, 'participa-proposals', municipality, idOf(target.proposal)).catch(() => null))
            ?.process
    const process = processId
      ? ((await req.payload.findByID({
          collection: 'participa-processes',
          id: idOf(processId)!,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Doc)
      : null
    const threshold = Number(process?.reportsToHide ?? 3)
    let hidden = false
    if (totalDocs >= threshold) {
      const fresh = (await req.payload.findByID({
        collection,
        id: target.id,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Doc
      if (fresh.status === 'published') {
        // No user: the workflow checks the transition as the system's.
        await req.payload.update({
          collection,
          id: target.id,
          data: {
            status: 'hidden',
            transitionComment: t(req, 'hiddenByReports', { count: totalDocs }),
            reportCount: totalDocs,
          },
          overrideAccess: true,
          context: internal(),
          depth: 0,
        })
        hidden = true
      }
    }
    if (!hidden)
      await req.payload.update({
        collection,
        id: target.id,
        data: { reportCount: totalDocs },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })
    return { reports: totalDocs, hidden: hidden || totalDocs >= threshold }
  },
})
