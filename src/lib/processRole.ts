/**
 * What this process does (docs/deploy/worker.md): `EMUNI_ROLE` =
 *   `all`     (default) serves requests and runs the jobs: one process, as e-Muni always ran;
 *   `web`     serves requests, never runs crons or jobs (N of them behind a load balancer);
 *   `worker`  runs the jobs while it holds the job lock (PostgreSQL), serves only /healthz and /readyz;
 *   `migrate` applies the migrations under the migration lock and exits (the release step).
 */
export const ROLES = ['all', 'web', 'worker', 'migrate'] as const
export type ProcessRole = (typeof ROLES)[number]

/** The role `EMUNI_ROLE` names; a clear error for anything else. */
export const processRole = (value: string | undefined = process.env.EMUNI_ROLE): ProcessRole => {
  const role = (value ?? '').trim() || 'all'
  if ((ROLES as readonly string[]).includes(role)) return role as ProcessRole
  throw new Error(`EMUNI_ROLE must be one of ${ROLES.join(', ')} (got "${role}")`)
}
