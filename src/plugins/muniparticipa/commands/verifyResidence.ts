/**
 * A person verifies their residence by entering what the census holds, their document number and birth date
 * (GraphQL `verifyResidence`, REST POST /api/m/{municipality}/muniparticipa/verifyResidence). Compared as keyed
 * hashes (lib/census.ts); one person per census entry and one verification per person and municipality.
 */
import { defineCommand, inputReader, isUniqueViolation } from '@e-muni/sdk'
import { fail, person, systemWrite, t } from '../hooks/common'
import { censusHash, isVerified, normalBirthDate, normalDocument } from '../lib/census'

export const verifyResidence = defineCommand({
  name: 'verifyResidence',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    const document = typeof raw.document === 'string' ? normalDocument(raw.document) : ''
    const birthDate = typeof raw.birthDate === 'string' ? normalBirthDate(raw.birthDate) : null
    if (!/^[A-Z0-9]{3,20}$/.test(document)) read.wrong('document', t(req, 'badDocument'))
    if (!birthDate) read.wrong('birthDate', t(req, 'badBirthDate'))
    return read.done({ document, birthDate: birthDate ?? '' })
  },
  run: async ({ req, municipality }, { document, birthDate }) => {
    const who = person(req)
    if (await isVerified(req, municipality.id, who.id)) return { verified: true, already: true }
    const keyHash = censusHash(municipality.id, document, birthDate)
    const { docs } = await req.payload.find({
      collection: 'participa-census',
      where: { uniqueKey: { equals: `${municipality.id}:${keyHash}` } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw fail(t(req, 'notInCensus', { municipality: municipality.name }), 404)
    const entry = docs[0]
    const { totalDocs: used } = await req.payload.count({
      collection: 'participa-residence-checks',
      where: { entryKey: { equals: `${entry.id}` } },
      overrideAccess: true,
    })
    if (used) throw fail(t(req, 'entryTaken'), 409)
    try {
      await req.payload.create({
        collection: 'participa-residence-checks',
        data: {
          tenant: municipality.id,
          person: who.id,
          entry: entry.id,
          personKey: `${municipality.id}:${who.id}`,
          entryKey: `${entry.id}`,
        },
        overrideAccess: true,
        req: systemWrite(req),
        depth: 0,
      })
    } catch (error) {
      if (await isVerified(req, municipality.id, who.id)) return { verified: true, already: true }
      if (isUniqueViolation(error, ['entryKey', 'personKey'])) throw fail(t(req, 'entryTaken'), 409)
      throw error
    }
    return { verified: true, already: false }
  },
})
