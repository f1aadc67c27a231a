/**
 * e-Muni's mark in the admin: on the login page (Logo) and in the navigation (Icon). Inline SVG and
 * text: nothing is fetched.
 */
import React from 'react'

const Mark: React.FC<{ size: number }> = ({ size }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="7" fill="#0b5cad" />
    <path d="M6 25V13l10-6 10 6v12h-6v-7h-8v7z" fill="#ffffff" />
  </svg>
)

export const Logo: React.FC = () => (
  <div className="emuni-logo" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
    <Mark size={48} />
    <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
      <strong style={{ fontSize: 28 }}>e-Muni</strong>
      <span style={{ fontSize: 14 }}>Portal · Servicios · Compras · Participación</span>
    </span>
  </div>
)

export const Icon: React.FC = () => <Mark size={24} />
