import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "documents" ADD COLUMN "prefix" varchar DEFAULT 'documents';
  ALTER TABLE "documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_prefix" varchar DEFAULT 'documents';
  ALTER TABLE "_documents_v" ADD COLUMN "version__objectkey" varchar;
  ALTER TABLE "servi_attachments" ADD COLUMN "prefix" varchar DEFAULT 'servi-attachments';
  ALTER TABLE "servi_attachments" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "compra_bid_documents" ADD COLUMN "prefix" varchar DEFAULT 'compra-bid-documents';
  ALTER TABLE "compra_bid_documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "compra_files" ADD COLUMN "prefix" varchar DEFAULT 'compra-files';
  ALTER TABLE "compra_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "participa_proposal_images" ADD COLUMN "prefix" varchar DEFAULT 'participa-proposal-images';
  ALTER TABLE "participa_proposal_images" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "documents" DROP COLUMN "prefix";
  ALTER TABLE "documents" DROP COLUMN "_objectkey";
  ALTER TABLE "_documents_v" DROP COLUMN "version_prefix";
  ALTER TABLE "_documents_v" DROP COLUMN "version__objectkey";
  ALTER TABLE "servi_attachments" DROP COLUMN "prefix";
  ALTER TABLE "servi_attachments" DROP COLUMN "_objectkey";
  ALTER TABLE "compra_bid_documents" DROP COLUMN "prefix";
  ALTER TABLE "compra_bid_documents" DROP COLUMN "_objectkey";
  ALTER TABLE "compra_files" DROP COLUMN "prefix";
  ALTER TABLE "compra_files" DROP COLUMN "_objectkey";
  ALTER TABLE "participa_proposal_images" DROP COLUMN "prefix";
  ALTER TABLE "participa_proposal_images" DROP COLUMN "_objectkey";`)
}
