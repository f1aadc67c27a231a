/** MuniCompra's demo content, in Spanish and Portuguese. */
export type TenderSeed = {
  state: 'draft' | 'published' | 'closed' | 'opened' | 'evaluation' | 'awarded' | 'unsuccessful' | 'cancelled'
  title: string
  description: string
  category: 'goods' | 'works' | 'services'
  method?: 'open' | 'selective' | 'limited' | 'direct'
  items: { description: string; classificationId: string; quantity: number; unit: string }[]
  value: number
  bids?: number[]
}

export type CompraSeed = {
  prefix: string
  country: string
  plan: {
    title: string
    items: {
      description: string
      category: 'goods' | 'works' | 'services'
      estimatedValue: number
      quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4'
    }[]
  }
  suppliers: {
    legalName: string
    taxId: string
    categories: ('goods' | 'works' | 'services')[]
    email: string
    name: string
    verified: boolean
  }[]
  tenders: TenderSeed[]
  question: string
  answer: string
  reason: string
  award: string
  contract: { title: string; milestones: string[]; payment: string }
  document: string
}

export const SPANISH: CompraSeed = {
  prefix: 'LP',
  country: 'UY',
  plan: {
    title: 'Plan anual de compras 2026',
    items: [
      {
        description: 'Luminarias LED para alumbrado público',
        category: 'goods',
        estimatedValue: 4_800_000,
        quarter: 'Q1',
      },
      {
        description: 'Repavimentación de calles del barrio Centro',
        category: 'works',
        estimatedValue: 12_500_000,
        quarter: 'Q2',
      },
      {
        description: 'Mantenimiento de espacios verdes',
        category: 'services',
        estimatedValue: 3_600_000,
        quarter: 'Q3',
      },
    ],
  },
  suppliers: [
    {
      legalName: 'Proveedora Demostración S.A.',
      taxId: '219999990019',
      categories: ['goods', 'works', 'services'],
      email: 'proveedor@villa-esperanza.demo',
      name: 'Proveedora de demostración',
      verified: true,
    },
    {
      legalName: 'Constructora del Sur S.R.L.',
      taxId: '210000010012',
      categories: ['works'],
      email: 'ventas@constructora-del-sur.demo',
      name: 'Marcela Ríos',
      verified: true,
    },
    {
      legalName: 'Verde Urbano Cooperativa',
      taxId: '210000020018',
      categories: ['services', 'goods'],
      email: 'contacto@verde-urbano.demo',
      name: 'Julián Pereira',
      verified: true,
    },
    {
      legalName: 'Iluminación Oriental S.A.',
      taxId: '210000030014',
      categories: ['goods'],
      email: 'licitaciones@iluminacion-oriental.demo',
      name: 'Sofía Méndez',
      verified: false,
    },
  ],
  tenders: [
    {
      state: 'draft',
      title: 'Adquisición de contenedores de residuos',
      description: 'Compra de 120 contenedores de 2.400 litros con tapa y ruedas.',
      category: 'goods',
      items: [
        { description: 'Contenedor de residuos 2.400 L', classificationId: '24112004', quantity: 120, unit: 'unidad' },
      ],
      value: 3_200_000,
    },
    {
      state: 'published',
      title: 'Mantenimiento de plazas y parques',
      description: 'Corte de césped, poda y limpieza de 14 plazas durante 12 meses.',
      category: 'services',
      items: [
        {
          description: 'Mantenimiento mensual de espacios verdes',
          classificationId: '70111700',
          quantity: 12,
          unit: 'mes',
        },
      ],
      value: 3_600_000,
      bids: [3_450_000],
    },
    {
      state: 'closed',
      title: 'Uniformes para funcionarios municipales',
      description: 'Provisión de 300 uniformes de invierno.',
      category: 'goods',
      items: [{ description: 'Uniforme de invierno', classificationId: '53102700', quantity: 300, unit: 'unidad' }],
      value: 1_500_000,
      bids: [1_420_000, 1_390_000],
    },
    {
      state: 'opened',
      title: 'Reparación de la cubierta del gimnasio municipal',
      description: 'Sustitución de chapas y canalones del gimnasio.',
      category: 'works',
      items: [{ description: 'Reparación de cubierta', classificationId: '72152500', quantity: 1, unit: 'obra' }],
      value: 2_100_000,
      bids: [2_050_000, 1_980_000],
    },
    {
      state: 'evaluation',
      title: 'Servicio de transporte escolar rural',
      description: 'Traslado diario de estudiantes de zonas rurales.',
      category: 'services',
      items: [{ description: 'Transporte escolar', classificationId: '78111800', quantity: 10, unit: 'mes' }],
      value: 2_900_000,
      bids: [2_880_000, 2_750_000],
    },
    {
      state: 'awarded',
      title: 'Luminarias LED para alumbrado público',
      description: 'Suministro e instalación de 800 luminarias LED.',
      category: 'goods',
      items: [{ description: 'Luminaria LED 60 W', classificationId: '39111500', quantity: 800, unit: 'unidad' }],
      value: 4_800_000,
      bids: [4_650_000, 4_390_000],
    },
    {
      state: 'unsuccessful',
      title: 'Consultoría de tránsito',
      description: 'Estudio de movilidad del centro.',
      category: 'services',
      items: [{ description: 'Estudio de movilidad', classificationId: '80101500', quantity: 1, unit: 'estudio' }],
      value: 900_000,
      bids: [1_950_000],
    },
    {
      state: 'cancelled',
      title: 'Compra de una retroexcavadora',
      description: 'Retroexcavadora para obras viales.',
      category: 'goods',
      items: [{ description: 'Retroexcavadora', classificationId: '22101500', quantity: 1, unit: 'unidad' }],
      value: 6_000_000,
    },
  ],
  question: '¿Se puede cotizar el mantenimiento por plaza en lugar de por mes?',
  answer: 'No: la cotización es mensual por el conjunto de las 14 plazas, como indica el pliego.',
  reason: 'Se redefinirá la necesidad en el presupuesto del próximo año.',
  award: 'Oferta de menor precio que cumple las especificaciones técnicas.',
  contract: {
    title: 'Contrato de suministro de luminarias LED',
    milestones: ['Entrega del primer lote (400)', 'Entrega del segundo lote (400)'],
    payment: 'Primer pago',
  },
  document: 'Pliego de condiciones',
}

