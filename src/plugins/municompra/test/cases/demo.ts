/**
 * The demo shows what real use produces: the seed moves its tenders through the same workflow and hooks an
 * officer's moves go through, so the awarded tender names its winner, value and date, its contract its supplier
 * and value, and the answered clarification its date (which is what makes it public).
 */
import { api, gql } from '@e-muni/sdk/testing'
import { server, villa } from '../context'

const TENDER = `query Awarded($t: Tender_where) {
  Tenders(where: $t, limit: 1) { docs { id reference award { supplierName value date } } }
}`

export const demoCases = () => {
  describe('the seeded demo, as a visitor reads it', () => {
    it('names the awarded tender’s winner, value and date, and its contract’s supplier and value', async () => {
      const read = await gql(server, TENDER, { t: { tenant: { equals: villa }, status: { equals: 'awarded' } } })
      expect(read.errors).toBeUndefined()
      const [awarded] = read.data!.Tenders.docs
      expect(awarded.award.supplierName).toEqual(expect.any(String))
      expect(awarded.award.value).toBeGreaterThan(0)
      expect(Number.isNaN(Date.parse(awarded.award.date))).toBe(false)
      const contracts = await api(server)
        .get('/api/compra-contracts')
        .query({ where: { tender: { equals: awarded.id } }, depth: 0 })
      expect(contracts.status).toBe(200)
      expect(contracts.body.docs).toHaveLength(1)
      const [contract] = contracts.body.docs
      expect(contract.supplierName).toBe(awarded.award.supplierName)
      expect(contract.supplier).toEqual(expect.anything())
      expect(contract.value).toBe(awarded.award.value)
    })

    it('shows the answered clarification of the published tender, with the date it was answered', async () => {
      const published = await api(server)
        .get('/api/compra-tenders')
        .query({ where: { tenant: { equals: villa }, status: { equals: 'published' } }, depth: 0 })
      const ids = published.body.docs.map((t: { id: number | string }) => t.id)
      expect(ids.length).toBeGreaterThan(0)
      const answered = await api(server)
        .get('/api/compra-clarifications')
        .query({ where: { tender: { in: ids } }, depth: 0 })
      expect(answered.status).toBe(200)
      expect(answered.body.docs.length).toBeGreaterThan(0)
      for (const doc of answered.body.docs) {
        expect(doc.answer).toEqual(expect.any(String))
        expect(Number.isNaN(Date.parse(doc.answeredAt))).toBe(false)
      }
    })
  })
}
