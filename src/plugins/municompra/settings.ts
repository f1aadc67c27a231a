/** MuniCompra's per-municipality settings, edited on the municipality's Modules tab while the module is on. */
import { l, moduleSettings, type ID } from '@e-muni/sdk'
import type { Field, PayloadRequest } from 'payload'

import { MODULE } from './i18n/index'

export const settings: Field[] = [
  {
    name: 'amendmentMinDays',
    type: 'number',
    defaultValue: 3,
    min: 0,
    max: 90,
    label: l(
      'Días mínimos de aviso tras una enmienda',
      'Dias mínimos de aviso após uma alteração',
      'Minimum notice after an amendment (days)',
      'Préavis minimum après une modification (jours)',
    ),
    admin: {
      step: 1,
      description: l(
        'Si una enmienda deja menos días hasta el cierre de ofertas, el cierre se aplaza hasta esta cantidad de días.',
        'Se uma alteração deixar menos dias até o prazo das propostas, o prazo é adiado para esse número de dias.',
        'When an amendment leaves fewer days before the bid deadline, the deadline is pushed back to this many days.',
        "Si une modification laisse moins de jours avant la date limite des offres, celle-ci est repoussée d'autant.",
      ),
    },
  },
]

/** Days a supplier keeps, at least, between an amendment and the submission deadline, in this municipality. */
export const amendmentMinDays = async (req: PayloadRequest, municipality: ID): Promise<number> => {
  const days = Number((await moduleSettings(req, municipality, MODULE)).amendmentMinDays)
  return Number.isFinite(days) && days >= 0 ? days : 3
}
