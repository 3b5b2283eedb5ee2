import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	\`from_code\` text,
  	\`to_code\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_history_order_idx\` ON \`feedback_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_history_parent_id_idx\` ON \`feedback_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_history_by_idx\` ON \`feedback_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_rels_order_idx\` ON \`feedback_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_parent_idx\` ON \`feedback_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_path_idx\` ON \`feedback_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_users_id_idx\` ON \`feedback_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`report_rules_kind_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`hq\` numeric,
  	\`province\` numeric,
  	\`city\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`report_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_rules_kind_days_order_idx\` ON \`report_rules_kind_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`report_rules_kind_days_parent_id_idx\` ON \`report_rules_kind_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`report_rules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`days_hq\` numeric DEFAULT 5 NOT NULL,
  	\`days_province\` numeric DEFAULT 3 NOT NULL,
  	\`days_city\` numeric DEFAULT 2 NOT NULL,
  	\`points_problem\` numeric DEFAULT 0.3 NOT NULL,
  	\`points_suggestion\` numeric DEFAULT 0.5 NOT NULL,
  	\`points_walkthrough\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_report_rules_v_version_kind_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`hq\` numeric,
  	\`province\` numeric,
  	\`city\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_report_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_report_rules_v_version_kind_days_order_idx\` ON \`_report_rules_v_version_kind_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_report_rules_v_version_kind_days_parent_id_idx\` ON \`_report_rules_v_version_kind_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_report_rules_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_days_hq\` numeric DEFAULT 5 NOT NULL,
  	\`version_days_province\` numeric DEFAULT 3 NOT NULL,
  	\`version_days_city\` numeric DEFAULT 2 NOT NULL,
  	\`version_points_problem\` numeric DEFAULT 0.3 NOT NULL,
  	\`version_points_suggestion\` numeric DEFAULT 0.5 NOT NULL,
  	\`version_points_walkthrough\` numeric DEFAULT 1 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_report_rules_v_created_at_idx\` ON \`_report_rules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_report_rules_v_updated_at_idx\` ON \`_report_rules_v\` (\`updated_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`item_id\` text(36),
  	\`item_title\` text,
  	\`rating\` numeric,
  	\`query\` text,
  	\`text\` text,
  	\`walked_unit_id\` text(36),
  	\`walkthrough_mode\` text,
  	\`reporter_id\` text(36),
  	\`reporter_province\` text,
  	\`area\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`handler_level\` text,
  	\`handler_code\` text,
  	\`handler_province\` text,
  	\`handler_city\` text,
  	\`due_at\` text,
  	\`overdue\` integer DEFAULT false,
  	\`escalations\` numeric DEFAULT 0,
  	\`reply\` text,
  	\`handled_by_id\` text(36),
  	\`closed_at\` text,
  	\`reopened\` integer DEFAULT false,
  	\`merged_into_id\` text(36),
  	\`points\` numeric,
  	\`owner_level\` text,
  	\`owner_code\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`walked_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // Reports filed before the channel existed: their owner unit holds them, 处理中 becomes 已受理,
  // the reporter's province and unit are read from the user; no time limit is set after the fact.
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "kind", "item_id", "item_title", "rating", "text", "reporter_id", "reporter_province", "area", "status", "handler_level", "handler_code", "handler_province", "handler_city", "reply", "handled_by_id", "owner_level", "owner_code", "owner_province", "owner_city", "updated_at", "created_at") SELECT f."id", f."kind", f."item_id", f."item_title", f."rating", f."text", f."reporter_id", u."org_province", u."org_code", CASE f."status" WHEN 'in_progress' THEN 'accepted' ELSE f."status" END, CASE WHEN f."kind" = 'rating' THEN NULL ELSE f."owner_level" END, CASE WHEN f."kind" = 'rating' THEN NULL ELSE f."owner_code" END, CASE WHEN f."kind" = 'rating' THEN NULL ELSE f."owner_province" END, CASE WHEN f."kind" = 'rating' THEN NULL ELSE f."owner_city" END, f."reply", f."handled_by_id", f."owner_level", f."owner_code", f."owner_province", f."owner_city", f."updated_at", f."created_at" FROM \`feedback\` f LEFT JOIN \`users\` u ON u."id" = f."reporter_id";`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_item_idx\` ON \`feedback\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_walked_unit_idx\` ON \`feedback\` (\`walked_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reporter_idx\` ON \`feedback\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reporter_province_idx\` ON \`feedback\` (\`reporter_province\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handler_level_idx\` ON \`feedback\` (\`handler_level\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handler_code_idx\` ON \`feedback\` (\`handler_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handler_province_idx\` ON \`feedback\` (\`handler_province\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handler_city_idx\` ON \`feedback\` (\`handler_city\`);`)
  await db.run(sql`CREATE INDEX \`feedback_due_at_idx\` ON \`feedback\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_overdue_idx\` ON \`feedback\` (\`overdue\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handled_by_idx\` ON \`feedback\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_closed_at_idx\` ON \`feedback\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_points_idx\` ON \`feedback\` (\`points\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_level_idx\` ON \`feedback\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_code_idx\` ON \`feedback\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_province_idx\` ON \`feedback\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_city_idx\` ON \`feedback\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
}

// Reports not about an item have no place in the old table and are dropped.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback_history\`;`)
  await db.run(sql`DROP TABLE \`feedback_rels\`;`)
  await db.run(sql`DROP TABLE \`report_rules_kind_days\`;`)
  await db.run(sql`DROP TABLE \`report_rules\`;`)
  await db.run(sql`DROP TABLE \`_report_rules_v_version_kind_days\`;`)
  await db.run(sql`DROP TABLE \`_report_rules_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`item_id\` text(36) NOT NULL,
  	\`item_title\` text,
  	\`rating\` numeric,
  	\`text\` text,
  	\`reporter_id\` text(36),
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`reply\` text,
  	\`handled_by_id\` text(36),
  	\`owner_level\` text,
  	\`owner_code\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "kind", "item_id", "item_title", "rating", "text", "reporter_id", "status", "reply", "handled_by_id", "owner_level", "owner_code", "owner_province", "owner_city", "updated_at", "created_at") SELECT "id", "kind", "item_id", "item_title", "rating", "text", "reporter_id", CASE WHEN "status" IN ('accepted', 'forwarded') THEN 'in_progress' ELSE "status" END, "reply", "handled_by_id", "owner_level", "owner_code", "owner_province", "owner_city", "updated_at", "created_at" FROM \`feedback\` WHERE "item_id" IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`feedback_item_idx\` ON \`feedback\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reporter_idx\` ON \`feedback\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handled_by_idx\` ON \`feedback\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_level_idx\` ON \`feedback\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_code_idx\` ON \`feedback\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_province_idx\` ON \`feedback\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_city_idx\` ON \`feedback\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
}
