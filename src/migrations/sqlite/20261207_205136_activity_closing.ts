import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`service_activities\` ADD \`closing_review\` text;`)
  await db.run(sql`ALTER TABLE \`service_activities\` ADD \`followed_process\` integer;`)
  await db.run(sql`ALTER TABLE \`service_activities\` ADD \`closed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`service_activities\` ADD \`closed_at\` text;`)
  await db.run(sql`CREATE INDEX \`service_activities_closed_by_idx\` ON \`service_activities\` (\`closed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_service_activities\` (
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
  await db.run(sql`INSERT INTO \`__new_service_activities\`("id", "title", "activity_type", "kind", "description", "initiating_department", "owner_unit_id", "owner_level", "owner_code", "owner_province", "owner_city", "go_live_at", "ends_at", "impact_customers", "announcement_id", "training_notice_id", "training_ack_target", "emergency_plan", "status", "held_reason", "went_live_at", "release_approved", "released_by_id", "released_at", "updated_at", "created_at") SELECT "id", "title", "activity_type", "kind", "description", "initiating_department", "owner_unit_id", "owner_level", "owner_code", "owner_province", "owner_city", "go_live_at", "ends_at", "impact_customers", "announcement_id", "training_notice_id", "training_ack_target", "emergency_plan", "status", "held_reason", "went_live_at", "release_approved", "released_by_id", "released_at", "updated_at", "created_at" FROM \`service_activities\`;`)
  await db.run(sql`DROP TABLE \`service_activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_service_activities\` RENAME TO \`service_activities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
