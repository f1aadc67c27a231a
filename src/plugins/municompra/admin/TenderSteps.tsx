'use client'
/**
 * The tender form as steps. At the top of the form (`mode: 'steps'`): each step — data · items and value ·
 * deadlines · documents — with whether it is complete, and how many are. In the last tab (`mode: 'review'`):
 * the tender as it will be published, from the form's current values (saved or not), and what is still
 * missing before it can be published. Reads the form only; the server decides (the publish transition
 * requires the title, the items and the three deadlines in order).
 */
import { useAllFormFields } from '@payloadcms/ui'
import React from 'react'

import { dayAndTime, useAdminLanguage } from '@e-muni/sdk/admin'

type Localized = Record<string, string>
type Option = { value: string; label: Localized }
type Props = { mode: 'steps' | 'review'; methods: Option[]; categories: Option[] }
type Lang = 'es' | 'pt' | 'en' | 'fr'

const T: Record<string, Record<Lang, string>> = {
  steps: { es: 'Pasos', pt: 'Etapas', en: 'Steps', fr: 'Étapes' },
  of: {
    es: '{done} de {total} completos',
    pt: '{done} de {total} concluídas',
    en: '{done} of {total} complete',
    fr: '{done} sur {total} complètes',
  },
  data: { es: 'Datos', pt: 'Dados', en: 'Details', fr: 'Données' },
  items: { es: 'Ítems y valor', pt: 'Itens e valor', en: 'Items and value', fr: 'Articles et valeur' },
  deadlines: { es: 'Plazos', pt: 'Prazos', en: 'Deadlines', fr: 'Échéances' },
  documents: { es: 'Documentos', pt: 'Documentos', en: 'Documents', fr: 'Documents' },
  done: { es: 'completo', pt: 'concluída', en: 'complete', fr: 'complète' },
  todo: { es: 'pendiente', pt: 'pendente', en: 'to do', fr: 'à faire' },
  missing: {
    es: 'Falta para publicar',
    pt: 'Falta para publicar',
    en: 'Missing before publishing',
    fr: 'Manque avant publication',
  },
  ready: { es: 'Lista para publicar.', pt: 'Pronta para publicar.', en: 'Ready to publish.', fr: 'Prêt à publier.' },
  preview: {
    es: 'Vista previa (como se publicará)',
    pt: 'Pré-visualização (como será publicada)',
    en: 'Preview (as it will be published)',
    fr: 'Aperçu (tel que publié)',
  },
  noTitle: { es: 'el título', pt: 'o título', en: 'the title', fr: 'le titre' },
  noCategory: { es: 'la categoría', pt: 'a categoria', en: 'the category', fr: 'la catégorie' },
  noItems: { es: 'al menos un ítem', pt: 'ao menos um item', en: 'at least one item', fr: 'au moins un article' },
  noDates: { es: 'las tres fechas', pt: 'as três datas', en: 'the three dates', fr: 'les trois dates' },
  badOrder: {
    es: 'fechas en orden: fin de consultas ≤ cierre de ofertas ≤ apertura',
    pt: 'datas em ordem: fim dos esclarecimentos ≤ prazo de propostas ≤ abertura',
    en: 'dates in order: enquiries ≤ submission ≤ opening',
    fr: 'dates dans l’ordre : questions ≤ dépôt ≤ ouverture',
  },
  pastEnquiry: {
    es: 'un fin de consultas futuro',
    pt: 'um fim dos esclarecimentos futuro',
    en: 'an enquiry deadline in the future',
    fr: 'une fin des questions future',
  },
  reference: { es: 'Referencia', pt: 'Referência', en: 'Reference', fr: 'Référence' },
  method: { es: 'Procedimiento', pt: 'Modalidade', en: 'Method', fr: 'Procédure' },
  category: { es: 'Categoría', pt: 'Categoria', en: 'Category', fr: 'Catégorie' },
  value: { es: 'Valor estimado', pt: 'Valor estimado', en: 'Estimated value', fr: 'Valeur estimée' },
  enquiry: { es: 'Consultas hasta', pt: 'Esclarecimentos até', en: 'Enquiries until', fr: 'Questions jusqu’au' },
  submission: {
    es: 'Cierre de ofertas',
    pt: 'Prazo de propostas',
    en: 'Submission deadline',
    fr: 'Date limite des offres',
  },
  opening: { es: 'Apertura', pt: 'Abertura', en: 'Opening', fr: 'Ouverture' },
  docs: { es: '{n} documentos', pt: '{n} documentos', en: '{n} documents', fr: '{n} documents' },
}

const when = (v: unknown) => dayAndTime(v) || '—'
const time = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : NaN)

