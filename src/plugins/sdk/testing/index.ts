/**
 * The SDK's testing aid, for e-Muni's own suites and for module authors:
 * - `startServer`: the real server on a free loopback port with a fresh SQLite file, or with
 *   TEST_DB=postgres a fresh PostgreSQL database (production bundle, or `mode: 'development'` to push
 *   the schema of modules that are not in the committed migrations);
 * - `api`, `login`, `gql`, `auth`, `account`, `municipalityId`: REST and GraphQL as a given actor;
 * - `startSibling`: another process of the same installation (same database, build and secrets), and
 *   `startRedis`: a real Redis on loopback, `startS3`: an S3-compatible emulator (s3rver) on loopback — the
 *   scale-out deployment's tests;
 * - `startSmtp`, `parseMail`: a real SMTP server on loopback and the messages it received;
 * - `launchChromium`: Debian's Chromium through playwright-core;
 * - `guideShot`: a screenshot for the staff and citizen guides (docs/guides/), rewritten only when it changed;
 * - `startPortalStack`: the seeded CMS, SMTP, the portal's production build and Chromium, for a module's (or the
 *   app's) browser tests of the citizens' portal;
 * - `startAdminStack`: the seeded CMS and an offline Chromium signed in as staff, for browser tests of the admin;
 * - `runModuleConformance`, `staticConformance`: the module conformance kit (docs/modules.md);
 * - `defineModuleFixtures`: what a module gives the app's cross-module security suites (its `./testing` export).
 */
export * from './admin'
export * from './api'
export * from './browser'
export * from './conformance'
export * from './fixtures'
export type * from './fixturesFuzz'
export * from './fixturesCrash'
export * from './fixturesUploads'
export * from './guides'
export * from './portal'
export * from './redis'
export * from './s3'
export * from './server'
export * from './smtp'
