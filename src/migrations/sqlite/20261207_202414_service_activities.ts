import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_activities_impact_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_impact_channels_order_idx\` ON \`service_activities_impact_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_impact_channels_parent_idx\` ON \`service_activities_impact_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_activities_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text NOT NULL,
  	\`assignee\` text,
  	\`due_at\` text,
  	\`result\` text DEFAULT 'pending',
  	\`notes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_evaluations_order_idx\` ON \`service_activities_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_evaluations_parent_id_idx\` ON \`service_activities_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_activities_required_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`change\` text NOT NULL,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_required_changes_order_idx\` ON \`service_activities_required_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_required_changes_parent_id_idx\` ON \`service_activities_required_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_activities_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`line\` text NOT NULL,
  	\`done\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_checklist_order_idx\` ON \`service_activities_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_checklist_parent_id_idx\` ON \`service_activities_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_activities_warnings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`threshold\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_warnings_order_idx\` ON \`service_activities_warnings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_warnings_parent_id_idx\` ON \`service_activities_warnings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_activities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`activity_type\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`initiating_department\` text NOT NULL,
  	\`owner_unit_id\` text(36),
  	\`owner_level\` text,
  	\`owner_code\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`go_live_at\` text NOT NULL,
  	\`ends_at\` text,
  	\`impact_customers\` numeric,
  	\`announcement_id\` text(36),
  	\`training_notice_id\` text(36),
  	\`training_ack_target\` numeric DEFAULT 90,
  	\`emergency_plan\` text,
  	\`status\` text DEFAULT 'planning',
  	\`held_reason\` text,
  	\`went_live_at\` text,
  	\`release_approved\` integer,
  	\`released_by_id\` text(36),
  	\`released_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`announcement_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`training_notice_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`released_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_owner_unit_idx\` ON \`service_activities\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_owner_level_idx\` ON \`service_activities\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_owner_code_idx\` ON \`service_activities\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_owner_province_idx\` ON \`service_activities\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_owner_city_idx\` ON \`service_activities\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_go_live_at_idx\` ON \`service_activities\` (\`go_live_at\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_announcement_idx\` ON \`service_activities\` (\`announcement_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_training_notice_idx\` ON \`service_activities\` (\`training_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_status_idx\` ON \`service_activities\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_released_by_idx\` ON \`service_activities\` (\`released_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_updated_at_idx\` ON \`service_activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_created_at_idx\` ON \`service_activities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`org_units_id\` text(36),
  	\`knowledge_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_activities_rels_order_idx\` ON \`service_activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_rels_parent_idx\` ON \`service_activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_rels_path_idx\` ON \`service_activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_rels_org_units_id_idx\` ON \`service_activities_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`service_activities_rels_knowledge_id_idx\` ON \`service_activities_rels\` (\`knowledge_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_activities_id\` text(36) REFERENCES service_activities(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`service_activities_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_activities_impact_channels\`;`)
  await db.run(sql`DROP TABLE \`service_activities_evaluations\`;`)
  await db.run(sql`DROP TABLE \`service_activities_required_changes\`;`)
  await db.run(sql`DROP TABLE \`service_activities_checklist\`;`)
  await db.run(sql`DROP TABLE \`service_activities_warnings\`;`)
  await db.run(sql`DROP TABLE \`service_activities\`;`)
  await db.run(sql`DROP TABLE \`service_activities_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`knowledge_id\` text(36),
  	\`categories_id\` text(36),
  	\`glossary_id\` text(36),
  	\`review_events_id\` text(36),
  	\`org_units_id\` text(36),
  	\`users_id\` text(36),
  	\`media_id\` text(36),
  	\`search_queries_id\` text(36),
  	\`feedback_id\` text(36),
  	\`faq_votes_id\` text(36),
  	\`item_views_id\` text(36),
  	\`notice_acks_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_queries_id\`) REFERENCES \`search_queries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_votes_id\`) REFERENCES \`faq_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`item_views_id\`) REFERENCES \`item_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notice_acks_id\`) REFERENCES \`notice_acks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id", "feedback_id", "faq_votes_id", "item_views_id", "notice_acks_id") SELECT "id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id", "feedback_id", "faq_votes_id", "item_views_id", "notice_acks_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_org_units_id_idx\` ON \`payload_locked_documents_rels\` (\`org_units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_item_views_id_idx\` ON \`payload_locked_documents_rels\` (\`item_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notice_acks_id_idx\` ON \`payload_locked_documents_rels\` (\`notice_acks_id\`);`)
}
