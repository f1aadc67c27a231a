/**
 * e-Muni's own strings, in the four platform languages. Labels shown in the admin use `l()`;
 * API error messages use `tr(req, key)` so they follow the request's language (Payload picks it
 * from the user's admin preference, the `Accept-Language` header or the `?locale=`). The language
 * primitives are the SDK's (the bottom layer); the SDK's own messages are part of this dictionary.
 */
import type { PayloadRequest } from 'payload'

import {
  fill,
  isLanguage,
  l,
  languageFromHeader,
  LANGUAGES,
  requestLanguage,
  type Language,
  type Localized,
} from '../plugins/sdk/language'
import { sdkMessages } from '../plugins/sdk/messages'

export { isLanguage, l, languageFromHeader, LANGUAGES, requestLanguage, type Language, type Localized }

const messages = {
  ...sdkMessages,
  onlyPlatformAdminRoles: l(
    'Solo un administrador de la plataforma puede cambiar los roles de plataforma.',
    'Somente um administrador da plataforma pode alterar os papéis de plataforma.',
    'Only a platform administrator can change platform roles.',
    'Seul un administrateur de la plateforme peut modifier les rôles de plateforme.',
  ),
  notOwnAssignments: l(
    'No puede cambiar sus propias asignaciones de municipio.',
    'Você não pode alterar as suas próprias atribuições de município.',
    'You cannot change your own municipality assignments.',
    'Vous ne pouvez pas modifier vos propres affectations de municipalité.',
  ),
  notAdminOfMunicipality: l(
    'Solo puede asignar roles en los municipios que administra (municipio {{municipality}}).',
    'Você só pode atribuir papéis nos municípios que administra (município {{municipality}}).',
    'You can only assign roles in municipalities you administer (municipality {{municipality}}).',
    'Vous ne pouvez attribuer des rôles que dans les municipalités que vous administrez (municipalité {{municipality}}).',
  ),
  noRoleInMunicipality: l(
    'No tiene un rol de edición en el municipio {{municipality}}.',
    'Você não tem um papel de edição no município {{municipality}}.',
    'You have no editing role in municipality {{municipality}}.',
    "Vous n'avez aucun rôle d'édition dans la municipalité {{municipality}}.",
  ),
  needsMunicipality: l(
    'Asigne al menos un municipio (con su rol) a la nueva cuenta.',
    'Atribua pelo menos um município (com seu papel) à nova conta.',
    'Assign the new account to at least one municipality (with its role).',
    'Affectez le nouveau compte à au moins une municipalité (avec son rôle).',
  ),
  verifiedByAdminOnly: l(
    'Solo un administrador de la plataforma puede marcar una cuenta como verificada.',
    'Somente um administrador da plataforma pode marcar uma conta como verificada.',
    'Only a platform administrator can mark an account as verified.',
    'Seul un administrateur de la plateforme peut marquer un compte comme vérifié.',
  ),
  invalidSlug: l(
    'Use solo minúsculas, números y guiones (por ejemplo «mi-pagina»).',
    'Use apenas minúsculas, números e hífens (por exemplo «minha-pagina»).',
    'Use only lowercase letters, digits and hyphens (for example "my-page").',
    'Utilisez uniquement des minuscules, des chiffres et des tirets (par exemple « ma-page »).',
  ),
  invalidDomain: l(
    'Dominio no válido: «{{value}}». Escriba un nombre de host como portal.municipio.gob.',
    'Domínio inválido: «{{value}}». Escreva um nome de host como portal.municipio.gov.',
    'Invalid domain "{{value}}". Enter a host name such as portal.city.gov.',
    'Domaine invalide « {{value}} ». Saisissez un nom d’hôte comme portail.ville.gouv.',
  ),
  domainTaken: l(
    'El dominio «{{value}}» ya lo usa el municipio «{{municipality}}».',
    'O domínio «{{value}}» já é usado pelo município «{{municipality}}».',
    'The domain "{{value}}" is already used by municipality "{{municipality}}".',
    'Le domaine « {{value}} » est déjà utilisé par la municipalité « {{municipality}} ».',
  ),
  domainsByPlatformAdmin: l(
    'Solo la administración de la plataforma agrega o cambia los dominios de un municipio (campo «domains»): pídaselo, con la prueba de que el municipio controla el dominio.',
    'Só a administração da plataforma adiciona ou altera os domínios de um município (campo «domains»): peça a ela, com a prova de que o município controla o domínio.',
    'Only the platform admin adds or changes a municipality’s domains (field "domains"): ask them, with proof that the municipality controls the domain.',
    'Seule l’administration de la plateforme ajoute ou modifie les domaines d’une municipalité (champ « domains ») : demandez-le-lui, avec la preuve que la municipalité contrôle le domaine.',
  ),
  domainRepeated: l(
    'El dominio «{{value}}» está repetido.',
    'O domínio «{{value}}» está repetido.',
    'The domain "{{value}}" is listed twice.',
    'Le domaine « {{value}} » figure deux fois.',
  ),
  invalidCountry: l(
    'Código de país ISO 3166-1 alfa-2 no válido: «{{value}}».',
    'Código de país ISO 3166-1 alfa-2 inválido: «{{value}}».',
    'Not an ISO 3166-1 alpha-2 country code: "{{value}}".',
    'Code pays ISO 3166-1 alpha-2 invalide : « {{value}} ».',
  ),
  invalidTimezone: l(
    'Zona horaria IANA no válida: «{{value}}».',
    'Fuso horário IANA inválido: «{{value}}».',
    'Not an IANA time zone: "{{value}}".',
    'Fuseau horaire IANA invalide : « {{value}} ».',
  ),
  invalidCurrency: l(
    'Código de moneda ISO 4217 no válido: «{{value}}».',
    'Código de moeda ISO 4217 inválido: «{{value}}».',
    'Not an ISO 4217 currency code: "{{value}}".',
    'Code de devise ISO 4217 invalide : « {{value}} ».',
  ),
  invalidColor: l(
    'Color no válido: «{{value}}». Use el formato #RRGGBB.',
    'Cor inválida: «{{value}}». Use o formato #RRGGBB.',
    'Invalid colour "{{value}}". Use the #RRGGBB format.',
    'Couleur invalide « {{value}} ». Utilisez le format #RRGGBB.',
  ),
  unknownModule: l(
    'Módulo desconocido: «{{value}}». Módulos instalados: {{installed}}.',
    'Módulo desconhecido: «{{value}}». Módulos instalados: {{installed}}.',
    'Unknown module "{{value}}". Installed modules: {{installed}}.',
    'Module inconnu « {{value}} ». Modules installés : {{installed}}.',
  ),
  endBeforeStart: l(
    'La fecha de fin debe ser posterior a la de inicio.',
    'A data de término deve ser posterior à de início.',
    'The end must be after the start.',
    'La fin doit être postérieure au début.',
  ),
  tooManyLogins: l(
    'Demasiados intentos de inicio de sesión desde esta dirección. Inténtelo de nuevo en {{minutes}} minutos.',
    'Muitas tentativas de login a partir deste endereço. Tente novamente em {{minutes}} minutos.',
    'Too many login attempts from this address. Try again in {{minutes}} minutes.',
    'Trop de tentatives de connexion depuis cette adresse. Réessayez dans {{minutes}} minutes.',
  ),
  tooManyPasswordResets: l(
    'Demasiadas solicitudes de restablecimiento de contraseña. Inténtelo de nuevo en {{minutes}} minutos.',
    'Muitos pedidos de redefinição de senha. Tente novamente em {{minutes}} minutos.',
    'Too many password reset requests. Try again in {{minutes}} minutes.',
    'Trop de demandes de réinitialisation du mot de passe. Réessayez dans {{minutes}} minutes.',
  ),
  tooManySubmissions: l(
    'Demasiados envíos desde esta dirección. Inténtelo de nuevo en {{minutes}} minutos.',
    'Muitos envios a partir deste endereço. Tente novamente em {{minutes}} minutos.',
    'Too many submissions from this address. Try again in {{minutes}} minutes.',
    'Trop d’envois depuis cette adresse. Réessayez dans {{minutes}} minutes.',
  ),
  tooManySignUps: l(
    'Demasiados registros desde esta dirección. Inténtelo de nuevo en {{minutes}} minutos.',
    'Muitos cadastros a partir deste endereço. Tente novamente em {{minutes}} minutos.',
    'Too many sign-ups from this address. Try again in {{minutes}} minutes.',
    'Trop d’inscriptions depuis cette adresse. Réessayez dans {{minutes}} minutes.',
  ),
  tooManyTrackingAttempts: l(
    'Demasiadas consultas de solicitudes desde esta dirección. Inténtelo de nuevo en {{minutes}} minutos.',
    'Muitas consultas de solicitações a partir deste endereço. Tente novamente em {{minutes}} minutos.',
    'Too many request look-ups from this address. Try again in {{minutes}} minutes.',
    'Trop de consultations de demandes depuis cette adresse. Réessayez dans {{minutes}} minutes.',
  ),
  signUpReceived: l(
    'Le enviamos un correo a esa dirección: siga sus instrucciones para continuar.',
    'Enviamos um e-mail para esse endereço: siga as instruções para continuar.',
    'We sent an email to that address: follow its instructions to continue.',
    'Nous avons envoyé un e-mail à cette adresse : suivez ses instructions pour continuer.',
  ),
  verificationResent: l(
    'Si esa dirección tiene una cuenta sin confirmar, le enviamos de nuevo el correo para confirmarla.',
    'Se esse endereço tem uma conta não confirmada, enviamos de novo o e-mail para confirmá-la.',
    'If that address has an account not yet confirmed, we sent the confirmation email again.',
    'Si cette adresse a un compte non confirmé, nous avons renvoyé l’e-mail de confirmation.',
  ),
  emailRequired: l(
    'Escriba un correo válido, por ejemplo nombre@ejemplo.com.',
    'Informe um e-mail válido, por exemplo nome@exemplo.com.',
    'Enter a valid email, such as name@example.com.',
    'Indiquez une adresse valide, par exemple nom@exemple.com.',
  ),
  fileTooLarge: l(
    'El archivo supera el tamaño máximo de {{mb}} MB.',
    'O arquivo excede o tamanho máximo de {{mb}} MB.',
    'The file is larger than the {{mb}} MB limit.',
    'Le fichier dépasse la taille maximale de {{mb}} Mo.',
  ),
  malformedUpload: l(
    'No se pudo leer el envío del archivo: la solicitud está mal formada (por ejemplo, un nombre de archivo con caracteres de control).',
    'Não foi possível ler o envio do arquivo: a requisição está malformada (por exemplo, um nome de arquivo com caracteres de controle).',
    'The upload could not be read: the request is malformed (for example, a file name with control characters).',
    "L'envoi du fichier n'a pas pu être lu : la requête est mal formée (par exemple, un nom de fichier contenant des caractères de contrôle).",
  ),
  auditAppendOnly: l(
    'El registro de auditoría no se puede modificar ni borrar.',
    'O registro de auditoria não pode ser alterado nem excluído.',
    'The audit log cannot be changed or deleted.',
    "Le journal d'audit ne peut être ni modifié ni supprimé.",
  ),
  addressTooLong: l(
    'La dirección es demasiado larga ({{length}} bytes; como máximo {{max}}).',
    'O endereço é longo demais ({{length}} bytes; no máximo {{max}}).',
    'The address is too long ({{length}} bytes; at most {{max}}).',
    "L'adresse est trop longue ({{length}} octets ; au plus {{max}}).",
  ),
  requestTooLarge: l(
    'La solicitud es demasiado grande.',
    'A requisição é grande demais.',
    'The request is too large.',
    'La requête est trop volumineuse.',
  ),
  // Password policy (src/lib/passwordPolicy.ts).
  passwordTooShort: l(
    'La contraseña debe tener al menos {{min}} caracteres.',
    'A senha deve ter pelo menos {{min}} caracteres.',
    'The password must be at least {{min}} characters long.',
    'Le mot de passe doit comporter au moins {{min}} caractères.',
  ),
  passwordTooLong: l(
    'La contraseña no puede tener más de {{max}} caracteres.',
    'A senha não pode ter mais de {{max}} caracteres.',
    'The password cannot be longer than {{max}} characters.',
    'Le mot de passe ne peut pas dépasser {{max}} caractères.',
  ),
  passwordOneCharacter: l(
    'La contraseña no puede ser un mismo carácter repetido.',
    'A senha não pode ser um mesmo caractere repetido.',
    'The password cannot be a single character repeated.',
    'Le mot de passe ne peut pas être un même caractère répété.',
  ),
  passwordContainsEmail: l(
    'La contraseña no puede contener el nombre de su correo electrónico.',
    'A senha não pode conter o nome do seu e-mail.',
    'The password cannot contain the name part of your email address.',
    'Le mot de passe ne peut pas contenir le nom de votre adresse e-mail.',
  ),
  passwordTooCommon: l(
    'Esa contraseña es de las más usadas y fáciles de adivinar: elija otra.',
    'Essa senha está entre as mais usadas e fáceis de adivinhar: escolha outra.',
    'That password is one of the most common and easiest to guess: choose another.',
    'Ce mot de passe fait partie des plus courants et des plus faciles à deviner : choisissez-en un autre.',
  ),
  remoteUploadRefused: l(
    'Envíe el archivo mismo: el servidor no descarga archivos desde una dirección ({{field}}).',
    'Envie o próprio arquivo: o servidor não baixa arquivos de um endereço ({{field}}).',
    'Send the file itself: the server does not fetch files from an address ({{field}}).',
    'Envoyez le fichier lui-même : le serveur ne télécharge pas de fichiers depuis une adresse ({{field}}).',
  ),
  // Query parameters and `where` values a database cannot use (src/lib/queryGuard.ts).
  invalidQueryParameter: l(
    'El parámetro «{{name}}» no es válido: {{expected}}.',
    'O parâmetro «{{name}}» é inválido: {{expected}}.',
    'The parameter «{{name}}» is not valid: {{expected}}.',
    'Le paramètre « {{name}} » n’est pas valide : {{expected}}.',
  ),
  expectWholeNumber: l(
    'se espera un número entero',
    'espera-se um número inteiro',
    'a whole number is expected',
    'un nombre entier est attendu',
  ),
  expectConditions: l(
    'se esperan condiciones como where[campo][equals]=valor',
    'esperam-se condições como where[campo][equals]=valor',
    'conditions such as where[field][equals]=value are expected',
    'des conditions comme where[champ][equals]=valeur sont attendues',
  ),
  expectPageNumber: l(
    'se espera un número de página desde 1',
    'espera-se um número de página a partir de 1',
    'a page number from 1 is expected',
    'un numéro de page à partir de 1 est attendu',
  ),
  expectOption: l(
    'se espera uno de: {{values}}',
    'espera-se um de: {{values}}',
    'one of these is expected: {{values}}',
    'l’une de ces valeurs est attendue : {{values}}',
  ),
  expectJson: l(
    'se espera JSON válido',
    'espera-se JSON válido',
    'valid JSON is expected',
    'du JSON valide est attendu',
  ),
  invalidQueryValue: l(
    'Valor no válido para «{{path}}» ({{operator}}): {{expected}}.',
    'Valor inválido para «{{path}}» ({{operator}}): {{expected}}.',
    'Invalid value for «{{path}}» ({{operator}}): {{expected}}.',
    'Valeur invalide pour « {{path}} » ({{operator}}) : {{expected}}.',
  ),
  expectIdentifier: l(
    'se espera un identificador numérico',
    'espera-se um identificador numérico',
    'a numeric identifier is expected',
    'un identifiant numérique est attendu',
  ),
  expectPolymorphic: l(
    'este campo puede apuntar a varias colecciones: filtre por «campo.value» y «campo.relationTo»',
    'este campo pode apontar para várias coleções: filtre por «campo.value» e «campo.relationTo»',
    'this field can point to several collections: filter on «field.value» and «field.relationTo»',
    'ce champ peut désigner plusieurs collections : filtrez sur « champ.value » et « champ.relationTo »',
  ),
  expectNumber: l('se espera un número', 'espera-se um número', 'a number is expected', 'un nombre est attendu'),
  expectSingleValue: l(
    'se espera un solo valor',
    'espera-se um único valor',
    'a single value is expected',
    'une seule valeur est attendue',
  ),
  operatorNotForField: l(
    'este operador no se aplica a este campo',
    'este operador não se aplica a este campo',
    'this operator does not apply to this field',
    'cet opérateur ne s’applique pas à ce champ',
  ),
  // Malformed requests and field values (src/lib/restGuard.ts, src/hooks/inputGuard.ts).
  bodyNotObject: l(
    'El cuerpo de la solicitud debe ser un objeto JSON con los campos del documento.',
    'O corpo da requisição deve ser um objeto JSON com os campos do documento.',
    "The request body must be a JSON object with the document's fields.",
    'Le corps de la requête doit être un objet JSON contenant les champs du document.',
  ),
  bodyNotJson: l(
    'El cuerpo de la solicitud no es JSON válido.',
    'O corpo da requisição não é um JSON válido.',
    'The request body is not valid JSON.',
    "Le corps de la requête n'est pas du JSON valide.",
  ),
  bodyTypeUnsupported: l(
    'Envíe los datos como JSON (Content-Type: application/json) o como multipart/form-data.',
    'Envie os dados como JSON (Content-Type: application/json) ou como multipart/form-data.',
    'Send the data as JSON (Content-Type: application/json) or as multipart/form-data.',
    'Envoyez les données en JSON (Content-Type: application/json) ou en multipart/form-data.',
  ),
  bodyTooDeep: l(
    'El cuerpo de la solicitud anida demasiados niveles.',
    'O corpo da requisição aninha níveis demais.',
    'The request body is nested too deeply.',
    'Le corps de la requête est imbriqué trop profondément.',
  ),
  graphqlBodyType: l(
    'Envíe la consulta GraphQL como JSON (Content-Type: application/json).',
    'Envie a consulta GraphQL como JSON (Content-Type: application/json).',
    'Send the GraphQL request as JSON (Content-Type: application/json).',
    'Envoyez la requête GraphQL en JSON (Content-Type: application/json).',
  ),
  graphqlNoSubscriptions: l(
    'Esta API GraphQL no ofrece suscripciones.',
    'Esta API GraphQL não oferece assinaturas (subscriptions).',
    'This GraphQL API offers no subscriptions.',
    "Cette API GraphQL ne propose pas d'abonnements (subscriptions).",
  ),
  fileNotAFile: l(
    'La parte «file» debe ser un archivo (con nombre de archivo), no un texto.',
    'A parte «file» deve ser um arquivo (com nome de arquivo), não um texto.',
    'The «file» part must be a file (with a file name), not text.',
    'La partie « file » doit être un fichier (avec un nom de fichier), pas du texte.',
  ),
  nulCharacter: l(
    'Los textos no pueden contener el carácter NUL (U+0000).',
    'Os textos não podem conter o caractere NUL (U+0000).',
    'Texts cannot contain the NUL character (U+0000).',
    'Les textes ne peuvent pas contenir le caractère NUL (U+0000).',
  ),
  graphqlDirectiveValue: l(
    '@skip y @include reciben true o false (o una variable Boolean con valor).',
    '@skip e @include recebem true ou false (ou uma variável Boolean com valor).',
    '@skip and @include take true or false (or a Boolean variable with a value).',
    '@skip et @include prennent true ou false (ou une variable Boolean avec une valeur).',
  ),
  payloadPartNotObject: l(
    'La parte «_payload» debe contener un objeto JSON con los campos del documento.',
    'A parte «_payload» deve conter um objeto JSON com os campos do documento.',
    "The «_payload» part must hold a JSON object with the document's fields.",
    'La partie « _payload » doit contenir un objet JSON avec les champs du document.',
  ),
  routeNotFound: l(
    'Esta dirección no existe en la API.',
    'Este endereço não existe na API.',
    'There is no such address in the API.',
    "Cette adresse n'existe pas dans l'API.",
  ),
  verificationTokenMissing: l(
    'Falta el código de verificación (token).',
    'Falta o código de verificação (token).',
    'The verification token is missing.',
    'Le jeton de vérification est manquant.',
  ),
  verificationNotUsed: l(
    'Estas cuentas no se verifican por correo electrónico: no hay nada que verificar.',
    'Estas contas não são verificadas por e-mail: não há nada a verificar.',
    'These accounts are not verified by email: there is nothing to verify.',
    "Ces comptes ne sont pas vérifiés par e-mail : il n'y a rien à vérifier.",
  ),
  relatedMissing: l(
    'Uno de los documentos relacionados no existe (quizá se borró): revise las relaciones.',
    'Um dos documentos relacionados não existe (talvez tenha sido excluído): verifique as relações.',
    'One of the related documents does not exist (it may have been deleted): check the relationships.',
    "L'un des documents liés n'existe pas (il a peut-être été supprimé) : vérifiez les relations.",
  ),
  stillReferenced: l(
    'No se puede eliminar: otros documentos aún dependen de este ({{what}}). Elimínelos o cámbielos primero.',
    'Não é possível excluir: outros documentos ainda dependem deste ({{what}}). Exclua-os ou altere-os primeiro.',
    'Cannot delete: other documents still depend on this one ({{what}}). Delete or change them first.',
    "Suppression impossible : d'autres documents en dépendent encore ({{what}}). Supprimez-les ou modifiez-les d'abord.",
  ),
  valueNotStorable: l(
    'Un valor no se puede guardar: es demasiado largo o grande, o contiene caracteres no admitidos (como NUL).',
    'Um valor não pode ser salvo: é longo ou grande demais, ou contém caracteres não aceitos (como NUL).',
    'A value cannot be stored: it is too long or too large, or holds characters that are not accepted (such as NUL).',
    'Une valeur ne peut pas être enregistrée : elle est trop longue ou trop grande, ou contient des caractères refusés (comme NUL).',
  ),
  expectDateValue: l(
    'se espera una fecha (ISO 8601)',
    'espera-se uma data (ISO 8601)',
    'a date (ISO 8601) is expected',
    'une date (ISO 8601) est attendue',
  ),
  fieldRelatedNotFound: l(
    'No existe el documento {{id}} de «{{collection}}».',
    'Não existe o documento {{id}} de «{{collection}}».',
    'There is no document {{id}} in «{{collection}}».',
    "Il n'existe pas de document {{id}} dans « {{collection}} ».",
  ),
  fieldSystemManaged: l(
    'Este campo lo gestiona el sistema y no se puede enviar.',
    'Este campo é gerenciado pelo sistema e não pode ser enviado.',
    'This field is managed by the system and cannot be sent.',
    'Ce champ est géré par le système et ne peut pas être envoyé.',
  ),
  selectExclusionUnsupported: l(
    'En esta colección, «select» solo admite los campos a incluir (select[campo]=true), no los que se omiten.',
    'Nesta coleção, «select» só aceita os campos a incluir (select[campo]=true), não os omitidos.',
    'In this collection, «select» only takes the fields to include (select[field]=true), not fields to leave out.',
    'Dans cette collection, « select » accepte seulement les champs à inclure (select[champ]=true), pas ceux à omettre.',
  ),
  fieldExpectsGroup: l(
    'Se espera un grupo de campos (un objeto).',
    'Espera-se um grupo de campos (um objeto).',
    'A group of fields (an object) is expected.',
    'Un groupe de champs (un objet) est attendu.',
  ),
  fieldExpectsList: l('Se espera una lista.', 'Espera-se uma lista.', 'A list is expected.', 'Une liste est attendue.'),
  fieldExpectsRow: l(
    'Cada elemento de la lista debe ser un objeto con sus campos.',
    'Cada item da lista deve ser um objeto com os seus campos.',
    'Each item of the list must be an object with its fields.',
    'Chaque élément de la liste doit être un objet avec ses champs.',
  ),
  fieldUnknownBlock: l(
    'Tipo de bloque desconocido: «{{value}}». Tipos posibles: {{allowed}}.',
    'Tipo de bloco desconhecido: «{{value}}». Tipos possíveis: {{allowed}}.',
    'Unknown block type «{{value}}». Possible types: {{allowed}}.',
    'Type de bloc inconnu « {{value}} ». Types possibles : {{allowed}}.',
  ),
  fieldExpectsOption: l(
    'Valor no permitido: «{{value}}». Valores posibles: {{allowed}}.',
    'Valor não permitido: «{{value}}». Valores possíveis: {{allowed}}.',
    'Value not allowed: «{{value}}». Possible values: {{allowed}}.',
    'Valeur non autorisée : « {{value}} ». Valeurs possibles : {{allowed}}.',
  ),
  fieldExpectsRelation: l(
    'Se espera el identificador de un documento de «{{collection}}».',
    'Espera-se o identificador de um documento de «{{collection}}».',
    'The identifier of a document of «{{collection}}» is expected.',
    "L'identifiant d'un document de « {{collection}} » est attendu.",
  ),
  fieldExpectsDate: l(
    'Se espera una fecha válida (ISO 8601, por ejemplo 2026-05-17T10:00:00Z).',
    'Espera-se uma data válida (ISO 8601, por exemplo 2026-05-17T10:00:00Z).',
    'A valid date is expected (ISO 8601, for example 2026-05-17T10:00:00Z).',
    'Une date valide est attendue (ISO 8601, par exemple 2026-05-17T10:00:00Z).',
  ),
  fieldExpectsPoint: l(
    'Se espera un punto: [longitud, latitud].',
    'Espera-se um ponto: [longitude, latitude].',
    'A point is expected: [longitude, latitude].',
    'Un point est attendu : [longitude, latitude].',
  ),
  fieldExpectsRichText: l(
    'Se espera texto enriquecido (un objeto con un nodo «root»).',
    'Espera-se texto formatado (um objeto com um nó «root»).',
    'Rich text is expected (an object with a «root» node).',
    'Du texte enrichi est attendu (un objet avec un nœud « root »).',
  ),
  fieldExpectsText: l('Se espera un texto.', 'Espera-se um texto.', 'Text is expected.', 'Un texte est attendu.'),
  fieldExpectsBoolean: l(
    'Se espera verdadero o falso (true o false).',
    'Espera-se verdadeiro ou falso (true ou false).',
    'True or false is expected.',
    'Vrai ou faux (true ou false) est attendu.',
  ),
} satisfies Record<string, Localized>

export type MessageKey = keyof typeof messages

export const message = (lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string =>
  fill(messages[key][lang], vars)

export const tr = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string => message(requestLanguage(req), key, vars)
