/**
 * A person supports a published proposal in the supports phase (GraphQL `supportProposal`, REST POST
 * /api/m/{municipality}/muniparticipa/supportProposal): one support each, up to the process's limit.
 */
import { defineCommand, idOf, inputReader } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { clash, type Doc, findPublished, inPhase, mustBeVerified } from '../lib/actions/common'

export const supportProposal = defineCommand({
  name: 'supportProposal',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    return read.done({ proposal: read.reference(raw.proposal, 'proposal') })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const proposal = await findPublished(req, 'participa-proposals', municipality, input.proposal)
    const process = (await req.payload.findByID({
      collection: 'participa-processes',
      id: idOf(proposal.process)!,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    inPhase(req, process, ['supports'])
    await mustBeVerified(req, process, who, municipality)
    const uniqueKey = `${proposal.id}:${who.id}`
    const already = () =>
      req.payload.count({
        collection: 'participa-supports',
        where: { uniqueKey: { equals: uniqueKey } },
        overrideAccess: true,
      })
    const limit = Number(process.supportsPerPerson ?? 10)
    for (let attempt = 0; attempt < limit + 5; attempt += 1) {
      if ((await already()).totalDocs) throw fail(t(req, 'alreadySupported'), 409)
      const { totalDocs: used } = await req.payload.count({
        collection: 'participa-supports',
        where: { and: [{ process: { equals: process.id } }, { person: { equals: who.id } }] },
        overrideAccess: true,
      })
      if (used >= limit) throw fail(t(req, 'supportLimit', { limit }), 409)
      try {
        await req.payload.create({
          collection: 'participa-supports',
          data: {
            tenant: municipality.id,
            proposal: proposal.id,
            process: process.id,
            person: who.id,
            uniqueKey,
            slotKey: `${process.id}:${who.id}:${used + 1}`,
          },
          overrideAccess: true,
          req: systemWrite(req),
          context: internal(),
          depth: 0,
        })
        const { totalDocs } = await req.payload.count({
          collection: 'participa-supports',
          where: { proposal: { equals: proposal.id } },
          overrideAccess: true,
        })
        return {
          proposal: String(proposal.id),
          supportCount: totalDocs,
          qualified: totalDocs >= Number(process.supportThreshold ?? Infinity),
        }
      } catch (error) {
        // Another support of this person took the same slot (or this one got in twice): look again.
        if (!clash(error)) throw error
      }
    }
    throw fail(t(req, 'supportLimit', { limit }), 409)
  },
})
