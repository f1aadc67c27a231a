import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sdk_test_notes_contact_language" AS ENUM('es', 'pt', 'en', 'fr');
  CREATE TYPE "public"."enum_sdk_test_notes_status" AS ENUM('draft', 'submitted', 'approved');
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'test-clerk';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sdk-test-deadlines' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sdk-test-deadlines' BEFORE 'schedulePublish';
  CREATE TABLE "sdk_test_notes_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"actor" varchar,
  	"actor_email" varchar,
  	"at" timestamp(3) with time zone,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "sdk_test_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar NOT NULL,
  	"review_after" timestamp(3) with time zone,
  	"auto_approve_at" timestamp(3) with time zone,
  	"contact_email" varchar,
  	"contact_language" "enum_sdk_test_notes_contact_language",
  	"status" "enum_sdk_test_notes_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sdk_test_notes_id" integer;
  ALTER TABLE "sdk_test_notes_history" ADD CONSTRAINT "sdk_test_notes_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sdk_test_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sdk_test_notes" ADD CONSTRAINT "sdk_test_notes_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sdk_test_notes_history_order_idx" ON "sdk_test_notes_history" USING btree ("_order");
  CREATE INDEX "sdk_test_notes_history_parent_id_idx" ON "sdk_test_notes_history" USING btree ("_parent_id");
  CREATE INDEX "sdk_test_notes_tenant_idx" ON "sdk_test_notes" USING btree ("tenant_id");
  CREATE INDEX "sdk_test_notes_auto_approve_at_idx" ON "sdk_test_notes" USING btree ("auto_approve_at");
  CREATE INDEX "sdk_test_notes_status_idx" ON "sdk_test_notes" USING btree ("status");
  CREATE INDEX "sdk_test_notes_updated_at_idx" ON "sdk_test_notes" USING btree ("updated_at");
  CREATE INDEX "sdk_test_notes_created_at_idx" ON "sdk_test_notes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sdk_test_notes_fk" FOREIGN KEY ("sdk_test_notes_id") REFERENCES "public"."sdk_test_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sdk_test_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("sdk_test_notes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sdk_test_notes_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sdk_test_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sdk_test_notes_history" CASCADE;
  DROP TABLE "sdk_test_notes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sdk_test_notes_fk";
  
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_tenants_roles";
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('municipal-admin', 'editor', 'service-agent', 'service-supervisor', 'procurement-officer', 'evaluator', 'moderator', 'agenda-clerk');
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_tenants_roles" USING "value"::"public"."enum_users_tenants_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'muniparticipa-phases', 'muniparticipa-results', 'muniagenda-reminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'muniparticipa-phases', 'muniparticipa-results', 'muniagenda-reminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_sdk_test_notes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sdk_test_notes_id";
  DROP TYPE "public"."enum_sdk_test_notes_contact_language";
  DROP TYPE "public"."enum_sdk_test_notes_status";`)
}
