import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_published_at\`;`)
}
