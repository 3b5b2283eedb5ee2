import * as migration_20261125_121320_initial from './20261125_121320_initial';

export const migrations = [
  {
    up: migration_20261125_121320_initial.up,
    down: migration_20261125_121320_initial.down,
    name: '20261125_121320_initial'
  },
];
