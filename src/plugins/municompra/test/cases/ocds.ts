/** Every OCDS package validates against the official 1.1.5 schemas and codelists. */
import { api, auth } from '@e-muni/sdk/testing'
import { codelist, ids, server, tender, tokens, valid, villa } from '../context'

export const ocdsCases = () => {
  describe('OCDS 1.1.5', () => {
    const base = '/api/ocds/villa-esperanza'

    const checkCodelists = (release: Record<string, any>) => {
      const lists = {
        releaseTag: codelist('releaseTag.csv'),
        partyRole: codelist('partyRole.csv'),
        documentType: codelist('documentType.csv'),
        awardCriteria: codelist('awardCriteria.csv'),
        submissionMethod: codelist('submissionMethod.csv'),
        milestoneType: codelist('milestoneType.csv'),
        itemClassificationScheme: codelist('itemClassificationScheme.csv'),
      }
      const bad: string[] = []
      const check = (list: keyof typeof lists, value: unknown) => {
        if (value !== undefined && !lists[list].has(String(value))) bad.push(`${list}: ${String(value)}`)
      }
      for (const tag of release.tag) if (tag !== 'compiled') check('releaseTag', tag)
      for (const party of release.parties ?? []) for (const role of party.roles) check('partyRole', role)
      const documents = [
        ...(release.tender?.documents ?? []),
        ...(release.contracts ?? []).flatMap((c: Record<string, any>) => c.documents ?? []),
      ]
      for (const doc of documents) {
        check('documentType', doc.documentType)
        expect(doc.url).toMatch(/^https?:\/\//)
      }
      check('awardCriteria', release.tender?.awardCriteria)
      for (const m of release.tender?.submissionMethod ?? []) check('submissionMethod', m)
      for (const item of release.tender?.items ?? []) check('itemClassificationScheme', item.classification?.scheme)
      for (const c of release.contracts ?? [])
        for (const m of c.implementation?.milestones ?? []) check('milestoneType', m.type)
      expect(bad).toEqual([])
      expect(release.ocid).toMatch(/^ocds-[a-z0-9]{6}-/)
    }

    it('serves release packages that validate, with every state change tagged', async () => {
      const all: Record<string, any>[] = []
      let next: string | undefined = `${base}/releases.json?limit=25`
      let pages = 0
      while (next) {
        const res = await api(server).get(next.replace(server.url, ''))
        expect(res.status).toBe(200)
        expect(res.headers['content-type']).toContain('application/json')
        valid('releasePackage', res.body)
        all.push(...res.body.releases)
        for (const release of res.body.releases) checkCodelists(release)
        next = res.body.links?.next
        pages += 1
      }
      expect(pages).toBeGreaterThan(1)
      const mine = all.filter((r) => r.ocid.endsWith('-villa-esperanza-LP-2026-900'))
      expect(mine.map((r) => r.tag.join('+'))).toEqual([
        'tender',
        'tenderUpdate', // the answered clarification
        'tenderAmendment',
        'tenderUpdate', // closed
        'tenderUpdate', // opened
        'tenderUpdate', // in evaluation
        'award',
        'contract',
        'contractUpdate',
        'contractAmendment+implementation',
      ])
      const last = mine.at(-1)!
      expect(last.parties.map((p: { roles: string[] }) => p.roles.join('+')).sort()).toEqual(
        ['buyer+payer+procuringEntity', 'enquirer+tenderer', 'payee+supplier+tenderer', 'tenderer'].sort(),
      )
      expect(last.awards[0]).toMatchObject({ status: 'active', value: { amount: 850_000, currency: 'UYU' } })
      expect(last.tender).toMatchObject({ status: 'complete', numberOfTenderers: 3, hasEnquiries: true })
      // Before the opening, no release names a bidder.
      const sealedReleases = mine.slice(0, 4)
      for (const release of sealedReleases) expect(JSON.stringify(release)).not.toContain('Constructora S')
      // Drafts publish nothing; other municipalities' releases are not here.
      expect(all.filter((r) => r.ocid.includes('-nova-esperanca-'))).toEqual([])
      expect(all.filter((r) => r.ocid.endsWith('-LP-2026-001'))).toEqual([])

      const since = await api(server).get(`${base}/releases.json`).query({ since: mine[4].date })
      valid('releasePackage', since.body)
      expect(since.body.releases.every((r: { date: string }) => r.date >= mine[4].date)).toBe(true)
      expect((await api(server).get(`${base}/releases.json`).query({ since: '2999-01-01' })).status).toBe(404)
      expect((await api(server).get(`${base}/releases.json`).query({ since: 'ayer' })).status).toBe(400)
      expect((await api(server).get(`${base}/releases.json`).query({ limit: 0 })).status).toBe(400)
    })

    it('serves one process as a release package and as a record package with a compiled release', async () => {
      const ocid = (await tender(ids.tender)).ocid
      const releases = await api(server).get(`${base}/releases/${ocid}.json`)
      expect(releases.status).toBe(200)
      valid('releasePackage', releases.body)
      const record = await api(server).get(`${base}/records/${ocid}.json`)
      expect(record.status).toBe(200)
      valid('recordPackage', record.body)
      const compiled = record.body.records[0].compiledRelease
      checkCodelists(compiled)
      expect(compiled.tag).toEqual(['compiled'])
      expect(compiled.tender.title).toBe('Pavimentación de la calle Rivera (600 m)')
      expect(compiled.contracts[0].implementation.transactions[0].value).toEqual({ amount: 200_000, currency: 'UYU' })
      expect(record.body.records[0].releases).toHaveLength(releases.body.releases.length)
      expect((await api(server).get(`${base}/records/ocds-zzzzzz-villa-esperanza-NONE.json`)).status).toBe(404)
      expect((await api(server).get(`${base}/records/${ocid}`)).status).toBe(404)
      // The seeded processes validate too, as records.
      const seeded = await api(server).get(`${base}/releases.json`).query({ limit: 250 })
      const ocids = [...new Set(seeded.body.releases.map((r: { ocid: string }) => r.ocid))] as string[]
      expect(ocids.filter((id) => id !== ocid).length).toBeGreaterThan(0)
      for (const id of ocids) {
        const rec = await api(server).get(`${base}/records/${id}.json`)
        valid('recordPackage', rec.body)
        checkCodelists(rec.body.records[0].compiledRelease)
      }
    })

    it('keeps each item its own id when an amendment removes one, so the compiled release mixes none', async () => {
      const now = Date.now()
      const day = 86_400_000
      const made = await api(server)
        .post('/api/compra-tenders')
        .set(auth(tokens.officer))
        .send({
          tenant: villa,
          reference: 'LP-2026-950',
          title: 'Materiales de obra',
          category: 'goods',
          method: 'open',
          items: [
            { description: 'Arena', quantity: 5, unit: 'm3' },
            { description: 'Cemento', classificationId: '30111601', quantity: 90, unit: 'bolsa' },
            { description: 'Hierro', quantity: 2, unit: 't' },
          ],
          enquiryDeadline: new Date(now + day).toISOString(),
          submissionDeadline: new Date(now + 20 * day).toISOString(),
          openingAt: new Date(now + 20 * day + 3_600_000).toISOString(),
        })
      expect(made.status).toBe(201)
      const { id, ocid } = made.body.doc
      const [arena, cemento, hierro] = made.body.doc.items as { id: string; description: string }[]
      const publish = await api(server)
        .patch(`/api/compra-tenders/${id}`)
        .set(auth(tokens.officer))
        .send({ status: 'published' })
      expect(publish.status).toBe(200)
      const amended = await api(server)
        .patch(`/api/compra-tenders/${id}`)
        .set(auth(tokens.officer))
        .send({ items: [arena, hierro], amendmentRationale: 'El cemento se compra por separado.' })
      expect(amended.status).toBe(200)
      const rows = await tender(id)
      expect(rows.items.map((i: { id: string }) => i.id)).toEqual([arena.id, hierro.id])

      const releases = (await api(server).get(`${base}/releases/${ocid}.json`)).body.releases
      expect(releases.map((r: { tag: string[] }) => r.tag.join('+'))).toEqual(['tender', 'tenderAmendment'])
      const last = releases.at(-1)
      expect(last.tender.items.map((i: { id: string; description: string }) => `${i.id}:${i.description}`)).toEqual([
        `${arena.id}:Arena`,
        `${hierro.id}:Hierro`,
      ])
      expect(last.tender.amendments).toEqual([
        expect.objectContaining({ id: rows.amendments[0].id, rationale: 'El cemento se compra por separado.' }),
      ])
      const record = await api(server).get(`${base}/records/${ocid}.json`)
      expect(record.status).toBe(200)
      valid('recordPackage', record.body)
      const compiled = record.body.records[0].compiledRelease
      checkCodelists(compiled)
      // The compiled release's id changes with each release, so a consumer caching by id sees the amendment.
      expect(compiled).toMatchObject({ id: `${ocid}-${last.date}`, date: last.date, tag: ['compiled'] })
      // OCDS merges items by id and keeps one a later release leaves out: each with its own fields.
      expect(compiled.tender.items).toEqual([
        { id: arena.id, description: 'Arena', quantity: 5, unit: { name: 'm3' } },
        {
          id: cemento.id,
          description: 'Cemento',
          classification: { scheme: 'UNSPSC', id: '30111601' },
          quantity: 90,
          unit: { name: 'bolsa' },
        },
        { id: hierro.id, description: 'Hierro', quantity: 2, unit: { name: 't' } },
      ])
    })
  })
}
