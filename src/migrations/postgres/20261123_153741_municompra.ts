import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_suppliers_categories" AS ENUM('goods', 'works', 'services');
  CREATE TYPE "public"."enum_suppliers_status" AS ENUM('pending', 'verified', 'rejected', 'suspended');
  CREATE TYPE "public"."enum_procurement_plans_items_category" AS ENUM('goods', 'works', 'services');
  CREATE TYPE "public"."enum_procurement_plans_items_quarter" AS ENUM('Q1', 'Q2', 'Q3', 'Q4');
  CREATE TYPE "public"."enum_tenders_items_classification_scheme" AS ENUM('UNSPSC', 'CPV', 'CUCOP', 'CPC', 'HS');
  CREATE TYPE "public"."enum_tenders_documents_document_type" AS ENUM('tenderNotice', 'biddingDocuments', 'technicalSpecifications', 'evaluationCriteria', 'clarifications', 'contractDraft', 'billOfQuantity', 'eligibilityCriteria', 'contractSigned', 'contractAnnexe', 'completionCertificate');
  CREATE TYPE "public"."enum_tenders_method" AS ENUM('open', 'selective', 'limited', 'direct');
  CREATE TYPE "public"."enum_tenders_category" AS ENUM('goods', 'works', 'services');
  CREATE TYPE "public"."enum_tenders_award_criteria" AS ENUM('priceOnly', 'costOnly', 'qualityOnly', 'ratedCriteria');
  CREATE TYPE "public"."enum_tenders_status" AS ENUM('draft', 'published', 'closed', 'opened', 'evaluation', 'awarded', 'unsuccessful', 'cancelled');
  CREATE TYPE "public"."enum_bids_status" AS ENUM('submitted', 'withdrawn');
  CREATE TYPE "public"."enum_contracts_documents_document_type" AS ENUM('tenderNotice', 'biddingDocuments', 'technicalSpecifications', 'evaluationCriteria', 'clarifications', 'contractDraft', 'billOfQuantity', 'eligibilityCriteria', 'contractSigned', 'contractAnnexe', 'completionCertificate');
  CREATE TYPE "public"."enum_contracts_milestones_type" AS ENUM('delivery', 'reporting', 'payment', 'approval', 'assessment', 'engagement', 'financing');
  CREATE TYPE "public"."enum_contracts_milestones_status" AS ENUM('scheduled', 'met', 'notMet', 'partiallyMet');
  CREATE TYPE "public"."enum_contracts_status" AS ENUM('pending', 'active', 'terminated', 'cancelled');
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'procurement-officer';
  ALTER TYPE "public"."enum_users_tenants_roles" ADD VALUE 'evaluator';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'municompra-close' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'municompra-open' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'municompra-close' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'municompra-open' BEFORE 'schedulePublish';
  CREATE TABLE "suppliers_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_suppliers_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "suppliers_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "suppliers_history" (
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
  
  CREATE TABLE "suppliers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"legal_name" varchar NOT NULL,
  	"country" varchar NOT NULL,
  	"tax_id" varchar NOT NULL,
  	"unique_key" varchar,
  	"account_id" integer,
  	"address" varchar,
  	"status" "enum_suppliers_status" DEFAULT 'pending',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "procurement_plans_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"category" "enum_procurement_plans_items_category" NOT NULL,
  	"estimated_value" numeric,
  	"quarter" "enum_procurement_plans_items_quarter"
  );
  
  CREATE TABLE "procurement_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"year" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "procurement_plans_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tenders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"classification_scheme" "enum_tenders_items_classification_scheme" DEFAULT 'UNSPSC',
  	"classification_id" varchar,
  	"quantity" numeric,
  	"unit" varchar
  );
  
  CREATE TABLE "tenders_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"file_id" integer NOT NULL,
  	"document_type" "enum_tenders_documents_document_type"
  );
  
  CREATE TABLE "tenders_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"fields" varchar,
  	"rationale" varchar,
  	"previous_deadline" timestamp(3) with time zone,
  	"new_deadline" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenders_opening_record" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"supplier_name" varchar,
  	"tax_id" varchar,
  	"amount" numeric,
  	"currency" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"bid" varchar
  );
  
  CREATE TABLE "tenders_history" (
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
  
  CREATE TABLE "tenders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"reference" varchar NOT NULL,
  	"ocid" varchar,
  	"unique_key" varchar,
  	"method" "enum_tenders_method" DEFAULT 'open' NOT NULL,
  	"category" "enum_tenders_category" NOT NULL,
  	"award_criteria" "enum_tenders_award_criteria" DEFAULT 'priceOnly',
  	"value_amount" numeric,
  	"value_currency" varchar,
  	"enquiry_deadline" timestamp(3) with time zone,
  	"submission_deadline" timestamp(3) with time zone,
  	"opening_at" timestamp(3) with time zone,
  	"plan_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"bid_count" numeric,
  	"opened_at" timestamp(3) with time zone,
  	"award_bid_id" integer,
  	"award_supplier_id" integer,
  	"award_supplier_name" varchar,
  	"award_value" numeric,
  	"award_date" timestamp(3) with time zone,
  	"award_reasons" varchar,
  	"status" "enum_tenders_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenders_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tenders_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"suppliers_id" integer
  );
  
  CREATE TABLE "clarifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"tender_id" integer NOT NULL,
  	"question" varchar NOT NULL,
  	"answer" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"answered_by" varchar,
  	"asked_by_id" integer,
  	"supplier_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bids" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"tender_id" integer NOT NULL,
  	"supplier_id" integer NOT NULL,
  	"supplier_name" varchar,
  	"bidder_id" integer,
  	"unique_key" varchar,
  	"status" "enum_bids_status" DEFAULT 'submitted',
  	"submitted_at" timestamp(3) with time zone,
  	"version" numeric DEFAULT 1,
  	"sha256" varchar,
  	"sealed" varchar,
  	"opened" boolean DEFAULT false,
  	"amount" numeric,
  	"currency" varchar,
  	"lines" jsonb,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bids_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bid_documents_id" integer
  );
  
  CREATE TABLE "bid_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"bid_id" integer,
  	"bidder_id" integer,
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
  
  CREATE TABLE "bid_evaluations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"bid_id" integer NOT NULL,
  	"tender_id" integer,
  	"evaluator_id" integer,
  	"unique_key" varchar,
  	"score" numeric NOT NULL,
  	"justification" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contracts_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"file_id" integer NOT NULL,
  	"document_type" "enum_contracts_documents_document_type"
  );
  
  CREATE TABLE "contracts_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"description" varchar NOT NULL,
  	"rationale" varchar
  );
  
  CREATE TABLE "contracts_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"type" "enum_contracts_milestones_type" DEFAULT 'delivery',
  	"status" "enum_contracts_milestones_status" DEFAULT 'scheduled',
  	"due_date" timestamp(3) with time zone,
  	"date_met" timestamp(3) with time zone
  );
  
  CREATE TABLE "contracts_payments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"amount" numeric NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "contracts_history" (
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
  
  CREATE TABLE "contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"tender_id" integer NOT NULL,
  	"supplier_id" integer,
  	"supplier_name" varchar,
  	"value" numeric,
  	"currency" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"status" "enum_contracts_status" DEFAULT 'pending',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contracts_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procurement_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
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
  
  CREATE TABLE "ocds_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"ocid" varchar NOT NULL,
  	"release_id" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"tags" varchar,
  	"tender_id" integer,
  	"release" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suppliers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procurement_plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tenders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clarifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bids_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bid_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bid_evaluations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procurement_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ocds_releases_id" integer;
  ALTER TABLE "suppliers_categories" ADD CONSTRAINT "suppliers_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "suppliers_contacts" ADD CONSTRAINT "suppliers_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "suppliers_history" ADD CONSTRAINT "suppliers_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_account_id_people_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_plans_items" ADD CONSTRAINT "procurement_plans_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_plans" ADD CONSTRAINT "procurement_plans_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_plans_locales" ADD CONSTRAINT "procurement_plans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_items" ADD CONSTRAINT "tenders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_documents" ADD CONSTRAINT "tenders_documents_file_id_procurement_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."procurement_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenders_documents" ADD CONSTRAINT "tenders_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_amendments" ADD CONSTRAINT "tenders_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_opening_record" ADD CONSTRAINT "tenders_opening_record_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_history" ADD CONSTRAINT "tenders_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders" ADD CONSTRAINT "tenders_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenders" ADD CONSTRAINT "tenders_plan_id_procurement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."procurement_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenders" ADD CONSTRAINT "tenders_award_bid_id_bids_id_fk" FOREIGN KEY ("award_bid_id") REFERENCES "public"."bids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenders" ADD CONSTRAINT "tenders_award_supplier_id_suppliers_id_fk" FOREIGN KEY ("award_supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenders_locales" ADD CONSTRAINT "tenders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_rels" ADD CONSTRAINT "tenders_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenders_rels" ADD CONSTRAINT "tenders_rels_suppliers_fk" FOREIGN KEY ("suppliers_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clarifications" ADD CONSTRAINT "clarifications_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clarifications" ADD CONSTRAINT "clarifications_tender_id_tenders_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clarifications" ADD CONSTRAINT "clarifications_asked_by_id_people_id_fk" FOREIGN KEY ("asked_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clarifications" ADD CONSTRAINT "clarifications_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bids" ADD CONSTRAINT "bids_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bids" ADD CONSTRAINT "bids_tender_id_tenders_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bids" ADD CONSTRAINT "bids_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bids" ADD CONSTRAINT "bids_bidder_id_people_id_fk" FOREIGN KEY ("bidder_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bids_rels" ADD CONSTRAINT "bids_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bids_rels" ADD CONSTRAINT "bids_rels_bid_documents_fk" FOREIGN KEY ("bid_documents_id") REFERENCES "public"."bid_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bid_documents" ADD CONSTRAINT "bid_documents_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_documents" ADD CONSTRAINT "bid_documents_bid_id_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."bids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_documents" ADD CONSTRAINT "bid_documents_bidder_id_people_id_fk" FOREIGN KEY ("bidder_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_evaluations" ADD CONSTRAINT "bid_evaluations_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_evaluations" ADD CONSTRAINT "bid_evaluations_bid_id_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."bids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_evaluations" ADD CONSTRAINT "bid_evaluations_tender_id_tenders_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bid_evaluations" ADD CONSTRAINT "bid_evaluations_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_documents" ADD CONSTRAINT "contracts_documents_file_id_procurement_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."procurement_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_documents" ADD CONSTRAINT "contracts_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_amendments" ADD CONSTRAINT "contracts_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_milestones" ADD CONSTRAINT "contracts_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_payments" ADD CONSTRAINT "contracts_payments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_history" ADD CONSTRAINT "contracts_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tender_id_tenders_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_locales" ADD CONSTRAINT "contracts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_files" ADD CONSTRAINT "procurement_files_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ocds_releases" ADD CONSTRAINT "ocds_releases_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ocds_releases" ADD CONSTRAINT "ocds_releases_tender_id_tenders_id_fk" FOREIGN KEY ("tender_id") REFERENCES "public"."tenders"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "suppliers_categories_order_idx" ON "suppliers_categories" USING btree ("order");
  CREATE INDEX "suppliers_categories_parent_idx" ON "suppliers_categories" USING btree ("parent_id");
  CREATE INDEX "suppliers_contacts_order_idx" ON "suppliers_contacts" USING btree ("_order");
  CREATE INDEX "suppliers_contacts_parent_id_idx" ON "suppliers_contacts" USING btree ("_parent_id");
  CREATE INDEX "suppliers_history_order_idx" ON "suppliers_history" USING btree ("_order");
  CREATE INDEX "suppliers_history_parent_id_idx" ON "suppliers_history" USING btree ("_parent_id");
  CREATE INDEX "suppliers_tenant_idx" ON "suppliers" USING btree ("tenant_id");
  CREATE INDEX "suppliers_legal_name_idx" ON "suppliers" USING btree ("legal_name");
  CREATE INDEX "suppliers_tax_id_idx" ON "suppliers" USING btree ("tax_id");
  CREATE UNIQUE INDEX "suppliers_unique_key_idx" ON "suppliers" USING btree ("unique_key");
  CREATE INDEX "suppliers_account_idx" ON "suppliers" USING btree ("account_id");
  CREATE INDEX "suppliers_status_idx" ON "suppliers" USING btree ("status");
  CREATE INDEX "suppliers_updated_at_idx" ON "suppliers" USING btree ("updated_at");
  CREATE INDEX "suppliers_created_at_idx" ON "suppliers" USING btree ("created_at");
  CREATE INDEX "procurement_plans_items_order_idx" ON "procurement_plans_items" USING btree ("_order");
  CREATE INDEX "procurement_plans_items_parent_id_idx" ON "procurement_plans_items" USING btree ("_parent_id");
  CREATE INDEX "procurement_plans_tenant_idx" ON "procurement_plans" USING btree ("tenant_id");
  CREATE INDEX "procurement_plans_year_idx" ON "procurement_plans" USING btree ("year");
  CREATE INDEX "procurement_plans_updated_at_idx" ON "procurement_plans" USING btree ("updated_at");
  CREATE INDEX "procurement_plans_created_at_idx" ON "procurement_plans" USING btree ("created_at");
  CREATE UNIQUE INDEX "procurement_plans_locales_locale_parent_id_unique" ON "procurement_plans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tenders_items_order_idx" ON "tenders_items" USING btree ("_order");
  CREATE INDEX "tenders_items_parent_id_idx" ON "tenders_items" USING btree ("_parent_id");
  CREATE INDEX "tenders_documents_order_idx" ON "tenders_documents" USING btree ("_order");
  CREATE INDEX "tenders_documents_parent_id_idx" ON "tenders_documents" USING btree ("_parent_id");
  CREATE INDEX "tenders_documents_file_idx" ON "tenders_documents" USING btree ("file_id");
  CREATE INDEX "tenders_amendments_order_idx" ON "tenders_amendments" USING btree ("_order");
  CREATE INDEX "tenders_amendments_parent_id_idx" ON "tenders_amendments" USING btree ("_parent_id");
  CREATE INDEX "tenders_opening_record_order_idx" ON "tenders_opening_record" USING btree ("_order");
  CREATE INDEX "tenders_opening_record_parent_id_idx" ON "tenders_opening_record" USING btree ("_parent_id");
  CREATE INDEX "tenders_history_order_idx" ON "tenders_history" USING btree ("_order");
  CREATE INDEX "tenders_history_parent_id_idx" ON "tenders_history" USING btree ("_parent_id");
  CREATE INDEX "tenders_tenant_idx" ON "tenders" USING btree ("tenant_id");
  CREATE INDEX "tenders_reference_idx" ON "tenders" USING btree ("reference");
  CREATE INDEX "tenders_ocid_idx" ON "tenders" USING btree ("ocid");
  CREATE UNIQUE INDEX "tenders_unique_key_idx" ON "tenders" USING btree ("unique_key");
  CREATE INDEX "tenders_method_idx" ON "tenders" USING btree ("method");
  CREATE INDEX "tenders_category_idx" ON "tenders" USING btree ("category");
  CREATE INDEX "tenders_submission_deadline_idx" ON "tenders" USING btree ("submission_deadline");
  CREATE INDEX "tenders_opening_at_idx" ON "tenders" USING btree ("opening_at");
  CREATE INDEX "tenders_plan_idx" ON "tenders" USING btree ("plan_id");
  CREATE INDEX "tenders_award_award_bid_idx" ON "tenders" USING btree ("award_bid_id");
  CREATE INDEX "tenders_award_award_supplier_idx" ON "tenders" USING btree ("award_supplier_id");
  CREATE INDEX "tenders_status_idx" ON "tenders" USING btree ("status");
  CREATE INDEX "tenders_updated_at_idx" ON "tenders" USING btree ("updated_at");
  CREATE INDEX "tenders_created_at_idx" ON "tenders" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenders_locales_locale_parent_id_unique" ON "tenders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tenders_rels_order_idx" ON "tenders_rels" USING btree ("order");
  CREATE INDEX "tenders_rels_parent_idx" ON "tenders_rels" USING btree ("parent_id");
  CREATE INDEX "tenders_rels_path_idx" ON "tenders_rels" USING btree ("path");
  CREATE INDEX "tenders_rels_suppliers_id_idx" ON "tenders_rels" USING btree ("suppliers_id");
  CREATE INDEX "clarifications_tenant_idx" ON "clarifications" USING btree ("tenant_id");
  CREATE INDEX "clarifications_tender_idx" ON "clarifications" USING btree ("tender_id");
  CREATE INDEX "clarifications_answered_at_idx" ON "clarifications" USING btree ("answered_at");
  CREATE INDEX "clarifications_asked_by_idx" ON "clarifications" USING btree ("asked_by_id");
  CREATE INDEX "clarifications_supplier_idx" ON "clarifications" USING btree ("supplier_id");
  CREATE INDEX "clarifications_updated_at_idx" ON "clarifications" USING btree ("updated_at");
  CREATE INDEX "clarifications_created_at_idx" ON "clarifications" USING btree ("created_at");
  CREATE INDEX "bids_tenant_idx" ON "bids" USING btree ("tenant_id");
  CREATE INDEX "bids_tender_idx" ON "bids" USING btree ("tender_id");
  CREATE INDEX "bids_supplier_idx" ON "bids" USING btree ("supplier_id");
  CREATE INDEX "bids_bidder_idx" ON "bids" USING btree ("bidder_id");
  CREATE UNIQUE INDEX "bids_unique_key_idx" ON "bids" USING btree ("unique_key");
  CREATE INDEX "bids_status_idx" ON "bids" USING btree ("status");
  CREATE INDEX "bids_submitted_at_idx" ON "bids" USING btree ("submitted_at");
  CREATE INDEX "bids_opened_idx" ON "bids" USING btree ("opened");
  CREATE INDEX "bids_updated_at_idx" ON "bids" USING btree ("updated_at");
  CREATE INDEX "bids_created_at_idx" ON "bids" USING btree ("created_at");
  CREATE INDEX "bids_rels_order_idx" ON "bids_rels" USING btree ("order");
  CREATE INDEX "bids_rels_parent_idx" ON "bids_rels" USING btree ("parent_id");
  CREATE INDEX "bids_rels_path_idx" ON "bids_rels" USING btree ("path");
  CREATE INDEX "bids_rels_bid_documents_id_idx" ON "bids_rels" USING btree ("bid_documents_id");
  CREATE INDEX "bid_documents_tenant_idx" ON "bid_documents" USING btree ("tenant_id");
  CREATE INDEX "bid_documents_bid_idx" ON "bid_documents" USING btree ("bid_id");
  CREATE INDEX "bid_documents_bidder_idx" ON "bid_documents" USING btree ("bidder_id");
  CREATE INDEX "bid_documents_updated_at_idx" ON "bid_documents" USING btree ("updated_at");
  CREATE INDEX "bid_documents_created_at_idx" ON "bid_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "bid_documents_filename_idx" ON "bid_documents" USING btree ("filename");
  CREATE INDEX "bid_evaluations_tenant_idx" ON "bid_evaluations" USING btree ("tenant_id");
  CREATE INDEX "bid_evaluations_bid_idx" ON "bid_evaluations" USING btree ("bid_id");
  CREATE INDEX "bid_evaluations_tender_idx" ON "bid_evaluations" USING btree ("tender_id");
  CREATE INDEX "bid_evaluations_evaluator_idx" ON "bid_evaluations" USING btree ("evaluator_id");
  CREATE UNIQUE INDEX "bid_evaluations_unique_key_idx" ON "bid_evaluations" USING btree ("unique_key");
  CREATE INDEX "bid_evaluations_updated_at_idx" ON "bid_evaluations" USING btree ("updated_at");
  CREATE INDEX "bid_evaluations_created_at_idx" ON "bid_evaluations" USING btree ("created_at");
  CREATE INDEX "contracts_documents_order_idx" ON "contracts_documents" USING btree ("_order");
  CREATE INDEX "contracts_documents_parent_id_idx" ON "contracts_documents" USING btree ("_parent_id");
  CREATE INDEX "contracts_documents_file_idx" ON "contracts_documents" USING btree ("file_id");
  CREATE INDEX "contracts_amendments_order_idx" ON "contracts_amendments" USING btree ("_order");
  CREATE INDEX "contracts_amendments_parent_id_idx" ON "contracts_amendments" USING btree ("_parent_id");
  CREATE INDEX "contracts_milestones_order_idx" ON "contracts_milestones" USING btree ("_order");
  CREATE INDEX "contracts_milestones_parent_id_idx" ON "contracts_milestones" USING btree ("_parent_id");
  CREATE INDEX "contracts_payments_order_idx" ON "contracts_payments" USING btree ("_order");
  CREATE INDEX "contracts_payments_parent_id_idx" ON "contracts_payments" USING btree ("_parent_id");
  CREATE INDEX "contracts_history_order_idx" ON "contracts_history" USING btree ("_order");
  CREATE INDEX "contracts_history_parent_id_idx" ON "contracts_history" USING btree ("_parent_id");
  CREATE INDEX "contracts_tenant_idx" ON "contracts" USING btree ("tenant_id");
  CREATE INDEX "contracts_tender_idx" ON "contracts" USING btree ("tender_id");
  CREATE INDEX "contracts_supplier_idx" ON "contracts" USING btree ("supplier_id");
  CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("status");
  CREATE INDEX "contracts_updated_at_idx" ON "contracts" USING btree ("updated_at");
  CREATE INDEX "contracts_created_at_idx" ON "contracts" USING btree ("created_at");
  CREATE UNIQUE INDEX "contracts_locales_locale_parent_id_unique" ON "contracts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procurement_files_tenant_idx" ON "procurement_files" USING btree ("tenant_id");
  CREATE INDEX "procurement_files_updated_at_idx" ON "procurement_files" USING btree ("updated_at");
  CREATE INDEX "procurement_files_created_at_idx" ON "procurement_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "procurement_files_filename_idx" ON "procurement_files" USING btree ("filename");
  CREATE INDEX "ocds_releases_tenant_idx" ON "ocds_releases" USING btree ("tenant_id");
  CREATE INDEX "ocds_releases_ocid_idx" ON "ocds_releases" USING btree ("ocid");
  CREATE UNIQUE INDEX "ocds_releases_release_id_idx" ON "ocds_releases" USING btree ("release_id");
  CREATE INDEX "ocds_releases_date_idx" ON "ocds_releases" USING btree ("date");
  CREATE INDEX "ocds_releases_tender_idx" ON "ocds_releases" USING btree ("tender_id");
  CREATE INDEX "ocds_releases_updated_at_idx" ON "ocds_releases" USING btree ("updated_at");
  CREATE INDEX "ocds_releases_created_at_idx" ON "ocds_releases" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suppliers_fk" FOREIGN KEY ("suppliers_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_plans_fk" FOREIGN KEY ("procurement_plans_id") REFERENCES "public"."procurement_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenders_fk" FOREIGN KEY ("tenders_id") REFERENCES "public"."tenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clarifications_fk" FOREIGN KEY ("clarifications_id") REFERENCES "public"."clarifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bids_fk" FOREIGN KEY ("bids_id") REFERENCES "public"."bids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bid_documents_fk" FOREIGN KEY ("bid_documents_id") REFERENCES "public"."bid_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bid_evaluations_fk" FOREIGN KEY ("bid_evaluations_id") REFERENCES "public"."bid_evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_files_fk" FOREIGN KEY ("procurement_files_id") REFERENCES "public"."procurement_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ocds_releases_fk" FOREIGN KEY ("ocds_releases_id") REFERENCES "public"."ocds_releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_suppliers_id_idx" ON "payload_locked_documents_rels" USING btree ("suppliers_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("procurement_plans_id");
  CREATE INDEX "payload_locked_documents_rels_tenders_id_idx" ON "payload_locked_documents_rels" USING btree ("tenders_id");
  CREATE INDEX "payload_locked_documents_rels_clarifications_id_idx" ON "payload_locked_documents_rels" USING btree ("clarifications_id");
  CREATE INDEX "payload_locked_documents_rels_bids_id_idx" ON "payload_locked_documents_rels" USING btree ("bids_id");
  CREATE INDEX "payload_locked_documents_rels_bid_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("bid_documents_id");
  CREATE INDEX "payload_locked_documents_rels_bid_evaluations_id_idx" ON "payload_locked_documents_rels" USING btree ("bid_evaluations_id");
  CREATE INDEX "payload_locked_documents_rels_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("contracts_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_files_id_idx" ON "payload_locked_documents_rels" USING btree ("procurement_files_id");
  CREATE INDEX "payload_locked_documents_rels_ocds_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("ocds_releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "suppliers_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppliers_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppliers_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppliers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_plans_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_plans_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_amendments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_opening_record" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenders_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clarifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bids_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bid_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bid_evaluations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_amendments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_milestones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ocds_releases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "suppliers_categories" CASCADE;
  DROP TABLE "suppliers_contacts" CASCADE;
  DROP TABLE "suppliers_history" CASCADE;
  DROP TABLE "suppliers" CASCADE;
  DROP TABLE "procurement_plans_items" CASCADE;
  DROP TABLE "procurement_plans" CASCADE;
  DROP TABLE "procurement_plans_locales" CASCADE;
  DROP TABLE "tenders_items" CASCADE;
  DROP TABLE "tenders_documents" CASCADE;
  DROP TABLE "tenders_amendments" CASCADE;
  DROP TABLE "tenders_opening_record" CASCADE;
  DROP TABLE "tenders_history" CASCADE;
  DROP TABLE "tenders" CASCADE;
  DROP TABLE "tenders_locales" CASCADE;
  DROP TABLE "tenders_rels" CASCADE;
  DROP TABLE "clarifications" CASCADE;
  DROP TABLE "bids" CASCADE;
  DROP TABLE "bids_rels" CASCADE;
  DROP TABLE "bid_documents" CASCADE;
  DROP TABLE "bid_evaluations" CASCADE;
  DROP TABLE "contracts_documents" CASCADE;
  DROP TABLE "contracts_amendments" CASCADE;
  DROP TABLE "contracts_milestones" CASCADE;
  DROP TABLE "contracts_payments" CASCADE;
  DROP TABLE "contracts_history" CASCADE;
  DROP TABLE "contracts" CASCADE;
  DROP TABLE "contracts_locales" CASCADE;
  DROP TABLE "procurement_files" CASCADE;
  DROP TABLE "ocds_releases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suppliers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procurement_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tenders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clarifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bids_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bid_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bid_evaluations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contracts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procurement_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ocds_releases_fk";
  
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_tenants_roles";
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('municipal-admin', 'editor', 'service-agent', 'service-supervisor');
  ALTER TABLE "users_tenants_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_tenants_roles" USING "value"::"public"."enum_users_tenants_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'muniservi-overdue', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'muniservi-overdue', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_suppliers_id_idx";
  DROP INDEX "payload_locked_documents_rels_procurement_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_tenders_id_idx";
  DROP INDEX "payload_locked_documents_rels_clarifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_bids_id_idx";
  DROP INDEX "payload_locked_documents_rels_bid_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_bid_evaluations_id_idx";
  DROP INDEX "payload_locked_documents_rels_contracts_id_idx";
  DROP INDEX "payload_locked_documents_rels_procurement_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_ocds_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suppliers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procurement_plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tenders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clarifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bids_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bid_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bid_evaluations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procurement_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ocds_releases_id";
  DROP TYPE "public"."enum_suppliers_categories";
  DROP TYPE "public"."enum_suppliers_status";
  DROP TYPE "public"."enum_procurement_plans_items_category";
  DROP TYPE "public"."enum_procurement_plans_items_quarter";
  DROP TYPE "public"."enum_tenders_items_classification_scheme";
  DROP TYPE "public"."enum_tenders_documents_document_type";
  DROP TYPE "public"."enum_tenders_method";
  DROP TYPE "public"."enum_tenders_category";
  DROP TYPE "public"."enum_tenders_award_criteria";
  DROP TYPE "public"."enum_tenders_status";
  DROP TYPE "public"."enum_bids_status";
  DROP TYPE "public"."enum_contracts_documents_document_type";
  DROP TYPE "public"."enum_contracts_milestones_type";
  DROP TYPE "public"."enum_contracts_milestones_status";
  DROP TYPE "public"."enum_contracts_status";`)
}
