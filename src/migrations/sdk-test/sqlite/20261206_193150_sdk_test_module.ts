import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sdk_test_notes_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text,
  	\`actor_email\` text,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sdk_test_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_history_order_idx\` ON \`sdk_test_notes_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_history_parent_id_idx\` ON \`sdk_test_notes_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sdk_test_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text NOT NULL,
  	\`review_after\` text,
  	\`auto_approve_at\` text,
  	\`contact_email\` text,
  	\`contact_language\` text,
  	\`status\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_tenant_idx\` ON \`sdk_test_notes\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_auto_approve_at_idx\` ON \`sdk_test_notes\` (\`auto_approve_at\`);`)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_status_idx\` ON \`sdk_test_notes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_updated_at_idx\` ON \`sdk_test_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sdk_test_notes_created_at_idx\` ON \`sdk_test_notes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sdk_test_notes_id\` integer REFERENCES sdk_test_notes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sdk_test_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`sdk_test_notes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sdk_test_notes_history\`;`)
  await db.run(sql`DROP TABLE \`sdk_test_notes\`;`)
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
  	\`districts_id\` integer,
  	\`processes_id\` integer,
  	\`proposals_id\` integer,
  	\`proposal_images_id\` integer,
  	\`comments_id\` integer,
  	\`supports_id\` integer,
  	\`reports_id\` integer,
  	\`polls_id\` integer,
  	\`poll_participations_id\` integer,
  	\`poll_ballots_id\` text,
  	\`budgets_id\` integer,
  	\`budget_projects_id\` integer,
  	\`budget_participations_id\` integer,
  	\`budget_ballots_id\` text,
  	\`census_entries_id\` integer,
  	\`residence_verifications_id\` integer,
  	\`accountability_results_id\` integer,
  	\`process_followers_id\` integer,
  	\`agenda_offices_id\` integer,
  	\`agenda_slots_id\` integer,
  	\`agenda_bookings_id\` integer,
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
  	FOREIGN KEY (\`ocds_releases_id\`) REFERENCES \`ocds_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`processes_id\`) REFERENCES \`processes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposal_images_id\`) REFERENCES \`proposal_images\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`supports_id\`) REFERENCES \`supports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`polls_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poll_participations_id\`) REFERENCES \`poll_participations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poll_ballots_id\`) REFERENCES \`poll_ballots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budgets_id\`) REFERENCES \`budgets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_projects_id\`) REFERENCES \`budget_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_participations_id\`) REFERENCES \`budget_participations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_ballots_id\`) REFERENCES \`budget_ballots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`census_entries_id\`) REFERENCES \`census_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residence_verifications_id\`) REFERENCES \`residence_verifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accountability_results_id\`) REFERENCES \`accountability_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_followers_id\`) REFERENCES \`process_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_offices_id\`) REFERENCES \`agenda_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_slots_id\`) REFERENCES \`agenda_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_bookings_id\`) REFERENCES \`agenda_bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id", "suppliers_id", "procurement_plans_id", "tenders_id", "clarifications_id", "bids_id", "bid_documents_id", "bid_evaluations_id", "contracts_id", "procurement_files_id", "ocds_releases_id", "districts_id", "processes_id", "proposals_id", "proposal_images_id", "comments_id", "supports_id", "reports_id", "polls_id", "poll_participations_id", "poll_ballots_id", "budgets_id", "budget_projects_id", "budget_participations_id", "budget_ballots_id", "census_entries_id", "residence_verifications_id", "accountability_results_id", "process_followers_id", "agenda_offices_id", "agenda_slots_id", "agenda_bookings_id") SELECT "id", "order", "parent_id", "path", "municipalities_id", "users_id", "people_id", "media_id", "pages_id", "news_id", "events_id", "documents_id", "navigation_id", "audit_log_id", "service_categories_id", "services_id", "service_requests_id", "service_attachments_id", "open311_keys_id", "suppliers_id", "procurement_plans_id", "tenders_id", "clarifications_id", "bids_id", "bid_documents_id", "bid_evaluations_id", "contracts_id", "procurement_files_id", "ocds_releases_id", "districts_id", "processes_id", "proposals_id", "proposal_images_id", "comments_id", "supports_id", "reports_id", "polls_id", "poll_participations_id", "poll_ballots_id", "budgets_id", "budget_projects_id", "budget_participations_id", "budget_ballots_id", "census_entries_id", "residence_verifications_id", "accountability_results_id", "process_followers_id", "agenda_offices_id", "agenda_slots_id", "agenda_bookings_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_offices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_bookings_id\`);`)
}
