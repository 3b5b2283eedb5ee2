import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" ADD COLUMN "owner_code" varchar;
  UPDATE "review_events" SET "owner_code" = "knowledge"."owner_code" FROM "knowledge" WHERE "knowledge"."id" = "review_events"."item_id";
  CREATE INDEX "review_events_owner_code_idx" ON "review_events" USING btree ("owner_code");
  CREATE INDEX "feedback_owner_level_idx" ON "feedback" USING btree ("owner_level");
  CREATE INDEX "feedback_owner_province_idx" ON "feedback" USING btree ("owner_province");
  CREATE INDEX "feedback_owner_city_idx" ON "feedback" USING btree ("owner_city");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "review_events_owner_code_idx";
  DROP INDEX "feedback_owner_level_idx";
  DROP INDEX "feedback_owner_province_idx";
  DROP INDEX "feedback_owner_city_idx";
  ALTER TABLE "review_events" DROP COLUMN "owner_code";`)
}
