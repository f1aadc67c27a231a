/**
 * The staff inbox's quick filters as list queries (query strings of Payload's list view), one per key.
 * The admin's InboxFilters links to them; the integration suite runs the same queries over REST on
 * SQLite and PostgreSQL, so what the inbox shows is checked on both databases.
 */
export type InboxKey =
  'open' | 'mine' | 'unassigned' | 'overdue' | 'submitted' | 'in-review' | 'needs-information' | 'all'

export const OPEN_STATUSES = ['submitted', 'in-review', 'needs-information']

const where = (conditions: [string, string, string | string[]][]) => {
  const params = new URLSearchParams()
  conditions.forEach(([field, op, value], i) => {
    const values = Array.isArray(value) ? value : [value]
    values.forEach((v, j) =>
      params.append(`where[or][0][and][${i}][${field}][${op}]${Array.isArray(value) ? `[${j}]` : ''}`, v),
    )
  })
  return `?${params.toString()}`
}

/** Each quick filter's query string, for the signed-in staff member `userId`. */
export const inboxQueries = (userId: string | number | undefined): [InboxKey, string][] => {
  const open: [string, string, string[]] = ['status', 'in', OPEN_STATUSES]
  return [
    ['open', where([open])],
    ['mine', where([open, ['assignee', 'equals', String(userId ?? '')]])],
    ['unassigned', where([open, ['assignee', 'exists', 'false']])],
    ['overdue', where([['overdue', 'equals', 'true'], open])],
    ['submitted', where([['status', 'equals', 'submitted']])],
    ['in-review', where([['status', 'equals', 'in-review']])],
    ['needs-information', where([['status', 'equals', 'needs-information']])],
    // Everything, closed and cancelled included (a condition every request meets: the list's default,
    // with no condition, is open work).
    ['all', where([['status', 'exists', 'true']])],
  ]
}
