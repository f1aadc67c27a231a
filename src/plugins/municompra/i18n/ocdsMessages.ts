/** MuniCompra's messages for the OCDS endpoints' queries. */
import { l, type Localized } from '@e-muni/sdk'

export const ocdsMessages: Record<string, Localized> = {
  badPage: l(
    'page debe ser un entero ≥ 1.',
    'page deve ser um inteiro ≥ 1.',
    'page must be an integer ≥ 1.',
    'page doit être un entier ≥ 1.',
  ),
  badLimit: l(
    'limit debe ser un entero entre 1 y {{max}}.',
    'limit deve ser um inteiro entre 1 e {{max}}.',
    'limit must be an integer from 1 to {{max}}.',
    'limit doit être un entier de 1 à {{max}}.',
  ),
  badDate: l(
    '{{name}} debe ser una fecha ISO 8601 (p. ej. 2026-11-01).',
    '{{name}} deve ser uma data ISO 8601 (ex.: 2026-11-01).',
    '{{name}} must be an ISO 8601 date (e.g. 2026-11-01).',
    '{{name}} doit être une date ISO 8601 (p. ex. 2026-11-01).',
  ),
  noReleases: l(
    'Ninguna publicación coincide con la consulta.',
    'Nenhuma publicação corresponde à consulta.',
    'No release matches the query.',
    'Aucune publication ne correspond à la requête.',
  ),
  unknownOcid: l(
    'No hay publicaciones con el ocid «{{ocid}}» en este municipio.',
    'Não há publicações com o ocid «{{ocid}}» neste município.',
    'There are no releases with ocid "{{ocid}}" in this municipality.',
    "Il n'y a aucune publication avec l'ocid « {{ocid}} » dans cette municipalité.",
  ),
}
