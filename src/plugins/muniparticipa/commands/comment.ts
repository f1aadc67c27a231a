/**
 * A person comments on a published proposal, or answers a comment (GraphQL `comment`, REST POST
 * /api/m/{municipality}/muniparticipa/comment), while the process takes proposals or supports.
 */
import { defineCommand, fieldErrors, idOf, inputReader } from '@e-muni/sdk'
import { internal, person, systemWrite, t } from '../hooks/common'
import { type Doc, findPublished, inPhase, mustBeVerified, text } from '../lib/actions/common'

export const comment = defineCommand({
  name: 'comment',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    return read.done({
      proposal: read.reference(raw.proposal, 'proposal'),
      body: read.text(raw.body, 'body', t(req, 'required1to', { max: 4000 })),
      parent: read.optionalReference(raw.parent, 'parent'),
    })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const proposal = await findPublished(req, 'participa-proposals', municipality, input.proposal)
    const errors: { path: string; message: string }[] = []
    const body = text(req, input.body, 'body', 4000, errors)
    let parent: Doc | null = null
    if (input.parent !== undefined && input.parent !== null && input.parent !== '') {
      parent = await findPublished(req, 'participa-comments', municipality, input.parent).catch(() => null)
      if (!parent || String(idOf(parent.proposal)) !== String(proposal.id))
        errors.push({ path: 'parent', message: t(req, 'unknownComment', { value: String(input.parent) }) })
    }
    if (errors.length) throw fieldErrors(req, errors)
    const process = (await req.payload.findByID({
      collection: 'participa-processes',
      id: idOf(proposal.process)!,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    inPhase(req, process, ['proposals', 'supports'])
    await mustBeVerified(req, process, who, municipality)
    const doc = (await req.payload.create({
      collection: 'participa-comments',
      data: {
        tenant: municipality.id,
        proposal: proposal.id,
        parent: parent?.id ?? null,
        body,
        author: who.id,
        reportCount: 0,
      },
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
    return {
      id: String(doc.id),
      proposal: String(proposal.id),
      parent: parent ? String(parent.id) : null,
      body,
      status: doc.status as string,
    }
  },
})
