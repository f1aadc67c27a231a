/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL types are loosely shaped */
/**
 * GraphQL for the portal. Every operation takes the municipality's slug (added by the SDK, which
 * refuses where MuniParticipa is off). The mutations are the module's commands (commands/), resolved with
 * `command.resolver`; the same commands are served as REST. Public reads — processes, districts, proposals with
 * their support counts, comments — are Payload's own collection queries (`Processes`, `Proposals`,
 * `Comments`, `Districts`), filtered by access.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { MunicipalityRef } from '@e-muni/sdk'
import { castBudgetBallot } from '../commands/castBudgetBallot'
import { castPollBallot } from '../commands/castPollBallot'
import { comment } from '../commands/comment'
import { followProcess } from '../commands/followProcess'
import { report } from '../commands/report'
import { submitProposal } from '../commands/submitProposal'
import { supportProposal } from '../commands/supportProposal'
import { verifyResidence } from '../commands/verifyResidence'
import { person } from '../hooks/common'
import { isVerified } from '../lib/census'

type Ctx = { req: PayloadRequest; municipality: MunicipalityRef }
type G = Parameters<GraphQLExtension>[0]

const cache = new WeakMap<object, ReturnType<typeof makeTypes>>()
const typesFor = (G: G) => {
  let types = cache.get(G)
  if (!types) cache.set(G, (types = makeTypes(G)))
  return types
}

const makeTypes = (G: G) => {
  const S = G.GraphQLString
  const NN = (t: any) => new G.GraphQLNonNull(t)
  return {
    proposal: new G.GraphQLObjectType({
      name: 'ProposalReceipt',
      fields: { id: { type: NN(S) }, status: { type: NN(S) }, title: { type: NN(S) } },
    }),
    support: new G.GraphQLObjectType({
      name: 'SupportReceipt',
      fields: {
        proposal: { type: NN(S) },
        supportCount: { type: NN(G.GraphQLInt) },
        qualified: { type: NN(G.GraphQLBoolean) },
      },
    }),
    comment: new G.GraphQLObjectType({
      name: 'CommentReceipt',
      fields: {
        id: { type: NN(S) },
        proposal: { type: NN(S) },
        parent: { type: S },
        body: { type: NN(S) },
        status: { type: NN(S) },
      },
    }),
    report: new G.GraphQLObjectType({
      name: 'ReportReceipt',
      fields: { reports: { type: NN(G.GraphQLInt) }, hidden: { type: NN(G.GraphQLBoolean) } },
    }),
    pollBallot: new G.GraphQLObjectType({
      name: 'PollBallotReceipt',
      fields: { poll: { type: NN(S) }, counted: { type: NN(G.GraphQLBoolean) } },
    }),
    budgetBallot: new G.GraphQLObjectType({
      name: 'BudgetBallotReceipt',
      fields: {
        budget: { type: NN(S) },
        code: { type: NN(S) },
        changed: { type: NN(G.GraphQLBoolean) },
        total: { type: NN(G.GraphQLFloat) },
      },
    }),
    verification: new G.GraphQLObjectType({
      name: 'ResidenceStatus',
      fields: { verified: { type: NN(G.GraphQLBoolean) }, already: { type: G.GraphQLBoolean } },
    }),
    image: new G.GraphQLInputObjectType({
      name: 'ProposalImageInput',
      fields: { filename: { type: NN(S) }, base64: { type: NN(S) } },
    }),
    location: new G.GraphQLInputObjectType({
      name: 'ProposalLocationInput',
      fields: { lat: { type: G.GraphQLFloat }, lng: { type: G.GraphQLFloat }, address: { type: S } },
    }),
  }
}

export const muniParticipaQueries: GraphQLExtension = (G) => {
  const types = typesFor(G)
  return {
    myResidence: {
      type: new G.GraphQLNonNull(types.verification),
      resolve: async (_: unknown, __: unknown, { req, municipality }: Ctx) => ({
        verified: await isVerified(req, municipality.id, person(req).id),
      }),
    },
  }
}

export const muniParticipaMutations: GraphQLExtension = (G) => {
  const types = typesFor(G)
  const S = G.GraphQLString
  const NN = (t: any) => new G.GraphQLNonNull(t)
  return {
    submitProposal: {
      type: NN(types.proposal),
      args: {
        process: { type: NN(S) },
        title: { type: NN(S) },
        body: { type: NN(S) },
        category: { type: S },
        district: { type: S },
        location: { type: types.location },
        images: { type: new G.GraphQLList(NN(types.image)) },
      },
      resolve: submitProposal.resolver,
    },
    supportProposal: {
      type: NN(types.support),
      args: { proposal: { type: NN(S) } },
      resolve: supportProposal.resolver,
    },
    comment: {
      type: NN(types.comment),
      args: { proposal: { type: NN(S) }, body: { type: NN(S) }, parent: { type: S } },
      resolve: comment.resolver,
    },
    report: {
      type: NN(types.report),
      args: { collection: { type: NN(S) }, id: { type: NN(S) }, reason: { type: S } },
      resolve: report.resolver,
    },
    followProcess: {
      type: NN(
        new G.GraphQLObjectType({
          name: 'ProcessFollowing',
          fields: { process: { type: NN(S) }, following: { type: NN(G.GraphQLBoolean) } },
        }),
      ),
      args: { process: { type: NN(S) }, follow: { type: G.GraphQLBoolean } },
      resolve: followProcess.resolver,
    },
    castPollBallot: {
      type: NN(types.pollBallot),
      args: {
        poll: { type: NN(S) },
        answers: { type: NN(new G.GraphQLList(NN(new G.GraphQLList(NN(G.GraphQLInt))))) },
      },
      resolve: castPollBallot.resolver,
    },
    castBudgetBallot: {
      type: NN(types.budgetBallot),
      args: { budget: { type: NN(S) }, projects: { type: NN(new G.GraphQLList(NN(S))) }, code: { type: S } },
      resolve: castBudgetBallot.resolver,
    },
    verifyResidence: {
      type: NN(types.verification),
      args: { document: { type: NN(S) }, birthDate: { type: NN(S) } },
      resolve: verifyResidence.resolver,
    },
  }
}
