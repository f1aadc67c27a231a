/**
 * The order of test files in a run: jest's own (failed first, then slowest first by the last run's times,
 * else largest first), except that a file which warms a cache another file reuses runs before it:
 * - test/integration/quickstart (`npm run dev` on this checkout) leaves Turbopack's development cache in
 *   `.next/dev/cache`, which the create-module test copies into its copy of the project, so that the
 *   scaffolded module's development server compiles only what differs.
 */
import Sequencer from '@jest/test-sequencer'

/** [file that warms, file that reuses] */
const BEFORE = [['/test/integration/quickstart.test.ts', '/test/integration/create-module.test.ts']]

const Base = Sequencer.default ?? Sequencer

export default class EmuniSequencer extends Base {
  sort(tests) {
    const sorted = [...super.sort(tests)]
    for (const [first, then] of BEFORE) {
      const a = sorted.findIndex((t) => t.path.endsWith(first))
      const b = sorted.findIndex((t) => t.path.endsWith(then))
      if (a > b && b >= 0) sorted.splice(b, 0, ...sorted.splice(a, 1))
    }
    return sorted
  }
}
