import '@/app/globals.css'

import type { ReactNode } from 'react'

export const metadata = { title: 'e-Muni' }

export default function PlatformLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>
        <main id="content" className="container">
          {children}
        </main>
      </body>
    </html>
  )
}
