import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`suppliers_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`suppliers_categories_order_idx\` ON \`suppliers_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_categories_parent_idx\` ON \`suppliers_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`suppliers_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`suppliers_contacts_order_idx\` ON \`suppliers_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_contacts_parent_id_idx\` ON \`suppliers_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`suppliers_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`suppliers_history_order_idx\` ON \`suppliers_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_history_parent_id_idx\` ON \`suppliers_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`suppliers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`legal_name\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`tax_id\` text NOT NULL,
  	\`unique_key\` text,
  	\`account_id\` integer,
  	\`address\` text,
  	\`status\` text DEFAULT 'pending',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`suppliers_tenant_idx\` ON \`suppliers\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_legal_name_idx\` ON \`suppliers\` (\`legal_name\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_tax_id_idx\` ON \`suppliers\` (\`tax_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`suppliers_unique_key_idx\` ON \`suppliers\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_account_idx\` ON \`suppliers\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_status_idx\` ON \`suppliers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_updated_at_idx\` ON \`suppliers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`suppliers_created_at_idx\` ON \`suppliers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procurement_plans_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`estimated_value\` numeric,
  	\`quarter\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procurement_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_plans_items_order_idx\` ON \`procurement_plans_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procurement_plans_items_parent_id_idx\` ON \`procurement_plans_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procurement_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_plans_tenant_idx\` ON \`procurement_plans\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_plans_year_idx\` ON \`procurement_plans\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`procurement_plans_updated_at_idx\` ON \`procurement_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_plans_created_at_idx\` ON \`procurement_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procurement_plans_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procurement_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`procurement_plans_locales_locale_parent_id_unique\` ON \`procurement_plans_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	\`classification_scheme\` text DEFAULT 'UNSPSC',
  	\`classification_id\` text,
  	\`quantity\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_items_order_idx\` ON \`tenders_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_items_parent_id_idx\` ON \`tenders_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`document_type\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`procurement_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_documents_order_idx\` ON \`tenders_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_documents_parent_id_idx\` ON \`tenders_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_documents_file_idx\` ON \`tenders_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`fields\` text,
  	\`rationale\` text,
  	\`previous_deadline\` text,
  	\`new_deadline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_amendments_order_idx\` ON \`tenders_amendments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_amendments_parent_id_idx\` ON \`tenders_amendments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_opening_record\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`supplier_name\` text,
  	\`tax_id\` text,
  	\`amount\` numeric,
  	\`currency\` text,
  	\`submitted_at\` text,
  	\`bid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_opening_record_order_idx\` ON \`tenders_opening_record\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_opening_record_parent_id_idx\` ON \`tenders_opening_record\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_history_order_idx\` ON \`tenders_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_history_parent_id_idx\` ON \`tenders_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`reference\` text NOT NULL,
  	\`ocid\` text,
  	\`unique_key\` text,
  	\`method\` text DEFAULT 'open' NOT NULL,
  	\`category\` text NOT NULL,
  	\`award_criteria\` text DEFAULT 'priceOnly',
  	\`value_amount\` numeric,
  	\`value_currency\` text,
  	\`enquiry_deadline\` text,
  	\`submission_deadline\` text,
  	\`opening_at\` text,
  	\`plan_id\` integer,
  	\`published_at\` text,
  	\`bid_count\` numeric,
  	\`opened_at\` text,
  	\`award_bid_id\` integer,
  	\`award_supplier_id\` integer,
  	\`award_supplier_name\` text,
  	\`award_value\` numeric,
  	\`award_date\` text,
  	\`award_reasons\` text,
  	\`status\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`procurement_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_bid_id\`) REFERENCES \`bids\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`award_supplier_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_tenant_idx\` ON \`tenders\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_reference_idx\` ON \`tenders\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`tenders_ocid_idx\` ON \`tenders\` (\`ocid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenders_unique_key_idx\` ON \`tenders\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`tenders_method_idx\` ON \`tenders\` (\`method\`);`)
  await db.run(sql`CREATE INDEX \`tenders_category_idx\` ON \`tenders\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`tenders_submission_deadline_idx\` ON \`tenders\` (\`submission_deadline\`);`)
  await db.run(sql`CREATE INDEX \`tenders_opening_at_idx\` ON \`tenders\` (\`opening_at\`);`)
  await db.run(sql`CREATE INDEX \`tenders_plan_idx\` ON \`tenders\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_award_award_bid_idx\` ON \`tenders\` (\`award_bid_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_award_award_supplier_idx\` ON \`tenders\` (\`award_supplier_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_status_idx\` ON \`tenders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tenders_updated_at_idx\` ON \`tenders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenders_created_at_idx\` ON \`tenders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tenders_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tenders_locales_locale_parent_id_unique\` ON \`tenders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenders_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`suppliers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppliers_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenders_rels_order_idx\` ON \`tenders_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tenders_rels_parent_idx\` ON \`tenders_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tenders_rels_path_idx\` ON \`tenders_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tenders_rels_suppliers_id_idx\` ON \`tenders_rels\` (\`suppliers_id\`);`)
  await db.run(sql`CREATE TABLE \`clarifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`tender_id\` integer NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`answered_by\` text,
  	\`asked_by_id\` integer,
  	\`supplier_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tender_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`asked_by_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supplier_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`clarifications_tenant_idx\` ON \`clarifications\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_tender_idx\` ON \`clarifications\` (\`tender_id\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_answered_at_idx\` ON \`clarifications\` (\`answered_at\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_asked_by_idx\` ON \`clarifications\` (\`asked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_supplier_idx\` ON \`clarifications\` (\`supplier_id\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_updated_at_idx\` ON \`clarifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clarifications_created_at_idx\` ON \`clarifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bids\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`tender_id\` integer NOT NULL,
  	\`supplier_id\` integer NOT NULL,
  	\`supplier_name\` text,
  	\`bidder_id\` integer,
  	\`unique_key\` text,
  	\`status\` text DEFAULT 'submitted',
  	\`submitted_at\` text,
  	\`version\` numeric DEFAULT 1,
  	\`sha256\` text,
  	\`sealed\` text,
  	\`opened\` integer DEFAULT false,
  	\`amount\` numeric,
  	\`currency\` text,
  	\`lines\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tender_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supplier_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bidder_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bids_tenant_idx\` ON \`bids\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`bids_tender_idx\` ON \`bids\` (\`tender_id\`);`)
  await db.run(sql`CREATE INDEX \`bids_supplier_idx\` ON \`bids\` (\`supplier_id\`);`)
  await db.run(sql`CREATE INDEX \`bids_bidder_idx\` ON \`bids\` (\`bidder_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bids_unique_key_idx\` ON \`bids\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`bids_status_idx\` ON \`bids\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bids_submitted_at_idx\` ON \`bids\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`bids_opened_idx\` ON \`bids\` (\`opened\`);`)
  await db.run(sql`CREATE INDEX \`bids_updated_at_idx\` ON \`bids\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bids_created_at_idx\` ON \`bids\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bids_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bid_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bids\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bid_documents_id\`) REFERENCES \`bid_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bids_rels_order_idx\` ON \`bids_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bids_rels_parent_idx\` ON \`bids_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bids_rels_path_idx\` ON \`bids_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bids_rels_bid_documents_id_idx\` ON \`bids_rels\` (\`bid_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`bid_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`bid_id\` integer,
  	\`bidder_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bid_id\`) REFERENCES \`bids\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bidder_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bid_documents_tenant_idx\` ON \`bid_documents\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_documents_bid_idx\` ON \`bid_documents\` (\`bid_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_documents_bidder_idx\` ON \`bid_documents\` (\`bidder_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_documents_updated_at_idx\` ON \`bid_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bid_documents_created_at_idx\` ON \`bid_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bid_documents_filename_idx\` ON \`bid_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`bid_evaluations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`bid_id\` integer NOT NULL,
  	\`tender_id\` integer,
  	\`evaluator_id\` integer,
  	\`unique_key\` text,
  	\`score\` numeric NOT NULL,
  	\`justification\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bid_id\`) REFERENCES \`bids\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tender_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evaluator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bid_evaluations_tenant_idx\` ON \`bid_evaluations\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_evaluations_bid_idx\` ON \`bid_evaluations\` (\`bid_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_evaluations_tender_idx\` ON \`bid_evaluations\` (\`tender_id\`);`)
  await db.run(sql`CREATE INDEX \`bid_evaluations_evaluator_idx\` ON \`bid_evaluations\` (\`evaluator_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bid_evaluations_unique_key_idx\` ON \`bid_evaluations\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`bid_evaluations_updated_at_idx\` ON \`bid_evaluations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bid_evaluations_created_at_idx\` ON \`bid_evaluations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contracts_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`document_type\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`procurement_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_documents_order_idx\` ON \`contracts_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_documents_parent_id_idx\` ON \`contracts_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_documents_file_idx\` ON \`contracts_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`contracts_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`rationale\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_amendments_order_idx\` ON \`contracts_amendments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_amendments_parent_id_idx\` ON \`contracts_amendments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contracts_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`type\` text DEFAULT 'delivery',
  	\`status\` text DEFAULT 'scheduled',
  	\`due_date\` text,
  	\`date_met\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_milestones_order_idx\` ON \`contracts_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_milestones_parent_id_idx\` ON \`contracts_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contracts_payments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_payments_order_idx\` ON \`contracts_payments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_payments_parent_id_idx\` ON \`contracts_payments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contracts_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_history_order_idx\` ON \`contracts_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contracts_history_parent_id_idx\` ON \`contracts_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contracts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`tender_id\` integer NOT NULL,
  	\`supplier_id\` integer,
  	\`supplier_name\` text,
  	\`value\` numeric,
  	\`currency\` text,
  	\`signed_at\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`status\` text DEFAULT 'pending',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tender_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supplier_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contracts_tenant_idx\` ON \`contracts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_tender_idx\` ON \`contracts\` (\`tender_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_supplier_idx\` ON \`contracts\` (\`supplier_id\`);`)
  await db.run(sql`CREATE INDEX \`contracts_status_idx\` ON \`contracts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contracts_updated_at_idx\` ON \`contracts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contracts_created_at_idx\` ON \`contracts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contracts_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contracts_locales_locale_parent_id_unique\` ON \`contracts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procurement_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_files_tenant_idx\` ON \`procurement_files\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_files_updated_at_idx\` ON \`procurement_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_files_created_at_idx\` ON \`procurement_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procurement_files_filename_idx\` ON \`procurement_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`ocds_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`ocid\` text NOT NULL,
  	\`release_id\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`tags\` text,
  	\`tender_id\` integer,
  	\`release\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`tender_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ocds_releases_tenant_idx\` ON \`ocds_releases\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`ocds_releases_ocid_idx\` ON \`ocds_releases\` (\`ocid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ocds_releases_release_id_idx\` ON \`ocds_releases\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`ocds_releases_date_idx\` ON \`ocds_releases\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`ocds_releases_tender_idx\` ON \`ocds_releases\` (\`tender_id\`);`)
  await db.run(sql`CREATE INDEX \`ocds_releases_updated_at_idx\` ON \`ocds_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ocds_releases_created_at_idx\` ON \`ocds_releases\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`suppliers_id\` integer REFERENCES suppliers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procurement_plans_id\` integer REFERENCES procurement_plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tenders_id\` integer REFERENCES tenders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`clarifications_id\` integer REFERENCES clarifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bids_id\` integer REFERENCES bids(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bid_documents_id\` integer REFERENCES bid_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bid_evaluations_id\` integer REFERENCES bid_evaluations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contracts_id\` integer REFERENCES contracts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procurement_files_id\` integer REFERENCES procurement_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ocds_releases_id\` integer REFERENCES ocds_releases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppliers_id_idx\` ON \`payload_locked_documents_rels\` (\`suppliers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procurement_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`procurement_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenders_id_idx\` ON \`payload_locked_documents_rels\` (\`tenders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clarifications_id_idx\` ON \`payload_locked_documents_rels\` (\`clarifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bids_id_idx\` ON \`payload_locked_documents_rels\` (\`bids_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bid_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`bid_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bid_evaluations_id_idx\` ON \`payload_locked_documents_rels\` (\`bid_evaluations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procurement_files_id_idx\` ON \`payload_locked_documents_rels\` (\`procurement_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ocds_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`ocds_releases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`suppliers_categories\`;`)
  await db.run(sql`DROP TABLE \`suppliers_contacts\`;`)
  await db.run(sql`DROP TABLE \`suppliers_history\`;`)
  await db.run(sql`DROP TABLE \`suppliers\`;`)
  await db.run(sql`DROP TABLE \`procurement_plans_items\`;`)
  await db.run(sql`DROP TABLE \`procurement_plans\`;`)
  await db.run(sql`DROP TABLE \`procurement_plans_locales\`;`)
  await db.run(sql`DROP TABLE \`tenders_items\`;`)
  await db.run(sql`DROP TABLE \`tenders_documents\`;`)
  await db.run(sql`DROP TABLE \`tenders_amendments\`;`)
  await db.run(sql`DROP TABLE \`tenders_opening_record\`;`)
  await db.run(sql`DROP TABLE \`tenders_history\`;`)
  await db.run(sql`DROP TABLE \`tenders\`;`)
  await db.run(sql`DROP TABLE \`tenders_locales\`;`)
  await db.run(sql`DROP TABLE \`tenders_rels\`;`)
  await db.run(sql`DROP TABLE \`clarifications\`;`)
  await db.run(sql`DROP TABLE \`bids\`;`)
  await db.run(sql`DROP TABLE \`bids_rels\`;`)
  await db.run(sql`DROP TABLE \`bid_documents\`;`)
  await db.run(sql`DROP TABLE \`bid_evaluations\`;`)
  await db.run(sql`DROP TABLE \`contracts_documents\`;`)
  await db.run(sql`DROP TABLE \`contracts_amendments\`;`)
  await db.run(sql`DROP TABLE \`contracts_milestones\`;`)
  await db.run(sql`DROP TABLE \`contracts_payments\`;`)
  await db.run(sql`DROP TABLE \`contracts_history\`;`)
  await db.run(sql`DROP TABLE \`contracts\`;`)
  await db.run(sql`DROP TABLE \`contracts_locales\`;`)
  await db.run(sql`DROP TABLE \`procurement_files\`;`)
  await db.run(sql`DROP TABLE \`ocds_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` integer,
  	\`users_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`events_id\` integer,
  	\`documents_id\` integer,
  	\`navigation_id\` integer,
  	\`audit_log_id\` integer,
  	\`service_categories_id\` integer,
  	\`services_id\` integer,
  	\`service_requests_id\` integer,
  	\`service_attachments_id\` integer,
  	\`open311_keys_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`navigation_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_categories_id\`) REFERENCES \`service_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_attachments_id\`) REFERENCES \`service_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`open311_keys_id\`) REFERENCES \`open311_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id") SELECT "id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_navigation_id_idx\` ON \`payload_locked_documents_rels\` (\`navigation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`service_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`service_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open311_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`open311_keys_id\`);`)
}
