import * as migration_20261125_135550_initial from './20261125_135550_initial';

export const migrations = [
  {
    up: migration_20261125_135550_initial.up,
    down: migration_20261125_135550_initial.down,
    name: '20261125_135550_initial'
  },
];
