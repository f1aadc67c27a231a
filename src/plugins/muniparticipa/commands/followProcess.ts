/**
 * A person follows a process, or stops (`follow: false`) (GraphQL `followProcess`, REST POST
 * /api/m/{municipality}/muniparticipa/followProcess): followers are emailed when its phase changes.
 */
import { defineCommand, inputReader, isUniqueViolation } from '@e-muni/sdk'
import { internal, person, systemWrite } from '../hooks/common'
import { findProcess } from '../lib/actions/common'

export const followProcess = defineCommand({
  name: 'followProcess',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    const process = read.reference(raw.process, 'process')
    return read.done({ process, follow: read.optionalBoolean(raw.follow, 'follow') !== false })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const process = await findProcess(req, municipality, input.process)
    const uniqueKey = `${process.id}:${who.id}`
    if (!input.follow) {
      await req.payload.delete({
        collection: 'participa-followers',
        where: { uniqueKey: { equals: uniqueKey } },
        overrideAccess: true,
      })
      return { process: String(process.id), following: false }
    }
    try {
      await req.payload.create({
        collection: 'participa-followers',
        data: { tenant: municipality.id, process: process.id, person: who.id, uniqueKey },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })
    } catch (error) {
      if (!isUniqueViolation(error, ['uniqueKey'])) throw error
    }
    return { process: String(process.id), following: true }
  },
})
