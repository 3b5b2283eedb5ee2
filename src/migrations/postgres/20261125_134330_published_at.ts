import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge" DROP COLUMN "published_at";
  ALTER TABLE "_knowledge_v" DROP COLUMN "version_published_at";`)
}
