import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'confirm_review';
  ALTER TYPE "public"."enum_users_notification_prefs_muted" ADD VALUE 'item_due_review' BEFORE 'activity_warning';
  ALTER TYPE "public"."enum_users_notification_prefs_no_email" ADD VALUE 'item_due_review' BEFORE 'activity_warning';
  ALTER TYPE "public"."enum_notifications_event" ADD VALUE 'item_due_review' BEFORE 'activity_warning';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindDueReviews' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindDueReviews' BEFORE 'syncSearchIndex';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'approve', 'reject', 'publish', 'expire', 'archive', 'import');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  ALTER TABLE "users_notification_prefs_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notification_prefs_muted";
  CREATE TYPE "public"."enum_users_notification_prefs_muted" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  ALTER TABLE "users_notification_prefs_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notification_prefs_muted" USING "value"::"public"."enum_users_notification_prefs_muted";
  ALTER TABLE "users_notification_prefs_no_email" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notification_prefs_no_email";
  CREATE TYPE "public"."enum_users_notification_prefs_no_email" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  ALTER TABLE "users_notification_prefs_no_email" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notification_prefs_no_email" USING "value"::"public"."enum_users_notification_prefs_no_email";
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_event";
  CREATE TYPE "public"."enum_notifications_event" AS ENUM('review_waiting', 'item_rejected', 'item_published', 'report_assigned', 'report_answered', 'report_escalated', 'notice_to_ack', 'activity_warning');
  ALTER TABLE "notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_notifications_event" USING "event"::"public"."enum_notifications_event";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'escalateOverdueReports', 'sendNotificationEmail', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
