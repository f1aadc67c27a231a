/**
 * The SDK's own messages (workflow transitions, module switches, upload refusals), in the four
 * languages; the core's dictionary (src/i18n) includes them, and SDK code reads them with `sdkText`.
 */
import type { PayloadRequest } from 'payload'

import { fill, l, requestLanguage, type Localized } from './language'

export const sdkMessages = {
  archiveTooLarge: l(
    'El documento ocupa más de {{mb}} MB al descomprimirse; no se acepta.',
    'O documento ocupa mais de {{mb}} MB ao ser descompactado; não é aceito.',
    'The document expands to more than {{mb}} MB when opened; it is not accepted.',
    'Le document dépasse {{mb}} Mo une fois décompressé ; il n’est pas accepté.',
  ),
  bodyNotJson: l(
    'El cuerpo de la solicitud debe ser JSON (Content-Type: application/json) bien formado.',
    'O corpo da solicitação deve ser JSON (Content-Type: application/json) bem formado.',
    'The request body must be well-formed JSON (Content-Type: application/json).',
    'Le corps de la requête doit être du JSON (Content-Type: application/json) bien formé.',
  ),
  multipartNotTaken: l(
    'Esta acción no recibe archivos: envíe sus datos como JSON (Content-Type: application/json).',
    'Esta ação não recebe arquivos: envie os dados como JSON (Content-Type: application/json).',
    'This action takes no files: send its input as JSON (Content-Type: application/json).',
    'Cette action ne reçoit pas de fichiers : envoyez ses données en JSON (Content-Type: application/json).',
  ),
  multipartMalformed: l(
    'El formulario con archivos no se pudo leer: envíe multipart/form-data con los datos como objeto JSON en la parte «_payload» y cada archivo en una parte de archivo.',
    'O formulário com arquivos não pôde ser lido: envie multipart/form-data com os dados como objeto JSON na parte «_payload» e cada arquivo numa parte de arquivo.',
    'The form with files could not be read: send multipart/form-data with the input as a JSON object in the "_payload" part and each file in a file part.',
    'Le formulaire avec fichiers n’a pas pu être lu : envoyez du multipart/form-data avec les données en objet JSON dans la partie « _payload » et chaque fichier dans une partie fichier.',
  ),
  bodyNotObject: l(
    'Los datos deben ser un objeto JSON con un valor por campo.',
    'Os dados devem ser um objeto JSON com um valor por campo.',
    'The input must be a JSON object with one value per field.',
    'Les données doivent être un objet JSON avec une valeur par champ.',
  ),
  fileDamaged: l(
    'El archivo está dañado o no es un archivo {{type}} válido.',
    'O arquivo está danificado ou não é um arquivo {{type}} válido.',
    'The file is damaged or is not a valid {{type}} file.',
    "Le fichier est endommagé ou n'est pas un fichier {{type}} valide.",
  ),
  storageUnavailable: l(
    'El almacenamiento de archivos no responde: no se guardó nada. Inténtelo de nuevo en unos minutos.',
    'O armazenamento de arquivos não responde: nada foi salvo. Tente novamente em alguns minutos.',
    'The file storage is not answering: nothing was saved. Try again in a few minutes.',
    'Le stockage des fichiers ne répond pas : rien n’a été enregistré. Réessayez dans quelques minutes.',
  ),
  fileEmpty: l('El archivo está vacío.', 'O arquivo está vazio.', 'The file is empty.', 'Le fichier est vide.'),
  bodyTooLarge: l(
    'El cuerpo de la solicitud supera el máximo de {{kb}} KiB.',
    'O corpo da solicitação excede o máximo de {{kb}} KiB.',
    'The request body is over the limit of {{kb}} KiB.',
    'Le corps de la requête dépasse la limite de {{kb}} Kio.',
  ),
  fieldRequired: l(
    'Falta este dato (un texto o un número).',
    'Falta este dado (um texto ou um número).',
    'This is missing (a text or a number).',
    'Cette donnée manque (un texte ou un nombre).',
  ),
  fileTrailingData: l(
    'El archivo tiene datos después del final de su contenido {{type}}: no se aceptan archivos con contenido oculto.',
    'O arquivo tem dados depois do fim do seu conteúdo {{type}}: não são aceitos arquivos com conteúdo oculto.',
    'The file has data after the end of its {{type}} content: files with hidden content are not accepted.',
    'Le fichier contient des données après la fin de son contenu {{type}} : les fichiers au contenu caché ne sont pas acceptés.',
  ),
  fileTypeNotAllowed: l(
    'El contenido del archivo no es de un tipo permitido ({{detected}}). Tipos permitidos: {{allowed}}.',
    'O conteúdo do arquivo não é de um tipo permitido ({{detected}}). Tipos permitidos: {{allowed}}.',
    "The file's content is not an allowed type ({{detected}}). Allowed types: {{allowed}}.",
    "Le contenu du fichier n'est pas d'un type autorisé ({{detected}}). Types autorisés : {{allowed}}.",
  ),
  fileUnknownType: l('tipo no reconocido', 'tipo não reconhecido', 'unrecognised type', 'type non reconnu'),
  historyReadOnly: l(
    'El historial lo escribe el flujo de trabajo; no se puede modificar.',
    'O histórico é escrito pelo fluxo de trabalho; não pode ser alterado.',
    'The history is written by the workflow and cannot be changed.',
    "L'historique est écrit par le flux de travail et ne peut pas être modifié.",
  ),
  imageTooManyPixels: l(
    'La imagen es demasiado grande: el máximo es de {{megapixels}} megapíxeles.',
    'A imagem é grande demais: o máximo é de {{megapixels}} megapixels.',
    'The image is too large: the limit is {{megapixels}} megapixels.',
    "L'image est trop grande : la limite est de {{megapixels}} mégapixels.",
  ),
  initialState: l(
    'Un documento nuevo empieza en «{{initial}}».',
    'Um documento novo começa em «{{initial}}».',
    'A new document starts in «{{initial}}».',
    'Un nouveau document commence à « {{initial}} ».',
  ),
  invalidFields: l(
    'Datos no válidos: {{fields}}',
    'Dados inválidos: {{fields}}',
    'Invalid input: {{fields}}',
    'Données non valides : {{fields}}',
  ),
  moduleOff: l(
    'El módulo «{{module}}» no está habilitado para «{{municipality}}».',
    'O módulo «{{module}}» não está habilitado para «{{municipality}}».',
    'Module «{{module}}» is not enabled for «{{municipality}}».',
    "Le module « {{module}} » n'est pas activé pour « {{municipality}} ».",
  ),
  none: l('ninguno', 'nenhum', 'none', 'aucun'),
  pdfActiveContent: l(
    'El PDF contiene JavaScript o acciones que abren programas; no se aceptan.',
    'O PDF contém JavaScript ou ações que abrem programas; não são aceitos.',
    'The PDF contains JavaScript or actions that launch programs; these are not accepted.',
    'Le PDF contient du JavaScript ou des actions qui lancent des programmes ; ils ne sont pas acceptés.',
  ),
  stateChangedMeanwhile: l(
    'El documento pasó a «{{current}}» mientras tanto: recargue y vuelva a intentarlo.',
    'O documento passou para «{{current}}» nesse meio-tempo: recarregue e tente de novo.',
    'The document moved to «{{current}}» meanwhile: reload and try again.',
    'Le document est passé à « {{current}} » entre-temps : rechargez et réessayez.',
  ),
  transitionNotAllowed: l(
    'No se permite pasar de «{{from}}» a «{{to}}». Desde «{{from}}» se puede pasar a: {{allowed}}.',
    'Não é permitido passar de «{{from}}» para «{{to}}». A partir de «{{from}}» é possível passar para: {{allowed}}.',
    'Moving from «{{from}}» to «{{to}}» is not allowed. From «{{from}}» it can move to: {{allowed}}.',
    "Le passage de « {{from}} » à « {{to}} » n'est pas permis. Depuis « {{from}} », il peut passer à : {{allowed}}.",
  ),
  transitionRequires: l(
    'Para pasar a «{{to}}» complete: {{fields}}.',
    'Para passar para «{{to}}» preencha: {{fields}}.',
    'To move to «{{to}}», fill in: {{fields}}.',
    'Pour passer à « {{to}} », renseignez : {{fields}}.',
  ),
  transitionRole: l(
    'Su rol no permite pasar de «{{from}}» a «{{to}}».',
    'O seu papel não permite passar de «{{from}}» para «{{to}}».',
    'Your role cannot move this from «{{from}}» to «{{to}}».',
    'Votre rôle ne permet pas de passer de « {{from}} » à « {{to}} ».',
  ),
  unknownMunicipality: l(
    'No existe el municipio «{{value}}».',
    'O município «{{value}}» não existe.',
    'There is no municipality «{{value}}».',
    "La municipalité « {{value}} » n'existe pas.",
  ),
  // The shape of a command's input (what GraphQL's argument types say), read by `inputReader` (input.ts).
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
} satisfies Record<string, Localized>

export type SdkMessageKey = keyof typeof sdkMessages

/** One of the SDK's messages in the request's language, placeholders filled in. */
export const sdkText = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  key: SdkMessageKey,
  vars?: Record<string, string | number>,
): string => fill(sdkMessages[key][requestLanguage(req)], vars)
