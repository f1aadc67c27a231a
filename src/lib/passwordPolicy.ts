/**
 * The password policy of both auth collections (staff `users`, citizens and suppliers `people`):
 * 10 to 128 characters (pbkdf2 hashes every character: the upper bound keeps a login cheap), not one
 * character repeated, not containing the account's email name, not one of the most common passwords.
 * Checked by a `beforeOperation` hook on create, update and resetPassword — before Payload hashes the
 * password — on REST, GraphQL and the admin alike; refused with a 400 ValidationError on `password`.
 * Trusted server code (Local API calls with `overrideAccess`: the seed, scripts) is not checked.
 */
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import { tr, type MessageKey } from '../i18n/index'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128

/** The most used passwords of at least 10 characters (shorter ones fail on length), lower-cased. */
const COMMON = new Set([
  '0123456789',
  '1234567890',
  '12345678910',
  '123456789a',
  '1234567890a',
  '0987654321',
  '1111111111',
  '1122334455',
  '1234512345',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'azertyuiop',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  'a123456789',
  'aa12345678',
  'password12',
  'password123',
  'password1234',
  'password12345',
  'password!1',
  'p@ssw0rd123',
  'passw0rd123',
  'iloveyou12',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'welcome1234',
  'administrator',
  'admin12345',
  'admin123456',
  'changeme123',
  'sunshine123',
  'football123',
  'baseball123',
  'princess123',
  'dragon1234',
  'monkey1234',
  'superman123',
  'trustno1234',
  'starwars123',
  'computer123',
  'contraseña',
  'contraseña1',
  'contraseña123',
  'contrasena',
  'contrasena1',
  'contrasena123',
  'micontraseña',
  'teamo12345',
  'tequiero123',
  'senha12345',
  'senha123456',
  'minhasenha',
  'minhasenha123',
  'motdepasse',
  'motdepasse1',
  'motdepasse123',
  'jetaime123',
  'soleil12345',
  'bonjour123',
  'municipalidad',
  'municipio123',
  'prefeitura123',
])

/** The key of the rule `password` breaks, or null. `email` is the account's (new or current) address. */
export const passwordProblem = (password: string, emails: (string | null | undefined)[] = []): MessageKey | null => {
  const length = [...password].length
  if (length < PASSWORD_MIN) return 'passwordTooShort'
  if (length > PASSWORD_MAX) return 'passwordTooLong'
  if (/^(.)\1*$/su.test(password)) return 'passwordOneCharacter'
  const lower = password.toLowerCase()
  for (const email of emails) {
    const name = typeof email === 'string' ? email.split('@')[0]?.trim().toLowerCase() : ''
    if (name && name.length >= 3 && lower.includes(name)) return 'passwordContainsEmail'
  }
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\s!.?_-]+$/u, ''))) return 'passwordTooCommon'
  return null
}

type Args = {
  data?: Record<string, unknown>
  id?: number | string
  where?: Where
  overrideAccess?: boolean
  req: PayloadRequest
}

/** The addresses of the accounts a password is being set for (to refuse one containing their name). */
const accountEmails = async (slug: string, operation: string, args: Args): Promise<(string | undefined)[]> => {
  const { data = {}, req } = args
  const emails = [typeof data.email === 'string' ? data.email : undefined]
  const find = (where: Where) =>
    req.payload
      .find({
        collection: slug as never,
        where,
        depth: 0,
        limit: 100,
        overrideAccess: true,
        req,
      })
      .then((r) => r.docs.map((d) => (d as { email?: string }).email))
      .catch(() => [] as (string | undefined)[])
  if (operation === 'resetPassword' && typeof data.token === 'string' && data.token) {
    // The token is a hidden field: read it as Payload's own resetPassword does, from the database.
    const account = await req.payload.db
      .findOne({ collection: slug as never, where: { resetPasswordToken: { equals: data.token } }, req })
      .catch(() => null)
    emails.push((account as { email?: string } | null)?.email)
  } else if (operation === 'update' && args.id !== undefined) emails.push(...(await find({ id: { equals: args.id } })))
  else if (operation === 'update' && args.where) emails.push(...(await find(args.where)))
  return emails
}

export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const typed = args as Args
  const password = typed.data?.password
  if (password === undefined || password === null || password === '') return args
  if (req.payloadAPI === 'local' && typed.overrideAccess) return args
  const problem =
    typeof password !== 'string'
      ? 'passwordTooShort'
      : passwordProblem(password, await accountEmails(collection.slug, operation, typed))
  if (!problem) return args
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        {
          path: 'password',
          message: tr(req, problem, { min: PASSWORD_MIN, max: PASSWORD_MAX }),
          label: req.t ? req.t('general:password') : 'password',
        },
      ],
      req,
    },
    req.t,
  )
}
