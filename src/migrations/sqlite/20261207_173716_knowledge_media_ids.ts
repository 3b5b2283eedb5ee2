import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { mediaIdsIn } from '../../richtext/mediaReferences'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`knowledge\` ADD \`media_ids\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` ADD \`version_media_ids\` text DEFAULT '';`)
  // Bodies saved before the list was kept, live ones and drafts that may be published as they are.
  const items = await db.all<{ id: string; body: string }>(
    sql`SELECT \`id\`, \`body\` FROM \`knowledge\` WHERE \`body\` LIKE '%"upload"%'`,
  )
  for (const { id, body } of items) {
    const ids = mediaIdsIn(JSON.parse(body)).join(' ')
    await db.run(sql`UPDATE \`knowledge\` SET \`media_ids\` = ${ids} WHERE \`id\` = ${id}`)
  }
  const versions = await db.all<{ id: string; body: string }>(
    sql`SELECT \`id\`, \`version_body\` AS \`body\` FROM \`_knowledge_v\` WHERE \`version_body\` LIKE '%"upload"%'`,
  )
  for (const { id, body } of versions) {
    const ids = mediaIdsIn(JSON.parse(body)).join(' ')
    await db.run(sql`UPDATE \`_knowledge_v\` SET \`version_media_ids\` = ${ids} WHERE \`id\` = ${id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`knowledge\` DROP COLUMN \`media_ids\`;`)
  await db.run(sql`ALTER TABLE \`_knowledge_v\` DROP COLUMN \`version_media_ids\`;`)
}
