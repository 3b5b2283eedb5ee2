import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_notification_prefs_muted" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  CREATE TYPE "public"."enum_users_notification_prefs_no_email" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotificationEmail' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotificationEmail' BEFORE 'syncSearchIndex';
  CREATE TABLE "users_notification_prefs_muted" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_notification_prefs_muted",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_notification_prefs_no_email" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_notification_prefs_no_email",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"recipient_id" uuid NOT NULL,
  	"event" "enum_notifications_event" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" uuid;
  ALTER TABLE "users_notification_prefs_muted" ADD CONSTRAINT "users_notification_prefs_muted_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_notification_prefs_no_email" ADD CONSTRAINT "users_notification_prefs_no_email_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_notification_prefs_muted_order_idx" ON "users_notification_prefs_muted" USING btree ("order");
  CREATE INDEX "users_notification_prefs_muted_parent_idx" ON "users_notification_prefs_muted" USING btree ("parent_id");
  CREATE INDEX "users_notification_prefs_no_email_order_idx" ON "users_notification_prefs_no_email" USING btree ("order");
  CREATE INDEX "users_notification_prefs_no_email_parent_idx" ON "users_notification_prefs_no_email" USING btree ("parent_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notification_prefs_muted" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_notification_prefs_no_email" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_notification_prefs_muted" CASCADE;
  DROP TABLE "users_notification_prefs_no_email" CASCADE;
  DROP TABLE "notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_users_notification_prefs_muted";
  DROP TYPE "public"."enum_users_notification_prefs_no_email";
  DROP TYPE "public"."enum_notifications_event";`)
}
