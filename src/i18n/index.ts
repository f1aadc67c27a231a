/**
 * e-Muni's own strings, in the four platform languages. Labels shown in the admin use `l()`;
 * API error messages use `tr(req, key)` so they follow the request's language (Payload picks it
 * from the user's admin preference, the `Accept-Language` header or the `?locale=`).
 */
import type { PayloadRequest } from 'payload'

export const LANGUAGES = ['es', 'pt', 'en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export type Localized = Record<Language, string>

/** A label in the four languages, in the order es, pt, en, fr. */
export const l = (es: string, pt: string, en: string, fr: string): Localized => ({ es, pt, en, fr })

const messages = {
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
  fileTypeNotAllowed: l(
    'El contenido del archivo no es de un tipo permitido ({{detected}}). Tipos permitidos: {{allowed}}.',
    'O conteúdo do arquivo não é de um tipo permitido ({{detected}}). Tipos permitidos: {{allowed}}.',
    "The file's content is not an allowed type ({{detected}}). Allowed types: {{allowed}}.",
    "Le contenu du fichier n'est pas d'un type autorisé ({{detected}}). Types autorisés : {{allowed}}.",
  ),
  fileUnknownType: l('tipo no reconocido', 'tipo não reconhecido', 'unrecognised type', 'type non reconnu'),
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
  none: l('ninguno', 'nenhum', 'none', 'aucun'),
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
  fileTooLarge: l(
    'El archivo supera el tamaño máximo de {{mb}} MB.',
    'O arquivo excede o tamanho máximo de {{mb}} MB.',
    'The file is larger than the {{mb}} MB limit.',
    'Le fichier dépasse la taille maximale de {{mb}} Mo.',
  ),
  imageTooManyPixels: l(
    'La imagen es demasiado grande: el máximo es de {{megapixels}} megapíxeles.',
    'A imagem é grande demais: o máximo é de {{megapixels}} megapixels.',
    'The image is too large: the limit is {{megapixels}} megapixels.',
    "L'image est trop grande : la limite est de {{megapixels}} mégapixels.",
  ),
  auditAppendOnly: l(
    'El registro de auditoría no se puede modificar ni borrar.',
    'O registro de auditoria não pode ser alterado nem excluído.',
    'The audit log cannot be changed or deleted.',
    "Le journal d'audit ne peut être ni modifié ni supprimé.",
  ),
  moduleOff: l(
    'El módulo «{{module}}» no está habilitado para «{{municipality}}».',
    'O módulo «{{module}}» não está habilitado para «{{municipality}}».',
    'Module «{{module}}» is not enabled for «{{municipality}}».',
    "Le module « {{module}} » n'est pas activé pour « {{municipality}} ».",
  ),
  transitionNotAllowed: l(
    'No se permite pasar de «{{from}}» a «{{to}}». Desde «{{from}}» se puede pasar a: {{allowed}}.',
    'Não é permitido passar de «{{from}}» para «{{to}}». A partir de «{{from}}» é possível passar para: {{allowed}}.',
    'Moving from «{{from}}» to «{{to}}» is not allowed. From «{{from}}» it can move to: {{allowed}}.',
    "Le passage de « {{from}} » à « {{to}} » n'est pas permis. Depuis « {{from}} », il peut passer à : {{allowed}}.",
  ),
  transitionRole: l(
    'Su rol no permite pasar de «{{from}}» a «{{to}}».',
    'O seu papel não permite passar de «{{from}}» para «{{to}}».',
    'Your role cannot move this from «{{from}}» to «{{to}}».',
    'Votre rôle ne permet pas de passer de « {{from}} » à « {{to}} ».',
  ),
  transitionRequires: l(
    'Para pasar a «{{to}}» complete: {{fields}}.',
    'Para passar para «{{to}}» preencha: {{fields}}.',
    'To move to «{{to}}», fill in: {{fields}}.',
    'Pour passer à « {{to}} », renseignez : {{fields}}.',
  ),
  initialState: l(
    'Un documento nuevo empieza en «{{initial}}».',
    'Um documento novo começa em «{{initial}}».',
    'A new document starts in «{{initial}}».',
    'Un nouveau document commence à « {{initial}} ».',
  ),
  historyReadOnly: l(
    'El historial lo escribe el flujo de trabajo; no se puede modificar.',
    'O histórico é escrito pelo fluxo de trabalho; não pode ser alterado.',
    'The history is written by the workflow and cannot be changed.',
    "L'historique est écrit par le flux de travail et ne peut pas être modifié.",
  ),
  unknownMunicipality: l(
    'No existe el municipio «{{value}}».',
    'O município «{{value}}» não existe.',
    'There is no municipality «{{value}}».',
    "La municipalité « {{value}} » n'existe pas.",
  ),
  requestTooLarge: l(
    'La solicitud es demasiado grande.',
    'A requisição é grande demais.',
    'The request is too large.',
    'La requête est trop volumineuse.',
  ),
} satisfies Record<string, Localized>

export type MessageKey = keyof typeof messages

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** Picks the best language from an Accept-Language header; Spanish when none matches. */
export const languageFromHeader = (header: string | undefined | null): Language => {
  if (!header) return 'es'
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 }
    })
    .sort((a, b) => b.q - a.q)
  return (ranked.find((r) => isLanguage(r.lang))?.lang as Language | undefined) ?? 'es'
}

export const message = (lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string =>
  Object.entries(vars).reduce(
    (text, [name, value]) => text.replaceAll(`{{${name}}}`, String(value)),
    messages[key][lang],
  )

/** The request's language: Payload's resolved admin language, else the Accept-Language header. */
export const requestLanguage = (req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined): Language => {
  const fromPayload = req?.i18n?.language
  if (isLanguage(fromPayload)) return fromPayload
  return languageFromHeader(req?.headers?.get?.('accept-language'))
}

export const tr = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string => message(requestLanguage(req), key, vars)
