import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`report_bulletins\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`cadence\` text NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_to\` text NOT NULL,
  	\`figures\` text NOT NULL,
  	\`owner_level\` text,
  	\`owner_code\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_bulletins_key_idx\` ON \`report_bulletins\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_owner_level_idx\` ON \`report_bulletins\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_owner_code_idx\` ON \`report_bulletins\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_owner_province_idx\` ON \`report_bulletins\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_owner_city_idx\` ON \`report_bulletins\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_updated_at_idx\` ON \`report_bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_bulletins_created_at_idx\` ON \`report_bulletins\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_bulletins_id\` text(36) REFERENCES report_bulletins(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`report_bulletins_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`report_bulletins\`;`)
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
  	\`service_activities_id\` text(36),
  	\`activity_files_id\` text(36),
  	\`notifications_id\` text(36),
  	\`audit_log_id\` text(36),
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
  	FOREIGN KEY (\`notice_acks_id\`) REFERENCES \`notice_acks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_activities_id\`) REFERENCES \`service_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_files_id\`) REFERENCES \`activity_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id", "feedback_id", "faq_votes_id", "item_views_id", "notice_acks_id", "service_activities_id", "activity_files_id", "notifications_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id", "feedback_id", "faq_votes_id", "item_views_id", "notice_acks_id", "service_activities_id", "activity_files_id", "notifications_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`service_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_files_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
