import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_notification_prefs_muted" ADD VALUE 'review_overdue' BEFORE 'item_rejected';
  ALTER TYPE "public"."enum_users_notification_prefs_no_email" ADD VALUE 'review_overdue' BEFORE 'item_rejected';
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE 'review_overdue' BEFORE 'item_rejected';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyOverdueReviews' BEFORE 'publishReportBulletins';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyOverdueReviews' BEFORE 'publishReportBulletins';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notification_prefs_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notification_prefs_muted";
  CREATE TYPE "public"."enum_users_notification_prefs_muted" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'item_due_review', 'activity_warning');
  ALTER TABLE "users_notification_prefs_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notification_prefs_muted" USING "value"::"public"."enum_users_notification_prefs_muted";
  ALTER TABLE "users_notification_prefs_no_email" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notification_prefs_no_email";
  CREATE TYPE "public"."enum_users_notification_prefs_no_email" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'item_due_review', 'activity_warning');
  ALTER TABLE "users_notification_prefs_no_email" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notification_prefs_no_email" USING "value"::"public"."enum_users_notification_prefs_no_email";
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'item_due_review', 'activity_warning');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'remindDueReviews', 'publishReportBulletins', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'remindDueReviews', 'publishReportBulletins', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
