#!/usr/bin/env bash
# Takes a module out of a copy of this project, the way docs/modules.md ("Removing a module") says, and runs the
# app's suites there: `bash scripts/without-module.sh <slug> [--test]`. The copy (in /tmp/e-muni-without-<slug>)
# has no package folder, no node_modules link and no line in src/modules.ts for the module; its import map,
# types, GraphQL schema, portal mounts and portal types are generated again, a SQLite migration drops its tables,
# and the app and the portal type-check. With --test, the app's own suites (test/: unit, integration, security,
# browser, on SQLite; not create-module.test, which takes a module out of a copy of its own) run in the copy,
# which is kept for reading afterwards. Takes 10–15 minutes on two cores.
set -euo pipefail
slug=${1:?usage: scripts/without-module.sh <module-slug> [--test]}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$root/src/plugins/$slug/package.json" ] || { echo "no workspace module $slug in src/plugins" >&2; exit 1; }
copy=/tmp/e-muni-without-$slug
rm -rf "$copy" && mkdir -p "$copy"
cd "$root"
tar --exclude=./node_modules --exclude=./.next --exclude=./frontend/.next --exclude=./test-results --exclude=./data \
  --exclude=./.git -cf - . | (cd "$copy" && tar xf -)
# Hard links: the dependencies in seconds (a symlink would lead Next out of the copy).
cp -al node_modules "$copy/node_modules"
cd "$copy"
rm -rf "src/plugins/$slug" "node_modules/@e-muni/$slug"
node - "$slug" "$root" <<'JS'
const fs = require('node:fs')
const [slug, root] = process.argv.slice(2)
const exported = JSON.parse(fs.readFileSync(`${root}/src/plugins/${slug}/package.json`, 'utf8'))['e-muni'].export
const source = fs
  .readFileSync('src/modules.ts', 'utf8')
  .replace(new RegExp(`^import \\{ ${exported} \\} from '[^']+'\\n`, 'm'), '')
  .replace(new RegExp(`^( {4}//[^\\n]*\\n)? {4}${exported}\\([^\\n]*\\),\\n`, 'm'), '')
if (source.includes(`${exported}(`)) throw new Error(`src/modules.ts still lists ${exported}`)
fs.writeFileSync('src/modules.ts', source)
JS
npm run --silent generate:importmap >/dev/null
npm run --silent generate:types >/dev/null
npm run --silent generate:schema >/dev/null
node frontend/scripts/portal-modules.mjs >/dev/null
(cd frontend && npx graphql-codegen --config codegen.ts >/dev/null)
rm -f "$copy.gen.db"
DATABASE_URI="file:$copy.gen.db" npm run --silent migrate:create -- "remove_$slug" </dev/null >/dev/null
rm -f "$copy.gen.db"
# Payload writes the drops in an order SQLite's foreign-key checks refuse: off while dropping.
node - "$slug" <<'JS'
const fs = require('node:fs')
const dir = 'src/migrations/sqlite'
const file = `${dir}/${fs.readdirSync(dir).find((f) => f.endsWith(`_remove_${process.argv[2]}.ts`))}`
const lines = fs.readFileSync(file, 'utf8').split('\n')
const up = lines.findIndex((l) => l.startsWith('export async function up'))
const end = lines.findIndex((l, i) => i > up && l === '}')
lines.splice(end, 0, '  await db.run(sql`PRAGMA foreign_keys=ON;`)')
lines.splice(up + 1, 0, '  await db.run(sql`PRAGMA foreign_keys=OFF;`)')
fs.writeFileSync(file, lines.join('\n'))
JS
npx tsc --noEmit
npx tsc --noEmit -p frontend
echo "without $slug: the app and the portal type-check ($copy)"
if [ "${2:-}" = "--test" ]; then
  NODE_OPTIONS=--experimental-vm-modules JEST_WORKERS=1 npx jest --selectProjects unit integration security e2e \
    --testPathIgnorePatterns /node_modules/ /src/plugins/ /test/integration/create-module
fi
