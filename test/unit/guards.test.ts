import { parse, specifiedRules, validate, buildSchema } from 'graphql'

import { dropAdminEchoes } from '../../src/hooks/adminSave'
import { languageFromHeader, message } from '../../src/i18n'
import { KEEP_IN_ADMIN_SAVE } from '../../src/plugins/sdk/workflow'
import { inspectGraphqlBody } from '../../src/lib/authGuards'

const graphqlAuthOperations = (b: Buffer, type?: string) => inspectGraphqlBody(b, type).ops
import { depthLimit } from '../../src/lib/graphqlDepth'
import { isCountryCode, isCurrencyCode, isHexColour, isHostName, isTimeZone } from '../../src/lib/iso'
import { DEV_SECRET, secretProblem } from '../../src/lib/secret'
import { passwordProblem } from '../../src/lib/passwordPolicy'
import { demoAccounts } from '../../src/seed/accounts'

const body = (query: string) => Buffer.from(JSON.stringify({ query }))

describe('GraphQL password-operation detection (for rate limits)', () => {
  it('finds login and password-reset mutations, aliased or batched', () => {
    expect([...graphqlAuthOperations(body('mutation { loginUser(email:"a", password:"b") { token } }'))]).toEqual([
      'login',
    ])
    expect([...graphqlAuthOperations(body('mutation { x: loginPerson(email:"a", password:"b") { token } }'))]).toEqual([
      'login',
    ])
    expect([...graphqlAuthOperations(body('mutation { forgotPasswordUser(email:"a") }'))]).toEqual(['passwordReset'])
    // Sending the verification email again emails as a reset does: the same limit (issue 22).
    expect([...graphqlAuthOperations(body('mutation { resendVerificationPerson(email:"a") }'))]).toEqual([
      'passwordReset',
    ])
    const batch = Buffer.from(
      JSON.stringify([
        { query: '{ Pages { docs { id } } }' },
        { query: 'mutation { loginUser(email:"a", password:"b") { token } }' },
      ]),
    )
    expect([...graphqlAuthOperations(batch)]).toEqual(['login'])
    expect([
      ...graphqlAuthOperations(
        Buffer.from('mutation { loginUser(email:"a", password:"b") { token } }'),
        'application/graphql',
      ),
    ]).toEqual(['login'])
  })

  it("counts modules' public submissions: submit…, ask… and register… mutations", () => {
    for (const m of [
      'submitRequest(municipality:"a", service:"b") { code }',
      'submitOffer(municipality:"a", call:"b", amount: 1) { id }',
      'x: askQuestion(municipality:"a", call:"b", question:"c") { id }',
      'registerMember(municipality:"a", name:"b", country:"UY", categories:[]) { id }',
    ])
      expect([...graphqlAuthOperations(body(`mutation { ${m} }`))]).toEqual(['submission'])
    expect(graphqlAuthOperations(body('mutation { withdrawOffer(municipality:"a", call:"b") { id } }')).size).toBe(0)
  })

  it('ignores queries, other mutations and bodies that are not GraphQL', () => {
    expect(graphqlAuthOperations(body('{ Municipalities { docs { name } } }')).size).toBe(0)
    expect(graphqlAuthOperations(body('mutation { createPage(data: {}) { id } }')).size).toBe(0)
  })

  it('names what is wrong with a malformed or too deep body', () => {
    expect(inspectGraphqlBody(Buffer.from('{not json')).error).toBe('The request body is not valid JSON.')
    expect(inspectGraphqlBody(Buffer.from('{"variables":{}}')).error).toBe(
      'The request body must hold a "query" string.',
    )
    expect(inspectGraphqlBody(body('mutation {')).error).toMatch(/^Syntax Error/)
    expect(inspectGraphqlBody(body('{ a { b { c } } }'), '', 2).error).toBe(
      'Query is nested 3 levels deep; the limit is 2.',
    )
    expect(inspectGraphqlBody(body('{ a { b { c } } }'), '', 3).error).toBeUndefined()
  })
})

