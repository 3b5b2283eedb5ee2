import * as migration_20261125_135550_initial from './20261125_135550_initial';
import * as migration_20261125_151525_search_sync from './20261125_151525_search_sync';

export const migrations = [
  {
    up: migration_20261125_135550_initial.up,
    down: migration_20261125_135550_initial.down,
    name: '20261125_135550_initial',
  },
  {
    up: migration_20261125_151525_search_sync.up,
    down: migration_20261125_151525_search_sync.down,
    name: '20261125_151525_search_sync'
  },
];
