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
  	"overridden_in" varchar DEFAULT '',
  	"external_id" varchar,
  	"workflow_state" "enum_knowledge_workflow_state" DEFAULT 'draft',
  	"review_step" numeric,
  	"step_deadline" timestamp(3) with time zone,
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
  	"version_overridden_in" varchar DEFAULT '',
  	"version_external_id" varchar,
  	"version_workflow_state" "enum__knowledge_v_version_workflow_state" DEFAULT 'draft',
  	"version_review_step" numeric,
  	"version_step_deadline" timestamp(3) with time zone,
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
  
  ALTER TABLE "org_units" ADD COLUMN "region_values_hotline" varchar;
  ALTER TABLE "org_units" ADD COLUMN "region_values_store_hours" varchar;
  ALTER TABLE "org_units" ADD COLUMN "region_values_website" varchar;
  ALTER TABLE "org_units" ADD COLUMN "region_values_app_name" varchar;
  ALTER TABLE "org_units" ADD COLUMN "region_values_complaint_line" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "knowledge_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "categories_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" uuid;
  ALTER TABLE "knowledge_channels" ADD CONSTRAINT "knowledge_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "knowledge" ADD CONSTRAINT "knowledge_overrides_id_knowledge_id_fk" FOREIGN KEY ("overrides_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v" ADD CONSTRAINT "_knowledge_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_v_texts" ADD CONSTRAINT "_knowledge_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_rels" ADD CONSTRAINT "_knowledge_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_knowledge_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_knowledge_v_rels" ADD CONSTRAINT "_knowledge_v_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_texts" ADD CONSTRAINT "glossary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_item_id_knowledge_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_knowledge_fk" FOREIGN KEY ("knowledge_id") REFERENCES "public"."knowledge"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_knowledge_id_idx" ON "payload_locked_documents_rels" USING btree ("knowledge_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "knowledge" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "knowledge_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "knowledge_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_v_version_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_knowledge_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_knowledge_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_knowledge_id_idx";
  DROP INDEX "payload_locked_documents_rels_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "org_units" DROP COLUMN "region_values_hotline";
  ALTER TABLE "org_units" DROP COLUMN "region_values_store_hours";
  ALTER TABLE "org_units" DROP COLUMN "region_values_website";
  ALTER TABLE "org_units" DROP COLUMN "region_values_app_name";
  ALTER TABLE "org_units" DROP COLUMN "region_values_complaint_line";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "knowledge_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
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
  DROP TYPE "public"."enum_review_events_to";`)
}
