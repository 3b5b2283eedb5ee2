import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "owner_unit_id" uuid;
  ALTER TABLE "media" ADD COLUMN "owner_level" varchar;
  ALTER TABLE "media" ADD COLUMN "owner_code" varchar;
  ALTER TABLE "media" ADD COLUMN "owner_province" varchar;
  ALTER TABLE "media" ADD COLUMN "owner_city" varchar;
  ALTER TABLE "media" ADD CONSTRAINT "media_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_owner_unit_idx" ON "media" USING btree ("owner_unit_id");
  CREATE INDEX "media_owner_level_idx" ON "media" USING btree ("owner_level");
  CREATE INDEX "media_owner_code_idx" ON "media" USING btree ("owner_code");
  CREATE INDEX "media_owner_province_idx" ON "media" USING btree ("owner_province");
  CREATE INDEX "media_owner_city_idx" ON "media" USING btree ("owner_city");`)
  // Images uploaded before owners were recorded go to headquarters, whose editors and admins may
  // then manage them (an image without an owner could not be changed at all).
  await db.execute(sql`
   UPDATE "media" SET "owner_unit_id" = hq.id, "owner_level" = 'hq', "owner_code" = hq.code
    FROM (SELECT "id", "code" FROM "org_units" WHERE "level" = 'hq' LIMIT 1) AS hq
    WHERE "media"."owner_unit_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_owner_unit_id_org_units_id_fk";
  
  DROP INDEX "media_owner_unit_idx";
  DROP INDEX "media_owner_level_idx";
  DROP INDEX "media_owner_code_idx";
  DROP INDEX "media_owner_province_idx";
  DROP INDEX "media_owner_city_idx";
  ALTER TABLE "media" DROP COLUMN "owner_unit_id";
  ALTER TABLE "media" DROP COLUMN "owner_level";
  ALTER TABLE "media" DROP COLUMN "owner_code";
  ALTER TABLE "media" DROP COLUMN "owner_province";
  ALTER TABLE "media" DROP COLUMN "owner_city";`)
}