export const PORTUGUESE: CompraSeed = {
  prefix: 'PE',
  country: 'BR',
  plan: {
    title: 'Plano anual de contratações 2026',
    items: [
      {
        description: 'Luminárias LED para a iluminação pública',
        category: 'goods',
        estimatedValue: 950_000,
        quarter: 'Q1',
      },
      { description: 'Recapeamento de ruas do Centro', category: 'works', estimatedValue: 2_400_000, quarter: 'Q2' },
      { description: 'Manutenção de áreas verdes', category: 'services', estimatedValue: 720_000, quarter: 'Q3' },
    ],
  },
  suppliers: [
    {
      legalName: 'Fornecedora Demonstração Ltda.',
      taxId: '11222333000181',
      categories: ['goods', 'works', 'services'],
      email: 'proveedor@villa-esperanza.demo',
      name: 'Proveedora de demostración',
      verified: true,
    },
    {
      legalName: 'Construtora Vale Verde Ltda.',
      taxId: '22333444000172',
      categories: ['works'],
      email: 'comercial@vale-verde.demo',
      name: 'Carla Souza',
      verified: true,
    },
    {
      legalName: 'Jardins do Vale Cooperativa',
      taxId: '33444555000163',
      categories: ['services', 'goods'],
      email: 'contato@jardins-do-vale.demo',
      name: 'Pedro Lima',
      verified: true,
    },
    {
      legalName: 'Luz Paulista S.A.',
      taxId: '44555666000154',
      categories: ['goods'],
      email: 'licitacoes@luz-paulista.demo',
      name: 'Ana Prado',
      verified: false,
    },
  ],
  tenders: [
    {
      state: 'draft',
      title: 'Aquisição de contêineres de lixo',
      description: 'Compra de 60 contêineres de 1.000 litros.',
      category: 'goods',
      items: [
        { description: 'Contêiner de lixo 1.000 L', classificationId: '24112004', quantity: 60, unit: 'unidade' },
      ],
      value: 180_000,
    },
    {
      state: 'published',
      title: 'Manutenção de praças e parques',
      description: 'Roçada, poda e limpeza de 9 praças por 12 meses.',
      category: 'services',
      items: [
        { description: 'Manutenção mensal de áreas verdes', classificationId: '70111700', quantity: 12, unit: 'mês' },
      ],
      value: 720_000,
      bids: [698_000],
    },
    {
      state: 'closed',
      title: 'Uniformes para servidores municipais',
      description: 'Fornecimento de 200 uniformes.',
      category: 'goods',
      items: [{ description: 'Uniforme', classificationId: '53102700', quantity: 200, unit: 'unidade' }],
      value: 90_000,
      bids: [88_000, 86_500],
    },
    {
      state: 'opened',
      title: 'Reforma do telhado do ginásio municipal',
      description: 'Troca de telhas e calhas do ginásio.',
      category: 'works',
      items: [{ description: 'Reforma de telhado', classificationId: '72152500', quantity: 1, unit: 'obra' }],
      value: 410_000,
      bids: [405_000, 398_000],
    },
    {
      state: 'evaluation',
      title: 'Transporte escolar rural',
      description: 'Transporte diário de estudantes da zona rural.',
      category: 'services',
      items: [{ description: 'Transporte escolar', classificationId: '78111800', quantity: 10, unit: 'mês' }],
      value: 560_000,
      bids: [555_000, 530_000],
    },
    {
      state: 'awarded',
      title: 'Luminárias LED para a iluminação pública',
      description: 'Fornecimento e instalação de 300 luminárias LED.',
      category: 'goods',
      items: [{ description: 'Luminária LED 60 W', classificationId: '39111500', quantity: 300, unit: 'unidade' }],
      value: 950_000,
      bids: [930_000, 899_000],
    },
    {
      state: 'unsuccessful',
      title: 'Consultoria de trânsito',
      description: 'Estudo de mobilidade do Centro.',
      category: 'services',
      items: [{ description: 'Estudo de mobilidade', classificationId: '80101500', quantity: 1, unit: 'estudo' }],
      value: 150_000,
      bids: [310_000],
    },
    {
      state: 'cancelled',
      title: 'Compra de uma retroescavadeira',
      description: 'Retroescavadeira para obras viárias.',
      category: 'goods',
      items: [{ description: 'Retroescavadeira', classificationId: '22101500', quantity: 1, unit: 'unidade' }],
      value: 1_100_000,
    },
  ],
  question: 'É possível cotar a manutenção por praça em vez de por mês?',
  answer: 'Não: a cotação é mensal pelo conjunto das 9 praças, conforme o edital.',
  reason: 'A necessidade será redefinida no orçamento do próximo ano.',
  award: 'Proposta de menor preço que atende às especificações técnicas.',
  contract: {
    title: 'Contrato de fornecimento de luminárias LED',
    milestones: ['Entrega do primeiro lote (150)', 'Entrega do segundo lote (150)'],
    payment: 'Primeiro pagamento',
  },
  document: 'Edital',
}
