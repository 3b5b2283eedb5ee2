import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback\` (
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
  await db.run(sql`CREATE INDEX \`feedback_item_idx\` ON \`feedback\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reporter_idx\` ON \`feedback\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handled_by_idx\` ON \`feedback\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_code_idx\` ON \`feedback\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`faq_votes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`item_id\` text(36) NOT NULL,
  	\`helpful\` integer DEFAULT false NOT NULL,
  	\`comment\` text,
  	\`province\` text,
  	\`vote_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_votes_item_idx\` ON \`faq_votes\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_votes_province_idx\` ON \`faq_votes\` (\`province\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faq_votes_vote_key_idx\` ON \`faq_votes\` (\`vote_key\`);`)
  await db.run(sql`CREATE INDEX \`faq_votes_updated_at_idx\` ON \`faq_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_votes_created_at_idx\` ON \`faq_votes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`item_views\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`item_id\` text(36) NOT NULL,
  	\`province\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`view_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`item_views_item_idx\` ON \`item_views\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`item_views_province_idx\` ON \`item_views\` (\`province\`);`)
  await db.run(sql`CREATE INDEX \`item_views_count_idx\` ON \`item_views\` (\`count\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`item_views_view_key_idx\` ON \`item_views\` (\`view_key\`);`)
  await db.run(sql`CREATE INDEX \`item_views_updated_at_idx\` ON \`item_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`item_views_created_at_idx\` ON \`item_views\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notice_acks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`notice_id\` text(36) NOT NULL,
  	\`user_id\` text(36) NOT NULL,
  	\`user_code\` text,
  	\`user_province\` text,
  	\`user_city\` text,
  	\`ack_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notice_acks_notice_idx\` ON \`notice_acks\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_user_idx\` ON \`notice_acks\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_user_code_idx\` ON \`notice_acks\` (\`user_code\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_user_province_idx\` ON \`notice_acks\` (\`user_province\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_user_city_idx\` ON \`notice_acks\` (\`user_city\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notice_acks_ack_key_idx\` ON \`notice_acks\` (\`ack_key\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_updated_at_idx\` ON \`notice_acks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notice_acks_created_at_idx\` ON \`notice_acks\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` text(36) REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`faq_votes_id\` text(36) REFERENCES faq_votes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`item_views_id\` text(36) REFERENCES item_views(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notice_acks_id\` text(36) REFERENCES notice_acks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_item_views_id_idx\` ON \`payload_locked_documents_rels\` (\`item_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notice_acks_id_idx\` ON \`payload_locked_documents_rels\` (\`notice_acks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`faq_votes\`;`)
  await db.run(sql`DROP TABLE \`item_views\`;`)
  await db.run(sql`DROP TABLE \`notice_acks\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_queries_id\`) REFERENCES \`search_queries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id") SELECT "id", "order", "parent_id", "path", "knowledge_id", "categories_id", "glossary_id", "review_events_id", "org_units_id", "users_id", "media_id", "search_queries_id" FROM \`payload_locked_documents_rels\`;`)
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
}
