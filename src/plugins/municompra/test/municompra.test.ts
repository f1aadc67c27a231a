/**
 * MuniCompra against the real server (production bundle, committed migrations) and a real SMTP server
 * on loopback: suppliers register and are verified; a tender is published, asked about, amended and
 * bid on (one bid replaced, a late one refused); the suppliers' commands answer the same over REST, refusing
 * wrong shapes field by field; the jobs runner closes the tender at the deadline and opens
 * the bids at the opening time; evaluation, award and contract follow. Before the opening nobody reads
 * an amount or a document — through REST, GraphQL, the admin's API or the Local API — and the database
 * holds only ciphertext. Every OCDS package validates against the official 1.1.5 schemas. Where
 * MuniCompra is off, its OCDS endpoints answer 404 and its mutations refuse.
 */
import { demoCases } from './cases/demo'
import { ocdsCases } from './cases/ocds'
import { supplierCases } from './cases/suppliers'
import { switchedOffCases } from './cases/switchedOff'
import { tenderCases } from './cases/tender'
import { setUp, tearDown } from './context'

beforeAll(setUp, 300_000)

afterAll(tearDown)

demoCases()
supplierCases()
tenderCases()
ocdsCases()
switchedOffCases()
