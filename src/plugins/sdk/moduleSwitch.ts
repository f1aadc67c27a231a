/**
 * The run-time switch: a module's collections are usable for a municipality only when that
 * municipality lists the module in `modules`. One wrapper does it for every module:
 * - reads (and versions) are limited to municipalities with the module on — for staff and anonymous alike;
 * - create, update and delete in a municipality with the module off answer 403 with a translated message.
 */
import type {
  Access,
  CollectionBeforeDeleteHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Endpoint,
  GraphQLExtension,
  PayloadRequest,
  Where,
} from 'payload'
import { APIError } from 'payload'

import { idOf, isPlatformAdmin, MUNICIPAL_ADMIN, tenantsWithRole, type ID } from './roles'
import { requestLanguage } from './language'
import { sdkText as tr } from './messages'
import { perRequest } from './perRequest'
import type { RegisteredModule } from './registry'

type Split = { on: ID[]; off: ID[] }
/** Every municipality's modules, and (filled as asked) the municipalities with each module on and off. */
type Snapshot = { fingerprint: string; modules: Map<ID, string[]>; split: Map<string, Split> }
const snapshots = new WeakMap<object, Promise<Snapshot>>()

/**
 * Every municipality's modules, read again only when the municipalities changed. Each request asks
 * the database for a fingerprint (how many municipalities, the latest `updatedAt`: two indexed
 * queries of one row, whatever their number), so a switch made by any process holds at the next
 * request; listing every municipality per request cost O(municipalities) on every read.
 */
const moduleSnapshot = (req: PayloadRequest): Promise<Snapshot> =>
  perRequest(req, 'emuni:modules', async () => {
    const latest = await req.payload.find({
      collection: 'municipalities',
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: true,
      req,
    })
    const fingerprint = `${latest.totalDocs}:${String(latest.docs[0]?.updatedAt ?? '')}`
    const known = snapshots.get(req.payload)
    if (known) {
      const snapshot = await known.catch(() => undefined)
      if (snapshot?.fingerprint === fingerprint) return snapshot
    }
    // Read after the fingerprint: a change in between makes the next fingerprint differ (read again).
    const loading = req.payload
      .find({
        collection: 'municipalities',
        pagination: false,
        depth: 0,
        select: { modules: true },
        overrideAccess: true,
        req,
      })
      .then(({ docs }) => ({
        fingerprint,
        modules: new Map(docs.map((d) => [d.id as ID, ((d as { modules?: string[] }).modules ?? []).map(String)])),
        split: new Map<string, Split>(),
      }))
    snapshots.set(req.payload, loading)
    loading.catch(() => snapshots.delete(req.payload))
    return loading
  })

/** Municipalities with `slug` on and off (once per request). */
export const moduleTenants = async (req: PayloadRequest, slug: string): Promise<Split> => {
  const { modules, split } = await moduleSnapshot(req)
  let known = split.get(slug)
  if (!known) {
    known = { on: [], off: [] }
    for (const [id, list] of modules) (list.includes(slug) ? known.on : known.off).push(id)
    split.set(slug, known)
  }
  // Copies: the lists are shared by every request that uses this snapshot.
  return { on: [...known.on], off: [...known.off] }
}

/** Ids of the municipalities with `slug` on (once per request). */
export const municipalitiesWithModule = async (req: PayloadRequest, slug: string): Promise<ID[]> =>
  (await moduleTenants(req, slug)).on

const and = (result: boolean | Where, constraint: Where | false): boolean | Where => {
  if (result === false || constraint === false) return false
  return result === true ? constraint : { and: [result, constraint] }
}

const restrictTo =
  (module: RegisteredModule, field: string, access: Access | undefined): Access =>
  async (args) => {
    const base = access ? await access(args) : Boolean(args.req.user)
    if (base === false) return false
    // The shorter list: with the module on everywhere (the usual case) no list at all, so reads cost
    // the same with 10 or 1,000 municipalities.
    const { on, off } = await moduleTenants(args.req, module.slug)
    if (!on.length) return false
    const hasTenant: Where = { [field]: { exists: true } }
    if (!off.length) return and(base, hasTenant)
    return and(
      base,
      on.length <= off.length ? { [field]: { in: on } } : { and: [hasTenant, { [field]: { not_in: off } }] },
    )
  }

