import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { l, LANGUAGES, tr } from '../i18n/index'
import { enforcePasswordPolicy } from '../lib/passwordPolicy'
import { resetEmail, verifyEmail } from '../lib/portalLinks'
import { resendVerificationEndpoint } from '../lib/resendVerification'
import { signUpEndpoint } from '../lib/signUp'
import { personal } from '../plugins/sdk/privacy'

const self = ({ req }: { req: { user?: { id: number | string; collection: string } | null } }) => {
  if (isPlatformAdmin(req.user as never)) return true
  return req.user?.collection === 'people' ? { id: { equals: req.user.id } } : false
}

/** Only a platform admin may mark an account verified; everyone else goes through the email link. */
const guardVerified: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data && '_verified' in data && Boolean(data._verified) !== Boolean(originalDoc?._verified)) {
    if (req.user && !isPlatformAdmin(req.user)) throw new APIError(tr(req, 'verifiedByAdminOnly'), 403, undefined, true)
  }
  return data
}

/**
 * Citizens and suppliers: a second auth collection, not owned by any municipality. The multi-tenant
 * plugin does not scope it, so its rules are all here: a person sees and edits only themselves.
 */
export const People: CollectionConfig = {
  slug: 'people',
  labels: {
    singular: l('Persona', 'Pessoa', 'Person', 'Personne'),
    plural: l(
      'Personas (ciudadanía y proveedores)',
      'Pessoas (cidadãos e fornecedores)',
      'People (citizens and suppliers)',
      'Personnes (citoyens et fournisseurs)',
    ),
  },
  admin: { useAsTitle: 'email', group: l('Plataforma', 'Plataforma', 'Platform', 'Plateforme') },
  auth: {
    // The links in these emails lead to the citizens' portal (src/lib/portalLinks.ts).
    verify: verifyEmail,
    forgotPassword: resetEmail,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
  },
  access: {
    admin: () => false,
    create: () => true,
    read: self,
    update: self,
    delete: self,
  },
  hooks: { beforeOperation: [enforcePasswordPolicy], beforeValidate: [guardVerified] },
  // Sign-up (POST /api/people by anyone but the platform admin) does not tell whether the address has an account.
  // Sending the verification email again answers the same whether or not the address has an account.
  endpoints: [signUpEndpoint, resendVerificationEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Nombre', 'Nome', 'Name', 'Nom'), custom: personal() },
    { name: 'phone', type: 'text', label: l('Teléfono', 'Telefone', 'Phone', 'Téléphone'), custom: personal() },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'es',
      options: LANGUAGES.map((code) => ({ value: code, label: code })),
      label: l('Idioma', 'Idioma', 'Language', 'Langue'),
    },
  ],
}
