/** The Payload secret: required and strong in production, a fixed development value otherwise. */
export const DEV_SECRET = 'e-muni-development-secret-do-not-use-in-production'
export const MIN_SECRET_LENGTH = 32

/** Why a secret is unfit for production, or null when it is fine. */
export const secretProblem = (secret: string | undefined): string | null => {
  if (!secret) return 'PAYLOAD_SECRET is not set.'
  if (secret === DEV_SECRET) return 'PAYLOAD_SECRET is the public development value.'
  if (secret.length < MIN_SECRET_LENGTH) return `PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters.`
  if (new Set(secret).size < 8) return 'PAYLOAD_SECRET repeats too few distinct characters to be a secret.'
  return null
}

export const payloadSecret = (): string => process.env.PAYLOAD_SECRET || DEV_SECRET
