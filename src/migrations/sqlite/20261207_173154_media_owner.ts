import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`owner_unit_id\` text(36) REFERENCES org_units(id);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`owner_level\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`owner_code\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`owner_province\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`owner_city\` text;`)
  await db.run(sql`CREATE INDEX \`media_owner_unit_idx\` ON \`media\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`media_owner_level_idx\` ON \`media\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`media_owner_code_idx\` ON \`media\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`media_owner_province_idx\` ON \`media\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`media_owner_city_idx\` ON \`media\` (\`owner_city\`);`)
  // Images uploaded before owners were recorded go to headquarters, whose editors and admins may
  // then manage them (an image without an owner could not be changed at all).
  await db.run(sql`UPDATE \`media\` SET \`owner_unit_id\` = hq.id, \`owner_level\` = 'hq', \`owner_code\` = hq.code
    FROM (SELECT \`id\`, \`code\` FROM \`org_units\` WHERE \`level\` = 'hq' LIMIT 1) AS hq
    WHERE \`media\`.\`owner_unit_id\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_article_url", "sizes_article_width", "sizes_article_height", "sizes_article_mime_type", "sizes_article_filesize", "sizes_article_filename", "sizes_article_wide_url", "sizes_article_wide_width", "sizes_article_wide_height", "sizes_article_wide_mime_type", "sizes_article_wide_filesize", "sizes_article_wide_filename") SELECT "id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_article_url", "sizes_article_width", "sizes_article_height", "sizes_article_mime_type", "sizes_article_filesize", "sizes_article_filename", "sizes_article_wide_url", "sizes_article_wide_width", "sizes_article_wide_height", "sizes_article_wide_mime_type", "sizes_article_wide_filesize", "sizes_article_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_article_sizes_article_filename_idx\` ON \`media\` (\`sizes_article_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_article_wide_sizes_article_wide_filename_idx\` ON \`media\` (\`sizes_article_wide_filename\`);`)
}
