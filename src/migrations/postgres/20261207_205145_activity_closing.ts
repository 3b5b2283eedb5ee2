import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_activities" ADD COLUMN "closing_review" varchar;
  ALTER TABLE "service_activities" ADD COLUMN "followed_process" boolean;
  ALTER TABLE "service_activities" ADD COLUMN "closed_by_id" uuid;
  ALTER TABLE "service_activities" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "service_activities" ADD CONSTRAINT "service_activities_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "service_activities_closed_by_idx" ON "service_activities" USING btree ("closed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_activities" DROP CONSTRAINT "service_activities_closed_by_id_users_id_fk";
  
  DROP INDEX "service_activities_closed_by_idx";
  ALTER TABLE "service_activities" DROP COLUMN "closing_review";
  ALTER TABLE "service_activities" DROP COLUMN "followed_process";
  ALTER TABLE "service_activities" DROP COLUMN "closed_by_id";
  ALTER TABLE "service_activities" DROP COLUMN "closed_at";`)
}
