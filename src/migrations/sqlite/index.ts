import * as migration_20261125_135029_initial from './20261125_135029_initial';

export const migrations = [
  {
    up: migration_20261125_135029_initial.up,
    down: migration_20261125_135029_initial.down,
    name: '20261125_135029_initial'
  },
];
