import * as migration_20261122_044611_initial from './20261122_044611_initial';

export const migrations = [
  {
    up: migration_20261122_044611_initial.up,
    down: migration_20261122_044611_initial.down,
    name: '20261122_044611_initial'
  },
];
