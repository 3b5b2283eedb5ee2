import * as migration_20261125_135550_initial from './20261125_135550_initial';
import * as migration_20261125_151525_search_sync from './20261125_151525_search_sync';
import * as migration_20261125_155019_glossary_rebuild from './20261125_155019_glossary_rebuild';
import * as migration_20261125_155501_feedback_votes_views_acks from './20261125_155501_feedback_votes_views_acks';
import * as migration_20261205_231729_search_log_retention from './20261205_231729_search_log_retention';
import * as migration_20261207_173220_media_owner from './20261207_173220_media_owner';
import * as migration_20261207_173722_knowledge_media_ids from './20261207_173722_knowledge_media_ids';
import * as migration_20261207_195437_scope_code_fields from './20261207_195437_scope_code_fields';
import * as migration_20261207_202423_service_activities from './20261207_202423_service_activities';
import * as migration_20261207_203738_activity_files from './20261207_203738_activity_files';
import * as migration_20261207_205145_activity_closing from './20261207_205145_activity_closing';
import * as migration_20261207_222935_report_channel from './20261207_222935_report_channel';
import * as migration_20261207_224731_notifications from './20261207_224731_notifications';
import * as migration_20261207_225933_review_cycle from './20261207_225933_review_cycle';
import * as migration_20261207_231501_audit_log from './20261207_231501_audit_log';
import * as migration_20261207_232535_report_bulletins from './20261207_232535_report_bulletins';
import * as migration_20261207_233209_overdue_reviews from './20261207_233209_overdue_reviews';

export const migrations = [
  {
    up: migration_20261125_135550_initial.up,
    down: migration_20261125_135550_initial.down,
    name: '20261125_135550_initial',
  },
  {
    up: migration_20261125_151525_search_sync.up,
    down: migration_20261125_151525_search_sync.down,
    name: '20261125_151525_search_sync',
  },
  {
    up: migration_20261125_155019_glossary_rebuild.up,
    down: migration_20261125_155019_glossary_rebuild.down,
    name: '20261125_155019_glossary_rebuild',
  },
  {
    up: migration_20261125_155501_feedback_votes_views_acks.up,
    down: migration_20261125_155501_feedback_votes_views_acks.down,
    name: '20261125_155501_feedback_votes_views_acks',
  },
  {
    up: migration_20261205_231729_search_log_retention.up,
    down: migration_20261205_231729_search_log_retention.down,
    name: '20261205_231729_search_log_retention',
  },
  {
    up: migration_20261207_173220_media_owner.up,
    down: migration_20261207_173220_media_owner.down,
    name: '20261207_173220_media_owner',
  },
  {
    up: migration_20261207_173722_knowledge_media_ids.up,
    down: migration_20261207_173722_knowledge_media_ids.down,
    name: '20261207_173722_knowledge_media_ids',
  },
  {
    up: migration_20261207_195437_scope_code_fields.up,
    down: migration_20261207_195437_scope_code_fields.down,
    name: '20261207_195437_scope_code_fields',
  },
  {
    up: migration_20261207_202423_service_activities.up,
    down: migration_20261207_202423_service_activities.down,
    name: '20261207_202423_service_activities',
  },
  {
    up: migration_20261207_203738_activity_files.up,
    down: migration_20261207_203738_activity_files.down,
    name: '20261207_203738_activity_files',
  },
  {
    up: migration_20261207_205145_activity_closing.up,
    down: migration_20261207_205145_activity_closing.down,
    name: '20261207_205145_activity_closing',
  },
  {
    up: migration_20261207_222935_report_channel.up,
    down: migration_20261207_222935_report_channel.down,
    name: '20261207_222935_report_channel',
  },
  {
    up: migration_20261207_224731_notifications.up,
    down: migration_20261207_224731_notifications.down,
    name: '20261207_224731_notifications',
  },
  {
    up: migration_20261207_225933_review_cycle.up,
    down: migration_20261207_225933_review_cycle.down,
    name: '20261207_225933_review_cycle',
  },
  {
    up: migration_20261207_231501_audit_log.up,
    down: migration_20261207_231501_audit_log.down,
    name: '20261207_231501_audit_log',
  },
  {
    up: migration_20261207_232535_report_bulletins.up,
    down: migration_20261207_232535_report_bulletins.down,
    name: '20261207_232535_report_bulletins',
  },
  {
    up: migration_20261207_233209_overdue_reviews.up,
    down: migration_20261207_233209_overdue_reviews.down,
    name: '20261207_233209_overdue_reviews'
  },
];
