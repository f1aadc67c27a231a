/** MuniServi's messages to staff: system fields, roles, assignment and the catalogue (form, code). */
import { l, type Localized } from '@e-muni/sdk'

export const staffMessages: Record<string, Localized> = {
  systemField: l(
    'El campo «{{field}}» lo fija el sistema y no se puede cambiar.',
    'O campo «{{field}}» é definido pelo sistema e não pode ser alterado.',
    'The field "{{field}}" is set by the system and cannot be changed.',
    'Le champ « {{field}} » est fixé par le système et ne peut pas être modifié.',
  ),
  noRoleHere: l(
    'No tiene un rol de servicios en este municipio.',
    'Você não tem um papel de serviços neste município.',
    'You hold no services role in this municipality.',
    "Vous n'avez pas de rôle de services dans cette municipalité.",
  ),
  assigneeNotStaff: l(
    'Solo se puede asignar a personal de servicios de este municipio.',
    'Só é possível atribuir a pessoal de serviços deste município.',
    'Only service staff of this municipality can be assigned.',
    'Seul le personnel des services de cette municipalité peut être assigné.',
  ),
  formInvalid: l(
    'El formulario en línea tiene errores: {{problems}}',
    'O formulário online tem erros: {{problems}}',
    'The online form has errors: {{problems}}',
    'Le formulaire en ligne contient des erreurs : {{problems}}',
  ),
  duplicateCode: l(
    'Ya existe un servicio con el código {{code}} en este municipio.',
    'Já existe um serviço com o código {{code}} neste município.',
    'This municipality already has a service with code {{code}}.',
    'Cette municipalité a déjà un service avec le code {{code}}.',
  ),
  badCode: l(
    'El código tiene de 2 a 10 letras mayúsculas o dígitos, empezando por una letra.',
    'O código tem de 2 a 10 letras maiúsculas ou dígitos, começando por uma letra.',
    'The code has 2 to 10 capital letters or digits, starting with a letter.',
    'Le code comporte 2 à 10 majuscules ou chiffres, commençant par une lettre.',
  ),
}
