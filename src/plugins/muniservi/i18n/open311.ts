/** MuniServi's Open311 GeoReport v2 messages: bad queries, the form-encoded POST, API keys. */
import { l, type Localized } from '@e-muni/sdk'

export const open311Messages: Record<string, Localized> = {
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
}
