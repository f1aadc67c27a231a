'use client'
/**
 * The census import, above the census list: choose a CSV file, review it (every wrong line named, in the
 * staff's language; how many lines are new), then import it with a progress bar. All or nothing: the
 * server refuses a file with any wrong line and writes the new lines in one transaction
 * (endpoints/census.ts). Shown to the municipality's administration, the only role that imports.
 */
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { useAuth } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useAdminLanguage } from '@e-muni/sdk/admin'
import type { ID } from '@e-muni/sdk'

type Lang = 'es' | 'pt' | 'en' | 'fr'
const T: Record<string, Record<Lang, string>> = {
  title: { es: 'Importar padrón', pt: 'Importar cadastro', en: 'Import the census', fr: 'Importer le recensement' },
  help: {
    es: 'Un archivo CSV con, por línea, el documento y la fecha de nacimiento (AAAA-MM-DD o DD/MM/AAAA), separados por coma o punto y coma. Solo se guardan huellas (hashes); el archivo no se guarda.',
    pt: 'Um arquivo CSV com, por linha, o documento e a data de nascimento (AAAA-MM-DD ou DD/MM/AAAA), separados por vírgula ou ponto e vírgula. Só as impressões (hashes) são guardadas; o arquivo não é guardado.',
    en: 'A CSV file with, per line, the document number and the birth date (YYYY-MM-DD or DD/MM/YYYY), separated by a comma or a semicolon. Only hashes are stored; the file is not kept.',
    fr: 'Un fichier CSV avec, par ligne, le numéro de document et la date de naissance (AAAA-MM-JJ ou JJ/MM/AAAA), séparés par une virgule ou un point-virgule. Seules les empreintes (hashes) sont gardées ; le fichier ne l’est pas.',
  },
  file: {
    es: 'Archivo del padrón (CSV)',
    pt: 'Arquivo do cadastro (CSV)',
    en: 'Census file (CSV)',
    fr: 'Fichier du recensement (CSV)',
  },
  review: { es: 'Revisar', pt: 'Revisar', en: 'Review', fr: 'Vérifier' },
  import: { es: 'Importar', pt: 'Importar', en: 'Import', fr: 'Importer' },
  reviewing: { es: 'Revisando…', pt: 'Revisando…', en: 'Reviewing…', fr: 'Vérification…' },
  uploading: { es: 'Enviando', pt: 'Enviando', en: 'Uploading', fr: 'Envoi' },
  processing: { es: 'Procesando…', pt: 'Processando…', en: 'Processing…', fr: 'Traitement…' },
  progress: {
    es: 'Progreso de la importación',
    pt: 'Progresso da importação',
    en: 'Import progress',
    fr: 'Progression de l’import',
  },
  preview: {
    es: '{lines} líneas correctas: se añadirían {added}; {existing} ya estaban en el padrón.',
    pt: '{lines} linhas corretas: seriam adicionadas {added}; {existing} já estavam no cadastro.',
    en: '{lines} correct lines: {added} would be added; {existing} were already in the census.',
    fr: '{lines} lignes correctes : {added} seraient ajoutées ; {existing} étaient déjà dans le recensement.',
  },
  done: {
    es: 'Padrón importado: {added} líneas añadidas; {existing} ya estaban.',
    pt: 'Cadastro importado: {added} linhas adicionadas; {existing} já estavam.',
    en: 'Census imported: {added} lines added; {existing} were already there.',
    fr: 'Recensement importé : {added} lignes ajoutées ; {existing} y étaient déjà.',
  },
  line: { es: 'Línea', pt: 'Linha', en: 'Line', fr: 'Ligne' },
  problem: { es: 'Problema', pt: 'Problema', en: 'Problem', fr: 'Problème' },
  pickMunicipality: {
    es: 'Elija un municipio en el selector de municipios para importar su padrón.',
    pt: 'Escolha um município no seletor de municípios para importar o cadastro.',
    en: 'Choose a municipality in the municipality selector to import its census.',
    fr: 'Choisissez une municipalité dans le sélecteur pour importer son recensement.',
  },
  failed: {
    es: 'No se pudo enviar el archivo.',
    pt: 'Não foi possível enviar o arquivo.',
    en: 'The file could not be sent.',
    fr: 'Le fichier n’a pas pu être envoyé.',
  },
}

type Result = { lines: number; added: number; existing: number; dryRun: boolean }
type LineError = { line: number; message: string }
type Answer = {
  status: number
  body: Partial<Result> & { errors?: { message: string; data?: { lines?: LineError[] } }[] }
}
type User = { roles?: string[] | null; tenants?: { tenant?: ID | { id: ID } | null; roles?: string[] | null }[] | null }

