/** MuniServi demo content (to be written). */
import type { Payload } from 'payload'

export const seedMuniServi = async (_payload: Payload, _municipality: { id: number | string; slug: string }) => {}
