'use client'
/**
 * Beside a date-and-time field: the time zone its time is shown and entered in (the browser's, as
 * Payload's date picker uses it), and the municipality's when they differ — "Hora de America/Montevideo
 * (GMT-3)". A deadline read without its time zone is a deadline misread.
 */
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useAdminLanguage } from '../src/plugins/sdk/admin'

type Lang = 'es' | 'pt' | 'en' | 'fr'
const T: Record<'shown' | 'municipality', Record<Lang, string>> = {
  shown: {
    es: 'Hora de {zone} ({offset})',
    pt: 'Horário de {zone} ({offset})',
    en: 'Time in {zone} ({offset})',
    fr: 'Heure de {zone} ({offset})',
  },
  municipality: {
    es: 'el municipio usa {zone} ({offset})',
    pt: 'o município usa {zone} ({offset})',
    en: 'the municipality uses {zone} ({offset})',
    fr: 'la municipalité utilise {zone} ({offset})',
  },
}

const offsetOf = (zone: string) => {
  try {
    return (
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    )
  } catch {
    return ''
  }
}
const fill = (s: string, zone: string) => s.replace('{zone}', zone).replace('{offset}', offsetOf(zone))

/** Each municipality's time zone, read once per page. */
const zones = new Map<string, Promise<string | null>>()
const zoneOf = (id: string) => {
  if (!zones.has(id))
    zones.set(
      id,
      fetch(`/api/municipalities/${encodeURIComponent(id)}?depth=0`, { credentials: 'include' })
        .then(async (res) => (res.ok ? (((await res.json()) as { timezone?: string }).timezone ?? null) : null))
        .catch(() => null),
    )
  return zones.get(id)!
}

export const TimeZoneNote: React.FC = () => {
  const lang = useAdminLanguage()
  const tenant = useFormFields(([fields]) => fields.tenant?.value) as unknown
  const { selectedTenantID } = useTenantSelection()
  const [browser, setBrowser] = useState<string>()
  const [municipal, setMunicipal] = useState<string | null>(null)
  useEffect(() => {
    setBrowser(Intl.DateTimeFormat().resolvedOptions().timeZone)
    const id =
      tenant && typeof tenant === 'object'
        ? String((tenant as { id: unknown }).id)
        : tenant
          ? String(tenant)
          : selectedTenantID
            ? String(selectedTenantID)
            : undefined
    if (!id) return
    let alive = true
    void zoneOf(id).then((zone) => alive && setMunicipal(zone))
    return () => {
      alive = false
    }
  }, [tenant, selectedTenantID])
  if (!browser) return null
  const differs = municipal && offsetOf(municipal) !== offsetOf(browser)
  return (
    <div className="field-description time-zone-note" data-time-zone={browser}>
      {fill(T.shown[lang], browser)}
      {differs ? ` — ${fill(T.municipality[lang], municipal)}` : ''}
    </div>
  )
}
