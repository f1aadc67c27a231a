'use client'
/**
 * Hides, in the admin navigation and on the home page's cards, the collections of modules that the
 * selected municipality has switched off. (Access control already refuses them; this keeps the menu honest.)
 */
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import React, { useEffect, useState } from 'react'

type Props = { modules: { slug: string; collections: string[] }[] }

export const ModuleNavFilter: React.FC<Props> = ({ modules }) => {
  const { selectedTenantID } = useTenantSelection()
  const [enabled, setEnabled] = useState<string[] | null>(null)

  useEffect(() => {
    if (selectedTenantID === undefined || selectedTenantID === null || selectedTenantID === '') {
      setEnabled(null)
      return
    }
    let live = true
    fetch(`/api/municipalities/${selectedTenantID}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: { modules?: string[] } | null) => live && setEnabled(doc ? (doc.modules ?? []) : null))
      .catch(() => live && setEnabled(null))
    return () => {
      live = false
    }
  }, [selectedTenantID])

  if (!enabled) return null
  const hidden = modules.filter((m) => !enabled.includes(m.slug)).flatMap((m) => m.collections)
  if (!hidden.length) return null
  // The menu's links, and on the home page the module's group of cards (one group per module).
  const links = hidden.map((slug) => `#nav-${slug}`).join(', ')
  const cards = hidden.map((slug) => `#card-${slug}`).join(', ')
  return <style>{`${links}, .collections__group:has(${cards}) { display: none !important; }`}</style>
}
