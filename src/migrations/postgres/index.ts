import * as migration_20261125_121326_initial from './20261125_121326_initial';
import * as migration_20261125_131451_knowledge_workflow from './20261125_131451_knowledge_workflow';
import * as migration_20261125_133501_jobs from './20261125_133501_jobs';
import * as migration_20261125_134330_published_at from './20261125_134330_published_at';

export const migrations = [
  {
    up: migration_20261125_121326_initial.up,
    down: migration_20261125_121326_initial.down,
    name: '20261125_121326_initial',
  },
  {
    up: migration_20261125_131451_knowledge_workflow.up,
    down: migration_20261125_131451_knowledge_workflow.down,
    name: '20261125_131451_knowledge_workflow',
  },
  {
    up: migration_20261125_133501_jobs.up,
    down: migration_20261125_133501_jobs.down,
    name: '20261125_133501_jobs',
  },
  {
    up: migration_20261125_134330_published_at.up,
    down: migration_20261125_134330_published_at.down,
    name: '20261125_134330_published_at'
  },
];
