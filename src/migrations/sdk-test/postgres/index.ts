import * as migration_20261206_193159_sdk_test_module from './20261206_193159_sdk_test_module';

export const migrations = [
  {
    up: migration_20261206_193159_sdk_test_module.up,
    down: migration_20261206_193159_sdk_test_module.down,
    name: '20261206_193159_sdk_test_module'
  },
];
