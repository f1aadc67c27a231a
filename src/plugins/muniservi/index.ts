/**
 * MuniServi — online municipal services: the catalogue of services (trámites) with their online
 * forms, service requests with a tracking code, an SLA in business days and a workflow, emails to
 * the requester, commands for the portal (GraphQL and REST) and Open311 GeoReport v2.
 */
import { defineModule, l } from '@e-muni/sdk'
import { SERVICE_AGENT, SERVICE_SUPERVISOR } from './access/index'
import { ServiceCategories, Services } from './collections/catalogue'
import { Open311Keys, ServiceAttachments, ServiceRequests } from './collections/requests'
import { rateServiceRequest } from './commands/rateServiceRequest'
import { respondToServiceRequest } from './commands/respondToServiceRequest'
import { stageServiceAttachments } from './commands/stageServiceAttachments'
import { submitServiceRequest } from './commands/submitServiceRequest'
import { open311Endpoints } from './endpoints/open311'
import { requestEndpoints } from './endpoints/requests'
import { muniServiMutations, muniServiQueries } from './graphql/index'
import { MODULE, translations } from './i18n/index'
import { overdueTask } from './jobs/overdue'
import { seedMuniServi } from './seed/index'
import { recoverRequests } from './lib/recover'
import { dashboard } from './dashboard'

export const muniServi = defineModule({
  slug: MODULE,
  namespace: 'servi',
  label: l('MuniServi', 'MuniServi', 'MuniServi', 'MuniServi'),
  description: l(
    'Servicios en línea: catálogo de trámites, formularios, solicitudes con seguimiento y plazos, Open311.',
    'Serviços online: catálogo de serviços, formulários, solicitações com acompanhamento e prazos, Open311.',
    'Online services: catalogue, online forms, service requests with tracking and deadlines, Open311.',
    'Services en ligne : catalogue des démarches, formulaires, demandes avec suivi et délais, Open311.',
  ),
  version: '1.0.0',
  roles: [
    {
      slug: SERVICE_AGENT,
      label: l('Agente de servicios', 'Atendente de serviços', 'Service agent', 'Agent des services'),
    },
    {
      slug: SERVICE_SUPERVISOR,
      label: l('Supervisor de servicios', 'Supervisor de serviços', 'Service supervisor', 'Superviseur des services'),
    },
  ],
  collections: [ServiceCategories, Services, ServiceRequests, ServiceAttachments, Open311Keys],
  endpoints: [...requestEndpoints, ...open311Endpoints],
  commands: [submitServiceRequest, respondToServiceRequest, rateServiceRequest, stageServiceAttachments],
  // A request's tracking code and token: limited per client address by the core (issue 21).
  capabilityOperations: ['trackServiceRequest', respondToServiceRequest.name, rateServiceRequest.name],
  graphQL: { queries: muniServiQueries, mutations: muniServiMutations },
  jobs: [overdueTask],
  translations,
  dashboard,
  seed: seedMuniServi,
  recover: recoverRequests,
})
