/** The shared state of portal.e2e.test.ts and its cases: the portal stack, the demo's tenders, a fresh page. */
import { type PortalStack, startPortalStack } from '@e-muni/sdk/testing'

export let stack: PortalStack
export const VILLA = '/m/villa-esperanza/es'
export const VILLA_EN = '/m/villa-esperanza/en'
export const OPEN = 'LP-2026-002' // published: answered question, bids until +10 days
export const CLOSED = 'LP-2026-003'
export const AWARDED = 'LP-2026-006' // opened, awarded, with a contract

/** A fresh page with room for `next dev` to compile a route on first visit. */
export const open = async (options?: { javaScript?: boolean }) => {
  const page = await stack.newPage(options)
  page.setDefaultTimeout(90_000)
  page.setDefaultNavigationTimeout(180_000)
  return page
}

export const setUp = async () => {
  stack = await startPortalStack()
}

export const tearDown = async () => {
  await stack?.stop()
}