const fill = (s: string, vars: Record<string, number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''))
const mayImport = (user: User | null | undefined, tenant: string) =>
  Boolean(
    user?.roles?.includes('platform-admin') ||
    user?.tenants?.some(
      (t) =>
        String(typeof t.tenant === 'object' && t.tenant ? t.tenant.id : t.tenant) === tenant &&
        t.roles?.includes('municipal-admin'),
    ),
  )

/** POSTs the file with upload progress (fetch has none). */
const send = (url: string, file: File, onProgress: (percent: number) => void) =>
  new Promise<Answer>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    xhr.onload = () => {
      let body = {}
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        /* not JSON: the status says enough */
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new Error('network'))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })

export const CensusImport: React.FC = () => {
  const { user } = useAuth()
  const lang = useAdminLanguage()
  const t = (key: string) => T[key][lang]
  const { selectedTenantID } = useTenantSelection()
  const tenant =
    selectedTenantID === undefined || selectedTenantID === null || selectedTenantID === ''
      ? undefined
      : String(selectedTenantID)
  const [slug, setSlug] = useState<string>()
  const [file, setFile] = useState<File | null>(null)
  const [phase, setPhase] = useState<'idle' | 'reviewing' | 'reviewed' | 'importing' | 'done' | 'failed'>('idle')
  const [progress, setProgress] = useState(0)
  const [result, setResult] = useState<Result | null>(null)
  const [message, setMessage] = useState<string>('')
  const [lines, setLines] = useState<LineError[]>([])

  useEffect(() => {
    setSlug(undefined)
    if (!tenant) return
    void fetch(`/api/municipalities/${encodeURIComponent(tenant)}?depth=0`, { credentials: 'include' })
      .then(async (res) => (res.ok ? ((await res.json()) as { slug?: string }).slug : undefined))
      .then(setSlug)
      .catch(() => undefined)
  }, [tenant])

  if (tenant && !mayImport(user as User, tenant)) return null
  const run = async (dryRun: boolean) => {
    if (!file || !slug) return
    setPhase(dryRun ? 'reviewing' : 'importing')
    setProgress(0)
    setMessage('')
    setLines([])
    try {
      const answer = await send(
        `/api/m/${encodeURIComponent(slug)}/muniparticipa/census${dryRun ? '?dryRun=true' : ''}`,
        file,
        setProgress,
      )
      if (answer.status === 200) {
        const body = answer.body as Result
        setResult(body)
        setMessage(fill(t(dryRun ? 'preview' : 'done'), body as unknown as Record<string, number>))
        setPhase(dryRun ? 'reviewed' : 'done')
      } else {
        setResult(null)
        setMessage(answer.body.errors?.[0]?.message ?? t('failed'))
        setLines(answer.body.errors?.[0]?.data?.lines ?? [])
        setPhase('failed')
      }
    } catch {
      setMessage(t('failed'))
      setPhase('failed')
    }
  }
  const busy = phase === 'reviewing' || phase === 'importing'
  return (
    <section
      className="census-import"
      aria-labelledby="census-import-title"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, margin: '0 0 24px' }}
    >
      <h2 id="census-import-title" style={{ marginTop: 0 }}>
        {t('title')}
      </h2>
      <p style={{ color: 'var(--theme-elevation-800)' }}>{t('help')}</p>
      {!tenant ? (
        <p role="status">{t('pickMunicipality')}</p>
      ) : (
        <>
          <label htmlFor="census-file" style={{ display: 'block', fontWeight: 600, marginBottom: 8 }}>
            {t('file')}
          </label>
          <input
            id="census-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setPhase('idle')
              setResult(null)
              setMessage('')
              setLines([])
            }}
          />
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <button
              type="button"
              id="census-review"
              className="btn btn--style-secondary btn--size-small"
              style={{ margin: 0 }}
              disabled={!file || !slug || busy}
              onClick={() => void run(true)}
            >
              {t('review')}
            </button>
            <button
              type="button"
              id="census-import"
              className="btn btn--style-primary btn--size-small"
              style={{ margin: 0 }}
              disabled={phase !== 'reviewed' || !result?.added}
              onClick={() => void run(false)}
            >
              {t('import')}
            </button>
          </div>
          {busy && (
            <div style={{ marginTop: 12 }}>
              <progress id="census-progress" max={100} value={progress} aria-label={t('progress')} />{' '}
              <span>
                {progress < 100
                  ? `${t('uploading')} ${progress} %`
                  : phase === 'reviewing'
                    ? t('reviewing')
                    : t('processing')}
              </span>
            </div>
          )}
          <p id="census-message" role="status" aria-live="polite" data-phase={phase} style={{ marginTop: 12 }}>
            {message}
          </p>
          {lines.length > 0 && (
            <table id="census-errors" style={{ width: '100%', maxWidth: 800 }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {t('line')}
                  </th>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {t('problem')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.line} data-line={l.line}>
                    <td>{l.line}</td>
                    <td>{l.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
