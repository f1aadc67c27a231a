import * as migration_20261122_044508_initial from './20261122_044508_initial';
import * as migration_20261122_053722_audit_log from './20261122_053722_audit_log';
import * as migration_20261122_095426_muniservi from './20261122_095426_muniservi';
import * as migration_20261123_153734_municompra from './20261123_153734_municompra';
import * as migration_20261123_163015_muniparticipa from './20261123_163015_muniparticipa';
import * as migration_20261123_190500_muniagenda from './20261123_190500_muniagenda';
import * as migration_20261128_004330_parent_indexes from './20261128_004330_parent_indexes';
import * as migration_20261128_012944_list_indexes from './20261128_012944_list_indexes';
import * as migration_20261128_020414_services_tenant_index from './20261128_020414_services_tenant_index';
import * as migration_20261206_192903_module_settings from './20261206_192903_module_settings';
import * as migration_20261207_040322_namespaced_slugs from './20261207_040322_namespaced_slugs';
import * as migration_20261207_102649_location_privacy from './20261207_102649_location_privacy';
import * as migration_20261207_103538_events_seo from './20261207_103538_events_seo';
import * as migration_20261207_160840_object_storage from './20261207_160840_object_storage';

export const migrations = [
  {
    up: migration_20261122_044508_initial.up,
    down: migration_20261122_044508_initial.down,
    name: '20261122_044508_initial',
  },
  {
    up: migration_20261122_053722_audit_log.up,
    down: migration_20261122_053722_audit_log.down,
    name: '20261122_053722_audit_log',
  },
  {
    up: migration_20261122_095426_muniservi.up,
    down: migration_20261122_095426_muniservi.down,
    name: '20261122_095426_muniservi',
  },
  {
    up: migration_20261123_153734_municompra.up,
    down: migration_20261123_153734_municompra.down,
    name: '20261123_153734_municompra',
  },
  {
    up: migration_20261123_163015_muniparticipa.up,
    down: migration_20261123_163015_muniparticipa.down,
    name: '20261123_163015_muniparticipa',
  },
  {
    up: migration_20261123_190500_muniagenda.up,
    down: migration_20261123_190500_muniagenda.down,
    name: '20261123_190500_muniagenda',
  },
  {
    up: migration_20261128_004330_parent_indexes.up,
    down: migration_20261128_004330_parent_indexes.down,
    name: '20261128_004330_parent_indexes',
  },
  {
    up: migration_20261128_012944_list_indexes.up,
    down: migration_20261128_012944_list_indexes.down,
    name: '20261128_012944_list_indexes',
  },
  {
    up: migration_20261128_020414_services_tenant_index.up,
    down: migration_20261128_020414_services_tenant_index.down,
    name: '20261128_020414_services_tenant_index',
  },
  {
    up: migration_20261206_192903_module_settings.up,
    down: migration_20261206_192903_module_settings.down,
    name: '20261206_192903_module_settings',
  },
  {
    up: migration_20261207_040322_namespaced_slugs.up,
    down: migration_20261207_040322_namespaced_slugs.down,
    name: '20261207_040322_namespaced_slugs',
  },
  {
    up: migration_20261207_102649_location_privacy.up,
    down: migration_20261207_102649_location_privacy.down,
    name: '20261207_102649_location_privacy',
  },
  {
    up: migration_20261207_103538_events_seo.up,
    down: migration_20261207_103538_events_seo.down,
    name: '20261207_103538_events_seo',
  },
  {
    up: migration_20261207_160840_object_storage.up,
    down: migration_20261207_160840_object_storage.down,
    name: '20261207_160840_object_storage'
  },
];
