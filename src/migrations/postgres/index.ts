import * as migration_20261125_121326_initial from './20261125_121326_initial';

export const migrations = [
  {
    up: migration_20261125_121326_initial.up,
    down: migration_20261125_121326_initial.down,
    name: '20261125_121326_initial'
  },
];
