import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_audience" AS ENUM('people', 'businesses');
  CREATE TYPE "public"."enum_services_form_type" AS ENUM('text', 'textarea', 'number', 'date', 'email', 'phone', 'select', 'multiselect', 'checkbox', 'file', 'location');
  CREATE TYPE "public"."enum_services_silence" AS ENUM('approval', 'refusal', 'none');
  CREATE TYPE "public"."enum_service_requests_messages_from" AS ENUM('staff', 'requester');
  CREATE TYPE "public"."enum_service_requests_language" AS ENUM('es', 'pt', 'en', 'fr');
  CREATE TYPE "public"."enum_service_requests_source" AS ENUM('web', 'open311', 'staff');
  CREATE TYPE "public"."enum_service_requests_status" AS ENUM('submitted', 'in-review', 'needs-information', 'approved', 'rejected', 'closed', 'cancelled');
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'service-agent';
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'service-supervisor';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'muniservi-overdue' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'muniservi-overdue' BEFORE 'schedulePublish';
  CREATE TABLE "municipalities_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "service_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_requirements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_requirements_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_documents_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_form_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "services_form_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_services_form_type" DEFAULT 'text' NOT NULL,
  	"required" boolean,
  	"min" numeric,
  	"max" numeric
  );
  
  CREATE TABLE "services_form_locales" (
  	"label" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"code" varchar NOT NULL,
  	"category_id" integer,
  	"fee_free" boolean DEFAULT true,
  	"fee_amount" numeric,
  	"fee_currency" varchar,
  	"max_business_days" numeric NOT NULL,
  	"silence" "enum_services_silence" DEFAULT 'none' NOT NULL,
  	"office_email" varchar,
  	"channels_online" boolean DEFAULT true,
  	"channels_in_person" boolean,
  	"channels_address" varchar,
  	"channels_phone" varchar,
  	"active" boolean DEFAULT true,
  	"open311" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "services_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"description" varchar,
  	"legal_basis" varchar,
  	"result_validity" varchar,
  	"office_name" varchar,
  	"channels_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "service_requests_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_service_requests_messages_from" DEFAULT 'staff',
  	"body" varchar NOT NULL,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "service_requests_internal_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "service_requests_history" (
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
  
  CREATE TABLE "service_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"tracking_code" varchar,
  	"service_id" integer NOT NULL,
  	"unique_key" varchar,
  	"code_prefix" varchar,
  	"year" numeric,
  	"sequence" numeric,
  	"assignee_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"overdue" boolean DEFAULT false,
  	"answers" jsonb,
  	"description" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"location_address" varchar,
  	"requester_id" integer,
  	"requester_name" varchar NOT NULL,
  	"requester_email" varchar NOT NULL,
  	"requester_phone" varchar,
  	"language" "enum_service_requests_language" DEFAULT 'es',
  	"rating_score" numeric,
  	"rating_comment" varchar,
  	"rating_rated_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"source" "enum_service_requests_source",
  	"open311_token" varchar,
  	"media_url" varchar,
  	"status" "enum_service_requests_status" DEFAULT 'submitted',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"service_attachments_id" integer
  );
  
  CREATE TABLE "service_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"field" varchar,
  	"requester_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "open311_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"key_hash" varchar,
  	"key_prefix" varchar,
  	"active" boolean DEFAULT true,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open311_keys_id" integer;
  ALTER TABLE "municipalities_holidays" ADD CONSTRAINT "municipalities_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_categories" ADD CONSTRAINT "service_categories_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_categories_locales" ADD CONSTRAINT "service_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_audience" ADD CONSTRAINT "services_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_requirements" ADD CONSTRAINT "services_requirements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_requirements_locales" ADD CONSTRAINT "services_requirements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_documents" ADD CONSTRAINT "services_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_documents_locales" ADD CONSTRAINT "services_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_options" ADD CONSTRAINT "services_form_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_form"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_options_locales" ADD CONSTRAINT "services_form_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_form_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form" ADD CONSTRAINT "services_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_form_locales" ADD CONSTRAINT "services_form_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_form"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_texts" ADD CONSTRAINT "services_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_messages" ADD CONSTRAINT "service_requests_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_internal_notes" ADD CONSTRAINT "service_requests_internal_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_history" ADD CONSTRAINT "service_requests_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_service_attachments_fk" FOREIGN KEY ("service_attachments_id") REFERENCES "public"."service_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_attachments" ADD CONSTRAINT "service_attachments_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_attachments" ADD CONSTRAINT "service_attachments_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open311_keys" ADD CONSTRAINT "open311_keys_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "municipalities_holidays_order_idx" ON "municipalities_holidays" USING btree ("_order");
  CREATE INDEX "municipalities_holidays_parent_id_idx" ON "municipalities_holidays" USING btree ("_parent_id");
  CREATE INDEX "service_categories_tenant_idx" ON "service_categories" USING btree ("tenant_id");
  CREATE INDEX "service_categories_slug_idx" ON "service_categories" USING btree ("slug");
  CREATE INDEX "service_categories_updated_at_idx" ON "service_categories" USING btree ("updated_at");
  CREATE INDEX "service_categories_created_at_idx" ON "service_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "service_categories_locales_locale_parent_id_unique" ON "service_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_audience_order_idx" ON "services_audience" USING btree ("order");
  CREATE INDEX "services_audience_parent_idx" ON "services_audience" USING btree ("parent_id");
  CREATE INDEX "services_requirements_order_idx" ON "services_requirements" USING btree ("_order");
  CREATE INDEX "services_requirements_parent_id_idx" ON "services_requirements" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_requirements_locales_locale_parent_id_unique" ON "services_requirements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_documents_order_idx" ON "services_documents" USING btree ("_order");
  CREATE INDEX "services_documents_parent_id_idx" ON "services_documents" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_documents_locales_locale_parent_id_unique" ON "services_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_form_options_order_idx" ON "services_form_options" USING btree ("_order");
  CREATE INDEX "services_form_options_parent_id_idx" ON "services_form_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_form_options_locales_locale_parent_id_unique" ON "services_form_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_form_order_idx" ON "services_form" USING btree ("_order");
  CREATE INDEX "services_form_parent_id_idx" ON "services_form" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_form_locales_locale_parent_id_unique" ON "services_form_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_tenant_idx" ON "services" USING btree ("tenant_id");
  CREATE INDEX "services_code_idx" ON "services" USING btree ("code");
  CREATE INDEX "services_category_idx" ON "services" USING btree ("category_id");
  CREATE INDEX "services_active_idx" ON "services" USING btree ("active");
  CREATE INDEX "services_open311_idx" ON "services" USING btree ("open311");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_texts_order_parent" ON "services_texts" USING btree ("order","parent_id");
  CREATE INDEX "service_requests_messages_order_idx" ON "service_requests_messages" USING btree ("_order");
  CREATE INDEX "service_requests_messages_parent_id_idx" ON "service_requests_messages" USING btree ("_parent_id");
  CREATE INDEX "service_requests_internal_notes_order_idx" ON "service_requests_internal_notes" USING btree ("_order");
  CREATE INDEX "service_requests_internal_notes_parent_id_idx" ON "service_requests_internal_notes" USING btree ("_parent_id");
  CREATE INDEX "service_requests_history_order_idx" ON "service_requests_history" USING btree ("_order");
  CREATE INDEX "service_requests_history_parent_id_idx" ON "service_requests_history" USING btree ("_parent_id");
  CREATE INDEX "service_requests_tenant_idx" ON "service_requests" USING btree ("tenant_id");
  CREATE INDEX "service_requests_tracking_code_idx" ON "service_requests" USING btree ("tracking_code");
  CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");
  CREATE UNIQUE INDEX "service_requests_unique_key_idx" ON "service_requests" USING btree ("unique_key");
  CREATE INDEX "service_requests_code_prefix_idx" ON "service_requests" USING btree ("code_prefix");
  CREATE INDEX "service_requests_year_idx" ON "service_requests" USING btree ("year");
  CREATE INDEX "service_requests_sequence_idx" ON "service_requests" USING btree ("sequence");
  CREATE INDEX "service_requests_assignee_idx" ON "service_requests" USING btree ("assignee_id");
  CREATE INDEX "service_requests_due_at_idx" ON "service_requests" USING btree ("due_at");
  CREATE INDEX "service_requests_overdue_idx" ON "service_requests" USING btree ("overdue");
  CREATE INDEX "service_requests_requester_idx" ON "service_requests" USING btree ("requester_id");
  CREATE INDEX "service_requests_requester_email_idx" ON "service_requests" USING btree ("requester_email");
  CREATE INDEX "service_requests_resolved_at_idx" ON "service_requests" USING btree ("resolved_at");
  CREATE INDEX "service_requests_open311_token_idx" ON "service_requests" USING btree ("open311_token");
  CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status");
  CREATE INDEX "service_requests_updated_at_idx" ON "service_requests" USING btree ("updated_at");
  CREATE INDEX "service_requests_created_at_idx" ON "service_requests" USING btree ("created_at");
  CREATE INDEX "service_requests_rels_order_idx" ON "service_requests_rels" USING btree ("order");
  CREATE INDEX "service_requests_rels_parent_idx" ON "service_requests_rels" USING btree ("parent_id");
  CREATE INDEX "service_requests_rels_path_idx" ON "service_requests_rels" USING btree ("path");
  CREATE INDEX "service_requests_rels_service_attachments_id_idx" ON "service_requests_rels" USING btree ("service_attachments_id");
  CREATE INDEX "service_attachments_tenant_idx" ON "service_attachments" USING btree ("tenant_id");
  CREATE INDEX "service_attachments_requester_idx" ON "service_attachments" USING btree ("requester_id");
  CREATE INDEX "service_attachments_updated_at_idx" ON "service_attachments" USING btree ("updated_at");
  CREATE INDEX "service_attachments_created_at_idx" ON "service_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "service_attachments_filename_idx" ON "service_attachments" USING btree ("filename");
  CREATE INDEX "open311_keys_tenant_idx" ON "open311_keys" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "open311_keys_key_hash_idx" ON "open311_keys" USING btree ("key_hash");
  CREATE INDEX "open311_keys_updated_at_idx" ON "open311_keys" USING btree ("updated_at");
  CREATE INDEX "open311_keys_created_at_idx" ON "open311_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_categories_fk" FOREIGN KEY ("service_categories_id") REFERENCES "public"."service_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_attachments_fk" FOREIGN KEY ("service_attachments_id") REFERENCES "public"."service_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open311_keys_fk" FOREIGN KEY ("open311_keys_id") REFERENCES "public"."open311_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_service_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("service_categories_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_service_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "payload_locked_documents_rels_service_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("service_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_open311_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("open311_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "municipalities_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_requirements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_requirements_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_form_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_internal_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "open311_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "municipalities_holidays" CASCADE;
  DROP TABLE "service_categories" CASCADE;
  DROP TABLE "service_categories_locales" CASCADE;
  DROP TABLE "services_audience" CASCADE;
  DROP TABLE "services_requirements" CASCADE;
  DROP TABLE "services_requirements_locales" CASCADE;
  DROP TABLE "services_documents" CASCADE;
  DROP TABLE "services_documents_locales" CASCADE;
  DROP TABLE "services_form_options" CASCADE;
  DROP TABLE "services_form_options_locales" CASCADE;
  DROP TABLE "services_form" CASCADE;
  DROP TABLE "services_form_locales" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "services_texts" CASCADE;
  DROP TABLE "service_requests_messages" CASCADE;
  DROP TABLE "service_requests_internal_notes" CASCADE;
  DROP TABLE "service_requests_history" CASCADE;
  DROP TABLE "service_requests" CASCADE;
  DROP TABLE "service_requests_rels" CASCADE;
  DROP TABLE "service_attachments" CASCADE;
  DROP TABLE "open311_keys" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open311_keys_fk";
  
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_tenants_roles";
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('municipal-admin', 'editor');
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_tenants_roles" USING "value"::"public"."enum_users_tenants_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_service_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_open311_keys_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open311_keys_id";
  DROP TYPE "public"."enum_services_audience";
  DROP TYPE "public"."enum_services_form_type";
  DROP TYPE "public"."enum_services_silence";
  DROP TYPE "public"."enum_service_requests_messages_from";
  DROP TYPE "public"."enum_service_requests_language";
  DROP TYPE "public"."enum_service_requests_source";
  DROP TYPE "public"."enum_service_requests_status";`)
}
