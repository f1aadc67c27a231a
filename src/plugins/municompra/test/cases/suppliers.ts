/** Suppliers register through GraphQL and are verified by an officer of their municipality. */
import { api, auth, createPerson, gql } from '@e-muni/sdk/testing'
import { ids, people, REGISTER, server, tokens, waitForMail } from '../context'

export const supplierCases = () => {
  describe('suppliers', () => {
    it('register through GraphQL with field-named errors, one per tax id, and are verified by an officer', async () => {
      const bad = await gql(server, REGISTER, { name: ' ', tax: '!!', cats: ['food'] }, people.s1.token)
      expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
      for (const field of ['legalName', 'taxId', 'categories']) expect(bad.errors?.[0].message).toContain(field)
      const anonymous = await gql(server, REGISTER, { name: 'X S.A.', tax: '2100001', cats: ['works'] })
      expect(anonymous.errors?.[0].extensions?.statusCode).toBe(401)

      let n = 0
      for (const key of ['s1', 's2', 's3', 'late']) {
        n += 1
        const res = await gql(
          server,
          REGISTER,
          { name: `Constructora ${key.toUpperCase()} S.A.`, tax: `21.000.00${n}-001`, cats: ['works'] },
          people[key].token,
        )
        expect(res.errors).toBeUndefined()
        expect(res.data!.registerSupplier).toMatchObject({ status: 'pending', taxId: `2100000${n}001` })
        ids[`supplier_${key}`] = res.data!.registerSupplier.id
      }
      // The same tax id again (written differently) is refused by the database's unique index.
      const other = await createPerson(server, tokens.platform, { email: 'copia@proveedores.test', name: 'Copia' })
      const dup = await gql(server, REGISTER, { name: 'Copia S.A.', tax: '2100000 1001', cats: ['works'] }, other.token)
      expect(dup.errors?.[0].extensions?.statusCode).toBe(409)

      // Only officers of the municipality verify.
      const byNova = await api(server)
        .patch(`/api/compra-suppliers/${ids.supplier_s1}`)
        .set(auth(tokens.novaOfficer))
        .send({ status: 'verified' })
      expect([403, 404]).toContain(byNova.status)
      const bySelf = await api(server)
        .patch(`/api/compra-suppliers/${ids.supplier_s1}`)
        .set(auth(people.s1.token))
        .send({ status: 'verified' })
      expect([403, 404]).toContain(bySelf.status)
      for (const key of ['s1', 's2', 's3', 'late']) {
        const res = await api(server)
          .patch(`/api/compra-suppliers/${ids[`supplier_${key}`]}`)
          .set(auth(tokens.officer))
          .send({ status: 'verified' })
        expect(res.status).toBe(200)
        expect(res.body.doc.status).toBe('verified')
      }
      await waitForMail(people.s1.email, (m) => m.subject.startsWith('Registro de proveedor: Verificado'))
    })
  })
}
