/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped (localized, populated or not) */
/**
 * GraphQL for the portal. Every operation takes the municipality's slug (added by the SDK, which
 * refuses where MuniServi is off). The mutations are the module's commands (commands/*.ts), served as REST
 * too. What a requester sees of a request carries no personal data and never the internal notes.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'
import { GraphQLJSON } from '@payloadcms/graphql/types'

import { fail, requestLanguage, type MunicipalityRef } from '@e-muni/sdk'
import { rateServiceRequest } from '../commands/rateServiceRequest'
import { respondToServiceRequest } from '../commands/respondToServiceRequest'
import { stageServiceAttachments } from '../commands/stageServiceAttachments'
import { submitServiceRequest } from '../commands/submitServiceRequest'
import { t } from '../kit'
import { serviceStatistics } from '../lib/statistics'
import { findOwnRequest, publicView, type Doc } from '../lib/requester'

type Ctx = { req: PayloadRequest; municipality: MunicipalityRef }

export const muniServiQueries: GraphQLExtension = (G) => {
  const types = buildTypes(G)
  return {
    trackServiceRequest: {
      type: new G.GraphQLNonNull(types.request),
      args: { code: { type: new G.GraphQLNonNull(G.GraphQLString) }, token: { type: G.GraphQLString } },
      resolve: async (_: unknown, args: Record<string, unknown>, { req, municipality }: Ctx) =>
        publicView(req, await findOwnRequest(req, municipality, args.code, args.token)),
    },
    myServiceRequests: {
      type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(types.request))),
      resolve: async (_: unknown, __: unknown, { req, municipality }: Ctx) => {
        if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
        const { docs } = await req.payload.find({
          collection: 'servi-requests',
          where: { and: [{ tenant: { equals: municipality.id } }, { requester: { equals: req.user.id } }] },
          sort: '-createdAt',
          depth: 1,
          limit: 100,
          locale: requestLanguage(req),
          overrideAccess: false,
          user: req.user,
          req,
        })
        return (docs as Doc[]).map((doc) => publicView(req, doc))
      },
    },
    serviceStatistics: {
      type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(types.statistic))),
      args: { service: { type: G.GraphQLString } },
      resolve: async (_: unknown, args: Record<string, unknown>, { req, municipality }: Ctx) =>
        serviceStatistics(req, municipality, typeof args.service === 'string' ? args.service : undefined),
    },
  }
}

export const muniServiMutations: GraphQLExtension = (G) => {
  const types = buildTypes(G)
  return {
    submitServiceRequest: {
      type: new G.GraphQLNonNull(types.receipt),
      args: {
        service: { type: new G.GraphQLNonNull(G.GraphQLString) },
        answers: { type: GraphQLJSON },
        description: { type: G.GraphQLString },
        location: { type: types.locationInput },
        name: { type: G.GraphQLString },
        email: { type: G.GraphQLString },
        phone: { type: G.GraphQLString },
        language: { type: G.GraphQLString },
        attachments: { type: new G.GraphQLList(new G.GraphQLNonNull(types.attachmentInput)) },
        /** receipts of files kept by `stageServiceAttachments`, claimed by this request (once) */
        staged: { type: new G.GraphQLList(new G.GraphQLNonNull(G.GraphQLString)) },
      },
      resolve: submitServiceRequest.resolver,
    },
    stageServiceAttachments: {
      type: new G.GraphQLNonNull(types.stagedFiles),
      args: {
        service: { type: new G.GraphQLNonNull(G.GraphQLString) },
        attachments: { type: new G.GraphQLList(new G.GraphQLNonNull(types.attachmentInput)) },
      },
      resolve: stageServiceAttachments.resolver,
    },
    respondToServiceRequest: {
      type: new G.GraphQLNonNull(types.request),
      args: {
        code: { type: new G.GraphQLNonNull(G.GraphQLString) },
        token: { type: G.GraphQLString },
        message: { type: new G.GraphQLNonNull(G.GraphQLString) },
      },
      resolve: respondToServiceRequest.resolver,
    },
    rateServiceRequest: {
      type: new G.GraphQLNonNull(types.request),
      args: {
        code: { type: new G.GraphQLNonNull(G.GraphQLString) },
        token: { type: G.GraphQLString },
        score: { type: new G.GraphQLNonNull(G.GraphQLInt) },
        comment: { type: G.GraphQLString },
      },
      resolve: rateServiceRequest.resolver,
    },
  }
}

