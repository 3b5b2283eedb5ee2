import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_queries_channel" AS ENUM('online_hall', 'self_service', 'agent_kb');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'syncSearchIndex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'syncSearchIndex';
  CREATE TABLE "search_queries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"q" varchar,
  	"channel" "enum_search_queries_channel" NOT NULL,
  	"province" varchar,
  	"city" varchar,
  	"user_id" uuid,
  	"category" varchar,
  	"page" numeric,
  	"hits" numeric NOT NULL,
  	"took_ms" numeric,
  	"clicked_item_id" uuid,
  	"clicked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_queries_id" uuid;
  ALTER TABLE "search_queries" ADD CONSTRAINT "search_queries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_queries" ADD CONSTRAINT "search_queries_clicked_item_id_knowledge_id_fk" FOREIGN KEY ("clicked_item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_queries_province_idx" ON "search_queries" USING btree ("province");
  CREATE INDEX "search_queries_city_idx" ON "search_queries" USING btree ("city");
  CREATE INDEX "search_queries_user_idx" ON "search_queries" USING btree ("user_id");
  CREATE INDEX "search_queries_hits_idx" ON "search_queries" USING btree ("hits");
  CREATE INDEX "search_queries_clicked_item_idx" ON "search_queries" USING btree ("clicked_item_id");
  CREATE INDEX "search_queries_updated_at_idx" ON "search_queries" USING btree ("updated_at");
  CREATE INDEX "search_queries_created_at_idx" ON "search_queries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_queries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_queries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_queries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'applyScheduledTransitions');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'applyScheduledTransitions');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_queries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_queries_id";
  DROP TYPE "public"."enum_search_queries_channel";`)
}
