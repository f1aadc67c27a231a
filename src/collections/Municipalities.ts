import type { CollectionBeforeOperationHook, CollectionConfig, Field, Validate } from 'payload'
import { APIError } from 'payload'

import { inTenantsWithRole, isPlatformAdmin, MUNICIPAL_ADMIN, platformAdminOnly } from '../access/roles'
import { l, LANGUAGES, requestLanguage, tr, type MessageKey } from '../i18n/index'
import { isCountryCode, isCurrencyCode, isHexColour, isHostName, isTimeZone } from '../lib/iso'
import type { EmuniModules } from '../plugins/sdk/compose'
import { SETTINGS_FIELD, settingsField } from '../plugins/sdk/settings'
import { SLUG_PATTERN } from './fields'
import { personal } from '../plugins/sdk/privacy'

/** A validator from a predicate and the message key for a rejected value. */
const check =
  (ok: (value: unknown) => boolean, key: MessageKey, optional = false): Validate =>
  (value, { req }) =>
    (optional && (value === null || value === undefined || value === '')) || ok(value)
      ? true
      : tr(req, key, { value: String(value) })

/**
 * Domains are unique across municipalities (also a unique index). Checked before writing, so a
 * taken domain is refused with its owner's name and nothing of the update is kept.
 */
const domainsAreFree: Validate = async (value, { req, id }) => {
  const domains = (Array.isArray(value) ? value : [])
    .map((row: { domain?: unknown }) => (typeof row?.domain === 'string' ? row.domain.trim().toLowerCase() : ''))
    .filter(Boolean)
  const repeated = domains.find((d, i) => domains.indexOf(d) !== i)
  if (repeated) return tr(req, 'domainRepeated', { value: repeated })
  if (!domains.length) return true
  const { docs } = await req.payload.find({
    collection: 'municipalities',
    where: { and: [{ 'domains.domain': { in: domains } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const owner = docs[0] as { name: string; domains?: { domain: string }[] } | undefined
  if (!owner) return true
  const taken = owner.domains?.find((d) => domains.includes(d.domain))?.domain ?? domains[0]
  return tr(req, 'domainTaken', { value: taken, municipality: owner.name })
}

/**
 * The municipality's form in two tabs: its details, and its modules — switched on and off, with their
 * settings, on a tab of their own, not at the end of a long form. (Unnamed tabs: the document's shape does
 * not change.)
 */
const MODULE_FIELDS = ['modules', SETTINGS_FIELD, 'enabledModules']
const withModulesTab = (collection: CollectionConfig): CollectionConfig => {
  const isModuleField = (field: Field) => 'name' in field && MODULE_FIELDS.includes(field.name)
  return {
    ...collection,
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: l('Datos del municipio', 'Dados do município', 'Municipality', 'Municipalité'),
            fields: collection.fields.filter((field) => !isModuleField(field)),
          },
          {
            label: l('Módulos', 'Módulos', 'Modules', 'Modules'),
            fields: collection.fields.filter(isModuleField),
          },
        ],
      },
    ],
  }
}

const domainList = (value: unknown): string =>
  JSON.stringify(
    (Array.isArray(value) ? value : [value])
      .map((row: { domain?: unknown } | null) =>
        row && typeof row === 'object' && typeof row.domain === 'string' ? row.domain.trim().toLowerCase() : '?',
      )
      .sort(),
  )

/**
 * Domains are a platform decision (issue 21): anyone but the platform admin who asks to change them is
 * refused with a 403 that says so (field access alone would drop the change silently). Sending them back
 * unchanged (the admin's form does) is not a change.
 */
const domainsByPlatformAdmin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if (operation !== 'update' || isPlatformAdmin(req.user) || !data || typeof data !== 'object' || !('domains' in data))
    return args
  const id = (args as { id?: number | string }).id
  const current =
    id === undefined
      ? undefined
      : await req.payload
          .findByID({ collection: 'municipalities', id, depth: 0, overrideAccess: true, req, disableErrors: true })
          .catch(() => null)
  const wanted = (data as { domains?: unknown }).domains
  if (current && domainList(current.domains ?? []) === domainList(wanted ?? [])) return args
  throw new APIError(tr(req, 'domainsByPlatformAdmin'), 403, undefined, true)
}

