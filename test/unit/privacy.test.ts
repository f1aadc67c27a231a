/**
 * Personal data is declared (src/plugins/sdk/privacy.ts): every field of the running configuration (the core's,
 * every installed module's, the plugins') whose name looks personal — an email, a phone, a person's name, an
 * address, a requester, an author… — says whether it is personal (`custom: personal()`), public under a stated
 * condition (`personal('public-when-…')`) or not personal (`personal(false)`). A new field cannot be forgotten:
 * the privacy suite (test/security/privacy.test.ts) plants markers in what is declared personal and reads every
 * public path for them.
 */
import type { CollectionConfig } from 'payload'

import rawConfig from '../../payload.config'
import { looksPersonal, personal, personalFieldsOf, undeclaredPersonalFields } from '../../src/plugins/sdk/privacy'

describe('personal data is declared', () => {
  it('tells personal-looking names from others', () => {
    for (const name of ['email', 'requesterEmail', 'phone', 'contacts', 'name', 'authorName', 'person', 'address'])
      expect([name, looksPersonal(name)]).toEqual([name, true])
    for (const name of ['title', 'personKey', 'codeHash', 'reportCount', 'reminderSentAt', 'surname_like'])
      expect([name, looksPersonal(name)]).toEqual([name, false])
  })

  it('finds an undeclared field, inherits a group’s declaration and takes an auth collection’s email as personal', () => {
    const sample = {
      slug: 'sample',
      auth: true,
      fields: [
        { name: 'title', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'inPerson', type: 'checkbox' },
        { name: 'contactEmail', type: 'email' },
        { name: 'office', type: 'group', custom: personal(false), fields: [{ name: 'phone', type: 'text' }] },
        {
          name: 'owners',
          type: 'array',
          custom: personal(),
          fields: [
            { name: 'name', type: 'text' },
            { name: 'address', type: 'text', custom: personal('public-when-published') },
          ],
        },
        { type: 'row', fields: [{ name: 'mobile', type: 'text' }] },
      ],
    } as unknown as CollectionConfig
    expect(undeclaredPersonalFields(sample)).toEqual(['sample.contactEmail', 'sample.mobile'])
    const by = Object.fromEntries(personalFieldsOf(sample).map((f) => [f.path, f.personal]))
    expect(by).toMatchObject({
      'office.phone': false,
      'owners.name': true,
      'owners.address': 'public-when-published',
      email: true,
    })
  })

  it('for every field of every collection, core and modules', async () => {
    const config = await rawConfig
    expect(config.collections.length).toBeGreaterThan(20)
    expect(config.collections.flatMap(undeclaredPersonalFields)).toEqual([])
    // Each collection that holds people's data declares some of it personal.
    const declared = config.collections.filter((c) => personalFieldsOf(c).some((f) => f.personal === true))
    expect(declared.map((c) => c.slug)).toEqual(expect.arrayContaining(['people', 'users', 'audit-log']))
  })
})
