import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_knowledge_channels" AS ENUM('online_hall', 'self_service', 'agent_kb');
  CREATE TYPE "public"."enum_knowledge_kind" AS ENUM('faq', 'article', 'script', 'notice');
  CREATE TYPE "public"."enum_knowledge_workflow_state" AS ENUM('draft', 'in_review', 'approved', 'published', 'expired', 'archived');
  CREATE TYPE "public"."enum_knowledge_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__knowledge_v_version_channels" AS ENUM('online_hall', 'self_service', 'agent_kb');
  CREATE TYPE "public"."enum__knowledge_v_version_kind" AS ENUM('faq', 'article', 'script', 'notice');
  CREATE TYPE "public"."enum__knowledge_v_version_workflow_state" AS ENUM('draft', 'in_review', 'approved', 'published', 'expired', 'archived');
  CREATE TYPE "public"."enum__knowledge_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'approve', 'reject', 'publish', 'expire', 'archive', 'import');
  CREATE TYPE "public"."enum_review_events_from" AS ENUM('draft', 'in_review', 'approved', 'published', 'expired', 'archived');
  CREATE TYPE "public"."enum_review_events_to" AS ENUM('draft', 'in_review', 'approved', 'published', 'expired', 'archived');
  CREATE TYPE "public"."enum_org_units_level" AS ENUM('hq', 'province', 'city');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'compliance', 'agent');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions');
  CREATE TABLE "knowledge_channels" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_knowledge_channels",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "knowledge" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_knowledge_kind" DEFAULT 'faq',
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"category_id" uuid,
  	"owner_unit_id" uuid,
  	"owner_level" varchar,
  	"owner_code" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
  	"contact_id" uuid,
  	"effective_from" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"next_review_at" timestamp(3) with time zone,
  	"overrides_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"overridden_in" varchar DEFAULT '',
  	"external_id" varchar,
  	"workflow_state" "enum_knowledge_workflow_state" DEFAULT 'draft',
  	"review_step" numeric,
  	"step_deadline" timestamp(3) with time zone,
  	"author_id" uuid,
  	"submitted_by_id" uuid,
  	"last_edited_by_id" uuid,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_knowledge_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "knowledge_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "knowledge_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_id" uuid
  );
  
  CREATE TABLE "_knowledge_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__knowledge_v_version_channels",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_knowledge_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_kind" "enum__knowledge_v_version_kind" DEFAULT 'faq',
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_category_id" uuid,
  	"version_owner_unit_id" uuid,
  	"version_owner_level" varchar,
  	"version_owner_code" varchar,
  	"version_owner_province" varchar,
  	"version_owner_city" varchar,
  	"version_contact_id" uuid,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_next_review_at" timestamp(3) with time zone,
  	"version_overrides_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_overridden_in" varchar DEFAULT '',
  	"version_external_id" varchar,
  	"version_workflow_state" "enum__knowledge_v_version_workflow_state" DEFAULT 'draft',
  	"version_review_step" numeric,
  	"version_step_deadline" timestamp(3) with time zone,
  	"version_author_id" uuid,
  	"version_submitted_by_id" uuid,
  	"version_last_edited_by_id" uuid,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__knowledge_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_knowledge_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_knowledge_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_id" uuid
  );
  
  CREATE TABLE "categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" uuid,
  	"review_cycle_days" numeric DEFAULT 180 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"term" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "review_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid NOT NULL,
  	"transition_key" varchar NOT NULL,
  	"item_title" varchar,
  	"version" varchar,
  	"action" "enum_review_events_action" NOT NULL,
  	"from" "enum_review_events_from",
  	"to" "enum_review_events_to" NOT NULL,
  	"step_kind" varchar,
  	"step_unit" varchar,
  	"actor_id" uuid,
  	"actor_name" varchar,
  	"comment" varchar,
  	"owner_level" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "org_units" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" uuid,
  	"level" "enum_org_units_level",
  	"region_values_hotline" varchar,
  	"region_values_store_hours" varchar,
  	"region_values_website" varchar,
  	"region_values_app_name" varchar,
  	"region_values_complaint_line" varchar,
  	"province" varchar,
  	"city" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"org_unit_id" uuid NOT NULL,
  	"org_level" varchar,
  	"org_code" varchar,
  	"org_province" varchar,
  	"org_city" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_article_url" varchar,
  	"sizes_article_width" numeric,
  	"sizes_article_height" numeric,
  	"sizes_article_mime_type" varchar,
  	"sizes_article_filesize" numeric,
  	"sizes_article_filename" varchar,
  	"sizes_article_wide_url" varchar,
  	"sizes_article_wide_width" numeric,
  	"sizes_article_wide_height" numeric,
  	"sizes_article_wide_mime_type" varchar,
  	"sizes_article_wide_filesize" numeric,
  	"sizes_article_wide_filename" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"knowledge_id" uuid,
  	"categories_id" uuid,
  	"glossary_id" uuid,
  	"review_events_id" uuid,
  	"org_units_id" uuid,
  	"users_id" uuid,
  	"media_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "knowledge_channels" ADD CONSTRAINT "knowledge_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_overrides_id_knowledge_id_fk" FOREIGN KEY ("overrides_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge_texts" ADD CONSTRAINT "knowledge_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_rels" ADD CONSTRAINT "knowledge_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge_rels" ADD CONSTRAINT "knowledge_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_version_channels" ADD CONSTRAINT "_knowledge_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_parent_id_knowledge_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_owner_unit_id_org_units_id_fk" FOREIGN KEY ("version_owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_contact_id_users_id_fk" FOREIGN KEY ("version_contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_overrides_id_knowledge_id_fk" FOREIGN KEY ("version_overrides_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v_texts" ADD CONSTRAINT "_knowledge_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_rels" ADD CONSTRAINT "_knowledge_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_rels" ADD CONSTRAINT "_knowledge_v_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_texts" ADD CONSTRAINT "glossary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_item_id_knowledge_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "knowledge_channels_order_idx" ON "knowledge_channels" USING btree ("order");
  CREATE INDEX "knowledge_channels_parent_idx" ON "knowledge_channels" USING btree ("parent_id");
  CREATE INDEX "knowledge_category_idx" ON "knowledge" USING btree ("category_id");
  CREATE INDEX "knowledge_owner_unit_idx" ON "knowledge" USING btree ("owner_unit_id");
  CREATE INDEX "knowledge_owner_level_idx" ON "knowledge" USING btree ("owner_level");
  CREATE INDEX "knowledge_owner_code_idx" ON "knowledge" USING btree ("owner_code");
  CREATE INDEX "knowledge_owner_province_idx" ON "knowledge" USING btree ("owner_province");
  CREATE INDEX "knowledge_owner_city_idx" ON "knowledge" USING btree ("owner_city");
  CREATE INDEX "knowledge_contact_idx" ON "knowledge" USING btree ("contact_id");
  CREATE INDEX "knowledge_overrides_idx" ON "knowledge" USING btree ("overrides_id");
  CREATE INDEX "knowledge_overridden_in_idx" ON "knowledge" USING btree ("overridden_in");
  CREATE UNIQUE INDEX "knowledge_external_id_idx" ON "knowledge" USING btree ("external_id");
  CREATE INDEX "knowledge_workflow_state_idx" ON "knowledge" USING btree ("workflow_state");
  CREATE INDEX "knowledge_author_idx" ON "knowledge" USING btree ("author_id");
  CREATE INDEX "knowledge_submitted_by_idx" ON "knowledge" USING btree ("submitted_by_id");
  CREATE INDEX "knowledge_last_edited_by_idx" ON "knowledge" USING btree ("last_edited_by_id");
  CREATE INDEX "knowledge_updated_at_idx" ON "knowledge" USING btree ("updated_at");
  CREATE INDEX "knowledge_created_at_idx" ON "knowledge" USING btree ("created_at");
  CREATE INDEX "knowledge__status_idx" ON "knowledge" USING btree ("_status");
  CREATE INDEX "knowledge_texts_order_parent" ON "knowledge_texts" USING btree ("order","parent_id");
  CREATE INDEX "knowledge_rels_order_idx" ON "knowledge_rels" USING btree ("order");
  CREATE INDEX "knowledge_rels_parent_idx" ON "knowledge_rels" USING btree ("parent_id");
  CREATE INDEX "knowledge_rels_path_idx" ON "knowledge_rels" USING btree ("path");
  CREATE INDEX "knowledge_rels_knowledge_id_idx" ON "knowledge_rels" USING btree ("knowledge_id");
  CREATE INDEX "_knowledge_v_version_channels_order_idx" ON "_knowledge_v_version_channels" USING btree ("order");
  CREATE INDEX "_knowledge_v_version_channels_parent_idx" ON "_knowledge_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_knowledge_v_parent_idx" ON "_knowledge_v" USING btree ("parent_id");
  CREATE INDEX "_knowledge_v_version_version_category_idx" ON "_knowledge_v" USING btree ("version_category_id");
  CREATE INDEX "_knowledge_v_version_version_owner_unit_idx" ON "_knowledge_v" USING btree ("version_owner_unit_id");
  CREATE INDEX "_knowledge_v_version_version_owner_level_idx" ON "_knowledge_v" USING btree ("version_owner_level");
  CREATE INDEX "_knowledge_v_version_version_owner_code_idx" ON "_knowledge_v" USING btree ("version_owner_code");
  CREATE INDEX "_knowledge_v_version_version_owner_province_idx" ON "_knowledge_v" USING btree ("version_owner_province");
  CREATE INDEX "_knowledge_v_version_version_owner_city_idx" ON "_knowledge_v" USING btree ("version_owner_city");
  CREATE INDEX "_knowledge_v_version_version_contact_idx" ON "_knowledge_v" USING btree ("version_contact_id");
  CREATE INDEX "_knowledge_v_version_version_overrides_idx" ON "_knowledge_v" USING btree ("version_overrides_id");
  CREATE INDEX "_knowledge_v_version_version_overridden_in_idx" ON "_knowledge_v" USING btree ("version_overridden_in");
  CREATE INDEX "_knowledge_v_version_version_external_id_idx" ON "_knowledge_v" USING btree ("version_external_id");
  CREATE INDEX "_knowledge_v_version_version_workflow_state_idx" ON "_knowledge_v" USING btree ("version_workflow_state");
  CREATE INDEX "_knowledge_v_version_version_author_idx" ON "_knowledge_v" USING btree ("version_author_id");
  CREATE INDEX "_knowledge_v_version_version_submitted_by_idx" ON "_knowledge_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_knowledge_v_version_version_last_edited_by_idx" ON "_knowledge_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_knowledge_v_version_version_updated_at_idx" ON "_knowledge_v" USING btree ("version_updated_at");
  CREATE INDEX "_knowledge_v_version_version_created_at_idx" ON "_knowledge_v" USING btree ("version_created_at");
  CREATE INDEX "_knowledge_v_version_version__status_idx" ON "_knowledge_v" USING btree ("version__status");
  CREATE INDEX "_knowledge_v_created_at_idx" ON "_knowledge_v" USING btree ("created_at");
  CREATE INDEX "_knowledge_v_updated_at_idx" ON "_knowledge_v" USING btree ("updated_at");
  CREATE INDEX "_knowledge_v_latest_idx" ON "_knowledge_v" USING btree ("latest");
  CREATE INDEX "_knowledge_v_texts_order_parent" ON "_knowledge_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_knowledge_v_rels_order_idx" ON "_knowledge_v_rels" USING btree ("order");
  CREATE INDEX "_knowledge_v_rels_parent_idx" ON "_knowledge_v_rels" USING btree ("parent_id");
  CREATE INDEX "_knowledge_v_rels_path_idx" ON "_knowledge_v_rels" USING btree ("path");
  CREATE INDEX "_knowledge_v_rels_knowledge_id_idx" ON "_knowledge_v_rels" USING btree ("knowledge_id");
  CREATE UNIQUE INDEX "categories_name_idx" ON "categories" USING btree ("name");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "glossary_term_idx" ON "glossary" USING btree ("term");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "glossary_texts_order_parent" ON "glossary_texts" USING btree ("order","parent_id");
  CREATE INDEX "review_events_item_idx" ON "review_events" USING btree ("item_id");
  CREATE UNIQUE INDEX "review_events_transition_key_idx" ON "review_events" USING btree ("transition_key");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_owner_level_idx" ON "review_events" USING btree ("owner_level");
  CREATE INDEX "review_events_owner_province_idx" ON "review_events" USING btree ("owner_province");
  CREATE INDEX "review_events_owner_city_idx" ON "review_events" USING btree ("owner_city");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "org_units_code_idx" ON "org_units" USING btree ("code");
  CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");
  CREATE INDEX "org_units_level_idx" ON "org_units" USING btree ("level");
  CREATE INDEX "org_units_province_idx" ON "org_units" USING btree ("province");
  CREATE INDEX "org_units_city_idx" ON "org_units" USING btree ("city");
  CREATE INDEX "org_units_updated_at_idx" ON "org_units" USING btree ("updated_at");
  CREATE INDEX "org_units_created_at_idx" ON "org_units" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_org_unit_idx" ON "users" USING btree ("org_unit_id");
  CREATE INDEX "users_org_level_idx" ON "users" USING btree ("org_level");
  CREATE INDEX "users_org_code_idx" ON "users" USING btree ("org_code");
  CREATE INDEX "users_org_province_idx" ON "users" USING btree ("org_province");
  CREATE INDEX "users_org_city_idx" ON "users" USING btree ("org_city");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_article_sizes_article_filename_idx" ON "media" USING btree ("sizes_article_filename");
  CREATE INDEX "media_sizes_article_wide_sizes_article_wide_filename_idx" ON "media" USING btree ("sizes_article_wide_filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_knowledge_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_org_units_id_idx" ON "payload_locked_documents_rels" USING btree ("org_units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "knowledge_channels" CASCADE;
  DROP TABLE "knowledge" CASCADE;
  DROP TABLE "knowledge_texts" CASCADE;
  DROP TABLE "knowledge_rels" CASCADE;
  DROP TABLE "_knowledge_v_version_channels" CASCADE;
  DROP TABLE "_knowledge_v" CASCADE;
  DROP TABLE "_knowledge_v_texts" CASCADE;
  DROP TABLE "_knowledge_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "glossary_texts" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "org_units" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_knowledge_channels";
  DROP TYPE "public"."enum_knowledge_kind";
  DROP TYPE "public"."enum_knowledge_workflow_state";
  DROP TYPE "public"."enum_knowledge_status";
  DROP TYPE "public"."enum__knowledge_v_version_channels";
  DROP TYPE "public"."enum__knowledge_v_version_kind";
  DROP TYPE "public"."enum__knowledge_v_version_workflow_state";
  DROP TYPE "public"."enum__knowledge_v_version_status";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from";
  DROP TYPE "public"."enum_review_events_to";
  DROP TYPE "public"."enum_org_units_level";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
