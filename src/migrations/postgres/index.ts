import * as migration_20261125_121326_initial from './20261125_121326_initial';
import * as migration_20261125_131451_knowledge_workflow from './20261125_131451_knowledge_workflow';

export const migrations = [
  {
    up: migration_20261125_121326_initial.up,
    down: migration_20261125_121326_initial.down,
    name: '20261125_121326_initial',
  },
  {
    up: migration_20261125_131451_knowledge_workflow.up,
    down: migration_20261125_131451_knowledge_workflow.down,
    name: '20261125_131451_knowledge_workflow'
  },
];
