/**
 * The census, as keyed hashes only (HMAC-SHA-256 with a platform secret): a municipal admin imports a
 * CSV of document numbers and birth dates (endpoints/census.ts); a person verifies by entering the
 * same data (`verifyResidence`). One person per census entry, one verification per person and
 * municipality, both held by unique indexes.
 */
import type { CollectionConfig } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { censusAccess, verificationAccess } from '../access/index'

export const CensusEntries: CollectionConfig = {
  slug: 'participa-census',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'CensusEntry', pluralName: 'CensusEntries' },
  typescript: { interface: 'CensusEntry' },
  labels: {
    singular: l('Entrada del padrón', 'Entrada do cadastro', 'Census entry', 'Entrée du recensement'),
    plural: l('Padrón (huellas)', 'Cadastro (impressões)', 'Census (hashes)', 'Recensement (empreintes)'),
  },
  admin: {
    defaultColumns: ['keyHash', 'createdAt'],
    // The import (upload, review, progress), above the list.
    components: { beforeListTable: ['/src/plugins/muniparticipa/admin/CensusImport#CensusImport'] },
  },
  access: censusAccess,
  fields: [
    {
      name: 'keyHash',
      type: 'text',
      required: true,
      admin: { readOnly: true },
      label: l('Huella (hash)', 'Impressão (hash)', 'Hash', 'Empreinte (hash)'),
    },
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}

export const ResidenceVerifications: CollectionConfig = {
  slug: 'participa-residence-checks',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ResidenceVerification', pluralName: 'ResidenceVerifications' },
  typescript: { interface: 'ResidenceVerification' },
  labels: {
    singular: l('Residente verificado', 'Residente verificado', 'Verified resident', 'Résident vérifié'),
    plural: l('Residentes verificados', 'Residentes verificados', 'Verified residents', 'Résidents vérifiés'),
  },
  admin: { defaultColumns: ['person', 'createdAt'] },
  access: verificationAccess,
  fields: [
    {
      name: 'person',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      required: true,
      index: true,
      label: l('Persona', 'Pessoa', 'Person', 'Personne'),
    },
    // Not readable: which entry a person matched would tell their document number to whoever holds the key.
    {
      name: 'entry',
      type: 'relationship',
      relationTo: 'participa-census',
      required: true,
      access: { read: () => false },
      label: l('Entrada del padrón', 'Entrada do cadastro', 'Census entry', 'Entrée du recensement'),
    },
    { name: 'personKey', type: 'text', unique: true, admin: { hidden: true } },
    { name: 'entryKey', type: 'text', unique: true, access: { read: () => false }, admin: { hidden: true } },
  ],
}
