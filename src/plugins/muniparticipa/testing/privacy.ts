/**
 * MuniParticipa's part in the app's privacy suite (`fixtures.privacy`): a person (name, email and phone marked)
 * submits a proposal (a moderator publishes it), comments on it (a moderator hides the comment and shows it again),
 * another reports the proposal with a reason and follows the process. Proposals and
 * comments are public, their authors are not (only the municipality's moderators read `authorName`).
 */
import type { PrivacyContext, PrivacyFixtures } from '@e-muni/sdk/testing'

const command = (ctx: PrivacyContext, name: string) => `/api/m/${ctx.municipality.slug}/muniparticipa/${name}`

export const privacyFixtures: PrivacyFixtures = {
  plant: async (ctx) => {
    const person = await ctx.markedPerson('participant')
    const process = (
      await ctx.docsOf('participa-processes', { tenant: { equals: ctx.municipality.id }, published: { equals: true } })
    )[0]
    if (!process) throw new Error(`no published process in ${ctx.municipality.slug}`)
    const proposal = await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'submitProposal'),
      {
        process: String(process.id),
        title: 'Bancos a la sombra en la plaza',
        body: 'Una propuesta para la prueba de privacidad.',
      },
      200,
    )
    // A moderator publishes it (a proposal waits for moderation), with a comment of their own in the history.
    if (proposal.status !== 'published')
      await ctx.restAs(
        ctx.staff,
        'patch',
        `/api/participa-proposals/${proposal.id}`,
        { status: 'published', transitionComment: 'Publicada.' },
        200,
      )
    const doc = { id: proposal.id as string }
    const comment = await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'comment'),
      { proposal: String(doc.id), body: 'Me parece bien.' },
      200,
    )
    // A moderator hides the comment and shows it again (its history names the moderator).
    for (const status of ['hidden', 'published'])
      await ctx.restAs(
        ctx.staff,
        'patch',
        `/api/participa-comments/${comment.id}`,
        { status, transitionComment: 'Revisado.' },
        200,
      )
    const neighbour = await ctx.markedPerson('reporter')
    await ctx.restAs(
      neighbour.token,
      'post',
      command(ctx, 'report'),
      { collection: 'proposals', id: String(doc.id), reason: `Motivo ${ctx.marker('report-reason')}` },
      200,
    )
    await ctx.restAs(neighbour.token, 'post', command(ctx, 'followProcess'), { process: String(process.id) }, 200)
  },
}
