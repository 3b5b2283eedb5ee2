import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_activities_impact_channels" AS ENUM('store', 'hotline', 'online_hall', 'enterprise', 'self_service');
  CREATE TYPE "public"."enum_service_activities_evaluations_step" AS ENUM('document', 'staff_test', 'customer_test', 'compliance', 'consistency');
  CREATE TYPE "public"."enum_service_activities_evaluations_result" AS ENUM('pending', 'passed', 'failed');
  CREATE TYPE "public"."enum_service_activities_warnings_threshold" AS ENUM('days_7', 'days_2', 'go_live');
  CREATE TYPE "public"."enum_service_activities_activity_type" AS ENUM('market', 'network');
  CREATE TYPE "public"."enum_service_activities_kind" AS ENUM('product_launch', 'product_change', 'tariff_change', 'agreement_change', 'promotion', 'cutover', 'expansion', 'upgrade', 'adjustment');
  CREATE TYPE "public"."enum_service_activities_status" AS ENUM('planning', 'held', 'live', 'closed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'goLiveServiceActivities' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'warnServiceActivities' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'goLiveServiceActivities' BEFORE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'warnServiceActivities' BEFORE 'syncSearchIndex';
  CREATE TABLE "service_activities_impact_channels" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_service_activities_impact_channels",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "service_activities_evaluations" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_service_activities_evaluations_step" NOT NULL,
  	"assignee" varchar,
  	"due_at" timestamp(3) with time zone,
  	"result" "enum_service_activities_evaluations_result" DEFAULT 'pending',
  	"notes" varchar
  );
  
  CREATE TABLE "service_activities_required_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"change" varchar NOT NULL,
  	"answer" varchar
  );
  
  CREATE TABLE "service_activities_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"line" varchar NOT NULL,
  	"done" boolean
  );
  
  CREATE TABLE "service_activities_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"threshold" "enum_service_activities_warnings_threshold" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"message" varchar
  );
  
  CREATE TABLE "service_activities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"activity_type" "enum_service_activities_activity_type" NOT NULL,
  	"kind" "enum_service_activities_kind" NOT NULL,
  	"description" varchar,
  	"initiating_department" varchar NOT NULL,
  	"owner_unit_id" uuid,
  	"owner_level" varchar,
  	"owner_code" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
  	"go_live_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"impact_customers" numeric,
  	"announcement_id" uuid,
  	"training_notice_id" uuid,
  	"training_ack_target" numeric DEFAULT 90,
  	"emergency_plan" varchar,
  	"status" "enum_service_activities_status" DEFAULT 'planning',
  	"held_reason" varchar,
  	"went_live_at" timestamp(3) with time zone,
  	"release_approved" boolean,
  	"released_by_id" uuid,
  	"released_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"org_units_id" uuid,
  	"knowledge_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_activities_id" uuid;
  ALTER TABLE "service_activities_impact_channels" ADD CONSTRAINT "service_activities_impact_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_evaluations" ADD CONSTRAINT "service_activities_evaluations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_required_changes" ADD CONSTRAINT "service_activities_required_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_checklist" ADD CONSTRAINT "service_activities_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_warnings" ADD CONSTRAINT "service_activities_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities" ADD CONSTRAINT "service_activities_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_activities" ADD CONSTRAINT "service_activities_announcement_id_knowledge_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_activities" ADD CONSTRAINT "service_activities_training_notice_id_knowledge_id_fk" FOREIGN KEY ("training_notice_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_activities" ADD CONSTRAINT "service_activities_released_by_id_users_id_fk" FOREIGN KEY ("released_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_activities_rels" ADD CONSTRAINT "service_activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_rels" ADD CONSTRAINT "service_activities_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_activities_rels" ADD CONSTRAINT "service_activities_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_activities_impact_channels_order_idx" ON "service_activities_impact_channels" USING btree ("order");
  CREATE INDEX "service_activities_impact_channels_parent_idx" ON "service_activities_impact_channels" USING btree ("parent_id");
  CREATE INDEX "service_activities_evaluations_order_idx" ON "service_activities_evaluations" USING btree ("_order");
  CREATE INDEX "service_activities_evaluations_parent_id_idx" ON "service_activities_evaluations" USING btree ("_parent_id");
  CREATE INDEX "service_activities_required_changes_order_idx" ON "service_activities_required_changes" USING btree ("_order");
  CREATE INDEX "service_activities_required_changes_parent_id_idx" ON "service_activities_required_changes" USING btree ("_parent_id");
  CREATE INDEX "service_activities_checklist_order_idx" ON "service_activities_checklist" USING btree ("_order");
  CREATE INDEX "service_activities_checklist_parent_id_idx" ON "service_activities_checklist" USING btree ("_parent_id");
  CREATE INDEX "service_activities_warnings_order_idx" ON "service_activities_warnings" USING btree ("_order");
  CREATE INDEX "service_activities_warnings_parent_id_idx" ON "service_activities_warnings" USING btree ("_parent_id");
  CREATE INDEX "service_activities_owner_unit_idx" ON "service_activities" USING btree ("owner_unit_id");
  CREATE INDEX "service_activities_owner_level_idx" ON "service_activities" USING btree ("owner_level");
  CREATE INDEX "service_activities_owner_code_idx" ON "service_activities" USING btree ("owner_code");
  CREATE INDEX "service_activities_owner_province_idx" ON "service_activities" USING btree ("owner_province");
  CREATE INDEX "service_activities_owner_city_idx" ON "service_activities" USING btree ("owner_city");
  CREATE INDEX "service_activities_go_live_at_idx" ON "service_activities" USING btree ("go_live_at");
  CREATE INDEX "service_activities_announcement_idx" ON "service_activities" USING btree ("announcement_id");
  CREATE INDEX "service_activities_training_notice_idx" ON "service_activities" USING btree ("training_notice_id");
  CREATE INDEX "service_activities_status_idx" ON "service_activities" USING btree ("status");
  CREATE INDEX "service_activities_released_by_idx" ON "service_activities" USING btree ("released_by_id");
  CREATE INDEX "service_activities_updated_at_idx" ON "service_activities" USING btree ("updated_at");
  CREATE INDEX "service_activities_created_at_idx" ON "service_activities" USING btree ("created_at");
  CREATE INDEX "service_activities_rels_order_idx" ON "service_activities_rels" USING btree ("order");
  CREATE INDEX "service_activities_rels_parent_idx" ON "service_activities_rels" USING btree ("parent_id");
  CREATE INDEX "service_activities_rels_path_idx" ON "service_activities_rels" USING btree ("path");
  CREATE INDEX "service_activities_rels_org_units_id_idx" ON "service_activities_rels" USING btree ("org_units_id");
  CREATE INDEX "service_activities_rels_knowledge_id_idx" ON "service_activities_rels" USING btree ("knowledge_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_activities_fk" FOREIGN KEY ("service_activities_id") REFERENCES "public"."service_activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_service_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("service_activities_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_activities_impact_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities_evaluations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities_required_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_activities_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "service_activities_impact_channels" CASCADE;
  DROP TABLE "service_activities_evaluations" CASCADE;
  DROP TABLE "service_activities_required_changes" CASCADE;
  DROP TABLE "service_activities_checklist" CASCADE;
  DROP TABLE "service_activities_warnings" CASCADE;
  DROP TABLE "service_activities" CASCADE;
  DROP TABLE "service_activities_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_activities_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions', 'syncSearchIndex', 'rebuildSearchIndexes', 'purgeExpiredSearchQueries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_service_activities_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_activities_id";
  DROP TYPE "public"."enum_service_activities_impact_channels";
  DROP TYPE "public"."enum_service_activities_evaluations_step";
  DROP TYPE "public"."enum_service_activities_evaluations_result";
  DROP TYPE "public"."enum_service_activities_warnings_threshold";
  DROP TYPE "public"."enum_service_activities_activity_type";
  DROP TYPE "public"."enum_service_activities_kind";
  DROP TYPE "public"."enum_service_activities_status";`)
}
