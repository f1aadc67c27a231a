/**
 * Sealed bids: AES-256-GCM with a key per tender, derived (HKDF-SHA-256) from the platform master key
 * in BID_SEALING_KEY and the tender's identity. The bid's content (amounts and documents) is encrypted
 * before anything is stored; the plaintext exists only in memory, while a bid is submitted and when
 * the opening job opens it. The additional authenticated data binds a sealed bid to its tender and
 * supplier, so ciphertext moved to another row does not open.
 *
 * Without BID_SEALING_KEY, development derives a key from the Payload secret (with a warning); a
 * production server refuses bids rather than seal them with a guessable key.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'

const VERSION = 'v1'
const DEV_NOTE = 'e-muni-development-bid-sealing'

export type SealingKeyState = { key: Buffer } | { problem: string }

/** The master key, or why there is none. Accepts 64 hex characters, 44 base64 characters, or a passphrase of 32+ characters. */
export const masterKey = (env: NodeJS.ProcessEnv = process.env): SealingKeyState => {
  const raw = env.BID_SEALING_KEY?.trim()
  if (raw) {
    if (/^[0-9a-f]{64}$/i.test(raw)) return { key: Buffer.from(raw, 'hex') }
    if (/^[A-Za-z0-9+/]{43}=$/.test(raw)) return { key: Buffer.from(raw, 'base64') }
    if (raw.length >= 32) return { key: createHash('sha256').update(raw).digest() }
    return { problem: 'BID_SEALING_KEY must be 64 hex characters, 32 bytes in base64, or at least 32 characters.' }
  }
  if (env.NODE_ENV === 'production') return { problem: 'BID_SEALING_KEY is not set.' }
  return {
    key: createHash('sha256')
      .update(`${DEV_NOTE}:${env.PAYLOAD_SECRET ?? ''}`)
      .digest(),
  }
}

const tenderKey = (master: Buffer, tender: string): Buffer =>
  Buffer.from(hkdfSync('sha256', master, Buffer.from(`tender:${tender}`), Buffer.from('e-muni bid sealing v1'), 32))

export type SealedContent = {
  amount: number
  currency: string
  lines?: { description: string; amount: number }[]
  documents?: { name: string; mimeType: string; base64: string }[]
  note?: string
}

/** `v1.{iv}.{tag}.{ciphertext}` (base64url), and its SHA-256 (hex) for the receipt. */
export const seal = (
  master: Buffer,
  ids: { tender: string; supplier: string },
  content: SealedContent,
): { sealed: string; sha256: string } => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', tenderKey(master, ids.tender), iv)
  cipher.setAAD(Buffer.from(`${ids.tender}:${ids.supplier}`))
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()])
  const sealed = [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.')
  return { sealed, sha256: createHash('sha256').update(sealed).digest('hex') }
}

export const open = (master: Buffer, ids: { tender: string; supplier: string }, sealed: string): SealedContent => {
  const [version, iv, tag, ciphertext] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed bid.')
  const decipher = createDecipheriv('aes-256-gcm', tenderKey(master, ids.tender), Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(`${ids.tender}:${ids.supplier}`))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()])
  return JSON.parse(plain.toString('utf8')) as SealedContent
}
