import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { mediaIdsIn } from '../../richtext/mediaReferences'
import type { RichTextState } from '../../richtext/types'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge" ADD COLUMN "media_ids" varchar DEFAULT '';
  ALTER TABLE "_knowledge_v" ADD COLUMN "version_media_ids" varchar DEFAULT '';`)
  // Bodies saved before the list was kept, live ones and drafts that may be published as they are.
  const items = await db.execute(
    sql`SELECT "id", "body" FROM "knowledge" WHERE "body"::text LIKE '%"upload"%'`,
  )
  for (const { id, body } of items.rows as { id: string; body: RichTextState }[]) {
    const ids = mediaIdsIn(body).join(' ')
    await db.execute(sql`UPDATE "knowledge" SET "media_ids" = ${ids} WHERE "id" = ${id}`)
  }
  const versions = await db.execute(
    sql`SELECT "id", "version_body" AS "body" FROM "_knowledge_v" WHERE "version_body"::text LIKE '%"upload"%'`,
  )
  for (const { id, body } of versions.rows as { id: string; body: RichTextState }[]) {
    const ids = mediaIdsIn(body).join(' ')
    await db.execute(sql`UPDATE "_knowledge_v" SET "version_media_ids" = ${ids} WHERE "id" = ${id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge" DROP COLUMN "media_ids";
  ALTER TABLE "_knowledge_v" DROP COLUMN "version_media_ids";`)
}
