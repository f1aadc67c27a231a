/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL arguments are loosely shaped */
/**
 * GraphQL for the portal's supplier pages. Every operation takes the municipality's slug (added by the
 * SDK, which refuses where MuniCompra is off). The mutations are the module's commands (`commands/`), served
 * as REST too. Public reads — published tenders with their documents, amendments, opening record and award;
 * answered clarifications; contracts; OCDS releases — are Payload's own collection queries (`Tenders`,
 * `Clarifications`, `Contracts`), filtered by access.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { MunicipalityRef } from '@e-muni/sdk'
import { askClarification } from '../commands/askClarification'
import { registerSupplier } from '../commands/registerSupplier'
import { submitBid } from '../commands/submitBid'
import { withdrawBid } from '../commands/withdrawBid'
import { myBids, mySupplier, registrationView } from '../lib/actions/index'

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
  const receipt = new G.GraphQLObjectType({
    name: 'BidReceipt',
    fields: {
      bidId: { type: NN(S) },
      tender: { type: NN(S) },
      tenderTitle: { type: S },
      status: { type: NN(S) },
      version: { type: NN(G.GraphQLInt) },
      submittedAt: { type: NN(S) },
      sha256: { type: NN(S) },
      opened: { type: NN(G.GraphQLBoolean) },
      amount: { type: G.GraphQLFloat },
      currency: { type: S },
    },
  })
  const registration = new G.GraphQLObjectType({
    name: 'SupplierRegistration',
    fields: {
      id: { type: NN(S) },
      legalName: { type: NN(S) },
      country: { type: NN(S) },
      taxId: { type: NN(S) },
      categories: { type: new G.GraphQLList(NN(S)) },
      status: { type: NN(S) },
    },
  })
  const clarification = new G.GraphQLObjectType({
    name: 'ClarificationReceipt',
    fields: { id: { type: NN(S) }, tender: { type: NN(S) }, question: { type: NN(S) }, askedAt: { type: S } },
  })
  const documentInput = new G.GraphQLInputObjectType({
    name: 'BidDocumentInput',
    fields: { filename: { type: NN(S) }, base64: { type: NN(S) } },
  })
  const lineInput = new G.GraphQLInputObjectType({
    name: 'BidLineInput',
    fields: { description: { type: NN(S) }, amount: { type: NN(G.GraphQLFloat) } },
  })
  const contactInput = new G.GraphQLInputObjectType({
    name: 'SupplierContactInput',
    fields: { name: { type: NN(S) }, email: { type: S }, phone: { type: S } },
  })
  return { receipt, registration, clarification, documentInput, lineInput, contactInput }
}

export const muniCompraQueries: GraphQLExtension = (G) => {
  const types = typesFor(G)
  return {
    myBids: {
      type: new G.GraphQLNonNull(new G.GraphQLList(new G.GraphQLNonNull(types.receipt))),
      resolve: (_: unknown, __: unknown, { req, municipality }: Ctx) => myBids(req, municipality),
    },
    mySupplierRegistration: {
      type: types.registration,
      resolve: async (_: unknown, __: unknown, { req, municipality }: Ctx) => {
        const doc = await mySupplier(req, municipality)
        return doc && registrationView(doc)
      },
    },
  }
}

export const muniCompraMutations: GraphQLExtension = (G) => {
  const types = typesFor(G)
  const S = G.GraphQLString
  const NN = (t: any) => new G.GraphQLNonNull(t)
  return {
    registerSupplier: {
      type: NN(types.registration),
      args: {
        legalName: { type: NN(S) },
        country: { type: NN(S) },
        taxId: { type: NN(S) },
        categories: { type: NN(new G.GraphQLList(NN(S))) },
        address: { type: S },
        contacts: { type: new G.GraphQLList(NN(types.contactInput)) },
      },
      resolve: registerSupplier.resolver,
    },
    askClarification: {
      type: NN(types.clarification),
      args: { tender: { type: NN(S) }, question: { type: NN(S) } },
      resolve: askClarification.resolver,
    },
    submitBid: {
      type: NN(types.receipt),
      args: {
        tender: { type: NN(S) },
        amount: { type: NN(G.GraphQLFloat) },
        currency: { type: S },
        lines: { type: new G.GraphQLList(NN(types.lineInput)) },
        note: { type: S },
        documents: { type: new G.GraphQLList(NN(types.documentInput)) },
      },
      resolve: submitBid.resolver,
    },
    withdrawBid: {
      type: NN(types.receipt),
      args: { tender: { type: NN(S) } },
      resolve: withdrawBid.resolver,
    },
  }
}
