import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_idx\` ON \`news\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_v\` (\`version_tenant_id\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_status_publishedAt_createdAt_idx\` ON \`tenders\` (\`tenant_id\`,\`status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant_published_createdAt_idx\` ON \`processes\` (\`tenant_id\`,\`published\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant_status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant_published_createdAt_idx\`;`)
}
