/**
 * Bundles the express server (src/server.ts) with payload.config.ts and every e-Muni package it imports
 * (src/plugins/*, modules installed from npm) into an ES module, `.next/e-muni-server.mjs`, beside the Next
 * production bundle it serves; what it imports only when asked for (the migrations of one database, each of which
 * imports that database's adapter) goes into chunks beside it (`.next/e-muni-server-<hash>.mjs`), so that a
 * process loads only its own database's code. `npm start` runs it with plain Node: no TypeScript loader at run time, so a
 * process starts in about half the time and CPU (2.3 s and 2.8 s of CPU against 4.5 s and 6.7 s under tsx,
 * measured on this 2-core machine) — what a deployment of many processes, and every test server, pays at
 * each start. Third-party libraries stay in node_modules (imported, not copied). `npm run dev` still runs
 * the sources through tsx.
 *
 * `node scripts/build-server.mjs` builds it; `npm run build` and the tests' build (test/globalSetup.mjs)
 * call buildServer() after `next build`, which empties `.next`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'

import { modulePackages } from './e-muni-packages.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SERVER_BUNDLE = '.next/e-muni-server.mjs'

/** @param {string} root the project folder */
export async function buildServer(root = ROOT) {
  const outfile = path.join(root, SERVER_BUNDLE)
  const outdir = path.dirname(outfile)
  // The previous build's chunks (their names change with their content).
  if (fs.existsSync(outdir))
    for (const name of fs.readdirSync(outdir))
      if (/^e-muni-server-[A-Z0-9]+\.mjs(\.map)?$/.test(name)) fs.rmSync(path.join(outdir, name))
  const bundled = new Set(modulePackages(root))
  const ours = (specifier) => [...bundled].some((name) => specifier === name || specifier.startsWith(`${name}/`))
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'src/server.ts')],
    outdir,
    entryNames: path.basename(outfile, '.mjs'),
    chunkNames: 'e-muni-server-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As `npm start` runs Node (see the note on Lexical in src/server.ts).
    conditions: ['production'],
    sourcemap: 'linked',
    logLevel: 'warning',
    // CommonJS code inside the bundle may call require().
    banner: {
      js: "import { createRequire as __emuniRequire } from 'node:module';\nconst require = __emuniRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'e-muni-server',
        setup(build) {
          // Libraries load from node_modules as they are; e-Muni's TypeScript packages are compiled in.
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            ours(args.path) || args.path === '@payload-config' ? undefined : { path: args.path, external: true },
          )
          // A file that finds its neighbours through import.meta.url (payload.config.ts, the seed's accounts)
          // keeps its own address in the bundle: relative to the bundle, so a moved checkout still works.
          // The entry itself keeps the bundle's (src/server.ts checks it is the main module).
          build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
            const source = await fs.promises.readFile(args.path, 'utf8')
            if (!source.includes('import.meta.url') || args.path === path.join(root, 'src/server.ts')) return undefined
            const relative = path.relative(path.dirname(outfile), args.path).split(path.sep).join('/')
            return {
              contents: source.replaceAll(
                'import.meta.url',
                `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
              ),
              loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
            }
          })
        },
      },
    ],
  })
  return outfile
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = Date.now()
  const outfile = await buildServer()
  process.stdout.write(`[build] server bundle ${path.relative(ROOT, outfile)} in ${Date.now() - started} ms\n`)
}
