import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_servi_services_location_privacy" AS ENUM('exact', 'approximate', 'hidden');
  ALTER TABLE "servi_services" ADD COLUMN "location_privacy" "enum_servi_services_location_privacy" DEFAULT 'approximate' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "servi_services" DROP COLUMN "location_privacy";
  DROP TYPE "public"."enum_servi_services_location_privacy";`)
}
