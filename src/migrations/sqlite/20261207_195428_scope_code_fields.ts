import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`owner_code\` text;`)
  // Events written before this column: their item's owner code (items never change owner).
  await db.run(
    sql`UPDATE \`review_events\` SET \`owner_code\` = (SELECT \`owner_code\` FROM \`knowledge\` WHERE \`knowledge\`.\`id\` = \`review_events\`.\`item_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`review_events_owner_code_idx\` ON \`review_events\` (\`owner_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_level_idx\` ON \`feedback\` (\`owner_level\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_province_idx\` ON \`feedback\` (\`owner_province\`);`)
  await db.run(sql`CREATE INDEX \`feedback_owner_city_idx\` ON \`feedback\` (\`owner_city\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`review_events_owner_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`owner_code\`;`)
  await db.run(sql`DROP INDEX \`feedback_owner_level_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_owner_province_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_owner_city_idx\`;`)
}
