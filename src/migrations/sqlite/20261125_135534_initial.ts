import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`knowledge_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_channels_order_idx\` ON \`knowledge_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_channels_parent_idx\` ON \`knowledge_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'faq',
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`category_id\` text(36),
  	\`owner_unit_id\` text(36),
  	\`owner_level\` text,
  	\`owner_code\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`contact_id\` text(36),
  	\`effective_from\` text,
  	\`expires_at\` text,
  	\`next_review_at\` text,
  	\`overrides_id\` text(36),
  	\`published_at\` text,
  	\`overridden_in\` text DEFAULT '',
  	\`external_id\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_step\` numeric,
  	\`step_deadline\` text,
  	\`author_id\` text(36),
  	\`submitted_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`overrides_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_category_idx\` ON \`knowledge\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_owner_unit_idx\` ON \`knowledge\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_owner_level_idx\` ON \`knowledge\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_owner_code_idx\` ON \`knowledge\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_owner_province_idx\` ON \`knowledge\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_owner_city_idx\` ON \`knowledge\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_contact_idx\` ON \`knowledge\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_overrides_idx\` ON \`knowledge\` (\`overrides_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_overridden_in_idx\` ON \`knowledge\` (\`overridden_in\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`knowledge_external_id_idx\` ON \`knowledge\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_workflow_state_idx\` ON \`knowledge\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_author_idx\` ON \`knowledge\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_submitted_by_idx\` ON \`knowledge\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_last_edited_by_idx\` ON \`knowledge\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_updated_at_idx\` ON \`knowledge\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_created_at_idx\` ON \`knowledge\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge__status_idx\` ON \`knowledge\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_texts_order_parent\` ON \`knowledge_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`knowledge_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_rels_order_idx\` ON \`knowledge_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_rels_parent_idx\` ON \`knowledge_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_rels_path_idx\` ON \`knowledge_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_rels_knowledge_id_idx\` ON \`knowledge_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_channels_order_idx\` ON \`_knowledge_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_channels_parent_idx\` ON \`_knowledge_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text DEFAULT 'faq',
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_category_id\` text(36),
  	\`version_owner_unit_id\` text(36),
  	\`version_owner_level\` text,
  	\`version_owner_code\` text,
  	\`version_owner_province\` text,
  	\`version_owner_city\` text,
  	\`version_contact_id\` text(36),
  	\`version_effective_from\` text,
  	\`version_expires_at\` text,
  	\`version_next_review_at\` text,
  	\`version_overrides_id\` text(36),
  	\`version_published_at\` text,
  	\`version_overridden_in\` text DEFAULT '',
  	\`version_external_id\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_step\` numeric,
  	\`version_step_deadline\` text,
  	\`version_author_id\` text(36),
  	\`version_submitted_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contact_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_overrides_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_parent_idx\` ON \`_knowledge_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_category_idx\` ON \`_knowledge_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_owner_unit_idx\` ON \`_knowledge_v\` (\`version_owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_owner_level_idx\` ON \`_knowledge_v\` (\`version_owner_level\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_owner_code_idx\` ON \`_knowledge_v\` (\`version_owner_code\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_owner_province_idx\` ON \`_knowledge_v\` (\`version_owner_province\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_owner_city_idx\` ON \`_knowledge_v\` (\`version_owner_city\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_contact_idx\` ON \`_knowledge_v\` (\`version_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_overrides_idx\` ON \`_knowledge_v\` (\`version_overrides_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_overridden_in_idx\` ON \`_knowledge_v\` (\`version_overridden_in\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_external_id_idx\` ON \`_knowledge_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_workflow_state_idx\` ON \`_knowledge_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_author_idx\` ON \`_knowledge_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_submitted_by_idx\` ON \`_knowledge_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_last_edited_by_idx\` ON \`_knowledge_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_updated_at_idx\` ON \`_knowledge_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version_created_at_idx\` ON \`_knowledge_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_version_version__status_idx\` ON \`_knowledge_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_created_at_idx\` ON \`_knowledge_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_updated_at_idx\` ON \`_knowledge_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_latest_idx\` ON \`_knowledge_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_texts_order_parent\` ON \`_knowledge_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`knowledge_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_v_rels_order_idx\` ON \`_knowledge_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_rels_parent_idx\` ON \`_knowledge_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_rels_path_idx\` ON \`_knowledge_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_v_rels_knowledge_id_idx\` ON \`_knowledge_v_rels\` (\`knowledge_id\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`review_cycle_days\` numeric DEFAULT 180 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_name_idx\` ON \`categories\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`categories_parent_idx\` ON \`categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`glossary\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_term_idx\` ON \`glossary\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`glossary_updated_at_idx\` ON \`glossary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_created_at_idx\` ON \`glossary\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`glossary_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_texts_order_parent\` ON \`glossary_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`item_id\` text(36) NOT NULL,
  	\`transition_key\` text NOT NULL,
  	\`item_title\` text,
  	\`version\` text,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`step_kind\` text,
  	\`step_unit\` text,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`comment\` text,
  	\`owner_level\` text,
  	\`owner_province\` text,
  	\`owner_city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_item_idx\` ON \`review_events\` (\`item_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`review_events_transition_key_idx\` ON \`review_events\` (\`transition_key\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_owner_level_idx\` ON \`review_events\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`review_events_owner_province_idx\` ON \`review_events\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`review_events_owner_city_idx\` ON \`review_events\` (\`owner_city\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`org_units\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`level\` text,
  	\`region_values_hotline\` text,
  	\`region_values_store_hours\` text,
  	\`region_values_website\` text,
  	\`region_values_app_name\` text,
  	\`region_values_complaint_line\` text,
  	\`province\` text,
  	\`city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`org_units_code_idx\` ON \`org_units\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`org_units_parent_idx\` ON \`org_units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`org_units_level_idx\` ON \`org_units\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`org_units_province_idx\` ON \`org_units\` (\`province\`);`)
  await db.run(sql`CREATE INDEX \`org_units_city_idx\` ON \`org_units\` (\`city\`);`)
  await db.run(sql`CREATE INDEX \`org_units_updated_at_idx\` ON \`org_units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`org_units_created_at_idx\` ON \`org_units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`org_unit_id\` text(36) NOT NULL,
  	\`org_level\` text,
  	\`org_code\` text,
  	\`org_province\` text,
  	\`org_city\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`org_unit_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_org_unit_idx\` ON \`users\` (\`org_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_org_level_idx\` ON \`users\` (\`org_level\`);`)
  await db.run(sql`CREATE INDEX \`users_org_code_idx\` ON \`users\` (\`org_code\`);`)
  await db.run(sql`CREATE INDEX \`users_org_province_idx\` ON \`users\` (\`org_province\`);`)
  await db.run(sql`CREATE INDEX \`users_org_city_idx\` ON \`users\` (\`org_city\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_article_url\` text,
  	\`sizes_article_width\` numeric,
  	\`sizes_article_height\` numeric,
  	\`sizes_article_mime_type\` text,
  	\`sizes_article_filesize\` numeric,
  	\`sizes_article_filename\` text,
  	\`sizes_article_wide_url\` text,
  	\`sizes_article_wide_width\` numeric,
  	\`sizes_article_wide_height\` numeric,
  	\`sizes_article_wide_mime_type\` text,
  	\`sizes_article_wide_filesize\` numeric,
  	\`sizes_article_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_article_sizes_article_filename_idx\` ON \`media\` (\`sizes_article_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_article_wide_sizes_article_wide_filename_idx\` ON \`media\` (\`sizes_article_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_id\`) REFERENCES \`knowledge\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`org_units_id\`) REFERENCES \`org_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`knowledge_channels\`;`)
  await db.run(sql`DROP TABLE \`knowledge\`;`)
  await db.run(sql`DROP TABLE \`knowledge_texts\`;`)
  await db.run(sql`DROP TABLE \`knowledge_rels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_v_rels\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`DROP TABLE \`glossary_texts\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`org_units\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
