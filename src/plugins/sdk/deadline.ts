/** Deadline transitions as Payload jobs (`deadlineTask`). */
import type { PayloadRequest, TaskConfig } from 'payload'

import type { Workflow, WorkflowDoc } from './workflowTypes'

/**
 * A deadline transition as a Payload job: every run moves the documents still in `from` whose
 * `dueField` date has passed to `to`, as the system (the transition must list the 'system' role).
 * Idempotent: it re-reads the state, so a second run moves nothing; its precision is the jobs
 * runner's cron interval (every minute by default).
 */
export const deadlineTask = ({
  slug,
  collection,
  workflow,
  from,
  to,
  dueField,
}: {
  slug: string
  collection: string
  workflow: Workflow
  from: string
  to: string
  dueField: string
}): TaskConfig =>
  ({
    slug,
    schedule: [{ cron: '* * * * *', queue: 'default' }],
    handler: async ({ req }: { req: PayloadRequest }) => {
      const field = workflow.definition.field
      const { docs } = await req.payload.find({
        collection: collection as never,
        where: { and: [{ [field]: { equals: from } }, { [dueField]: { less_than_equal: new Date().toISOString() } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      let moved = 0
      for (const doc of docs as WorkflowDoc[]) {
        // No `req`, so no user: the engine checks the transition as the system's. A 409: another run
        // of the job moved it first.
        const done = await req.payload
          .update({
            collection: collection as never,
            id: doc.id,
            data: { [field]: to } as never,
            overrideAccess: true,
          })
          .then(
            () => true,
            (error: unknown) => {
              if ((error as { status?: number }).status === 409) return false
              throw error
            },
          )
        if (done) moved += 1
      }
      return { output: { moved } }
    },
  }) as unknown as TaskConfig
