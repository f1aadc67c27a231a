/**
 * MuniServi against the real server (production bundle, committed migrations) and a real SMTP server
 * on loopback: the life of a request from the portal to its rating, the server-side form checks,
 * who may read a request and its files, tracking codes under concurrent submissions, the module
 * switch, the overdue job, and what the staff of another municipality learn from a refused create. The
 * commands over REST come before operations.ts, which stays last (it leaves this client unable to track for
 * the rest of the window). Files kept between the portal's two steps (staging.ts) come after the REST commands.
 */
import { adminSaveCases } from './cases/adminSaves'
import { demoCases } from './cases/demo'
import { lifecycleCases } from './cases/lifecycle'
import { operationsCases } from './cases/operations'
import { otherMunicipalityCases } from './cases/otherMunicipality'
import { privacyCases } from './cases/privacy'
import { restCases } from './cases/rest'
import { stagingCases } from './cases/staging'
import { submissionCases } from './cases/submissions'
import { setUp, tearDown } from './muniservi.context'

beforeAll(setUp, 300_000)
afterAll(tearDown)

demoCases()
lifecycleCases()
submissionCases()
privacyCases()
adminSaveCases()
restCases()
stagingCases()
otherMunicipalityCases()
operationsCases()
