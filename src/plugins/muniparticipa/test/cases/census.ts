/** The MuniParticipa cases on the census import and residence verification. */
import { api, auth, createPerson, gql } from '@e-muni/sdk/testing'
import { citizen, HOUR, ids, M, server, tokens, VERIFY, villa } from '../context'

export const censusCases = () => {
  describe('census and residence verification', () => {
    it('imports a census CSV as keyed hashes only; only the municipal admin may', async () => {
      const lines = [
        'documento,nacimiento',
        ...Array.from({ length: 260 }, (_, i) => `${citizen(i).d},${citizen(i).b}`),
        'X,31/02/1990',
      ]
      const csv = lines.join('\n')
      const path = `/api/m/${M}/muniparticipa/census`
      expect((await api(server).post(path).set('Content-Type', 'text/csv').send(csv)).status).toBe(401)
      const byEditor = await api(server).post(path).set(auth(tokens.editor)).set('Content-Type', 'text/csv').send(csv)
      expect(byEditor.status).toBe(403)
      const byNova = await api(server).post(path).set(auth(tokens.novaAdmin)).set('Content-Type', 'text/csv').send(csv)
      expect(byNova.status).toBe(403)
      // Another municipality's admin edits nothing of this one's processes or polls.
      const foreignEdit = await api(server)
        .patch(`/api/participa-processes/${ids.process}`)
        .set(auth(tokens.novaAdmin))
        .send({ published: false })
      expect([403, 404]).toContain(foreignEdit.status)
      const foreignPoll = await api(server)
        .post('/api/participa-polls')
        .set(auth(tokens.novaAdmin))
        .send({
          tenant: villa,
          title: 'Ajena',
          published: true,
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + HOUR).toISOString(),
          questions: [],
        })
      expect(foreignPoll.status).toBe(403)
      const wrongType = await api(server).post(path).set(auth(tokens.villaAdmin)).send({ csv })
      expect(wrongType.status).toBe(400)
      // One wrong line: nothing is imported, and every wrong line is named, in the caller's language.
      const wrong = await api(server)
        .post(path)
        .set(auth(tokens.villaAdmin))
        .set('Content-Type', 'text/csv')
        .set('Accept-Language', 'pt')
        .send(csv)
      expect(wrong.status).toBe(400)
      expect(wrong.body.errors[0].message).toMatch(/1 linhas com erros: nada foi importado/)
      expect(wrong.body.errors[0].data.lines).toEqual([
        {
          line: 262,
          field: 'document',
          value: 'X',
          message: 'Linha 262: documento «X» inválido (de 3 a 20 letras ou números).',
        },
      ])
      expect(await server.sql('SELECT id FROM participa_census')).toHaveLength(0)
      const good = lines.slice(0, -1).join('\n')
      // The preview counts what an import would add, and writes nothing.
      const preview = await api(server)
        .post(`${path}?dryRun=true`)
        .set(auth(tokens.villaAdmin))
        .set('Content-Type', 'text/csv')
        .send(good)
      expect(preview.body).toEqual({ lines: 260, added: 260, existing: 0, dryRun: true })
      expect(await server.sql('SELECT id FROM participa_census')).toHaveLength(0)
      const res = await api(server).post(path).set(auth(tokens.villaAdmin)).set('Content-Type', 'text/csv').send(good)
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ lines: 260, added: 260, existing: 0, dryRun: false })
      const again = await api(server).post(path).set(auth(tokens.villaAdmin)).set('Content-Type', 'text/csv').send(good)
      expect(again.body).toMatchObject({ added: 0, existing: 260 })
      const empty = await api(server)
        .post(path)
        .set(auth(tokens.villaAdmin))
        .set('Content-Type', 'text/csv')
        .send('documento,nacimiento\n')
      expect(empty.status).toBe(400)
      // What the database holds: hashes, never a document number or a birth date.
      const rows = await server.sql('SELECT key_hash FROM participa_census')
      expect(rows).toHaveLength(260)
      for (const row of rows) expect(String(row.key_hash)).toMatch(/^[0-9a-f]{64}$/)
      const dump = JSON.stringify(await server.sql('SELECT * FROM participa_census'))
      expect(dump).not.toContain(citizen(7).d)
      expect(dump).not.toContain(citizen(7).b)
      // The hashes are not public.
      expect(
        (await api(server).get('/api/participa-census')).status === 200
          ? (await api(server).get('/api/participa-census')).body.totalDocs
          : 0,
      ).toBe(0)
    })

    it('verifies a person who enters the same data, once per census entry', async () => {
      const a = await createPerson(server, tokens.platform, { email: 'ana@participa.test', name: 'Ana' })
      tokens.ana = a.token
      const wrong = await gql(server, VERIFY, { d: citizen(250).d, b: '1999-01-01' }, a.token)
      expect(wrong.errors?.[0].extensions?.statusCode).toBe(404)
      const bad = await gql(server, VERIFY, { d: '?', b: '31/02/1990' }, a.token)
      expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
      expect(bad.errors?.[0].message).toMatch(/document.*birthDate/)
      const ok = await gql(server, VERIFY, { d: citizen(250).d.toLowerCase(), b: citizen(250).b }, a.token)
      expect(ok.data?.verifyResidence).toEqual({ verified: true, already: false })
      const other = await createPerson(server, tokens.platform, { email: 'impostor@participa.test', name: 'Impostor' })
      const taken = await gql(server, VERIFY, { d: citizen(250).d, b: citizen(250).b }, other.token)
      expect(taken.errors?.[0].extensions?.statusCode).toBe(409)
      tokens.unverified = other.token
      const mine = await gql(server, `{ myResidence(municipality: "${M}") { verified } }`, {}, a.token)
      expect(mine.data?.myResidence.verified).toBe(true)
    })
  })
}
