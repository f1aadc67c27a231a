/** MuniParticipa's messages about residence verification and the census import. */
import { l, type Localized } from '@e-muni/sdk'

export const censusMessages: Record<string, Localized> = {
  badDocument: l(
    'de 3 a 20 letras o números',
    'de 3 a 20 letras ou números',
    '3 to 20 letters or digits',
    'de 3 à 20 lettres ou chiffres',
  ),
  badBirthDate: l('una fecha AAAA-MM-DD', 'uma data AAAA-MM-DD', 'a date YYYY-MM-DD', 'une date AAAA-MM-JJ'),
  notInCensus: l(
    'Esos datos no coinciden con el padrón de {{municipality}}.',
    'Esses dados não correspondem ao cadastro de {{municipality}}.',
    'Those details do not match the census of {{municipality}}.',
    'Ces données ne correspondent pas au recensement de {{municipality}}.',
  ),
  entryTaken: l(
    'Esa entrada del padrón ya verificó a otra cuenta. Si es un error, contacte al municipio.',
    'Essa entrada do cadastro já verificou outra conta. Se for um erro, contate o município.',
    'That census entry has already verified another account. If this is a mistake, contact the municipality.',
    'Cette entrée du recensement a déjà vérifié un autre compte. En cas d’erreur, contactez la municipalité.',
  ),
  censusAdminOnly: l(
    'Solo la administración municipal importa el padrón.',
    'Só a administração municipal importa o cadastro.',
    'Only the municipal administration imports the census.',
    "Seule l'administration municipale importe le recensement.",
  ),
  censusLineDocument: l(
    'Línea {{line}}: documento «{{value}}» no válido (de 3 a 20 letras o números).',
    'Linha {{line}}: documento «{{value}}» inválido (de 3 a 20 letras ou números).',
    'Line {{line}}: document «{{value}}» is not valid (3 to 20 letters or digits).',
    'Ligne {{line}} : document « {{value}} » non valide (3 à 20 lettres ou chiffres).',
  ),
  censusLineBirthDate: l(
    'Línea {{line}}: fecha de nacimiento «{{value}}» no válida (AAAA-MM-DD o DD/MM/AAAA).',
    'Linha {{line}}: data de nascimento «{{value}}» inválida (AAAA-MM-DD ou DD/MM/AAAA).',
    'Line {{line}}: birth date «{{value}}» is not valid (YYYY-MM-DD or DD/MM/YYYY).',
    'Ligne {{line}} : date de naissance « {{value}} » non valide (AAAA-MM-JJ ou JJ/MM/AAAA).',
  ),
  censusHasErrors: l(
    'El padrón tiene {{count}} líneas con errores: no se importó nada. Corríjalas y vuelva a enviarlo.',
    'O cadastro tem {{count}} linhas com erros: nada foi importado. Corrija-as e envie novamente.',
    'The census has {{count}} lines with errors: nothing was imported. Correct them and send it again.',
    "Le recensement a {{count}} lignes en erreur : rien n'a été importé. Corrigez-les et renvoyez-le.",
  ),
  censusEmpty: l(
    'El archivo no tiene líneas de padrón (documento y fecha de nacimiento).',
    'O arquivo não tem linhas de cadastro (documento e data de nascimento).',
    'The file has no census lines (document and birth date).',
    "Le fichier n'a aucune ligne de recensement (document et date de naissance).",
  ),
  censusBody: l(
    'Envíe el padrón como text/csv, o como multipart/form-data con un archivo «file».',
    'Envie o cadastro como text/csv, ou como multipart/form-data com um arquivo «file».',
    'Send the census as text/csv, or as multipart/form-data with a "file".',
    'Envoyez le recensement en text/csv, ou en multipart/form-data avec un fichier « file ».',
  ),
}
