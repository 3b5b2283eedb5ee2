import * as migration_20261125_135534_initial from './20261125_135534_initial';
import * as migration_20261125_151510_search_sync from './20261125_151510_search_sync';
import * as migration_20261125_155443_feedback_votes_views_acks from './20261125_155443_feedback_votes_views_acks';
import * as migration_20261207_173154_media_owner from './20261207_173154_media_owner';
import * as migration_20261207_173716_knowledge_media_ids from './20261207_173716_knowledge_media_ids';
import * as migration_20261207_195428_scope_code_fields from './20261207_195428_scope_code_fields';
import * as migration_20261207_202414_service_activities from './20261207_202414_service_activities';
import * as migration_20261207_203730_activity_files from './20261207_203730_activity_files';
import * as migration_20261207_205136_activity_closing from './20261207_205136_activity_closing';
import * as migration_20261207_222914_report_channel from './20261207_222914_report_channel';
import * as migration_20261207_224723_notifications from './20261207_224723_notifications';
import * as migration_20261207_231454_audit_log from './20261207_231454_audit_log';
import * as migration_20261207_232526_report_bulletins from './20261207_232526_report_bulletins';

export const migrations = [
  {
    up: migration_20261125_135534_initial.up,
    down: migration_20261125_135534_initial.down,
    name: '20261125_135534_initial',
  },
  {
    up: migration_20261125_151510_search_sync.up,
    down: migration_20261125_151510_search_sync.down,
    name: '20261125_151510_search_sync',
  },
  {
    up: migration_20261125_155443_feedback_votes_views_acks.up,
    down: migration_20261125_155443_feedback_votes_views_acks.down,
    name: '20261125_155443_feedback_votes_views_acks',
  },
  {
    up: migration_20261207_173154_media_owner.up,
    down: migration_20261207_173154_media_owner.down,
    name: '20261207_173154_media_owner',
  },
  {
    up: migration_20261207_173716_knowledge_media_ids.up,
    down: migration_20261207_173716_knowledge_media_ids.down,
    name: '20261207_173716_knowledge_media_ids',
  },
  {
    up: migration_20261207_195428_scope_code_fields.up,
    down: migration_20261207_195428_scope_code_fields.down,
    name: '20261207_195428_scope_code_fields',
  },
  {
    up: migration_20261207_202414_service_activities.up,
    down: migration_20261207_202414_service_activities.down,
    name: '20261207_202414_service_activities',
  },
  {
    up: migration_20261207_203730_activity_files.up,
    down: migration_20261207_203730_activity_files.down,
    name: '20261207_203730_activity_files',
  },
  {
    up: migration_20261207_205136_activity_closing.up,
    down: migration_20261207_205136_activity_closing.down,
    name: '20261207_205136_activity_closing',
  },
  {
    up: migration_20261207_222914_report_channel.up,
    down: migration_20261207_222914_report_channel.down,
    name: '20261207_222914_report_channel',
  },
  {
    up: migration_20261207_224723_notifications.up,
    down: migration_20261207_224723_notifications.down,
    name: '20261207_224723_notifications',
  },
  {
    up: migration_20261207_231454_audit_log.up,
    down: migration_20261207_231454_audit_log.down,
    name: '20261207_231454_audit_log',
  },
  {
    up: migration_20261207_232526_report_bulletins.up,
    down: migration_20261207_232526_report_bulletins.down,
    name: '20261207_232526_report_bulletins'
  },
];