const refuse = async (req: PayloadRequest, module: RegisteredModule, tenant: unknown) => {
  const id = idOf(tenant)
  if (id === undefined) return
  const enabled = await municipalitiesWithModule(req, module.slug)
  if (enabled.some((e) => String(e) === String(id))) return
  const municipality = await req.payload
    .findByID({ collection: 'municipalities', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  throw new APIError(
    tr(req, 'moduleOff', {
      module: module.label[requestLanguage(req)],
      municipality: (municipality as { name?: string } | null)?.name ?? String(id),
    }),
    403,
    undefined,
    true,
  )
}

/** Wraps a module collection's access and hooks with the municipality switch. */
/** Does the admin user work in the module anywhere (one of its roles, or administration)? */
const worksIn = (module: RegisteredModule, user: unknown): boolean => {
  const staff = user as Parameters<typeof isPlatformAdmin>[0]
  if (isPlatformAdmin(staff)) return true
  const roles = [MUNICIPAL_ADMIN, ...(module.roles ?? []).map((role) => role.slug)]
  return tenantsWithRole(staff, roles).length > 0
}

export const withModuleSwitch = (module: RegisteredModule, collection: CollectionConfig): CollectionConfig => {
  const guardWrite: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
    await refuse(req, module, data?.tenant ?? originalDoc?.tenant)
    return data
  }
  const guardDelete: CollectionBeforeDeleteHook = async ({ id, req, collection: config }) => {
    const doc = await req.payload.findByID({
      collection: config.slug as never,
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    await refuse(req, module, (doc as { tenant?: unknown } | null)?.tenant)
  }
  const access = collection.access ?? {}
  return {
    ...collection,
    // In the admin navigation, a module's collections sit together under the module's name, shown to those
    // who work in the module: its roles, the municipal administration, the platform administrators.
    admin: { group: module.label, hidden: ({ user }) => !worksIn(module, user), ...collection.admin },
    access: {
      ...access,
      read: restrictTo(module, 'tenant', access.read),
      readVersions: restrictTo(module, 'version.tenant', access.readVersions),
    },
    hooks: {
      ...collection.hooks,
      beforeValidate: [guardWrite, ...(collection.hooks?.beforeValidate ?? [])],
      beforeDelete: [guardDelete, ...(collection.hooks?.beforeDelete ?? [])],
    },
  }
}

export type MunicipalityRef = { id: ID; slug: string; name: string }

/** The municipality named by `slug`, and whether `module` is on there. */
const resolveMunicipality = async (req: PayloadRequest, module: RegisteredModule, slug: unknown) => {
  // Every module request resolves its municipality: what is needed only, no count.
  const { docs } = await req.payload.find({
    collection: 'municipalities',
    where: { slug: { equals: String(slug ?? '') } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true, name: true, modules: true },
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as { id: ID; slug: string; name: string; modules?: string[] } | undefined
  if (!doc) return { error: { status: 404, message: tr(req, 'unknownMunicipality', { value: String(slug ?? '') }) } }
  if (!(doc.modules ?? []).includes(module.slug)) {
    return {
      error: {
        status: 403,
        message: tr(req, 'moduleOff', { module: module.label[requestLanguage(req)], municipality: doc.name }),
      },
    }
  }
  return { municipality: { id: doc.id, slug: doc.slug, name: doc.name } }
}

export type ModuleEndpointSpec = {
  path: string
  method: Endpoint['method']
  handler: (req: PayloadRequest, context: { municipality: MunicipalityRef }) => Promise<Response> | Response
  /**
   * A path of its own under /api, which must contain `:municipality` (e.g. a standard's URL such as
   * '/open311/v2/:municipality/:resource'); by default the path is under /api/m/{municipality}/{module}.
   */
  root?: boolean
  /** Answer 404 (as for an unknown municipality) rather than 403 where the module is off. */
  hideWhenOff?: boolean
  /**
   * A public write (a POST anyone may send, like a standard's request submission): the core limits it per client
   * address with the modules' other public writes (SUBMIT_RATE_LIMIT). Every POST under /api/m/ is one already.
   */
  submission?: boolean
  /**
   * Shapes the refusal (a standard's error format); default `{ errors: [{ message }] }`. It also shapes the core's
   * 429 for a `submission` endpoint over its limit: that `req` is the express request seen before Payload, with
   * only `routeParams`, `headers`, `method` and `url`.
   */
  refusal?: (req: PayloadRequest, error: { status: number; message: string }) => Response
  /**
   * `public`: a standard's open API that browsers on any site may call (`Access-Control-Allow-Origin: *`, never
   * with credentials; preflights answered for this endpoint's method). By default only the CMS's, the portal's
   * and the municipalities' own origins get CORS (src/lib/cors.ts). Root endpoints only.
   */
  cors?: 'public'
}

/** A module endpoint, mounted per municipality and refused where the module is off. */
export const moduleEndpoint = (module: RegisteredModule, endpoint: ModuleEndpointSpec): Endpoint => {
  if (endpoint.root && !endpoint.path.includes(':municipality'))
    throw new Error(`Module "${module.slug}": root endpoint ${endpoint.path} must contain :municipality.`)
  const path = endpoint.root
    ? endpoint.path
    : `/m/:municipality/${module.slug}${endpoint.path.startsWith('/') ? '' : '/'}${endpoint.path}`
  return {
    method: endpoint.method,
    path,
    handler: async (req) => {
      const slug = req.routeParams?.municipality
      const found = await resolveMunicipality(req, module, slug)
      if (found.error) {
        const error =
          found.error.status === 403 && endpoint.hideWhenOff
            ? { status: 404, message: tr(req, 'unknownMunicipality', { value: String(slug ?? '') }) }
            : found.error
        return endpoint.refusal
          ? endpoint.refusal(req, error)
          : Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      return endpoint.handler(req, { municipality: found.municipality })
    },
  }
}

/**
 * Adds a module's GraphQL queries or mutations to the config's, each given a required `municipality`
 * (slug) argument and refused where the module is off.
 */
export const mergeGraphQL = (
  existing: GraphQLExtension | undefined,
  added: GraphQLExtension | undefined,
  module: RegisteredModule,
): GraphQLExtension | undefined => {
  if (!added) return existing
  return (graphQL, context) => {
    const fields = added(graphQL, context) as Record<string, GraphQLFieldLike>
    const guarded = Object.fromEntries(
      Object.entries(fields).map(([name, field]) => [
        name,
        {
          ...field,
          args: { ...field.args, municipality: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) } },
          resolve: async (
            source: unknown,
            args: Record<string, unknown>,
            ctx: { req: PayloadRequest },
            info: unknown,
          ) => {
            const found = await resolveMunicipality(ctx.req, module, args.municipality)
            if (found.error) throw new APIError(found.error.message, found.error.status, undefined, true)
            return field.resolve(source, args, { ...ctx, municipality: found.municipality }, info)
          },
        },
      ]),
    )
    return { ...(existing ? existing(graphQL, context) : {}), ...guarded }
  }
}

type GraphQLFieldLike = {
  args?: Record<string, unknown>
  resolve: (source: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown
}
