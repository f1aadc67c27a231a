import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version__objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`servi_attachments\` ADD \`prefix\` text DEFAULT 'servi-attachments';`)
  await db.run(sql`ALTER TABLE \`servi_attachments\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`compra_bid_documents\` ADD \`prefix\` text DEFAULT 'compra-bid-documents';`)
  await db.run(sql`ALTER TABLE \`compra_bid_documents\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`compra_files\` ADD \`prefix\` text DEFAULT 'compra-files';`)
  await db.run(sql`ALTER TABLE \`compra_files\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`participa_proposal_images\` ADD \`prefix\` text DEFAULT 'participa-proposal-images';`)
  await db.run(sql`ALTER TABLE \`participa_proposal_images\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_prefix\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version__objectkey\`;`)
  await db.run(sql`ALTER TABLE \`servi_attachments\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`servi_attachments\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`compra_bid_documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`compra_bid_documents\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`compra_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`compra_files\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`participa_proposal_images\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`participa_proposal_images\` DROP COLUMN \`_objectkey\`;`)
}
