import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`module_settings_municompra_amendment_min_days\` numeric DEFAULT 3;`)
  // Installations that set MUNICOMPRA_AMENDMENT_MIN_DAYS (read until this setting replaced it) keep their value.
  const days = Number(process.env.MUNICOMPRA_AMENDMENT_MIN_DAYS)
  if (process.env.MUNICOMPRA_AMENDMENT_MIN_DAYS && Number.isFinite(days) && days >= 0 && days <= 90)
    await db.run(sql`UPDATE \`municipalities\` SET \`module_settings_municompra_amendment_min_days\` = ${days}`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`module_settings_municompra_amendment_min_days\`;`)
}
