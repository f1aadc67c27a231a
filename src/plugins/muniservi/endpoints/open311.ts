/** Open311 GeoReport v2 (to be written). */
import type { ModuleEndpoint } from '../../sdk/index'

export const open311Endpoints: ModuleEndpoint[] = []
