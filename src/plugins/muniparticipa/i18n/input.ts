/** MuniParticipa's messages about the shape of a command's input (what GraphQL's argument types used to say). */
import { l, type Localized } from '@e-muni/sdk'

export const inputMessages: Record<string, Localized> = {
  referenceNeeded: l(
    'obligatorio: un texto o un número',
    'obrigatório: um texto ou um número',
    'required: a text or a number',
    'obligatoire : un texte ou un nombre',
  ),
  referenceExpected: l('un texto o un número', 'um texto ou um número', 'a text or a number', 'un texte ou un nombre'),
  textExpected: l('un texto', 'um texto', 'a text', 'un texte'),
  booleanExpected: l('true o false', 'true ou false', 'true or false', 'true ou false'),
  listNeeded: l('obligatorio: una lista', 'obrigatório: uma lista', 'required: a list', 'obligatoire : une liste'),
  listExpected: l('una lista', 'uma lista', 'a list', 'une liste'),
  integerExpected: l('un número entero', 'um número inteiro', 'a whole number', 'un nombre entier'),
  objectExpected: l(
    'un objeto con {{fields}}',
    'um objeto com {{fields}}',
    'an object with {{fields}}',
    'un objet avec {{fields}}',
  ),
}