describe('GraphQL depth limit', () => {
  const schema = buildSchema('type Node { child: Node, name: String } type Query { node: Node }')
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, depthLimit(3)]).map((e) => e.message)

  it('accepts queries up to the limit and refuses deeper ones, through fragments too', () => {
    expect(errors('{ node { child { name } } }')).toEqual([])
    expect(errors('{ node { child { child { name } } } }')).toEqual(['Query is nested 4 levels deep; the limit is 3.'])
    expect(errors('fragment F on Node { child { child { name } } } { node { ...F } }')).toEqual([
      'Query is nested 4 levels deep; the limit is 3.',
    ])
  })

  it('does not count introspection', () => {
    expect(errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([])
  })
})

describe('production secret', () => {
  it('refuses missing, development, short and low-entropy secrets', () => {
    expect(secretProblem(undefined)).toMatch(/not set/)
    expect(secretProblem(DEV_SECRET)).toMatch(/development value/)
    expect(secretProblem('short-secret')).toMatch(/shorter than 32/)
    expect(secretProblem('a'.repeat(64))).toMatch(/distinct characters/)
    expect(secretProblem('4f9c1e7b2a8d3f6e0c5b9a7d1e3f2c8b')).toBeNull()
  })
})

describe('municipality setting checks', () => {
  it('validates ISO codes, time zones, colours and host names', () => {
    expect(isCountryCode('UY')).toBe(true)
    expect(isCountryCode('XX')).toBe(false)
    expect(isCurrencyCode('BRL')).toBe(true)
    expect(isCurrencyCode('ABC')).toBe(false)
    expect(isTimeZone('America/Sao_Paulo')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isHexColour('#1d4e89')).toBe(true)
    expect(isHexColour('red')).toBe(false)
    expect(isHostName('portal.villa-esperanza.gub.uy')).toBe(true)
    expect(isHostName('localhost:3001')).toBe(true)
    expect(isHostName('http://x.org')).toBe(false)
    expect(isHostName('Bad Host')).toBe(false)
  })
})

describe('i18n of API messages', () => {
  it('picks the best supported language and fills variables', () => {
    expect(languageFromHeader('pt-BR,pt;q=0.9,en;q=0.5')).toBe('pt')
    expect(languageFromHeader('de-DE,fr;q=0.7')).toBe('fr')
    expect(languageFromHeader(undefined)).toBe('es')
    expect(message('en', 'tooManyLogins', { minutes: 15 })).toBe(
      'Too many login attempts from this address. Try again in 15 minutes.',
    )
    expect(message('fr', 'tooManyLogins', { minutes: 15 })).toContain('15 minutes')
  })
})

describe("saves from the admin's edit view", () => {
  it('drop what is shown read-only (in rows, tabs and groups), and keep the rest', () => {
    const fields = [
      { name: 'trackingCode', type: 'text', admin: { readOnly: true } },
      { type: 'row', fields: [{ name: 'history', type: 'array', admin: { readOnly: true }, fields: [] }] },
      {
        name: 'status',
        type: 'select',
        options: ['a'],
        admin: { readOnly: true },
        custom: { [KEEP_IN_ADMIN_SAVE]: true },
      },
      { name: 'focalX', type: 'number', admin: { hidden: true } },
      {
        name: 'rating',
        type: 'group',
        fields: [
          { name: 'score', type: 'number', admin: { readOnly: true } },
          { name: 'note', type: 'text' },
        ],
      },
      { name: 'assignee', type: 'text' },
    ] as never
    const data: Record<string, unknown> = {
      trackingCode: 'X',
      history: [],
      status: 'a',
      focalX: 40,
      rating: { score: 5, note: 'ok' },
      assignee: '7',
    }
    expect(dropAdminEchoes(fields, data).sort()).toEqual(['history', 'rating.score', 'trackingCode'])
    expect(data).toEqual({ status: 'a', focalX: 40, rating: { note: 'ok' }, assignee: '7' })
  })
})

describe('demo accounts', () => {
  it('every demo password follows the password policy, including not containing its email’s name', () => {
    const accounts = demoAccounts()
    expect(accounts.length).toBeGreaterThan(10)
    expect(accounts.map((a) => [a.email, passwordProblem(a.password, [a.email])])).toEqual(
      accounts.map((a) => [a.email, null]),
    )
    // The rule itself: a password holding the email's name (any case) is refused.
    expect(passwordProblem('Demo-Villa-Admin-2026', ['admin@villa-esperanza.demo'])).toBe('passwordContainsEmail')
  })
})
