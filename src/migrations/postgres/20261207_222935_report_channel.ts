import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_history_event" AS ENUM('filed', 'escalate', 'accept', 'forward', 'resolve', 'reject', 'reopen', 'merge');
  CREATE TYPE "public"."enum_feedback_walkthrough_mode" AS ENUM('self', 'joint');
  CREATE TYPE "public"."enum_report_rules_kind_days_kind" AS ENUM('error', 'suggestion', 'missing', 'business', 'process', 'system', 'service_suggestion', 'walkthrough');
  CREATE TYPE "public"."enum__report_rules_v_version_kind_days_kind" AS ENUM('error', 'suggestion', 'missing', 'business', 'process', 'system', 'service_suggestion', 'walkthrough');
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'missing';
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'business';
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'process';
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'system';
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'service_suggestion';
  ALTER TYPE "public"."enum_feedback_kind" ADD VALUE 'walkthrough';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'escalateOverdueReports' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'escalateOverdueReports' BEFORE 'syncSearchIndex';
  CREATE TABLE "feedback_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" "enum_feedback_history_event" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" uuid,
  	"from_code" varchar,
  	"to_code" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "report_rules_kind_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_report_rules_kind_days_kind" NOT NULL,
  	"hq" numeric,
  	"province" numeric,
  	"city" numeric
  );
  
  CREATE TABLE "report_rules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"days_hq" numeric DEFAULT 5 NOT NULL,
  	"days_province" numeric DEFAULT 3 NOT NULL,
  	"days_city" numeric DEFAULT 2 NOT NULL,
  	"points_problem" numeric DEFAULT 0.3 NOT NULL,
  	"points_suggestion" numeric DEFAULT 0.5 NOT NULL,
  	"points_walkthrough" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_report_rules_v_version_kind_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum__report_rules_v_version_kind_days_kind" NOT NULL,
  	"hq" numeric,
  	"province" numeric,
  	"city" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_report_rules_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"version_days_hq" numeric DEFAULT 5 NOT NULL,
  	"version_days_province" numeric DEFAULT 3 NOT NULL,
  	"version_days_city" numeric DEFAULT 2 NOT NULL,
  	"version_points_problem" numeric DEFAULT 0.3 NOT NULL,
  	"version_points_suggestion" numeric DEFAULT 0.5 NOT NULL,
  	"version_points_walkthrough" numeric DEFAULT 1 NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  UPDATE "feedback" SET "status" = 'accepted' WHERE "status" = 'in_progress';
  DROP TYPE "public"."enum_feedback_status";
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'accepted', 'forwarded', 'resolved', 'rejected');
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_feedback_status";
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE "public"."enum_feedback_status" USING "status"::"public"."enum_feedback_status";
  ALTER TABLE "feedback" ALTER COLUMN "item_id" DROP NOT NULL;
  ALTER TABLE "feedback" ADD COLUMN "query" varchar;
  ALTER TABLE "feedback" ADD COLUMN "walked_unit_id" uuid;
  ALTER TABLE "feedback" ADD COLUMN "walkthrough_mode" "enum_feedback_walkthrough_mode";
  ALTER TABLE "feedback" ADD COLUMN "reporter_province" varchar;
  ALTER TABLE "feedback" ADD COLUMN "area" varchar;
  ALTER TABLE "feedback" ADD COLUMN "handler_level" varchar;
  ALTER TABLE "feedback" ADD COLUMN "handler_code" varchar;
  ALTER TABLE "feedback" ADD COLUMN "handler_province" varchar;
  ALTER TABLE "feedback" ADD COLUMN "handler_city" varchar;
  ALTER TABLE "feedback" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "overdue" boolean DEFAULT false;
  ALTER TABLE "feedback" ADD COLUMN "escalations" numeric DEFAULT 0;
  ALTER TABLE "feedback" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "reopened" boolean DEFAULT false;
  ALTER TABLE "feedback" ADD COLUMN "merged_into_id" uuid;
  ALTER TABLE "feedback" ADD COLUMN "points" numeric;
  -- Reports filed before the channel existed: their owner unit holds them; the reporter's province
  -- and unit come from the user; no time limit is set after the fact.
  UPDATE "feedback" SET "handler_level" = "owner_level", "handler_code" = "owner_code", "handler_province" = "owner_province", "handler_city" = "owner_city" WHERE "kind" <> 'rating';
  UPDATE "feedback" f SET "reporter_province" = u."org_province", "area" = u."org_code" FROM "users" u WHERE u."id" = f."reporter_id";
  ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_rules_kind_days" ADD CONSTRAINT "report_rules_kind_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."report_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_report_rules_v_version_kind_days" ADD CONSTRAINT "_report_rules_v_version_kind_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_report_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_history_order_idx" ON "feedback_history" USING btree ("_order");
  CREATE INDEX "feedback_history_parent_id_idx" ON "feedback_history" USING btree ("_parent_id");
  CREATE INDEX "feedback_history_by_idx" ON "feedback_history" USING btree ("by_id");
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_users_id_idx" ON "feedback_rels" USING btree ("users_id");
  CREATE INDEX "report_rules_kind_days_order_idx" ON "report_rules_kind_days" USING btree ("_order");
  CREATE INDEX "report_rules_kind_days_parent_id_idx" ON "report_rules_kind_days" USING btree ("_parent_id");
  CREATE INDEX "_report_rules_v_version_kind_days_order_idx" ON "_report_rules_v_version_kind_days" USING btree ("_order");
  CREATE INDEX "_report_rules_v_version_kind_days_parent_id_idx" ON "_report_rules_v_version_kind_days" USING btree ("_parent_id");
  CREATE INDEX "_report_rules_v_created_at_idx" ON "_report_rules_v" USING btree ("created_at");
  CREATE INDEX "_report_rules_v_updated_at_idx" ON "_report_rules_v" USING btree ("updated_at");
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_walked_unit_id_org_units_id_fk" FOREIGN KEY ("walked_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_merged_into_id_feedback_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_kind_idx" ON "feedback" USING btree ("kind");
  CREATE INDEX "feedback_walked_unit_idx" ON "feedback" USING btree ("walked_unit_id");
  CREATE INDEX "feedback_reporter_province_idx" ON "feedback" USING btree ("reporter_province");
  CREATE INDEX "feedback_handler_level_idx" ON "feedback" USING btree ("handler_level");
  CREATE INDEX "feedback_handler_code_idx" ON "feedback" USING btree ("handler_code");
  CREATE INDEX "feedback_handler_province_idx" ON "feedback" USING btree ("handler_province");
  CREATE INDEX "feedback_handler_city_idx" ON "feedback" USING btree ("handler_city");
  CREATE INDEX "feedback_due_at_idx" ON "feedback" USING btree ("due_at");
  CREATE INDEX "feedback_overdue_idx" ON "feedback" USING btree ("overdue");
  CREATE INDEX "feedback_closed_at_idx" ON "feedback" USING btree ("closed_at");
  CREATE INDEX "feedback_merged_into_idx" ON "feedback" USING btree ("merged_into_id");
  CREATE INDEX "feedback_points_idx" ON "feedback" USING btree ("points");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_rules_kind_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_report_rules_v_version_kind_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_report_rules_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback_history" CASCADE;
  DROP TABLE "feedback_rels" CASCADE;
  DROP TABLE "report_rules_kind_days" CASCADE;
  DROP TABLE "report_rules" CASCADE;
  DROP TABLE "_report_rules_v_version_kind_days" CASCADE;
  DROP TABLE "_report_rules_v" CASCADE;
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_walked_unit_id_org_units_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_merged_into_id_feedback_id_fk";
  
  -- Reports not about an item have no place in the old table.
  DELETE FROM "feedback" WHERE "item_id" IS NULL;
  ALTER TABLE "feedback" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_feedback_kind";
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('rating', 'error', 'suggestion');
  ALTER TABLE "feedback" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_feedback_kind" USING "kind"::"public"."enum_feedback_kind";
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  UPDATE "feedback" SET "status" = 'in_progress' WHERE "status" IN ('accepted', 'forwarded');
  DROP TYPE "public"."enum_feedback_status";
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'in_progress', 'resolved', 'rejected');
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_feedback_status";
  ALTER TABLE "feedback" ALTER COLUMN "status" SET DATA TYPE "public"."enum_feedback_status" USING "status"::"public"."enum_feedback_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'goLiveServiceActivities', 'warnServiceActivities', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "feedback_kind_idx";
  DROP INDEX "feedback_walked_unit_idx";
  DROP INDEX "feedback_reporter_province_idx";
  DROP INDEX "feedback_handler_level_idx";
  DROP INDEX "feedback_handler_code_idx";
  DROP INDEX "feedback_handler_province_idx";
  DROP INDEX "feedback_handler_city_idx";
  DROP INDEX "feedback_due_at_idx";
  DROP INDEX "feedback_overdue_idx";
  DROP INDEX "feedback_closed_at_idx";
  DROP INDEX "feedback_merged_into_idx";
  DROP INDEX "feedback_points_idx";
  ALTER TABLE "feedback" ALTER COLUMN "item_id" SET NOT NULL;
  ALTER TABLE "feedback" DROP COLUMN "query";
  ALTER TABLE "feedback" DROP COLUMN "walked_unit_id";
  ALTER TABLE "feedback" DROP COLUMN "walkthrough_mode";
  ALTER TABLE "feedback" DROP COLUMN "reporter_province";
  ALTER TABLE "feedback" DROP COLUMN "area";
  ALTER TABLE "feedback" DROP COLUMN "handler_level";
  ALTER TABLE "feedback" DROP COLUMN "handler_code";
  ALTER TABLE "feedback" DROP COLUMN "handler_province";
  ALTER TABLE "feedback" DROP COLUMN "handler_city";
  ALTER TABLE "feedback" DROP COLUMN "due_at";
  ALTER TABLE "feedback" DROP COLUMN "overdue";
  ALTER TABLE "feedback" DROP COLUMN "escalations";
  ALTER TABLE "feedback" DROP COLUMN "closed_at";
  ALTER TABLE "feedback" DROP COLUMN "reopened";
  ALTER TABLE "feedback" DROP COLUMN "merged_into_id";
  ALTER TABLE "feedback" DROP COLUMN "points";
  DROP TYPE "public"."enum_feedback_history_event";
  DROP TYPE "public"."enum_feedback_walkthrough_mode";
  DROP TYPE "public"."enum_report_rules_kind_days_kind";
  DROP TYPE "public"."enum__report_rules_v_version_kind_days_kind";`)
}