export const TenderSteps: React.FC<Props> = ({ mode, methods, categories }) => {
  const lang = useAdminLanguage()
  const t = (key: string) => T[key][lang]
  const [fields] = useAllFormFields()
  const value = (path: string) => fields[path]?.value
  const rows = (path: string) => {
    const v = value(path)
    return typeof v === 'number' ? v : Array.isArray(v) ? v.length : 0
  }
  const itemCount = rows('items')
  const docCount = rows('documents')
  const [enquiry, submission, opening] = ['enquiryDeadline', 'submissionDeadline', 'openingAt'].map((f) =>
    time(value(f)),
  )
  const datesSet = [enquiry, submission, opening].every((n) => !Number.isNaN(n))
  const inOrder = datesSet && enquiry <= submission && submission <= opening
  const missing = [
    !String(value('title') ?? '').trim() && t('noTitle'),
    !value('category') && t('noCategory'),
    !itemCount && t('noItems'),
    !datesSet && t('noDates'),
    datesSet && !inOrder && t('badOrder'),
    datesSet && inOrder && enquiry <= Date.now() && t('pastEnquiry'),
  ].filter(Boolean) as string[]
  const steps: [string, boolean][] = [
    ['data', Boolean(String(value('title') ?? '').trim() && value('category'))],
    ['items', itemCount > 0],
    ['deadlines', inOrder],
    ['documents', docCount > 0],
  ]
  const complete = steps.filter(([, ok]) => ok).length
  if (mode === 'steps')
    return (
      <nav className="tender-steps" aria-label={t('steps')} style={{ margin: '0 0 16px' }}>
        <ol style={{ display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0, margin: 0 }}>
          {steps.map(([key, ok], i) => (
            <li key={key} data-step={key} data-complete={ok ? 'true' : 'false'}>
              <span
                aria-hidden="true"
                style={{ fontWeight: 700, color: ok ? 'var(--theme-success-750)' : 'var(--theme-elevation-600)' }}
              >
                {ok ? '✓' : `${i + 1}.`}
              </span>{' '}
              {t(key)} <span style={{ color: 'var(--theme-elevation-600)' }}>({ok ? t('done') : t('todo')})</span>
            </li>
          ))}
        </ol>
        <p className="tender-steps__count" style={{ margin: '8px 0 0', color: 'var(--theme-elevation-800)' }}>
          {t('of').replace('{done}', String(complete)).replace('{total}', String(steps.length))}
        </p>
      </nav>
    )
  const label = (options: Option[], v: unknown) => options.find((o) => o.value === v)?.label[lang] ?? String(v ?? '—')
  const amount = value('value.amount')
  const currency = String(value('value.currency') ?? '')
  const money = (n: number) => {
    try {
      return new Intl.NumberFormat(lang, currency ? { style: 'currency', currency } : {}).format(n)
    } catch {
      return `${n} ${currency}`
    }
  }
  const items = Array.from({ length: itemCount }, (_, i) => ({
    description: String(value(`items.${i}.description`) ?? ''),
    quantity: value(`items.${i}.quantity`),
    unit: value(`items.${i}.unit`),
  }))
  return (
    <section className="tender-review" aria-labelledby="tender-review-title">
      <div role="status" className="tender-review__missing" data-ready={missing.length ? 'false' : 'true'}>
        {missing.length ? (
          <p>
            <strong>{t('missing')}:</strong> {missing.join('; ')}.
          </p>
        ) : (
          <p>
            <strong>{t('ready')}</strong>
          </p>
        )}
      </div>
      <h3 id="tender-review-title">{t('preview')}</h3>
      <article style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }}>
        <h4 style={{ marginTop: 0 }}>{String(value('title') ?? '') || '—'}</h4>
        <p style={{ whiteSpace: 'pre-wrap' }}>{String(value('description') ?? '')}</p>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
          <dt>{t('reference')}</dt>
          <dd>{String(value('reference') ?? '—')}</dd>
          <dt>{t('method')}</dt>
          <dd>{label(methods, value('method'))}</dd>
          <dt>{t('category')}</dt>
          <dd>{label(categories, value('category'))}</dd>
          <dt>{t('value')}</dt>
          <dd>{typeof amount === 'number' ? money(amount) : '—'}</dd>
          <dt>{t('enquiry')}</dt>
          <dd>{when(value('enquiryDeadline'))}</dd>
          <dt>{t('submission')}</dt>
          <dd>{when(value('submissionDeadline'))}</dd>
          <dt>{t('opening')}</dt>
          <dd>{when(value('openingAt'))}</dd>
          <dt>{t('documents')}</dt>
          <dd>{t('docs').replace('{n}', String(docCount))}</dd>
        </dl>
        {items.length > 0 && (
          <ul>
            {items.map((item, i) => (
              <li key={i}>
                {item.description}
                {item.quantity !== undefined && item.quantity !== null
                  ? ` — ${String(item.quantity)} ${String(item.unit ?? '')}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </article>
    </section>
  )
}
