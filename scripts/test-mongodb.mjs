/**
 * `npm run test:mongodb`: the integration suite (test/integration) on MongoDB, each test server on a database
 * of its own on the MongoDB that MONGODB_TEST_URL names. It has never run on this project's machines (they have
 * no MongoDB server): README says so. MongoDB must be a replica set (e-Muni needs transactions).
 * Left out, because they test SQL itself: the committed SQL migrations, the SQL indexes and planner
 * statistics (platform), and the quick start (which is the embedded SQLite default by definition).
 */
import { spawnSync } from 'node:child_process'

const SQL_ONLY = ['/test/integration/migrations', '/test/integration/platform', '/test/integration/quickstart']

if (!process.env.MONGODB_TEST_URL) {
  process.stderr.write(
    'npm run test:mongodb needs MONGODB_TEST_URL: a MongoDB replica set the tests may create and drop databases on,\n' +
      'e.g. MONGODB_TEST_URL="mongodb://127.0.0.1:27017/?replicaSet=rs0" npm run test:mongodb\n' +
      '(mongod --replSet rs0, then rs.initiate() once in mongosh). Nothing was run.\n',
  )
  process.exit(2)
}
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--selectProjects', 'integration', '--testPathIgnorePatterns', ...SQL_ONLY],
  {
    stdio: 'inherit',
    env: { ...process.env, TEST_DB: 'mongodb', NODE_OPTIONS: '--experimental-vm-modules' },
  },
)
process.exit(jest.status ?? 1)