type G = Parameters<GraphQLExtension>[0]
const cache = new WeakMap<object, ReturnType<typeof makeTypes>>()
/** The output and input types, built once per GraphQL module (queries and mutations share them). */
const buildTypes = (G: G) => {
  let types = cache.get(G)
  if (!types) {
    types = makeTypes(G)
    cache.set(G, types)
  }
  return types
}

const makeTypes = (G: G) => {
  const S = G.GraphQLString
  const NN = (t: any) => new G.GraphQLNonNull(t)
  const step = new G.GraphQLObjectType({
    name: 'ServiceRequestStep',
    fields: { at: { type: S }, from: { type: S }, to: { type: S }, toLabel: { type: S }, note: { type: S } },
  })
  const message = new G.GraphQLObjectType({
    name: 'ServiceRequestMessage',
    fields: { from: { type: S }, body: { type: S }, at: { type: S } },
  })
  const serviceRef = new G.GraphQLObjectType({
    name: 'ServiceRequestService',
    fields: { code: { type: S }, name: { type: S } },
  })
  const request = new G.GraphQLObjectType({
    name: 'ServiceRequestTracking',
    fields: {
      trackingCode: { type: NN(S) },
      service: { type: serviceRef },
      status: { type: NN(S) },
      statusLabel: { type: S },
      submittedAt: { type: S },
      dueAt: { type: S },
      resolvedAt: { type: S },
      closedAt: { type: S },
      overdue: { type: G.GraphQLBoolean },
      history: { type: new G.GraphQLList(NN(step)) },
      messages: { type: new G.GraphQLList(NN(message)) },
      canRespond: { type: G.GraphQLBoolean },
      canRate: { type: G.GraphQLBoolean },
      rating: { type: G.GraphQLInt },
    },
  })
  const receipt = new G.GraphQLObjectType({
    name: 'ServiceRequestReceipt',
    fields: {
      trackingCode: { type: NN(S) },
      /** the requester's capability: with the code, it tracks, answers and rates the request (keep it secret) */
      trackingToken: { type: NN(S) },
      status: { type: NN(S) },
      dueAt: { type: S },
      trackingUrl: { type: S },
    },
  })
  const statistic = new G.GraphQLObjectType({
    name: 'ServiceStatistic',
    fields: {
      code: { type: NN(S) },
      name: { type: S },
      maxBusinessDays: { type: G.GraphQLInt },
      requestsLast12Months: { type: NN(G.GraphQLInt) },
      resolvedLast12Months: { type: NN(G.GraphQLInt) },
      medianResolutionDays: { type: G.GraphQLFloat },
      resolvedWithinMaximum: { type: NN(G.GraphQLInt) },
      ratings: { type: NN(G.GraphQLInt) },
      averageRating: { type: G.GraphQLFloat },
    },
  })
  const locationInput = new G.GraphQLInputObjectType({
    name: 'ServiceRequestLocationInput',
    fields: { lat: { type: G.GraphQLFloat }, lng: { type: G.GraphQLFloat }, address: { type: S } },
  })
  const attachmentInput = new G.GraphQLInputObjectType({
    name: 'ServiceRequestAttachmentInput',
    fields: { field: { type: NN(S) }, filename: { type: NN(S) }, base64: { type: NN(S) } },
  })
  /** A file kept between the portal's "Continue" and "Send": `token` claims it (keep it secret). */
  const stagedFile = new G.GraphQLObjectType({
    name: 'StagedServiceAttachment',
    fields: { token: { type: NN(S) }, field: { type: NN(S) }, name: { type: NN(S) }, size: { type: NN(G.GraphQLInt) } },
  })
  const stagedFiles = new G.GraphQLObjectType({
    name: 'StagedServiceAttachments',
    fields: { files: { type: NN(new G.GraphQLList(NN(stagedFile))) } },
  })
  return { request, receipt, statistic, locationInput, attachmentInput, stagedFiles }
}
