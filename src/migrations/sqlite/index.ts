import * as migration_20261125_135534_initial from './20261125_135534_initial';

export const migrations = [
  {
    up: migration_20261125_135534_initial.up,
    down: migration_20261125_135534_initial.down,
    name: '20261125_135534_initial'
  },
];