/**
 * The tenants collection of the multi-tenant plugin: one document per municipality, with the switches of
 * the installed modules (`modules`, composed in src/modules.ts).
 */
export const municipalities = (installed: EmuniModules): CollectionConfig =>
  withModulesTab({
    slug: 'municipalities',
    labels: {
      singular: l('Municipio', 'Município', 'Municipality', 'Municipalité'),
      plural: l('Municipios', 'Municípios', 'Municipalities', 'Municipalités'),
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'country', 'defaultLocale'],
      group: l('Plataforma', 'Plataforma', 'Platform', 'Plateforme'),
    },
    access: {
      // The portal reads municipalities anonymously (name, slug, theme, enabled modules).
      read: () => true,
      create: platformAdminOnly,
      delete: platformAdminOnly,
      update: ({ req }) => (isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, [MUNICIPAL_ADMIN], 'id')),
    },
    hooks: { beforeOperation: [domainsByPlatformAdmin] },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        label: l('Nombre', 'Nome', 'Name', 'Nom'),
        custom: personal(false),
      },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: l('Identificador', 'Identificador', 'Slug', 'Identifiant'),
        access: { update: ({ req }) => isPlatformAdmin(req.user) },
        validate: (value: unknown, { req }: { req: Parameters<typeof tr>[0] }) =>
          typeof value === 'string' && SLUG_PATTERN.test(value) ? true : tr(req, 'invalidSlug'),
      },
      {
        name: 'domains',
        type: 'array',
        validate: domainsAreFree,
        // A domain is a platform decision (issue 21): the platform admin adds or changes it, after checking
        // that the municipality controls it; the change is audited (the municipalities collection is).
        access: { create: ({ req }) => isPlatformAdmin(req.user), update: ({ req }) => isPlatformAdmin(req.user) },
        label: l('Dominios', 'Domínios', 'Domains', 'Domaines'),
        labels: {
          singular: l('Dominio', 'Domínio', 'Domain', 'Domaine'),
          plural: l('Dominios', 'Domínios', 'Domains', 'Domaines'),
        },
        admin: {
          description: l(
            'Nombres de host que sirven el portal de este municipio.',
            'Nomes de host que servem o portal deste município.',
            "Host names that serve this municipality's portal.",
            'Noms d’hôte qui servent le portail de cette municipalité.',
          ),
        },
        fields: [
          {
            name: 'domain',
            type: 'text',
            required: true,
            unique: true,
            index: true,
            label: l('Dominio', 'Domínio', 'Domain', 'Domaine'),
            hooks: {
              beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)],
            },
            validate: check(isHostName, 'invalidDomain'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'country',
            type: 'text',
            required: true,
            label: l('País (ISO 3166-1)', 'País (ISO 3166-1)', 'Country (ISO 3166-1)', 'Pays (ISO 3166-1)'),
            hooks: {
              beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
            },
            validate: check(isCountryCode, 'invalidCountry'),
          },
          {
            name: 'defaultLocale',
            type: 'select',
            required: true,
            defaultValue: 'es',
            options: LANGUAGES.map((code) => ({ value: code, label: code })),
            label: l('Idioma por defecto', 'Idioma padrão', 'Default language', 'Langue par défaut'),
          },
          {
            name: 'timezone',
            type: 'text',
            required: true,
            defaultValue: 'America/Montevideo',
            label: l('Zona horaria', 'Fuso horário', 'Time zone', 'Fuseau horaire'),
            validate: check(isTimeZone, 'invalidTimezone'),
          },
          {
            name: 'currency',
            type: 'text',
            required: true,
            label: l('Moneda (ISO 4217)', 'Moeda (ISO 4217)', 'Currency (ISO 4217)', 'Devise (ISO 4217)'),
            hooks: {
              beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
            },
            validate: check(isCurrencyCode, 'invalidCurrency'),
          },
        ],
      },
      { name: 'logo', type: 'upload', relationTo: 'media', label: l('Logotipo', 'Logotipo', 'Logo', 'Logo') },
      {
        name: 'theme',
        type: 'group',
        label: l('Tema', 'Tema', 'Theme', 'Thème'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'primaryColor',
                type: 'text',
                defaultValue: '#0b5394',
                label: l('Color principal', 'Cor principal', 'Primary colour', 'Couleur principale'),
                validate: check(isHexColour, 'invalidColor', true),
              },
              {
                name: 'secondaryColor',
                type: 'text',
                defaultValue: '#f1c232',
                label: l('Color secundario', 'Cor secundária', 'Secondary colour', 'Couleur secondaire'),
                validate: check(isHexColour, 'invalidColor', true),
              },
            ],
          },
        ],
      },
      {
        name: 'contact',
        custom: personal(false),
        type: 'group',
        label: l('Contacto', 'Contato', 'Contact', 'Contact'),
        fields: [
          { name: 'email', type: 'email', label: l('Correo', 'E-mail', 'Email', 'Courriel') },
          { name: 'phone', type: 'text', label: l('Teléfono', 'Telefone', 'Phone', 'Téléphone') },
          { name: 'address', type: 'textarea', label: l('Dirección', 'Endereço', 'Address', 'Adresse') },
          { name: 'website', type: 'text', label: l('Sitio web', 'Site', 'Website', 'Site web') },
        ],
      },
      {
        // Business-day deadlines (service requests, procurement) skip weekends and these days.
        name: 'holidays',
        type: 'array',
        label: l('Feriados', 'Feriados', 'Public holidays', 'Jours fériés'),
        labels: {
          singular: l('Feriado', 'Feriado', 'Holiday', 'Jour férié'),
          plural: l('Feriados', 'Feriados', 'Holidays', 'Jours fériés'),
        },
        admin: { initCollapsed: true },
        fields: [
          {
            name: 'date',
            type: 'date',
            required: true,
            label: l('Fecha', 'Data', 'Date', 'Date'),
            admin: { date: { pickerAppearance: 'dayOnly' } },
          },
          { name: 'name', type: 'text', label: l('Nombre', 'Nome', 'Name', 'Nom'), custom: personal(false) },
        ],
      },
      {
        name: 'modules',
        type: 'text',
        hasMany: true,
        admin: {
          components: {
            Field: {
              path: '/admin/ModuleSwitches#ModuleSwitches',
              clientProps: {
                modules: installed.modules.map(({ slug, label, description }) => ({ slug, label, description })),
                label: l('Módulos habilitados', 'Módulos habilitados', 'Enabled modules', 'Modules activés'),
                none: l(
                  'No hay módulos instalados.',
                  'Não há módulos instalados.',
                  'No modules are installed.',
                  "Aucun module n'est installé.",
                ),
              },
            },
          },
        },
        label: l('Módulos habilitados', 'Módulos habilitados', 'Enabled modules', 'Modules activés'),
        validate: (value: unknown, { req }: { req: Parameters<typeof tr>[0] }) => {
          for (const slug of Array.isArray(value) ? value : []) {
            if (!installed.slugs.includes(slug)) {
              const list = installed.slugs.join(', ') || tr(req, 'none')
              return tr(req, 'unknownModule', { value: String(slug), installed: list })
            }
          }
          return true
        },
      },
      // Each installed module's settings for this municipality (the manifests' `settings`).
      ...settingsField(installed),
      {
        // The enabled modules with their labels in the request's language (for the portal and GraphQL).
        name: 'enabledModules',
        type: 'array',
        virtual: true,
        admin: { hidden: true },
        fields: [
          { name: 'slug', type: 'text' },
          { name: 'label', type: 'text' },
        ],
        hooks: {
          afterRead: [
            ({ siblingData, req }) =>
              ((siblingData?.modules as string[] | undefined) ?? []).map((slug) => ({
                slug,
                label: installed.get(slug)?.label[requestLanguage(req)] ?? slug,
              })),
          ],
        },
      },
    ],
  })
