import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "activity_files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"description" varchar,
  	"owner_unit_id" uuid,
  	"owner_level" varchar,
  	"owner_code" varchar,
  	"owner_province" varchar,
  	"owner_city" varchar,
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
  	"focal_y" numeric
  );
  
  ALTER TABLE "service_activities_rels" ADD COLUMN "activity_files_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_files_id" uuid;
  ALTER TABLE "activity_files" ADD CONSTRAINT "activity_files_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activity_files_owner_unit_idx" ON "activity_files" USING btree ("owner_unit_id");
  CREATE INDEX "activity_files_owner_level_idx" ON "activity_files" USING btree ("owner_level");
  CREATE INDEX "activity_files_owner_code_idx" ON "activity_files" USING btree ("owner_code");
  CREATE INDEX "activity_files_owner_province_idx" ON "activity_files" USING btree ("owner_province");
  CREATE INDEX "activity_files_owner_city_idx" ON "activity_files" USING btree ("owner_city");
  CREATE INDEX "activity_files_updated_at_idx" ON "activity_files" USING btree ("updated_at");
  CREATE INDEX "activity_files_created_at_idx" ON "activity_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "activity_files_filename_idx" ON "activity_files" USING btree ("filename");
  ALTER TABLE "service_activities_rels" ADD CONSTRAINT "service_activities_rels_activity_files_fk" FOREIGN KEY ("activity_files_id") REFERENCES "public"."activity_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_files_fk" FOREIGN KEY ("activity_files_id") REFERENCES "public"."activity_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_activities_rels_activity_files_id_idx" ON "service_activities_rels" USING btree ("activity_files_id");
  CREATE INDEX "payload_locked_documents_rels_activity_files_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activity_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activity_files" CASCADE;
  ALTER TABLE "service_activities_rels" DROP CONSTRAINT "service_activities_rels_activity_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_files_fk";
  
  DROP INDEX "service_activities_rels_activity_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_files_id_idx";
  ALTER TABLE "service_activities_rels" DROP COLUMN "activity_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_files_id";`)
}
