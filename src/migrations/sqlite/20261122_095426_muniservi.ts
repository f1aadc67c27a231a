import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_holidays_order_idx\` ON \`municipalities_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_holidays_parent_id_idx\` ON \`municipalities_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_categories_tenant_idx\` ON \`service_categories\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`service_categories_slug_idx\` ON \`service_categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_categories_updated_at_idx\` ON \`service_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_categories_created_at_idx\` ON \`service_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_categories_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_categories_locales_locale_parent_id_unique\` ON \`service_categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_audience_order_idx\` ON \`services_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_audience_parent_idx\` ON \`services_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_requirements_order_idx\` ON \`services_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_requirements_parent_id_idx\` ON \`services_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_requirements_locales_locale_parent_id_unique\` ON \`services_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_documents_order_idx\` ON \`services_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_documents_parent_id_idx\` ON \`services_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_documents_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_documents_locales_locale_parent_id_unique\` ON \`services_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_form\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_options_order_idx\` ON \`services_form_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_options_parent_id_idx\` ON \`services_form_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_form_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_form_options_locales_locale_parent_id_unique\` ON \`services_form_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`type\` text DEFAULT 'text' NOT NULL,
  	\`required\` integer,
  	\`min\` numeric,
  	\`max\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_form_order_idx\` ON \`services_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_form_parent_id_idx\` ON \`services_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_form_locales\` (
  	\`label\` text,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_form\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_form_locales_locale_parent_id_unique\` ON \`services_form_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`code\` text NOT NULL,
  	\`category_id\` integer,
  	\`fee_free\` integer DEFAULT true,
  	\`fee_amount\` numeric,
  	\`fee_currency\` text,
  	\`max_business_days\` numeric NOT NULL,
  	\`silence\` text DEFAULT 'none' NOT NULL,
  	\`office_email\` text,
  	\`channels_online\` integer DEFAULT true,
  	\`channels_in_person\` integer,
  	\`channels_address\` text,
  	\`channels_phone\` text,
  	\`active\` integer DEFAULT true,
  	\`open311\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`service_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`services_tenant_idx\` ON \`services\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`services_code_idx\` ON \`services\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`services_category_idx\` ON \`services\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`services_active_idx\` ON \`services\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`services_open311_idx\` ON \`services\` (\`open311\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`description\` text,
  	\`legal_basis\` text,
  	\`result_validity\` text,
  	\`office_name\` text,
  	\`channels_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_texts_order_parent\` ON \`services_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text DEFAULT 'staff',
  	\`body\` text NOT NULL,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_messages_order_idx\` ON \`service_requests_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_messages_parent_id_idx\` ON \`service_requests_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_internal_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`body\` text NOT NULL,
  	\`author\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_internal_notes_order_idx\` ON \`service_requests_internal_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_internal_notes_parent_id_idx\` ON \`service_requests_internal_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_history_order_idx\` ON \`service_requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_history_parent_id_idx\` ON \`service_requests_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`tracking_code\` text,
  	\`service_id\` integer NOT NULL,
  	\`unique_key\` text,
  	\`code_prefix\` text,
  	\`year\` numeric,
  	\`sequence\` numeric,
  	\`assignee_id\` integer,
  	\`due_at\` text,
  	\`overdue\` integer DEFAULT false,
  	\`answers\` text,
  	\`description\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`location_address\` text,
  	\`requester_id\` integer,
  	\`requester_name\` text NOT NULL,
  	\`requester_email\` text NOT NULL,
  	\`requester_phone\` text,
  	\`language\` text DEFAULT 'es',
  	\`rating_score\` numeric,
  	\`rating_comment\` text,
  	\`rating_rated_at\` text,
  	\`resolved_at\` text,
  	\`closed_at\` text,
  	\`source\` text,
  	\`open311_token\` text,
  	\`media_url\` text,
  	\`status\` text DEFAULT 'submitted',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requester_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_tenant_idx\` ON \`service_requests\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_tracking_code_idx\` ON \`service_requests\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_service_idx\` ON \`service_requests\` (\`service_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_requests_unique_key_idx\` ON \`service_requests\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_code_prefix_idx\` ON \`service_requests\` (\`code_prefix\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_year_idx\` ON \`service_requests\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_sequence_idx\` ON \`service_requests\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_assignee_idx\` ON \`service_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_due_at_idx\` ON \`service_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_overdue_idx\` ON \`service_requests\` (\`overdue\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_requester_idx\` ON \`service_requests\` (\`requester_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_requester_email_idx\` ON \`service_requests\` (\`requester_email\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_resolved_at_idx\` ON \`service_requests\` (\`resolved_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_open311_token_idx\` ON \`service_requests\` (\`open311_token\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_status_idx\` ON \`service_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_updated_at_idx\` ON \`service_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_created_at_idx\` ON \`service_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_attachments_id\`) REFERENCES \`service_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_rels_order_idx\` ON \`service_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_parent_idx\` ON \`service_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_path_idx\` ON \`service_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_service_attachments_id_idx\` ON \`service_requests_rels\` (\`service_attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`service_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`field\` text,
  	\`requester_id\` integer,
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
  	FOREIGN KEY (\`requester_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_attachments_tenant_idx\` ON \`service_attachments\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`service_attachments_requester_idx\` ON \`service_attachments\` (\`requester_id\`);`)
  await db.run(sql`CREATE INDEX \`service_attachments_updated_at_idx\` ON \`service_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_attachments_created_at_idx\` ON \`service_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_attachments_filename_idx\` ON \`service_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`open311_keys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`name\` text NOT NULL,
  	\`key_hash\` text,
  	\`key_prefix\` text,
  	\`active\` integer DEFAULT true,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`open311_keys_tenant_idx\` ON \`open311_keys\` (\`tenant_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`open311_keys_key_hash_idx\` ON \`open311_keys\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`open311_keys_updated_at_idx\` ON \`open311_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open311_keys_created_at_idx\` ON \`open311_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_categories_id\` integer REFERENCES service_categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`services_id\` integer REFERENCES services(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_requests_id\` integer REFERENCES service_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_attachments_id\` integer REFERENCES service_attachments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`open311_keys_id\` integer REFERENCES open311_keys(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`service_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`service_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open311_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`open311_keys_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`municipalities_holidays\`;`)
  await db.run(sql`DROP TABLE \`service_categories\`;`)
  await db.run(sql`DROP TABLE \`service_categories_locales\`;`)
  await db.run(sql`DROP TABLE \`services_audience\`;`)
  await db.run(sql`DROP TABLE \`services_requirements\`;`)
  await db.run(sql`DROP TABLE \`services_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`services_documents\`;`)
  await db.run(sql`DROP TABLE \`services_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`services_form_options\`;`)
  await db.run(sql`DROP TABLE \`services_form_options_locales\`;`)
  await db.run(sql`DROP TABLE \`services_form\`;`)
  await db.run(sql`DROP TABLE \`services_form_locales\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_texts\`;`)
  await db.run(sql`DROP TABLE \`service_requests_messages\`;`)
  await db.run(sql`DROP TABLE \`service_requests_internal_notes\`;`)
  await db.run(sql`DROP TABLE \`service_requests_history\`;`)
  await db.run(sql`DROP TABLE \`service_requests\`;`)
  await db.run(sql`DROP TABLE \`service_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`service_attachments\`;`)
  await db.run(sql`DROP TABLE \`open311_keys\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
