import * as migration_20261125_121320_initial from './20261125_121320_initial';
import * as migration_20261125_131441_knowledge_workflow from './20261125_131441_knowledge_workflow';
import * as migration_20261125_133445_jobs from './20261125_133445_jobs';
import * as migration_20261125_134305_published_at from './20261125_134305_published_at';

export const migrations = [
  {
    up: migration_20261125_121320_initial.up,
    down: migration_20261125_121320_initial.down,
    name: '20261125_121320_initial',
  },
  {
    up: migration_20261125_131441_knowledge_workflow.up,
    down: migration_20261125_131441_knowledge_workflow.down,
    name: '20261125_131441_knowledge_workflow',
  },
  {
    up: migration_20261125_133445_jobs.up,
    down: migration_20261125_133445_jobs.down,
    name: '20261125_133445_jobs',
  },
  {
    up: migration_20261125_134305_published_at.up,
    down: migration_20261125_134305_published_at.down,
    name: '20261125_134305_published_at'
  },
];
