import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_kind" AS ENUM('rating', 'error', 'suggestion');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'in_progress', 'resolved', 'rejected');
  CREATE TABLE "feedback" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_feedback_kind" NOT NULL,
  	"item_id" uuid NOT NULL,
  	"item_title" varchar,
  	"rating" numeric,
  	"text" varchar,
  	"reporter_id" uuid,
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"reply" varchar,
  	"handled_by_id" uuid,
  	"owner_level" varchar,
  	"owner_code" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "faq_votes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid NOT NULL,
  	"helpful" boolean DEFAULT false NOT NULL,
  	"comment" varchar,
  	"province" varchar,
  	"vote_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "item_views" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"item_id" uuid NOT NULL,
  	"province" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"view_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notice_acks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"notice_id" uuid NOT NULL,
  	"user_id" uuid NOT NULL,
  	"user_code" varchar,
  	"user_province" varchar,
  	"user_city" varchar,
  	"ack_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "faq_votes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "item_views_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notice_acks_id" uuid;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_item_id_knowledge_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faq_votes" ADD CONSTRAINT "faq_votes_item_id_knowledge_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "item_views" ADD CONSTRAINT "item_views_item_id_knowledge_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notice_acks" ADD CONSTRAINT "notice_acks_notice_id_knowledge_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."knowledge"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notice_acks" ADD CONSTRAINT "notice_acks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_item_idx" ON "feedback" USING btree ("item_id");
  CREATE INDEX "feedback_reporter_idx" ON "feedback" USING btree ("reporter_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_handled_by_idx" ON "feedback" USING btree ("handled_by_id");
  CREATE INDEX "feedback_owner_code_idx" ON "feedback" USING btree ("owner_code");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "faq_votes_item_idx" ON "faq_votes" USING btree ("item_id");
  CREATE INDEX "faq_votes_province_idx" ON "faq_votes" USING btree ("province");
  CREATE UNIQUE INDEX "faq_votes_vote_key_idx" ON "faq_votes" USING btree ("vote_key");
  CREATE INDEX "faq_votes_updated_at_idx" ON "faq_votes" USING btree ("updated_at");
  CREATE INDEX "faq_votes_created_at_idx" ON "faq_votes" USING btree ("created_at");
  CREATE INDEX "item_views_item_idx" ON "item_views" USING btree ("item_id");
  CREATE INDEX "item_views_province_idx" ON "item_views" USING btree ("province");
  CREATE INDEX "item_views_count_idx" ON "item_views" USING btree ("count");
  CREATE UNIQUE INDEX "item_views_view_key_idx" ON "item_views" USING btree ("view_key");
  CREATE INDEX "item_views_updated_at_idx" ON "item_views" USING btree ("updated_at");
  CREATE INDEX "item_views_created_at_idx" ON "item_views" USING btree ("created_at");
  CREATE INDEX "notice_acks_notice_idx" ON "notice_acks" USING btree ("notice_id");
  CREATE INDEX "notice_acks_user_idx" ON "notice_acks" USING btree ("user_id");
  CREATE INDEX "notice_acks_user_code_idx" ON "notice_acks" USING btree ("user_code");
  CREATE INDEX "notice_acks_user_province_idx" ON "notice_acks" USING btree ("user_province");
  CREATE INDEX "notice_acks_user_city_idx" ON "notice_acks" USING btree ("user_city");
  CREATE UNIQUE INDEX "notice_acks_ack_key_idx" ON "notice_acks" USING btree ("ack_key");
  CREATE INDEX "notice_acks_updated_at_idx" ON "notice_acks" USING btree ("updated_at");
  CREATE INDEX "notice_acks_created_at_idx" ON "notice_acks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faq_votes_fk" FOREIGN KEY ("faq_votes_id") REFERENCES "public"."faq_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_item_views_fk" FOREIGN KEY ("item_views_id") REFERENCES "public"."item_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notice_acks_fk" FOREIGN KEY ("notice_acks_id") REFERENCES "public"."notice_acks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_faq_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("faq_votes_id");
  CREATE INDEX "payload_locked_documents_rels_item_views_id_idx" ON "payload_locked_documents_rels" USING btree ("item_views_id");
  CREATE INDEX "payload_locked_documents_rels_notice_acks_id_idx" ON "payload_locked_documents_rels" USING btree ("notice_acks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faq_votes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "item_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notice_acks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "faq_votes" CASCADE;
  DROP TABLE "item_views" CASCADE;
  DROP TABLE "notice_acks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_faq_votes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_item_views_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notice_acks_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_faq_votes_id_idx";
  DROP INDEX "payload_locked_documents_rels_item_views_id_idx";
  DROP INDEX "payload_locked_documents_rels_notice_acks_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "faq_votes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "item_views_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notice_acks_id";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_status";`)
}
