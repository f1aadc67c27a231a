import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agenda_offices_hours_weekday" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_agenda_bookings_status" AS ENUM('booked', 'cancelled', 'attended', 'no-show');
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'agenda-clerk';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'muniagenda-reminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'muniagenda-reminders' BEFORE 'schedulePublish';
  CREATE TABLE "agenda_offices_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_agenda_offices_hours_weekday" NOT NULL,
  	"opens" varchar NOT NULL,
  	"closes" varchar NOT NULL
  );
  
  CREATE TABLE "agenda_offices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agenda_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"office_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"capacity" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agenda_bookings_history" (
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
  
  CREATE TABLE "agenda_bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slot_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"person_name" varchar,
  	"person_email" varchar,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"seat_key" varchar,
  	"person_key" varchar,
  	"status" "enum_agenda_bookings_status" DEFAULT 'booked',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agenda_offices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agenda_slots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agenda_bookings_id" integer;
  ALTER TABLE "agenda_offices_hours" ADD CONSTRAINT "agenda_offices_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agenda_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_offices" ADD CONSTRAINT "agenda_offices_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_slots" ADD CONSTRAINT "agenda_slots_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_slots" ADD CONSTRAINT "agenda_slots_office_id_agenda_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."agenda_offices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_bookings_history" ADD CONSTRAINT "agenda_bookings_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agenda_bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_bookings" ADD CONSTRAINT "agenda_bookings_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_bookings" ADD CONSTRAINT "agenda_bookings_slot_id_agenda_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."agenda_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_bookings" ADD CONSTRAINT "agenda_bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "agenda_offices_hours_order_idx" ON "agenda_offices_hours" USING btree ("_order");
  CREATE INDEX "agenda_offices_hours_parent_id_idx" ON "agenda_offices_hours" USING btree ("_parent_id");
  CREATE INDEX "agenda_offices_tenant_idx" ON "agenda_offices" USING btree ("tenant_id");
  CREATE INDEX "agenda_offices_updated_at_idx" ON "agenda_offices" USING btree ("updated_at");
  CREATE INDEX "agenda_offices_created_at_idx" ON "agenda_offices" USING btree ("created_at");
  CREATE INDEX "agenda_slots_tenant_idx" ON "agenda_slots" USING btree ("tenant_id");
  CREATE INDEX "agenda_slots_office_idx" ON "agenda_slots" USING btree ("office_id");
  CREATE INDEX "agenda_slots_starts_at_idx" ON "agenda_slots" USING btree ("starts_at");
  CREATE INDEX "agenda_slots_updated_at_idx" ON "agenda_slots" USING btree ("updated_at");
  CREATE INDEX "agenda_slots_created_at_idx" ON "agenda_slots" USING btree ("created_at");
  CREATE INDEX "agenda_bookings_history_order_idx" ON "agenda_bookings_history" USING btree ("_order");
  CREATE INDEX "agenda_bookings_history_parent_id_idx" ON "agenda_bookings_history" USING btree ("_parent_id");
  CREATE INDEX "agenda_bookings_tenant_idx" ON "agenda_bookings" USING btree ("tenant_id");
  CREATE INDEX "agenda_bookings_slot_idx" ON "agenda_bookings" USING btree ("slot_id");
  CREATE INDEX "agenda_bookings_person_idx" ON "agenda_bookings" USING btree ("person_id");
  CREATE INDEX "agenda_bookings_reminder_sent_at_idx" ON "agenda_bookings" USING btree ("reminder_sent_at");
  CREATE UNIQUE INDEX "agenda_bookings_seat_key_idx" ON "agenda_bookings" USING btree ("seat_key");
  CREATE UNIQUE INDEX "agenda_bookings_person_key_idx" ON "agenda_bookings" USING btree ("person_key");
  CREATE INDEX "agenda_bookings_status_idx" ON "agenda_bookings" USING btree ("status");
  CREATE INDEX "agenda_bookings_updated_at_idx" ON "agenda_bookings" USING btree ("updated_at");
  CREATE INDEX "agenda_bookings_created_at_idx" ON "agenda_bookings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_offices_fk" FOREIGN KEY ("agenda_offices_id") REFERENCES "public"."agenda_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_slots_fk" FOREIGN KEY ("agenda_slots_id") REFERENCES "public"."agenda_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_bookings_fk" FOREIGN KEY ("agenda_bookings_id") REFERENCES "public"."agenda_bookings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_agenda_offices_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_offices_id");
  CREATE INDEX "payload_locked_documents_rels_agenda_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_slots_id");
  CREATE INDEX "payload_locked_documents_rels_agenda_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_bookings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "agenda_offices_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_offices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_bookings_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_bookings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "agenda_offices_hours" CASCADE;
  DROP TABLE "agenda_offices" CASCADE;
  DROP TABLE "agenda_slots" CASCADE;
  DROP TABLE "agenda_bookings_history" CASCADE;
  DROP TABLE "agenda_bookings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agenda_offices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agenda_slots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agenda_bookings_fk";
  
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_tenants_roles";
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('municipal-admin', 'editor', 'service-agent', 'service-supervisor', 'procurement-officer', 'evaluator', 'moderator');
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_tenants_roles" USING "value"::"public"."enum_users_tenants_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'muniparticipa-phases', 'muniparticipa-results', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'muniparticipa-phases', 'muniparticipa-results', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_agenda_offices_id_idx";
  DROP INDEX "payload_locked_documents_rels_agenda_slots_id_idx";
  DROP INDEX "payload_locked_documents_rels_agenda_bookings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agenda_offices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agenda_slots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agenda_bookings_id";
  DROP TYPE "public"."enum_agenda_offices_hours_weekday";
  DROP TYPE "public"."enum_agenda_bookings_status";`)
}
