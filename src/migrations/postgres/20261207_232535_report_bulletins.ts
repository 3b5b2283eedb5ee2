import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_bulletins_cadence" AS ENUM('weekly', 'monthly');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishReportBulletins' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishReportBulletins' BEFORE 'syncSearchIndex';
  CREATE TABLE "report_bulletins" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"cadence" "enum_report_bulletins_cadence" NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_to" timestamp(3) with time zone NOT NULL,
  	"figures" jsonb NOT NULL,
  	"owner_level" varchar,
  	"owner_code" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_bulletins_id" uuid;
  CREATE UNIQUE INDEX "report_bulletins_key_idx" ON "report_bulletins" USING btree ("key");
  CREATE INDEX "report_bulletins_owner_level_idx" ON "report_bulletins" USING btree ("owner_level");
  CREATE INDEX "report_bulletins_owner_code_idx" ON "report_bulletins" USING btree ("owner_code");
  CREATE INDEX "report_bulletins_owner_province_idx" ON "report_bulletins" USING btree ("owner_province");
  CREATE INDEX "report_bulletins_owner_city_idx" ON "report_bulletins" USING btree ("owner_city");
  CREATE INDEX "report_bulletins_updated_at_idx" ON "report_bulletins" USING btree ("updated_at");
  CREATE INDEX "report_bulletins_created_at_idx" ON "report_bulletins" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_bulletins_fk" FOREIGN KEY ("report_bulletins_id") REFERENCES "public"."report_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("report_bulletins_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_bulletins" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_bulletins" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_bulletins_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'remindDueReviews', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'remindDueReviews', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_report_bulletins_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_bulletins_id";
  DROP TYPE "public"."enum_report_bulletins_cadence";`)
}
