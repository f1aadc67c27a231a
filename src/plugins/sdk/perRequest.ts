/**
 * Work done once per request. `req.context` cannot hold such a memo: Payload's Local API gives a
 * nested call `req.context` as a fresh copy (createLocalReq spreads it), so a promise stored there
 * while the nested call starts is lost and the work is done again, once per document or per access
 * check. The memo lives on the request object itself (a symbol property), which nested calls keep
 * and which Payload's proxies of the request (`isolateObjectProperty`, used when it checks the
 * access of the fields a query filters on) read through.
 */
import type { PayloadRequest } from 'payload'

const MEMO = Symbol.for('e-muni.perRequest')

export const perRequest = <T>(req: PayloadRequest, key: string, compute: () => T): T => {
  const holder = req as unknown as { [MEMO]?: Map<string, unknown> }
  let memo = holder[MEMO]
  if (!memo) {
    memo = new Map()
    Object.defineProperty(req, MEMO, { value: memo, enumerable: false, configurable: true })
  }
  if (!memo.has(key)) memo.set(key, compute())
  return memo.get(key) as T
}
