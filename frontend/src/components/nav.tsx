'use client'
/** Navigation links that know the current page (aria-current) and the language switcher. */
import Link from 'next/link'
import { usePathname } from 'next/navigation'

export function NavLinks({
  label,
  items,
  base,
}: {
  label: string
  /** `module`: the module whose entry it is (data-module, for tests and themes). */
  items: { href: string; label: string; module?: string; lang?: string }[]
  base: string
}) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => {
          const current =
            item.href === base ? pathname === base : pathname === item.href || pathname.startsWith(item.href + '/')
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                data-module={item.module}
                lang={item.lang}
              >
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

export function LanguageSwitcher({
  label,
  languages,
  current,
  prefix,
}: {
  label: string
  languages: { code: string; name: string }[]
  current: string
  /** `/m/{slug}/` — the language is the next path segment. */
  prefix: string
}) {
  const pathname = usePathname()
  const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/^[a-z]{2}/, '') : ''
  return (
    <nav aria-label={label}>
      <ul>
        {languages.map((l) => (
          <li key={l.code}>
            <a
              href={`${prefix}${l.code}${rest}`}
              lang={l.code}
              hrefLang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
