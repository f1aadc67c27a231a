/** MuniServi's own messages and email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l, type Localized } from '../../sdk/index'

export const MODULE = 'muniservi'

export const translations: Record<string, Localized> = {
  o311BadDate: l(
    '{{name}} debe ser una fecha ISO 8601 (p. ej. 2026-11-01T00:00:00Z).',
    '{{name}} deve ser uma data ISO 8601 (ex.: 2026-11-01T00:00:00Z).',
    '{{name}} must be an ISO 8601 date (e.g. 2026-11-01T00:00:00Z).',
    '{{name}} doit être une date ISO 8601 (p. ex. 2026-11-01T00:00:00Z).',
  ),
  o311TooManyIds: l(
    'Como máximo 100 service_request_id por consulta.',
    'No máximo 100 service_request_id por consulta.',
    'At most 100 service_request_id per query.',
    'Au plus 100 service_request_id par requête.',
  ),
  o311StartAfterEnd: l(
    'start_date es posterior a end_date.',
    'start_date é posterior a end_date.',
    'start_date is after end_date.',
    'start_date est postérieure à end_date.',
  ),
  o311Range: l(
    'Entre start_date y end_date puede haber como máximo {{days}} días.',
    'Entre start_date e end_date pode haver no máximo {{days}} dias.',
    'start_date and end_date may be at most {{days}} days apart.',
    'start_date et end_date peuvent être distantes de {{days}} jours au plus.',
  ),
  o311BadStatus: l(
    'status admite open o closed (recibido: {{value}}).',
    'status aceita open ou closed (recebido: {{value}}).',
    'status takes open or closed (got: {{value}}).',
    'status accepte open ou closed (reçu : {{value}}).',
  ),
  o311FormEncoded: l(
    'Envíe el formulario como application/x-www-form-urlencoded.',
    'Envie o formulário como application/x-www-form-urlencoded.',
    'Send the form as application/x-www-form-urlencoded.',
    'Envoyez le formulaire en application/x-www-form-urlencoded.',
  ),
  o311Key: l(
    'Falta api_key o no es una clave válida de este municipio.',
    'api_key ausente ou não é uma chave válida deste município.',
    'api_key is missing or is not a valid key of this municipality.',
    "api_key est absente ou n'est pas une clé valide de cette municipalité.",
  ),
  o311Required: l('Falta {{name}}.', 'Falta {{name}}.', '{{name}} is required.', '{{name}} est obligatoire.'),
  o311Location: l(
    'Indique la ubicación: lat y long, o address_string.',
    'Informe a localização: lat e long, ou address_string.',
    'Give the location: lat and long, or address_string.',
    "Indiquez l'emplacement : lat et long, ou address_string.",
  ),
  o311MediaUrl: l(
    'media_url debe ser una dirección http(s).',
    'media_url deve ser um endereço http(s).',
    'media_url must be an http(s) address.',
    'media_url doit être une adresse http(s).',
  ),
  o311NotFound: l('No encontrado.', 'Não encontrado.', 'Not found.', 'Introuvable.'),
  o311KeyService: l(
    'Pida una clave a la administración municipal (MuniServi → Claves Open311).',
    'Peça uma chave à administração municipal (MuniServi → Chaves Open311).',
    'Ask the municipal administration for a key (MuniServi → Open311 keys).',
    "Demandez une clé à l'administration municipale (MuniServi → Clés Open311).",
  ),
  badBody: l(
    'El cuerpo de la solicitud no se pudo leer: envíe JSON, o multipart/form-data con una parte «data» en JSON.',
    'O corpo da solicitação não pôde ser lido: envie JSON, ou multipart/form-data com uma parte «data» em JSON.',
    'The request body could not be read: send JSON, or multipart/form-data with a JSON "data" part.',
    'Le corps de la requête est illisible : envoyez du JSON, ou du multipart/form-data avec une partie « data » en JSON.',
  ),
  unknownService: l(
    'No existe el servicio «{{service}}» en {{municipality}}.',
    'Não existe o serviço «{{service}}» em {{municipality}}.',
    'There is no service "{{service}}" in {{municipality}}.',
    "Il n'existe pas de service « {{service}} » à {{municipality}}.",
  ),
  inactiveService: l(
    'El servicio «{{service}}» no recibe solicitudes en este momento.',
    'O serviço «{{service}}» não recebe solicitações neste momento.',
    'The service "{{service}}" is not taking requests at the moment.',
    "Le service « {{service}} » ne reçoit pas de demandes pour l'instant.",
  ),
  invalidAnswers: l(
    'Revise estos campos: {{fields}}',
    'Revise estes campos: {{fields}}',
    'Please check these fields: {{fields}}',
    'Veuillez vérifier ces champs : {{fields}}',
  ),
  required: l(
    'Este campo es obligatorio.',
    'Este campo é obrigatório.',
    'This field is required.',
    'Ce champ est obligatoire.',
  ),
  unknownField: l(
    'Este formulario no tiene el campo «{{field}}».',
    'Este formulário não tem o campo «{{field}}».',
    'This form has no field "{{field}}".',
    "Ce formulaire n'a pas de champ « {{field}} ».",
  ),
  notText: l('Debe ser un texto.', 'Deve ser um texto.', 'Must be text.', 'Doit être un texte.'),
  tooShort: l(
    'Debe tener al menos {{min}} caracteres.',
    'Deve ter pelo menos {{min}} caracteres.',
    'Must be at least {{min}} characters long.',
    'Doit comporter au moins {{min}} caractères.',
  ),
  tooLong: l(
    'Debe tener como máximo {{max}} caracteres.',
    'Deve ter no máximo {{max}} caracteres.',
    'Must be at most {{max}} characters long.',
    'Doit comporter au plus {{max}} caractères.',
  ),
  notNumber: l('Debe ser un número.', 'Deve ser um número.', 'Must be a number.', 'Doit être un nombre.'),
  belowMin: l(
    'Debe ser al menos {{min}}.',
    'Deve ser pelo menos {{min}}.',
    'Must be at least {{min}}.',
    'Doit être au moins {{min}}.',
  ),
  aboveMax: l(
    'Debe ser como máximo {{max}}.',
    'Deve ser no máximo {{max}}.',
    'Must be at most {{max}}.',
    'Doit être au plus {{max}}.',
  ),
  notDate: l(
    'Debe ser una fecha AAAA-MM-DD.',
    'Deve ser uma data AAAA-MM-DD.',
    'Must be a date as YYYY-MM-DD.',
    'Doit être une date AAAA-MM-JJ.',
  ),
  notEmail: l(
    'Debe ser una dirección de correo válida.',
    'Deve ser um endereço de e-mail válido.',
    'Must be a valid email address.',
    'Doit être une adresse électronique valide.',
  ),
  notPhone: l(
    'Debe ser un número de teléfono (dígitos, espacios, +, -, paréntesis).',
    'Deve ser um número de telefone (dígitos, espaços, +, -, parênteses).',
    'Must be a phone number (digits, spaces, +, -, brackets).',
    'Doit être un numéro de téléphone (chiffres, espaces, +, -, parenthèses).',
  ),
  notOption: l(
    '«{{value}}» no es una opción; las opciones son: {{options}}.',
    '«{{value}}» não é uma opção; as opções são: {{options}}.',
    '"{{value}}" is not an option; the options are: {{options}}.',
    "« {{value}} » n'est pas une option ; les options sont : {{options}}.",
  ),
  notList: l(
    'Debe ser una lista de opciones.',
    'Deve ser uma lista de opções.',
    'Must be a list of options.',
    "Doit être une liste d'options.",
  ),
  tooFewChoices: l(
    'Elija al menos {{min}}.',
    'Escolha pelo menos {{min}}.',
    'Choose at least {{min}}.',
    'Choisissez-en au moins {{min}}.',
  ),
  tooManyChoices: l(
    'Elija como máximo {{max}}.',
    'Escolha no máximo {{max}}.',
    'Choose at most {{max}}.',
    'Choisissez-en au plus {{max}}.',
  ),
  notBoolean: l('Debe ser sí o no.', 'Deve ser sim ou não.', 'Must be yes or no.', 'Doit être oui ou non.'),
  notLocation: l(
    'Debe ser una ubicación con latitud (−90 a 90) y longitud (−180 a 180), o una dirección.',
    'Deve ser uma localização com latitude (−90 a 90) e longitude (−180 a 180), ou um endereço.',
    'Must be a location with latitude (−90 to 90) and longitude (−180 to 180), or an address.',
    'Doit être un emplacement avec latitude (−90 à 90) et longitude (−180 à 180), ou une adresse.',
  ),
  fileExpected: l(
    'Adjunte el archivo en este campo (no un texto).',
    'Anexe o arquivo neste campo (não um texto).',
    'Attach the file in this field (not text).',
    'Joignez le fichier dans ce champ (pas un texte).',
  ),
  fileNotField: l(
    'El campo «{{field}}» no admite archivos.',
    'O campo «{{field}}» não aceita arquivos.',
    'The field "{{field}}" does not take files.',
    "Le champ « {{field}} » n'accepte pas de fichiers.",
  ),
  fileTooLarge: l(
    'El archivo «{{name}}» pesa {{size}} MB; el máximo es {{max}} MB.',
    'O arquivo «{{name}}» tem {{size}} MB; o máximo é {{max}} MB.',
    'The file "{{name}}" is {{size}} MB; the limit is {{max}} MB.',
    'Le fichier « {{name}} » fait {{size}} Mo ; le maximum est {{max}} Mo.',
  ),
  fileType: l(
    'El archivo «{{name}}» es de tipo {{type}}; se admiten PDF, imágenes (JPEG, PNG, WebP) y documentos de oficina.',
    'O arquivo «{{name}}» é do tipo {{type}}; são aceitos PDF, imagens (JPEG, PNG, WebP) e documentos de escritório.',
    'The file "{{name}}" is of type {{type}}; PDF, images (JPEG, PNG, WebP) and office documents are accepted.',
    'Le fichier « {{name}} » est de type {{type}} ; sont acceptés PDF, images (JPEG, PNG, WebP) et documents bureautiques.',
  ),
  fileUnreadable: l(
    'El archivo «{{name}}» no se pudo leer (base64 inválido o vacío).',
    'O arquivo «{{name}}» não pôde ser lido (base64 inválido ou vazio).',
    'The file "{{name}}" could not be read (invalid or empty base64).',
    'Le fichier « {{name}} » est illisible (base64 invalide ou vide).',
  ),
  tooManyFiles: l(
    'Como máximo {{max}} archivos por campo.',
    'No máximo {{max}} arquivos por campo.',
    'At most {{max}} files per field.',
    'Au plus {{max}} fichiers par champ.',
  ),
  requesterNeeded: l(
    'Indique su nombre y correo, o inicie sesión.',
    'Informe seu nome e e-mail, ou entre na sua conta.',
    'Give your name and email, or log in.',
    'Indiquez votre nom et votre courriel, ou connectez-vous.',
  ),
  descriptionTooLong: l(
    'La descripción admite como máximo 4000 caracteres.',
    'A descrição admite no máximo 4000 caracteres.',
    'The description takes at most 4000 characters.',
    'La description accepte au plus 4000 caractères.',
  ),
  notFoundRequest: l(
    'No encontramos una solicitud con ese código y clave de seguimiento.',
    'Não encontramos uma solicitação com esse código e chave de acompanhamento.',
    'We found no request with that code and tracking key.',
    "Nous n'avons trouvé aucune demande avec ce code et cette clé de suivi.",
  ),
  tooManyUses: l(
    'Demasiadas consultas de la solicitud {{code}}. Inténtelo de nuevo en {{minutes}} minutos.',
    'Consultas demais da solicitação {{code}}. Tente novamente em {{minutes}} minutos.',
    'Too many look-ups of request {{code}}. Try again in {{minutes}} minutes.',
    'Trop de consultations de la demande {{code}}. Réessayez dans {{minutes}} minutes.',
  ),
  notAwaitingAnswer: l(
    'La solicitud {{code}} no está esperando información suya (estado: {{status}}).',
    'A solicitação {{code}} não está aguardando informações suas (estado: {{status}}).',
    'Request {{code}} is not waiting for information from you (status: {{status}}).',
    "La demande {{code}} n'attend pas d'information de votre part (état : {{status}}).",
  ),
  emptyMessage: l('Escriba su respuesta.', 'Escreva sua resposta.', 'Write your answer.', 'Écrivez votre réponse.'),
  notClosed: l(
    'Solo se puede calificar una solicitud cerrada; {{code}} está «{{status}}».',
    'Só é possível avaliar uma solicitação encerrada; {{code}} está «{{status}}».',
    'Only a closed request can be rated; {{code}} is "{{status}}".',
    'Seule une demande clôturée peut être évaluée ; {{code}} est « {{status}} ».',
  ),
  alreadyRated: l(
    'La solicitud {{code}} ya fue calificada.',
    'A solicitação {{code}} já foi avaliada.',
    'Request {{code}} has already been rated.',
    'La demande {{code}} a déjà été évaluée.',
  ),
  badScore: l(
    'La calificación es un número entero de 1 a 5.',
    'A avaliação é um número inteiro de 1 a 5.',
    'The rating is a whole number from 1 to 5.',
    "L'évaluation est un nombre entier de 1 à 5.",
  ),
  loginNeeded: l(
    'Inicie sesión como persona para ver sus solicitudes.',
    'Entre como pessoa para ver suas solicitações.',
    'Log in as a person to see your requests.',
    'Connectez-vous en tant que personne pour voir vos demandes.',
  ),
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

const link = (label: Localized) => ({ label, url: '{{url}}' })

export const templates = {
  acknowledgement: defineTemplate('muniservi-acknowledgement', {
    subject: l(
      'Recibimos su solicitud {{code}}',
      'Recebemos sua solicitação {{code}}',
      'We received your request {{code}}',
      'Nous avons reçu votre demande {{code}}',
    ),
    body: l(
      'Hola, {{name}}:\n\n{{municipality}} recibió su solicitud de «{{service}}». Su código de seguimiento es {{code}} y su clave de seguimiento, {{token}}: guarde este correo y no comparta la clave, que permite ver y responder la solicitud.\n\nPlazo máximo de respuesta: {{due}}.',
      'Olá, {{name}}:\n\n{{municipality}} recebeu sua solicitação de «{{service}}». Seu código de acompanhamento é {{code}} e sua chave de acompanhamento, {{token}}: guarde este e-mail e não compartilhe a chave, que permite ver e responder a solicitação.\n\nPrazo máximo de resposta: {{due}}.',
      'Hello {{name}},\n\n{{municipality}} received your request for "{{service}}". Your tracking code is {{code}} and your tracking key is {{token}}: keep this email and do not share the key, which lets whoever holds it see and answer the request.\n\nAnswer due by: {{due}}.',
      'Bonjour {{name}},\n\n{{municipality}} a reçu votre demande « {{service}} ». Votre code de suivi est {{code}} et votre clé de suivi {{token}} : gardez ce courriel et ne partagez pas la clé, qui permet de voir la demande et d’y répondre.\n\nRéponse au plus tard le : {{due}}.',
    ),
    action: link(l('Seguir mi solicitud', 'Acompanhar minha solicitação', 'Track my request', 'Suivre ma demande')),
  }),
  statusChanged: defineTemplate('muniservi-status', {
    subject: l(
      'Su solicitud {{code}}: {{status}}',
      'Sua solicitação {{code}}: {{status}}',
      'Your request {{code}}: {{status}}',
      'Votre demande {{code}} : {{status}}',
    ),
    body: l(
      'Hola, {{name}}:\n\nSu solicitud {{code}} de «{{service}}» pasó a «{{status}}».\n\n{{note}}',
      'Olá, {{name}}:\n\nSua solicitação {{code}} de «{{service}}» passou para «{{status}}».\n\n{{note}}',
      'Hello {{name}},\n\nYour request {{code}} for "{{service}}" is now "{{status}}".\n\n{{note}}',
      'Bonjour {{name}},\n\nVotre demande {{code}} « {{service}} » est maintenant « {{status}} ».\n\n{{note}}',
    ),
    action: link(l('Ver mi solicitud', 'Ver minha solicitação', 'See my request', 'Voir ma demande')),
  }),
  needsInformation: defineTemplate('muniservi-needs-information', {
    subject: l(
      'Necesitamos información para su solicitud {{code}}',
      'Precisamos de informações para sua solicitação {{code}}',
      'We need information for your request {{code}}',
      "Nous avons besoin d'informations pour votre demande {{code}}",
    ),
    body: l(
      'Hola, {{name}}:\n\nPara continuar con su solicitud {{code}} de «{{service}}» necesitamos lo siguiente:\n\n{{question}}\n\nResponda desde la página de seguimiento.',
      'Olá, {{name}}:\n\nPara continuar com sua solicitação {{code}} de «{{service}}» precisamos do seguinte:\n\n{{question}}\n\nResponda pela página de acompanhamento.',
      'Hello {{name}},\n\nTo go on with your request {{code}} for "{{service}}" we need the following:\n\n{{question}}\n\nPlease answer from the tracking page.',
      'Bonjour {{name}},\n\nPour poursuivre votre demande {{code}} « {{service}} », nous avons besoin de ceci :\n\n{{question}}\n\nRépondez depuis la page de suivi.',
    ),
    action: link(l('Responder', 'Responder', 'Answer', 'Répondre')),
  }),
  closed: defineTemplate('muniservi-closed', {
    subject: l(
      'Su solicitud {{code}} está cerrada: ¿cómo le fue?',
      'Sua solicitação {{code}} foi encerrada: como foi?',
      'Your request {{code}} is closed: how did we do?',
      'Votre demande {{code}} est clôturée : comment cela s’est-il passé ?',
    ),
    body: l(
      'Hola, {{name}}:\n\nCerramos su solicitud {{code}} de «{{service}}».\n\nCalifique la atención de 1 a 5: nos ayuda a mejorar.',
      'Olá, {{name}}:\n\nEncerramos sua solicitação {{code}} de «{{service}}».\n\nAvalie o atendimento de 1 a 5: isso nos ajuda a melhorar.',
      'Hello {{name}},\n\nWe closed your request {{code}} for "{{service}}".\n\nPlease rate the service from 1 to 5: it helps us improve.',
      'Bonjour {{name}},\n\nNous avons clôturé votre demande {{code}} « {{service}} ».\n\nÉvaluez le service de 1 à 5 : cela nous aide à nous améliorer.',
    ),
    action: link(l('Calificar', 'Avaliar', 'Rate the service', 'Évaluer')),
  }),
  overdue: defineTemplate('muniservi-overdue', {
    subject: l(
      'Solicitud vencida: {{code}}',
      'Solicitação vencida: {{code}}',
      'Overdue request: {{code}}',
      'Demande en retard : {{code}}',
    ),
    body: l(
      'La solicitud {{code}} de «{{service}}» venció el {{due}} y sigue en estado «{{status}}».\n\nResponsable asignado: {{assignee}}.',
      'A solicitação {{code}} de «{{service}}» venceu em {{due}} e continua no estado «{{status}}».\n\nResponsável atribuído: {{assignee}}.',
      'Request {{code}} for "{{service}}" was due on {{due}} and is still "{{status}}".\n\nAssigned to: {{assignee}}.',
      'La demande {{code}} « {{service}} » était due le {{due}} et est toujours « {{status}} ».\n\nAssignée à : {{assignee}}.',
    ),
    action: link(
      l('Abrir en la administración', 'Abrir na administração', 'Open in the admin', "Ouvrir dans l'administration"),
    ),
  }),
}
