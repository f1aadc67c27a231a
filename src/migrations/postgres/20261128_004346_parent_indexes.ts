import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "municipalities_texts_parent_idx" ON "municipalities_texts" USING btree ("parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_locales_parent_idx" ON "pages_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_image_locales_parent_idx" ON "pages_blocks_image_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_locales_parent_idx" ON "pages_blocks_call_to_action_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_cards_locales_parent_idx" ON "pages_blocks_cards_cards_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_locales_parent_idx" ON "pages_blocks_cards_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_locales_parent_idx" ON "_pages_v_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_image_locales_parent_idx" ON "_pages_v_blocks_image_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_locales_parent_idx" ON "_pages_v_blocks_call_to_action_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_cards_locales_parent_idx" ON "_pages_v_blocks_cards_cards_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_locales_parent_idx" ON "_pages_v_blocks_cards_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "news_locales_parent_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_locales_parent_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "documents_locales_parent_idx" ON "documents_locales" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_locales_parent_idx" ON "_documents_v_locales" USING btree ("_parent_id");
  CREATE INDEX "navigation_items_children_locales_parent_idx" ON "navigation_items_children_locales" USING btree ("_parent_id");
  CREATE INDEX "navigation_items_locales_parent_idx" ON "navigation_items_locales" USING btree ("_parent_id");
  CREATE INDEX "audit_log_texts_parent_idx" ON "audit_log_texts" USING btree ("parent_id");
  CREATE INDEX "service_categories_locales_parent_idx" ON "service_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "services_requirements_locales_parent_idx" ON "services_requirements_locales" USING btree ("_parent_id");
  CREATE INDEX "services_documents_locales_parent_idx" ON "services_documents_locales" USING btree ("_parent_id");
  CREATE INDEX "services_form_options_locales_parent_idx" ON "services_form_options_locales" USING btree ("_parent_id");
  CREATE INDEX "services_form_locales_parent_idx" ON "services_form_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locales_parent_idx" ON "services_locales" USING btree ("_parent_id");
  CREATE INDEX "services_texts_parent_idx" ON "services_texts" USING btree ("parent_id");
  CREATE INDEX "procurement_plans_locales_parent_idx" ON "procurement_plans_locales" USING btree ("_parent_id");
  CREATE INDEX "tenders_locales_parent_idx" ON "tenders_locales" USING btree ("_parent_id");
  CREATE INDEX "contracts_locales_parent_idx" ON "contracts_locales" USING btree ("_parent_id");
  CREATE INDEX "processes_locales_parent_idx" ON "processes_locales" USING btree ("_parent_id");
  CREATE INDEX "polls_locales_parent_idx" ON "polls_locales" USING btree ("_parent_id");
  CREATE INDEX "budgets_locales_parent_idx" ON "budgets_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "municipalities_texts_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "pages_blocks_rich_text_locales_parent_idx";
  DROP INDEX "pages_blocks_image_locales_parent_idx";
  DROP INDEX "pages_blocks_call_to_action_locales_parent_idx";
  DROP INDEX "pages_blocks_cards_cards_locales_parent_idx";
  DROP INDEX "pages_blocks_cards_locales_parent_idx";
  DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_blocks_rich_text_locales_parent_idx";
  DROP INDEX "_pages_v_blocks_image_locales_parent_idx";
  DROP INDEX "_pages_v_blocks_call_to_action_locales_parent_idx";
  DROP INDEX "_pages_v_blocks_cards_cards_locales_parent_idx";
  DROP INDEX "_pages_v_blocks_cards_locales_parent_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "news_locales_parent_idx";
  DROP INDEX "_news_v_locales_parent_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "documents_locales_parent_idx";
  DROP INDEX "_documents_v_locales_parent_idx";
  DROP INDEX "navigation_items_children_locales_parent_idx";
  DROP INDEX "navigation_items_locales_parent_idx";
  DROP INDEX "audit_log_texts_parent_idx";
  DROP INDEX "service_categories_locales_parent_idx";
  DROP INDEX "services_requirements_locales_parent_idx";
  DROP INDEX "services_documents_locales_parent_idx";
  DROP INDEX "services_form_options_locales_parent_idx";
  DROP INDEX "services_form_locales_parent_idx";
  DROP INDEX "services_locales_parent_idx";
  DROP INDEX "services_texts_parent_idx";
  DROP INDEX "procurement_plans_locales_parent_idx";
  DROP INDEX "tenders_locales_parent_idx";
  DROP INDEX "contracts_locales_parent_idx";
  DROP INDEX "processes_locales_parent_idx";
  DROP INDEX "polls_locales_parent_idx";
  DROP INDEX "budgets_locales_parent_idx";`)
}
