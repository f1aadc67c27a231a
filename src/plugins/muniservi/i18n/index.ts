/** MuniServi's own messages and email templates, in Spanish, Portuguese, English and French. */
import { l, type Localized } from '@e-muni/sdk'
import { open311Messages } from './open311'
import { staffMessages } from './staff'
import { submissionMessages } from './submission'
import { trackingMessages } from './tracking'

export const MODULE = 'muniservi'

export const translations: Record<string, Localized> = {
  conversationKept: l(
    'Los mensajes y las notas ya guardados no se modifican ni se borran: añada uno nuevo.',
    'Mensagens e notas já salvas não são alteradas nem apagadas: adicione uma nova.',
    'Messages and notes already saved are not changed or deleted: add a new one.',
    'Les messages et notes déjà enregistrés ne sont ni modifiés ni supprimés : ajoutez-en un nouveau.',
  ),
  ...open311Messages,
  ...submissionMessages,
  ...trackingMessages,
  ...staffMessages,
}

export { templates } from './templates'
