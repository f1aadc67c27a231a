import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_processes_phases_phase" AS ENUM('information', 'proposals', 'supports', 'voting', 'results');
  CREATE TYPE "public"."enum_processes_announced_phase" AS ENUM('information', 'proposals', 'supports', 'voting', 'results');
  CREATE TYPE "public"."enum_proposals_answer_status" AS ENUM('accepted', 'evaluating', 'rejected');
  CREATE TYPE "public"."enum_proposals_status" AS ENUM('pending', 'published', 'rejected', 'hidden', 'withdrawn');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('published', 'hidden', 'withdrawn');
  CREATE TYPE "public"."enum_reports_target_collection" AS ENUM('proposals', 'comments');
  CREATE TYPE "public"."enum_budgets_rule" AS ENUM('knapsack', 'approval');
  CREATE TYPE "public"."enum_accountability_results_status" AS ENUM('planned', 'in-progress', 'completed', 'cancelled');
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'moderator';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'muniparticipa-phases' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'muniparticipa-results' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'muniparticipa-phases' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'muniparticipa-results' BEFORE 'schedulePublish';
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "processes_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" "enum_processes_phases_phase" NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "processes_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar NOT NULL,
  	"published" boolean DEFAULT false,
  	"supports_per_person" numeric DEFAULT 10,
  	"support_threshold" numeric DEFAULT 100,
  	"reports_to_hide" numeric DEFAULT 3,
  	"announced_phase" "enum_processes_announced_phase",
  	"require_verification" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "processes_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "proposals_history" (
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
  
  CREATE TABLE "proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"process_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"category" varchar,
  	"district_id" integer,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"location_address" varchar,
  	"author_id" integer,
  	"report_count" numeric,
  	"answer_status" "enum_proposals_answer_status",
  	"answer_text" varchar,
  	"answer_answered_at" timestamp(3) with time zone,
  	"status" "enum_proposals_status" DEFAULT 'pending',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "proposals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"proposal_images_id" integer
  );
  
  CREATE TABLE "proposal_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"author_id" integer,
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
  
  CREATE TABLE "comments_history" (
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
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"proposal_id" integer NOT NULL,
  	"parent_id" integer,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"report_count" numeric,
  	"status" "enum_comments_status" DEFAULT 'published',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"proposal_id" integer NOT NULL,
  	"process_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"unique_key" varchar,
  	"slot_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"target_collection" "enum_reports_target_collection" NOT NULL,
  	"target_id" varchar NOT NULL,
  	"person_id" integer NOT NULL,
  	"reason" varchar,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "polls_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "polls_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"multiple" boolean DEFAULT false
  );
  
  CREATE TABLE "polls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"process_id" integer,
  	"published" boolean DEFAULT false,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"require_verification" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "polls_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "poll_participations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"poll_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "poll_ballots" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"poll_id" integer NOT NULL,
  	"choices" jsonb NOT NULL
  );
  
  CREATE TABLE "budgets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"process_id" integer,
  	"published" boolean DEFAULT false,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"require_verification" boolean DEFAULT false,
  	"total" numeric NOT NULL,
  	"rule" "enum_budgets_rule" DEFAULT 'knapsack' NOT NULL,
  	"min_projects" numeric,
  	"max_projects" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budgets_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "budget_projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"budget_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"cost" numeric NOT NULL,
  	"district_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_participations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"budget_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_ballots" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"budget_id" integer NOT NULL,
  	"code_hash" varchar NOT NULL,
  	"projects" jsonb NOT NULL
  );
  
  CREATE TABLE "census_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"key_hash" varchar NOT NULL,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "residence_verifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"person_id" integer NOT NULL,
  	"entry_id" integer NOT NULL,
  	"person_key" varchar,
  	"entry_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accountability_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"status" "enum_accountability_results_status" DEFAULT 'planned',
  	"progress" numeric DEFAULT 0,
  	"process_id" integer,
  	"proposal_id" integer,
  	"project_id" integer,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "process_followers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"process_id" integer NOT NULL,
  	"person_id" integer NOT NULL,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "districts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "processes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposal_images_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "supports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "polls_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "poll_participations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "poll_ballots_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budgets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budget_projects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budget_participations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budget_ballots_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "census_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "residence_verifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accountability_results_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "process_followers_id" integer;
  ALTER TABLE "districts" ADD CONSTRAINT "districts_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "processes_phases" ADD CONSTRAINT "processes_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "processes_categories" ADD CONSTRAINT "processes_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "processes" ADD CONSTRAINT "processes_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "processes_locales" ADD CONSTRAINT "processes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_history" ADD CONSTRAINT "proposals_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_proposal_images_fk" FOREIGN KEY ("proposal_images_id") REFERENCES "public"."proposal_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposal_images" ADD CONSTRAINT "proposal_images_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposal_images" ADD CONSTRAINT "proposal_images_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_history" ADD CONSTRAINT "comments_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supports" ADD CONSTRAINT "supports_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supports" ADD CONSTRAINT "supports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supports" ADD CONSTRAINT "supports_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supports" ADD CONSTRAINT "supports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "polls_questions_options" ADD CONSTRAINT "polls_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polls_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polls_questions" ADD CONSTRAINT "polls_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "polls" ADD CONSTRAINT "polls_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "polls" ADD CONSTRAINT "polls_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "polls_locales" ADD CONSTRAINT "polls_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budgets" ADD CONSTRAINT "budgets_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budgets" ADD CONSTRAINT "budgets_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budgets_locales" ADD CONSTRAINT "budgets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_participations" ADD CONSTRAINT "budget_participations_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_participations" ADD CONSTRAINT "budget_participations_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_participations" ADD CONSTRAINT "budget_participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "census_entries" ADD CONSTRAINT "census_entries_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residence_verifications" ADD CONSTRAINT "residence_verifications_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residence_verifications" ADD CONSTRAINT "residence_verifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residence_verifications" ADD CONSTRAINT "residence_verifications_entry_id_census_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."census_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_results" ADD CONSTRAINT "accountability_results_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_results" ADD CONSTRAINT "accountability_results_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_results" ADD CONSTRAINT "accountability_results_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accountability_results" ADD CONSTRAINT "accountability_results_project_id_budget_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "process_followers" ADD CONSTRAINT "process_followers_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "process_followers" ADD CONSTRAINT "process_followers_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "process_followers" ADD CONSTRAINT "process_followers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "districts_tenant_idx" ON "districts" USING btree ("tenant_id");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE INDEX "processes_phases_order_idx" ON "processes_phases" USING btree ("_order");
  CREATE INDEX "processes_phases_parent_id_idx" ON "processes_phases" USING btree ("_parent_id");
  CREATE INDEX "processes_categories_order_idx" ON "processes_categories" USING btree ("_order");
  CREATE INDEX "processes_categories_parent_id_idx" ON "processes_categories" USING btree ("_parent_id");
  CREATE INDEX "processes_tenant_idx" ON "processes" USING btree ("tenant_id");
  CREATE INDEX "processes_slug_idx" ON "processes" USING btree ("slug");
  CREATE INDEX "processes_published_idx" ON "processes" USING btree ("published");
  CREATE INDEX "processes_updated_at_idx" ON "processes" USING btree ("updated_at");
  CREATE INDEX "processes_created_at_idx" ON "processes" USING btree ("created_at");
  CREATE UNIQUE INDEX "processes_locales_locale_parent_id_unique" ON "processes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "proposals_history_order_idx" ON "proposals_history" USING btree ("_order");
  CREATE INDEX "proposals_history_parent_id_idx" ON "proposals_history" USING btree ("_parent_id");
  CREATE INDEX "proposals_tenant_idx" ON "proposals" USING btree ("tenant_id");
  CREATE INDEX "proposals_process_idx" ON "proposals" USING btree ("process_id");
  CREATE INDEX "proposals_category_idx" ON "proposals" USING btree ("category");
  CREATE INDEX "proposals_district_idx" ON "proposals" USING btree ("district_id");
  CREATE INDEX "proposals_author_idx" ON "proposals" USING btree ("author_id");
  CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("status");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE INDEX "proposals_rels_order_idx" ON "proposals_rels" USING btree ("order");
  CREATE INDEX "proposals_rels_parent_idx" ON "proposals_rels" USING btree ("parent_id");
  CREATE INDEX "proposals_rels_path_idx" ON "proposals_rels" USING btree ("path");
  CREATE INDEX "proposals_rels_proposal_images_id_idx" ON "proposals_rels" USING btree ("proposal_images_id");
  CREATE INDEX "proposal_images_tenant_idx" ON "proposal_images" USING btree ("tenant_id");
  CREATE INDEX "proposal_images_author_idx" ON "proposal_images" USING btree ("author_id");
  CREATE INDEX "proposal_images_updated_at_idx" ON "proposal_images" USING btree ("updated_at");
  CREATE INDEX "proposal_images_created_at_idx" ON "proposal_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "proposal_images_filename_idx" ON "proposal_images" USING btree ("filename");
  CREATE INDEX "comments_history_order_idx" ON "comments_history" USING btree ("_order");
  CREATE INDEX "comments_history_parent_id_idx" ON "comments_history" USING btree ("_parent_id");
  CREATE INDEX "comments_tenant_idx" ON "comments" USING btree ("tenant_id");
  CREATE INDEX "comments_proposal_idx" ON "comments" USING btree ("proposal_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "supports_tenant_idx" ON "supports" USING btree ("tenant_id");
  CREATE INDEX "supports_proposal_idx" ON "supports" USING btree ("proposal_id");
  CREATE INDEX "supports_process_idx" ON "supports" USING btree ("process_id");
  CREATE INDEX "supports_person_idx" ON "supports" USING btree ("person_id");
  CREATE UNIQUE INDEX "supports_unique_key_idx" ON "supports" USING btree ("unique_key");
  CREATE UNIQUE INDEX "supports_slot_key_idx" ON "supports" USING btree ("slot_key");
  CREATE INDEX "supports_updated_at_idx" ON "supports" USING btree ("updated_at");
  CREATE INDEX "supports_created_at_idx" ON "supports" USING btree ("created_at");
  CREATE INDEX "reports_tenant_idx" ON "reports" USING btree ("tenant_id");
  CREATE INDEX "reports_target_id_idx" ON "reports" USING btree ("target_id");
  CREATE INDEX "reports_person_idx" ON "reports" USING btree ("person_id");
  CREATE UNIQUE INDEX "reports_unique_key_idx" ON "reports" USING btree ("unique_key");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "polls_questions_options_order_idx" ON "polls_questions_options" USING btree ("_order");
  CREATE INDEX "polls_questions_options_parent_id_idx" ON "polls_questions_options" USING btree ("_parent_id");
  CREATE INDEX "polls_questions_order_idx" ON "polls_questions" USING btree ("_order");
  CREATE INDEX "polls_questions_parent_id_idx" ON "polls_questions" USING btree ("_parent_id");
  CREATE INDEX "polls_tenant_idx" ON "polls" USING btree ("tenant_id");
  CREATE INDEX "polls_process_idx" ON "polls" USING btree ("process_id");
  CREATE INDEX "polls_published_idx" ON "polls" USING btree ("published");
  CREATE INDEX "polls_opens_at_idx" ON "polls" USING btree ("opens_at");
  CREATE INDEX "polls_closes_at_idx" ON "polls" USING btree ("closes_at");
  CREATE INDEX "polls_updated_at_idx" ON "polls" USING btree ("updated_at");
  CREATE INDEX "polls_created_at_idx" ON "polls" USING btree ("created_at");
  CREATE UNIQUE INDEX "polls_locales_locale_parent_id_unique" ON "polls_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "poll_participations_tenant_idx" ON "poll_participations" USING btree ("tenant_id");
  CREATE INDEX "poll_participations_poll_idx" ON "poll_participations" USING btree ("poll_id");
  CREATE INDEX "poll_participations_person_idx" ON "poll_participations" USING btree ("person_id");
  CREATE UNIQUE INDEX "poll_participations_unique_key_idx" ON "poll_participations" USING btree ("unique_key");
  CREATE INDEX "poll_participations_updated_at_idx" ON "poll_participations" USING btree ("updated_at");
  CREATE INDEX "poll_participations_created_at_idx" ON "poll_participations" USING btree ("created_at");
  CREATE INDEX "poll_ballots_tenant_idx" ON "poll_ballots" USING btree ("tenant_id");
  CREATE INDEX "poll_ballots_poll_idx" ON "poll_ballots" USING btree ("poll_id");
  CREATE INDEX "budgets_tenant_idx" ON "budgets" USING btree ("tenant_id");
  CREATE INDEX "budgets_process_idx" ON "budgets" USING btree ("process_id");
  CREATE INDEX "budgets_published_idx" ON "budgets" USING btree ("published");
  CREATE INDEX "budgets_opens_at_idx" ON "budgets" USING btree ("opens_at");
  CREATE INDEX "budgets_closes_at_idx" ON "budgets" USING btree ("closes_at");
  CREATE INDEX "budgets_updated_at_idx" ON "budgets" USING btree ("updated_at");
  CREATE INDEX "budgets_created_at_idx" ON "budgets" USING btree ("created_at");
  CREATE UNIQUE INDEX "budgets_locales_locale_parent_id_unique" ON "budgets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "budget_projects_tenant_idx" ON "budget_projects" USING btree ("tenant_id");
  CREATE INDEX "budget_projects_budget_idx" ON "budget_projects" USING btree ("budget_id");
  CREATE INDEX "budget_projects_district_idx" ON "budget_projects" USING btree ("district_id");
  CREATE INDEX "budget_projects_updated_at_idx" ON "budget_projects" USING btree ("updated_at");
  CREATE INDEX "budget_projects_created_at_idx" ON "budget_projects" USING btree ("created_at");
  CREATE INDEX "budget_participations_tenant_idx" ON "budget_participations" USING btree ("tenant_id");
  CREATE INDEX "budget_participations_budget_idx" ON "budget_participations" USING btree ("budget_id");
  CREATE INDEX "budget_participations_person_idx" ON "budget_participations" USING btree ("person_id");
  CREATE UNIQUE INDEX "budget_participations_unique_key_idx" ON "budget_participations" USING btree ("unique_key");
  CREATE INDEX "budget_participations_updated_at_idx" ON "budget_participations" USING btree ("updated_at");
  CREATE INDEX "budget_participations_created_at_idx" ON "budget_participations" USING btree ("created_at");
  CREATE INDEX "budget_ballots_tenant_idx" ON "budget_ballots" USING btree ("tenant_id");
  CREATE INDEX "budget_ballots_budget_idx" ON "budget_ballots" USING btree ("budget_id");
  CREATE UNIQUE INDEX "budget_ballots_code_hash_idx" ON "budget_ballots" USING btree ("code_hash");
  CREATE INDEX "census_entries_tenant_idx" ON "census_entries" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "census_entries_unique_key_idx" ON "census_entries" USING btree ("unique_key");
  CREATE INDEX "census_entries_updated_at_idx" ON "census_entries" USING btree ("updated_at");
  CREATE INDEX "census_entries_created_at_idx" ON "census_entries" USING btree ("created_at");
  CREATE INDEX "residence_verifications_tenant_idx" ON "residence_verifications" USING btree ("tenant_id");
  CREATE INDEX "residence_verifications_person_idx" ON "residence_verifications" USING btree ("person_id");
  CREATE INDEX "residence_verifications_entry_idx" ON "residence_verifications" USING btree ("entry_id");
  CREATE UNIQUE INDEX "residence_verifications_person_key_idx" ON "residence_verifications" USING btree ("person_key");
  CREATE UNIQUE INDEX "residence_verifications_entry_key_idx" ON "residence_verifications" USING btree ("entry_key");
  CREATE INDEX "residence_verifications_updated_at_idx" ON "residence_verifications" USING btree ("updated_at");
  CREATE INDEX "residence_verifications_created_at_idx" ON "residence_verifications" USING btree ("created_at");
  CREATE INDEX "accountability_results_tenant_idx" ON "accountability_results" USING btree ("tenant_id");
  CREATE INDEX "accountability_results_status_idx" ON "accountability_results" USING btree ("status");
  CREATE INDEX "accountability_results_process_idx" ON "accountability_results" USING btree ("process_id");
  CREATE INDEX "accountability_results_proposal_idx" ON "accountability_results" USING btree ("proposal_id");
  CREATE INDEX "accountability_results_project_idx" ON "accountability_results" USING btree ("project_id");
  CREATE UNIQUE INDEX "accountability_results_unique_key_idx" ON "accountability_results" USING btree ("unique_key");
  CREATE INDEX "accountability_results_updated_at_idx" ON "accountability_results" USING btree ("updated_at");
  CREATE INDEX "accountability_results_created_at_idx" ON "accountability_results" USING btree ("created_at");
  CREATE INDEX "process_followers_tenant_idx" ON "process_followers" USING btree ("tenant_id");
  CREATE INDEX "process_followers_process_idx" ON "process_followers" USING btree ("process_id");
  CREATE INDEX "process_followers_person_idx" ON "process_followers" USING btree ("person_id");
  CREATE UNIQUE INDEX "process_followers_unique_key_idx" ON "process_followers" USING btree ("unique_key");
  CREATE INDEX "process_followers_updated_at_idx" ON "process_followers" USING btree ("updated_at");
  CREATE INDEX "process_followers_created_at_idx" ON "process_followers" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_processes_fk" FOREIGN KEY ("processes_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposal_images_fk" FOREIGN KEY ("proposal_images_id") REFERENCES "public"."proposal_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supports_fk" FOREIGN KEY ("supports_id") REFERENCES "public"."supports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_polls_fk" FOREIGN KEY ("polls_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_poll_participations_fk" FOREIGN KEY ("poll_participations_id") REFERENCES "public"."poll_participations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_poll_ballots_fk" FOREIGN KEY ("poll_ballots_id") REFERENCES "public"."poll_ballots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budgets_fk" FOREIGN KEY ("budgets_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_projects_fk" FOREIGN KEY ("budget_projects_id") REFERENCES "public"."budget_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_participations_fk" FOREIGN KEY ("budget_participations_id") REFERENCES "public"."budget_participations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_ballots_fk" FOREIGN KEY ("budget_ballots_id") REFERENCES "public"."budget_ballots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_census_entries_fk" FOREIGN KEY ("census_entries_id") REFERENCES "public"."census_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_residence_verifications_fk" FOREIGN KEY ("residence_verifications_id") REFERENCES "public"."residence_verifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accountability_results_fk" FOREIGN KEY ("accountability_results_id") REFERENCES "public"."accountability_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_process_followers_fk" FOREIGN KEY ("process_followers_id") REFERENCES "public"."process_followers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");
  CREATE INDEX "payload_locked_documents_rels_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("processes_id");
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_proposal_images_id_idx" ON "payload_locked_documents_rels" USING btree ("proposal_images_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_supports_id_idx" ON "payload_locked_documents_rels" USING btree ("supports_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_polls_id_idx" ON "payload_locked_documents_rels" USING btree ("polls_id");
  CREATE INDEX "payload_locked_documents_rels_poll_participations_id_idx" ON "payload_locked_documents_rels" USING btree ("poll_participations_id");
  CREATE INDEX "payload_locked_documents_rels_poll_ballots_id_idx" ON "payload_locked_documents_rels" USING btree ("poll_ballots_id");
  CREATE INDEX "payload_locked_documents_rels_budgets_id_idx" ON "payload_locked_documents_rels" USING btree ("budgets_id");
  CREATE INDEX "payload_locked_documents_rels_budget_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_projects_id");
  CREATE INDEX "payload_locked_documents_rels_budget_participations_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_participations_id");
  CREATE INDEX "payload_locked_documents_rels_budget_ballots_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_ballots_id");
  CREATE INDEX "payload_locked_documents_rels_census_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("census_entries_id");
  CREATE INDEX "payload_locked_documents_rels_residence_verifications_id_idx" ON "payload_locked_documents_rels" USING btree ("residence_verifications_id");
  CREATE INDEX "payload_locked_documents_rels_accountability_results_id_idx" ON "payload_locked_documents_rels" USING btree ("accountability_results_id");
  CREATE INDEX "payload_locked_documents_rels_process_followers_id_idx" ON "payload_locked_documents_rels" USING btree ("process_followers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "districts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes_phases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposal_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "supports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polls_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polls_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polls" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "polls_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "poll_participations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "poll_ballots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budgets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budgets_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_participations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_ballots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "census_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residence_verifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "accountability_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "process_followers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "processes_phases" CASCADE;
  DROP TABLE "processes_categories" CASCADE;
  DROP TABLE "processes" CASCADE;
  DROP TABLE "processes_locales" CASCADE;
  DROP TABLE "proposals_history" CASCADE;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "proposals_rels" CASCADE;
  DROP TABLE "proposal_images" CASCADE;
  DROP TABLE "comments_history" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "supports" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "polls_questions_options" CASCADE;
  DROP TABLE "polls_questions" CASCADE;
  DROP TABLE "polls" CASCADE;
  DROP TABLE "polls_locales" CASCADE;
  DROP TABLE "poll_participations" CASCADE;
  DROP TABLE "poll_ballots" CASCADE;
  DROP TABLE "budgets" CASCADE;
  DROP TABLE "budgets_locales" CASCADE;
  DROP TABLE "budget_projects" CASCADE;
  DROP TABLE "budget_participations" CASCADE;
  DROP TABLE "budget_ballots" CASCADE;
  DROP TABLE "census_entries" CASCADE;
  DROP TABLE "residence_verifications" CASCADE;
  DROP TABLE "accountability_results" CASCADE;
  DROP TABLE "process_followers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_districts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_processes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposal_images_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_supports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_polls_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_poll_participations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_poll_ballots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budgets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budget_projects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budget_participations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budget_ballots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_census_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_residence_verifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_accountability_results_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_process_followers_fk";
  
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_tenants_roles";
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('municipal-admin', 'editor', 'service-agent', 'service-supervisor', 'procurement-officer', 'evaluator');
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_tenants_roles" USING "value"::"public"."enum_users_tenants_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'muniservi-overdue', 'municompra-close', 'municompra-open', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_districts_id_idx";
  DROP INDEX "payload_locked_documents_rels_processes_id_idx";
  DROP INDEX "payload_locked_documents_rels_proposals_id_idx";
  DROP INDEX "payload_locked_documents_rels_proposal_images_id_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_supports_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_polls_id_idx";
  DROP INDEX "payload_locked_documents_rels_poll_participations_id_idx";
  DROP INDEX "payload_locked_documents_rels_poll_ballots_id_idx";
  DROP INDEX "payload_locked_documents_rels_budgets_id_idx";
  DROP INDEX "payload_locked_documents_rels_budget_projects_id_idx";
  DROP INDEX "payload_locked_documents_rels_budget_participations_id_idx";
  DROP INDEX "payload_locked_documents_rels_budget_ballots_id_idx";
  DROP INDEX "payload_locked_documents_rels_census_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_residence_verifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_accountability_results_id_idx";
  DROP INDEX "payload_locked_documents_rels_process_followers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "districts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "processes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposal_images_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "supports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "polls_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "poll_participations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "poll_ballots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budgets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budget_projects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budget_participations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budget_ballots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "census_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "residence_verifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accountability_results_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "process_followers_id";
  DROP TYPE "public"."enum_processes_phases_phase";
  DROP TYPE "public"."enum_processes_announced_phase";
  DROP TYPE "public"."enum_proposals_answer_status";
  DROP TYPE "public"."enum_proposals_status";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_reports_target_collection";
  DROP TYPE "public"."enum_budgets_rule";
  DROP TYPE "public"."enum_accountability_results_status";`)
}
