/** Liveness of the portal process (the CMS has its own /healthz and /readyz). */
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ status: 'ok' })
}
