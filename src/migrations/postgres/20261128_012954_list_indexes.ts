import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "tenant__status_publishedAt_createdAt_idx" ON "news" USING btree ("tenant_id","_status","published_at","created_at");
  CREATE INDEX "compound_index_idx" ON "_news_v" USING btree ("version_tenant_id","version__status","version_published_at","version_created_at");
  CREATE INDEX "tenant_status_publishedAt_createdAt_idx" ON "tenders" USING btree ("tenant_id","status","published_at","created_at");
  CREATE INDEX "tenant_published_createdAt_idx" ON "processes" USING btree ("tenant_id","published","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant__status_publishedAt_createdAt_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "tenant_status_publishedAt_createdAt_idx";
  DROP INDEX "tenant_published_createdAt_idx";`)
}
