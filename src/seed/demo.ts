/** The demo: two municipalities (one Spanish-speaking, one Portuguese-speaking) and their portal content. */
import type { Palette } from './assets'

export type DemoMunicipality = {
  slug: string
  name: string
  country: string
  defaultLocale: 'es' | 'pt'
  timezone: string
  currency: string
  domains: string[]
  /** modules switched on in the demo (those installed) */
  modules: string[]
  holidays: { date: string; name: string }[]
  theme: { primaryColor: string; secondaryColor: string }
  contact: { email: string; phone: string; address: string; website: string }
  palette: Palette
  content: {
    pages: {
      slug: string
      title: string
      intro: string[]
      cta?: { heading: string; text: string; label: string; url: string }
      status: 'published' | 'draft'
    }[]
    news: {
      slug: string
      title: string
      excerpt: string
      body: string[]
      daysAgo: number
      status: 'published' | 'draft'
    }[]
    events: {
      slug: string
      title: string
      summary: string
      place: string
      inDays: number
      hours: number
      status: 'published' | 'draft'
    }[]
    documents: { title: string; kind: string; fiscalYear: number; summary: string; status: 'published' | 'draft' }[]
    menu: string[]
    imageAlt: string[]
  }
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    slug: 'villa-esperanza',
    name: 'Villa Esperanza',
    country: 'UY',
    defaultLocale: 'es',
    timezone: 'America/Montevideo',
    currency: 'UYU',
    domains: ['villa-esperanza.localhost'],
    modules: ['muniservi', 'municompra', 'muniparticipa', 'muniagenda'],
    holidays: [
      { date: '2026-01-01', name: 'Año Nuevo' },
      { date: '2026-05-01', name: 'Día de los Trabajadores' },
      { date: '2026-07-18', name: 'Jura de la Constitución' },
      { date: '2026-08-25', name: 'Declaratoria de la Independencia' },
      { date: '2026-12-25', name: 'Navidad' },
      { date: '2027-01-01', name: 'Año Nuevo' },
    ],
    theme: { primaryColor: '#1d4e89', secondaryColor: '#f2a541' },
    contact: {
      email: 'contacto@villa-esperanza.demo',
      phone: '+598 4000 1234',
      address: 'Av. 18 de Julio 1020, Villa Esperanza, Uruguay',
      website: 'https://villa-esperanza.localhost',
    },
    palette: { sky: '#7fb3e6', sun: '#f2a541', hills: ['#5d9c59', '#3f7d3c', '#2b5b2a'] },
    content: {
      pages: [
        {
          slug: 'inicio',
          title: 'Bienvenidos a Villa Esperanza',
          intro: [
            'El portal municipal reúne noticias, agenda, trámites y documentos de transparencia de Villa Esperanza.',
            'Atención al público de lunes a viernes de 9 a 15 horas en el Palacio Municipal.',
          ],
          cta: {
            heading: 'Transparencia',
            text: 'Consulte el presupuesto y las actas del Concejo.',
            label: 'Ver documentos',
            url: '/documents',
          },
          status: 'published',
        },
        {
          slug: 'el-municipio',
          title: 'El municipio',
          intro: ['Villa Esperanza tiene 18.400 habitantes y una larga tradición agrícola y cooperativa.'],
          status: 'published',
        },
        {
          slug: 'presupuesto-participativo-2027',
          title: 'Presupuesto participativo 2027 (borrador)',
          intro: ['Borrador interno: bases del próximo presupuesto participativo, todavía en revisión.'],
          status: 'draft',
        },
        {
          // The terms the portal's sign-up form links to (frontend: PORTAL_TERMS_URL, default the page `legal`).
          slug: 'legal',
          title: 'Condiciones de uso y privacidad',
          intro: [
            'El portal municipal es un servicio público de Villa Esperanza. Quien crea una cuenta se compromete a dar datos veraces y a usar el portal de buena fe.',
            'Los datos personales se usan solo para los trámites y las consultas que usted inicia, se guardan en servidores del municipio y no se ceden a terceros. Puede pedir verlos, corregirlos o borrarlos en el Palacio Municipal.',
          ],
          status: 'published',
        },
      ],
      news: [
        {
          slug: 'nueva-plaza-barrio-norte',
          title: 'Inauguramos la nueva plaza del Barrio Norte',
          excerpt: 'Juegos accesibles, arbolado nativo e iluminación LED para todo el barrio.',
          body: [
            'La plaza fue diseñada junto a los vecinos en tres talleres abiertos.',
            'Se plantaron 40 árboles nativos.',
          ],
          daysAgo: 3,
          status: 'published',
        },
        {
          slug: 'cambios-recoleccion-residuos',
          title: 'Cambios en la recolección de residuos (borrador)',
          excerpt: 'Nuevo recorrido a partir del próximo mes.',
          body: ['Texto en preparación por la Dirección de Servicios.'],
          daysAgo: 0,
          status: 'draft',
        },
      ],
      events: [
        {
          slug: 'feria-de-productores',
          title: 'Feria de productores locales',
          summary: 'Frutas, verduras, quesos y artesanías de la zona.',
          place: 'Plaza Independencia',
          inDays: 6,
          hours: 5,
          status: 'published',
        },
        {
          slug: 'sesion-abierta-concejo',
          title: 'Sesión abierta del Concejo Municipal',
          summary: 'Rendición de cuentas del primer semestre.',
          place: 'Palacio Municipal, sala de sesiones',
          inDays: 14,
          hours: 2,
          status: 'published',
        },
      ],
      documents: [
        {
          title: 'Presupuesto municipal 2026',
          kind: 'budget',
          fiscalYear: 2026,
          summary: 'Presupuesto aprobado por el Concejo.',
          status: 'published',
        },
        {
          title: 'Acta de la sesión del 12 de octubre',
          kind: 'minutes',
          fiscalYear: 2026,
          summary: 'Acta aprobada.',
          status: 'published',
        },
      ],
      menu: ['Inicio', 'El municipio'],
      imageAlt: [
        'Colinas verdes y casas de Villa Esperanza bajo un cielo despejado',
        'Atardecer sobre los campos de Villa Esperanza',
      ],
    },
  },
  {
    slug: 'nova-esperanca',
    name: 'Nova Esperança do Vale',
    country: 'BR',
    defaultLocale: 'pt',
    timezone: 'America/Sao_Paulo',
    currency: 'BRL',
    domains: ['nova-esperanca.localhost'],
    // The demo's second municipality has only online services; test servers switch every module on in
    // both (SEED_DEMO_MODULES=all), so that each module's cross-tenant checks have a second tenant.
    modules: ['muniservi'],
    holidays: [
      { date: '2026-01-01', name: 'Confraternização Universal' },
      { date: '2026-04-21', name: 'Tiradentes' },
      { date: '2026-09-07', name: 'Independência do Brasil' },
      { date: '2026-11-15', name: 'Proclamação da República' },
      { date: '2026-11-20', name: 'Dia da Consciência Negra' },
      { date: '2026-12-25', name: 'Natal' },
      { date: '2027-01-01', name: 'Confraternização Universal' },
    ],
    theme: { primaryColor: '#1b7f3b', secondaryColor: '#ffd23f' },
    contact: {
      email: 'contato@nova-esperanca.demo',
      phone: '+55 47 3000-1234',
      address: 'Rua das Palmeiras 200, Centro, Nova Esperança do Vale - SC, Brasil',
      website: 'https://nova-esperanca.localhost',
    },
    palette: { sky: '#f7b267', sun: '#ffd23f', hills: ['#7cb518', '#5c8001', '#3b5249'] },
    content: {
      pages: [
        {
          slug: 'inicio',
          title: 'Bem-vindos a Nova Esperança do Vale',
          intro: [
            'O portal da prefeitura reúne notícias, agenda, serviços e documentos de transparência.',
            'Atendimento ao público de segunda a sexta, das 8h às 14h, na sede da Prefeitura.',
          ],
          cta: {
            heading: 'Transparência',
            text: 'Consulte o orçamento e as atas da Câmara.',
            label: 'Ver documentos',
            url: '/documents',
          },
          status: 'published',
        },
        {
          slug: 'a-cidade',
          title: 'A cidade',
          intro: ['Nova Esperança do Vale tem 32 mil habitantes e é conhecida pelas suas cachoeiras.'],
          status: 'published',
        },
        {
          slug: 'plano-diretor-revisao',
          title: 'Revisão do plano diretor (rascunho)',
          intro: ['Rascunho interno da revisão do plano diretor, ainda em discussão.'],
          status: 'draft',
        },
        {
          slug: 'legal',
          title: 'Termos de uso e privacidade',
          intro: [
            'O portal municipal é um serviço público de Nova Esperança do Vale. Quem cria uma conta se compromete a informar dados verdadeiros e a usar o portal de boa-fé.',
            'Os dados pessoais são usados apenas para as solicitações e consultas que você inicia, ficam em servidores do município e não são cedidos a terceiros (LGPD). Você pode pedir para vê-los, corrigi-los ou apagá-los na Prefeitura.',
          ],
          status: 'published',
        },
      ],
      news: [
        {
          slug: 'vacinacao-nas-escolas',
          title: 'Campanha de vacinação chega às escolas municipais',
          excerpt: 'Equipes de saúde visitam todas as escolas até o fim do mês.',
          body: ['A campanha é gratuita e não exige agendamento.', 'Leve a caderneta de vacinação.'],
          daysAgo: 2,
          status: 'published',
        },
        {
          slug: 'nova-linha-de-onibus',
          title: 'Nova linha de ônibus (rascunho)',
          excerpt: 'Linha ligará o centro aos bairros rurais.',
          body: ['Texto em preparação pela Secretaria de Mobilidade.'],
          daysAgo: 0,
          status: 'draft',
        },
      ],
      events: [
        {
          slug: 'festa-da-colheita',
          title: 'Festa da Colheita',
          summary: 'Música, comidas típicas e feira de produtores.',
          place: 'Praça Central',
          inDays: 9,
          hours: 8,
          status: 'published',
        },
        {
          slug: 'audiencia-publica-orcamento',
          title: 'Audiência pública do orçamento',
          summary: 'Apresentação da proposta de orçamento para o próximo ano.',
          place: 'Câmara Municipal',
          inDays: 20,
          hours: 3,
          status: 'published',
        },
      ],
      documents: [
        {
          title: 'Lei orçamentária anual 2026',
          kind: 'budget',
          fiscalYear: 2026,
          summary: 'Orçamento aprovado pela Câmara.',
          status: 'published',
        },
        {
          title: 'Relatório de auditoria 2025',
          kind: 'audit-report',
          fiscalYear: 2025,
          summary: 'Relatório do controle interno.',
          status: 'published',
        },
      ],
      menu: ['Início', 'A cidade'],
      imageAlt: [
        'Colinas e casas de Nova Esperança do Vale ao entardecer',
        'Campos de Nova Esperança do Vale sob o sol da tarde',
      ],
    },
  },
]
