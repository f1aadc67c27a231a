/** The author fields and report count proposals and comments share, and who may change a citizen's text. */
import type { Field } from 'payload'

import { idOf, l, perRequest, personal } from '@e-muni/sdk'
import { isManager } from '../access/index'

export const authorField: Field = {
  name: 'author',
  custom: personal(),
  type: 'relationship',
  relationTo: 'people',
  index: true,
  // Staff cannot read people: the relationship would show as "Sin título - ID: 6". The admin shows
  // `authorName` instead.
  admin: { readOnly: true, hidden: true },
  label: l('Autor', 'Autor', 'Author', 'Auteur'),
}
/** The author's name, for the municipality's moderators (not their email; nobody else reads it). */
export const authorName: Field = {
  name: 'authorName',
  custom: personal(),
  type: 'text',
  virtual: true,
  admin: { readOnly: true },
  label: l('Autor', 'Autor', 'Author', 'Auteur'),
  hooks: {
    afterRead: [
      ({ siblingData, req }) => {
        const id = idOf(siblingData?.author)
        if (id === undefined || id === null || !isManager(req.user, siblingData?.tenant)) return undefined
        // One read per author per request (a list shows many proposals of few authors).
        const names = perRequest(req, 'muniparticipa:authorNames', () => new Map<string, Promise<string | null>>())
        if (!names.has(String(id)))
          names.set(
            String(id),
            req.payload
              .findByID({ collection: 'people', id, depth: 0, overrideAccess: true, disableErrors: true, req })
              .then((person) => (person as { name?: string } | null)?.name ?? null)
              .catch(() => null),
          )
        return names.get(String(id))
      },
    ],
  },
}
export const reportCount: Field = {
  name: 'reportCount',
  type: 'number',
  admin: { readOnly: true },
  label: l('Denuncias', 'Denúncias', 'Reports', 'Signalements'),
}

/** Nobody changes a citizen's text through the API or the admin (their own edits run with overrideAccess). */
export const citizensText = () => false
