/** Payload and every @payloadcms package are pinned to one exact version, never below 3.90.1 (see ARCHITECTURE). */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const deps: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies }
const payloadPackages = Object.keys(deps).filter((name) => name === 'payload' || name.startsWith('@payloadcms/'))

const atLeast = (version: string, minimum: string) => {
  const [a, b] = [version, minimum].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
  return true
}

describe('Payload version pin', () => {
  it('pins payload and every @payloadcms package to the same exact version ≥ 3.90.1', () => {
    expect(payloadPackages).toEqual(
      expect.arrayContaining([
        'payload',
        '@payloadcms/next',
        '@payloadcms/richtext-lexical',
        '@payloadcms/db-sqlite',
        '@payloadcms/db-postgres',
        '@payloadcms/db-mongodb',
        '@payloadcms/plugin-multi-tenant',
        '@payloadcms/email-nodemailer',
        '@payloadcms/translations',
      ]),
    )
    const versions = new Set(payloadPackages.map((name) => deps[name]))
    expect(versions.size).toBe(1)
    const [version] = [...versions]
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(atLeast(version, '3.90.1')).toBe(true)
  })

  it('has exactly that version installed', () => {
    for (const name of payloadPackages) {
      const installed = JSON.parse(
        fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
      ).version
      expect(`${name}@${installed}`).toBe(`${name}@${deps[name]}`)
    }
  })
})
