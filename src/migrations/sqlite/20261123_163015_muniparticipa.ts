import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`districts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`districts_tenant_idx\` ON \`districts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`districts_updated_at_idx\` ON \`districts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`districts_created_at_idx\` ON \`districts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`processes_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`processes_phases_order_idx\` ON \`processes_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`processes_phases_parent_id_idx\` ON \`processes_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`processes_categories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`processes_categories_order_idx\` ON \`processes_categories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`processes_categories_parent_id_idx\` ON \`processes_categories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`processes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`slug\` text NOT NULL,
  	\`published\` integer DEFAULT false,
  	\`supports_per_person\` numeric DEFAULT 10,
  	\`support_threshold\` numeric DEFAULT 100,
  	\`reports_to_hide\` numeric DEFAULT 3,
  	\`announced_phase\` text,
  	\`require_verification\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`processes_tenant_idx\` ON \`processes\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`processes_slug_idx\` ON \`processes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`processes_published_idx\` ON \`processes\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`processes_updated_at_idx\` ON \`processes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`processes_created_at_idx\` ON \`processes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`processes_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`processes_locales_locale_parent_id_unique\` ON \`processes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proposals_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_history_order_idx\` ON \`proposals_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_history_parent_id_idx\` ON \`proposals_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proposals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`process_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`category\` text,
  	\`district_id\` integer,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`location_address\` text,
  	\`author_id\` integer,
  	\`report_count\` numeric,
  	\`answer_status\` text,
  	\`answer_text\` text,
  	\`answer_answered_at\` text,
  	\`status\` text DEFAULT 'pending',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_tenant_idx\` ON \`proposals\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_process_idx\` ON \`proposals\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_category_idx\` ON \`proposals\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`proposals_district_idx\` ON \`proposals\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_author_idx\` ON \`proposals\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_status_idx\` ON \`proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`proposals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`proposal_images_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposal_images_id\`) REFERENCES \`proposal_images\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_rels_order_idx\` ON \`proposals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_rels_parent_idx\` ON \`proposals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_rels_path_idx\` ON \`proposals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`proposals_rels_proposal_images_id_idx\` ON \`proposals_rels\` (\`proposal_images_id\`);`)
  await db.run(sql`CREATE TABLE \`proposal_images\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`author_id\` integer,
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
  	FOREIGN KEY (\`author_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposal_images_tenant_idx\` ON \`proposal_images\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_images_author_idx\` ON \`proposal_images\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_images_updated_at_idx\` ON \`proposal_images\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposal_images_created_at_idx\` ON \`proposal_images\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`proposal_images_filename_idx\` ON \`proposal_images\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`comments_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_history_order_idx\` ON \`comments_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_history_parent_id_idx\` ON \`comments_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`proposal_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`report_count\` numeric,
  	\`status\` text DEFAULT 'published',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_tenant_idx\` ON \`comments\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_proposal_idx\` ON \`comments\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`supports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`proposal_id\` integer NOT NULL,
  	\`process_id\` integer NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`unique_key\` text,
  	\`slot_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`supports_tenant_idx\` ON \`supports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`supports_proposal_idx\` ON \`supports\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`supports_process_idx\` ON \`supports\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`supports_person_idx\` ON \`supports\` (\`person_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`supports_unique_key_idx\` ON \`supports\` (\`unique_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`supports_slot_key_idx\` ON \`supports\` (\`slot_key\`);`)
  await db.run(sql`CREATE INDEX \`supports_updated_at_idx\` ON \`supports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supports_created_at_idx\` ON \`supports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`reason\` text,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_tenant_idx\` ON \`reports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_target_id_idx\` ON \`reports\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_person_idx\` ON \`reports\` (\`person_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_unique_key_idx\` ON \`reports\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`polls_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_questions_options_order_idx\` ON \`polls_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_questions_options_parent_id_idx\` ON \`polls_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`multiple\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_questions_order_idx\` ON \`polls_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_questions_parent_id_idx\` ON \`polls_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`process_id\` integer,
  	\`published\` integer DEFAULT false,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`require_verification\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_tenant_idx\` ON \`polls\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_process_idx\` ON \`polls\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_published_idx\` ON \`polls\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`polls_opens_at_idx\` ON \`polls\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_closes_at_idx\` ON \`polls\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_updated_at_idx\` ON \`polls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_created_at_idx\` ON \`polls\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`polls_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_locales_locale_parent_id_unique\` ON \`polls_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`poll_participations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`poll_id\` integer NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poll_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`poll_participations_tenant_idx\` ON \`poll_participations\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_participations_poll_idx\` ON \`poll_participations\` (\`poll_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_participations_person_idx\` ON \`poll_participations\` (\`person_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`poll_participations_unique_key_idx\` ON \`poll_participations\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`poll_participations_updated_at_idx\` ON \`poll_participations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`poll_participations_created_at_idx\` ON \`poll_participations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`poll_ballots\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`poll_id\` integer NOT NULL,
  	\`choices\` text NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poll_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`poll_ballots_tenant_idx\` ON \`poll_ballots\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_ballots_poll_idx\` ON \`poll_ballots\` (\`poll_id\`);`)
  await db.run(sql`CREATE TABLE \`budgets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`process_id\` integer,
  	\`published\` integer DEFAULT false,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`require_verification\` integer DEFAULT false,
  	\`total\` numeric NOT NULL,
  	\`rule\` text DEFAULT 'knapsack' NOT NULL,
  	\`min_projects\` numeric,
  	\`max_projects\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budgets_tenant_idx\` ON \`budgets\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`budgets_process_idx\` ON \`budgets\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`budgets_published_idx\` ON \`budgets\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`budgets_opens_at_idx\` ON \`budgets\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`budgets_closes_at_idx\` ON \`budgets\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`budgets_updated_at_idx\` ON \`budgets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budgets_created_at_idx\` ON \`budgets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`budgets_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budgets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`budgets_locales_locale_parent_id_unique\` ON \`budgets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`budget_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`cost\` numeric NOT NULL,
  	\`district_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`budget_id\`) REFERENCES \`budgets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_projects_tenant_idx\` ON \`budget_projects\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_projects_budget_idx\` ON \`budget_projects\` (\`budget_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_projects_district_idx\` ON \`budget_projects\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_projects_updated_at_idx\` ON \`budget_projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_projects_created_at_idx\` ON \`budget_projects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`budget_participations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`budget_id\` integer NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`budget_id\`) REFERENCES \`budgets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_participations_tenant_idx\` ON \`budget_participations\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_participations_budget_idx\` ON \`budget_participations\` (\`budget_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_participations_person_idx\` ON \`budget_participations\` (\`person_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_participations_unique_key_idx\` ON \`budget_participations\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`budget_participations_updated_at_idx\` ON \`budget_participations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_participations_created_at_idx\` ON \`budget_participations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`budget_ballots\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`budget_id\` integer NOT NULL,
  	\`code_hash\` text NOT NULL,
  	\`projects\` text NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`budget_id\`) REFERENCES \`budgets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_ballots_tenant_idx\` ON \`budget_ballots\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_ballots_budget_idx\` ON \`budget_ballots\` (\`budget_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_ballots_code_hash_idx\` ON \`budget_ballots\` (\`code_hash\`);`)
  await db.run(sql`CREATE TABLE \`census_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`key_hash\` text NOT NULL,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`census_entries_tenant_idx\` ON \`census_entries\` (\`tenant_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`census_entries_unique_key_idx\` ON \`census_entries\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`census_entries_updated_at_idx\` ON \`census_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`census_entries_created_at_idx\` ON \`census_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`residence_verifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`person_id\` integer NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`person_key\` text,
  	\`entry_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`census_entries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`residence_verifications_tenant_idx\` ON \`residence_verifications\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`residence_verifications_person_idx\` ON \`residence_verifications\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`residence_verifications_entry_idx\` ON \`residence_verifications\` (\`entry_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`residence_verifications_person_key_idx\` ON \`residence_verifications\` (\`person_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`residence_verifications_entry_key_idx\` ON \`residence_verifications\` (\`entry_key\`);`)
  await db.run(sql`CREATE INDEX \`residence_verifications_updated_at_idx\` ON \`residence_verifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residence_verifications_created_at_idx\` ON \`residence_verifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accountability_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`status\` text DEFAULT 'planned',
  	\`progress\` numeric DEFAULT 0,
  	\`process_id\` integer,
  	\`proposal_id\` integer,
  	\`project_id\` integer,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`budget_projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`accountability_results_tenant_idx\` ON \`accountability_results\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_status_idx\` ON \`accountability_results\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_process_idx\` ON \`accountability_results\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_proposal_idx\` ON \`accountability_results\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_project_idx\` ON \`accountability_results\` (\`project_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accountability_results_unique_key_idx\` ON \`accountability_results\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_updated_at_idx\` ON \`accountability_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accountability_results_created_at_idx\` ON \`accountability_results\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`process_followers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`process_id\` integer NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`process_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`process_followers_tenant_idx\` ON \`process_followers\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`process_followers_process_idx\` ON \`process_followers\` (\`process_id\`);`)
  await db.run(sql`CREATE INDEX \`process_followers_person_idx\` ON \`process_followers\` (\`person_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`process_followers_unique_key_idx\` ON \`process_followers\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`process_followers_updated_at_idx\` ON \`process_followers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`process_followers_created_at_idx\` ON \`process_followers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`districts_id\` integer REFERENCES districts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`processes_id\` integer REFERENCES processes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposals_id\` integer REFERENCES proposals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposal_images_id\` integer REFERENCES proposal_images(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`supports_id\` integer REFERENCES supports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`polls_id\` integer REFERENCES polls(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`poll_participations_id\` integer REFERENCES poll_participations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`poll_ballots_id\` text REFERENCES poll_ballots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`budgets_id\` integer REFERENCES budgets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`budget_projects_id\` integer REFERENCES budget_projects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`budget_participations_id\` integer REFERENCES budget_participations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`budget_ballots_id\` text REFERENCES budget_ballots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`census_entries_id\` integer REFERENCES census_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`residence_verifications_id\` integer REFERENCES residence_verifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`accountability_results_id\` integer REFERENCES accountability_results(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`process_followers_id\` integer REFERENCES process_followers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`processes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposal_images_id_idx\` ON \`payload_locked_documents_rels\` (\`proposal_images_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supports_id_idx\` ON \`payload_locked_documents_rels\` (\`supports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_polls_id_idx\` ON \`payload_locked_documents_rels\` (\`polls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_participations_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_participations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_ballots_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_ballots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budgets_id_idx\` ON \`payload_locked_documents_rels\` (\`budgets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_participations_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_participations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_ballots_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_ballots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_census_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`census_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residence_verifications_id_idx\` ON \`payload_locked_documents_rels\` (\`residence_verifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accountability_results_id_idx\` ON \`payload_locked_documents_rels\` (\`accountability_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_followers_id_idx\` ON \`payload_locked_documents_rels\` (\`process_followers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`districts\`;`)
  await db.run(sql`DROP TABLE \`processes_phases\`;`)
  await db.run(sql`DROP TABLE \`processes_categories\`;`)
  await db.run(sql`DROP TABLE \`processes\`;`)
  await db.run(sql`DROP TABLE \`processes_locales\`;`)
  await db.run(sql`DROP TABLE \`proposals_history\`;`)
  await db.run(sql`DROP TABLE \`proposals\`;`)
  await db.run(sql`DROP TABLE \`proposals_rels\`;`)
  await db.run(sql`DROP TABLE \`proposal_images\`;`)
  await db.run(sql`DROP TABLE \`comments_history\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`supports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`polls_questions_options\`;`)
  await db.run(sql`DROP TABLE \`polls_questions\`;`)
  await db.run(sql`DROP TABLE \`polls\`;`)
  await db.run(sql`DROP TABLE \`polls_locales\`;`)
  await db.run(sql`DROP TABLE \`poll_participations\`;`)
  await db.run(sql`DROP TABLE \`poll_ballots\`;`)
  await db.run(sql`DROP TABLE \`budgets\`;`)
  await db.run(sql`DROP TABLE \`budgets_locales\`;`)
  await db.run(sql`DROP TABLE \`budget_projects\`;`)
  await db.run(sql`DROP TABLE \`budget_participations\`;`)
  await db.run(sql`DROP TABLE \`budget_ballots\`;`)
  await db.run(sql`DROP TABLE \`census_entries\`;`)
  await db.run(sql`DROP TABLE \`residence_verifications\`;`)
  await db.run(sql`DROP TABLE \`accountability_results\`;`)
  await db.run(sql`DROP TABLE \`process_followers\`;`)
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
  	\`suppliers_id\` integer,
  	\`procurement_plans_id\` integer,
  	\`tenders_id\` integer,
  	\`clarifications_id\` integer,
  	\`bids_id\` integer,
  	\`bid_documents_id\` integer,
  	\`bid_evaluations_id\` integer,
  	\`contracts_id\` integer,
  	\`procurement_files_id\` integer,
  	\`ocds_releases_id\` integer,
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
  	FOREIGN KEY (\`open311_keys_id\`) REFERENCES \`open311_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppliers_id\`) REFERENCES \`suppliers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procurement_plans_id\`) REFERENCES \`procurement_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenders_id\`) REFERENCES \`tenders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clarifications_id\`) REFERENCES \`clarifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bids_id\`) REFERENCES \`bids\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bid_documents_id\`) REFERENCES \`bid_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bid_evaluations_id\`) REFERENCES \`bid_evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contracts_id\`) REFERENCES \`contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procurement_files_id\`) REFERENCES \`procurement_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ocds_releases_id\`) REFERENCES \`ocds_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id", "suppliers_id", "procurement_plans_id", "tenders_id", "clarifications_id", "bids_id", "bid_documents_id", "bid_evaluations_id", "contracts_id", "procurement_files_id", "ocds_releases_id") SELECT "id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id", "suppliers_id", "procurement_plans_id", "tenders_id", "clarifications_id", "bids_id", "bid_documents_id", "bid_evaluations_id", "contracts_id", "procurement_files_id", "ocds_releases_id" FROM \`payload_locked_documents_rels\`;`)
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
