'use client'
/**
 * Accessibility repairs to Payload's own admin markup (Payload 3.90), for WCAG 2.2 AA: names for the
 * controls it leaves unnamed (the react-select inputs of relationship fields and of the filter builder, the
 * list's row checkboxes, date inputs, the rich-text editor, icon-only buttons, drag handles), no focusable
 * element inside `aria-hidden`, tab lists marked up as lists, sort buttons named "[object Object]" when a
 * label is localized. Each repair only adds or corrects attributes on elements Payload rendered, when they
 * are missing or wrong, and runs again as the admin renders more (a MutationObserver). Contrast and target
 * sizes are repaired in CSS (src/app/(payload)/custom.scss). test/e2e/admin-staff.test.ts (and the modules' admin.e2e suites) run axe on
 * whole pages, Payload's markup included.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

type Lang = 'es' | 'pt' | 'en' | 'fr'
const T: Record<string, Record<Lang, string>> = {
  field: { es: 'Campo', pt: 'Campo', en: 'Field', fr: 'Champ' },
  operator: { es: 'Condición', pt: 'Condição', en: 'Condition', fr: 'Condition' },
  value: { es: 'Valor', pt: 'Valor', en: 'Value', fr: 'Valeur' },
  select: { es: 'Seleccionar', pt: 'Selecionar', en: 'Select', fr: 'Sélectionner' },
  selectAll: {
    es: 'Seleccionar todas las filas',
    pt: 'Selecionar todas as linhas',
    en: 'Select all rows',
    fr: 'Sélectionner toutes les lignes',
  },
  selectRow: { es: 'Seleccionar fila', pt: 'Selecionar linha', en: 'Select row', fr: 'Sélectionner la ligne' },
  date: { es: 'Fecha', pt: 'Data', en: 'Date', fr: 'Date' },
  text: { es: 'Texto', pt: 'Texto', en: 'Text', fr: 'Texte' },
  removeCondition: {
    es: 'Quitar condición',
    pt: 'Remover condição',
    en: 'Remove condition',
    fr: 'Retirer la condition',
  },
  addCondition: { es: 'Añadir condición', pt: 'Adicionar condição', en: 'Add condition', fr: 'Ajouter une condition' },
  more: { es: 'Más acciones', pt: 'Mais ações', en: 'More actions', fr: "Plus d'actions" },
  clearDate: { es: 'Borrar fecha', pt: 'Limpar data', en: 'Clear date', fr: 'Effacer la date' },
  rowActions: { es: 'Acciones de la fila', pt: 'Ações da linha', en: 'Row actions', fr: 'Actions de la ligne' },
  clipboard: { es: 'Copiar o pegar', pt: 'Copiar ou colar', en: 'Copy or paste', fr: 'Copier ou coller' },
  edit: { es: 'Editar', pt: 'Editar', en: 'Edit', fr: 'Modifier' },
  remove: { es: 'Quitar', pt: 'Remover', en: 'Remove', fr: 'Retirer' },
  toggle: { es: 'Mostrar u ocultar', pt: 'Mostrar ou ocultar', en: 'Show or hide', fr: 'Afficher ou masquer' },
  drag: {
    es: 'Arrastrar para reordenar',
    pt: 'Arrastar para reordenar',
    en: 'Drag to reorder',
    fr: 'Glisser pour réordonner',
  },
  locked: {
    es: 'En edición por otra persona',
    pt: 'Em edição por outra pessoa',
    en: 'Being edited by someone else',
    fr: 'En cours de modification par une autre personne',
  },
  tenant: { es: 'Municipio', pt: 'Município', en: 'Municipality', fr: 'Municipalité' },
}

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '')
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
const named = (el: Element) =>
  Boolean(
    el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby') || el.getAttribute('title')?.trim(),
  )
const label = (el: Element, name: string) => {
  if (name && el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name)
}
/** The label of the field an element belongs to (Payload's `.field-type` wrapper and its `<label>`). */
const fieldLabel = (el: Element): string => {
  const field = el.closest('.field-type')
  return text(
    field?.querySelector(':scope > .field-label, :scope > label, :scope > div > .field-label, label.field-label'),
  )
}

/** Icon-only buttons, by Payload's class names. */
const BUTTONS: [string, string][] = [
  ['.condition__actions-remove', 'removeCondition'],
  ['.condition__actions-add', 'addCondition'],
  ['.doc-controls__popup .popup-button', 'more'],
  ['.date-time-picker__clear-button', 'clearDate'],
  ['.array-actions__button', 'rowActions'],
  ['.clipboard-action__popup .popup-button', 'clipboard'],
  ['.upload-relationship-details__edit', 'edit'],
  ['.upload-relationship-details__remove', 'remove'],
  ['.collapsible__toggle', 'toggle'],
  // Any other menu trigger drawn as an icon (the publish button's options, …).
  ['.popup-button', 'more'],
]

export const repair = (root: ParentNode, lang: Lang) => {
  const say = (key: string) => T[key][lang]
  // Inputs of react-select: the field's label, or the filter builder's part.
  for (const input of root.querySelectorAll('input[id^="react-select-"]')) {
    if (named(input)) continue
    const part = input.closest('.condition__field, .condition__operator, .condition__value')
    const name = part
      ? say(
          part.classList.contains('condition__field')
            ? 'field'
            : part.classList.contains('condition__operator')
              ? 'operator'
              : 'value',
        )
      : fieldLabel(input) ||
        (input.closest('[class*="tenant-selector"]') ? say('tenant') : '') ||
        text(input.closest('.rs__control')?.querySelector('.rs__placeholder, .rs__single-value')) ||
        say('select')
    label(input, name)
  }
  // The list's selection checkboxes (rendered with an empty aria-label).
  for (const box of root.querySelectorAll('input[type="checkbox"]')) {
    if (named(box) || (box.id && root.querySelector?.(`label[for="${CSS.escape(box.id)}"]`)?.textContent?.trim()))
      continue
    if (box.closest('thead')) label(box, say('selectAll'))
    else if (box.closest('tr')) {
      const row = box.closest('tr')!
      const title = text(row.querySelector('a')) || text(row.querySelector('td:nth-child(2)'))
      label(box, title ? `${say('selectRow')}: ${title}` : say('selectRow'))
    } else label(box, fieldLabel(box) || say('select'))
  }
  // Date inputs and the rich-text editor: their field's label.
  for (const input of root.querySelectorAll('.react-datepicker__input-container input, .date-time-picker input')) {
    if (!named(input)) label(input, fieldLabel(input) || say('date'))
  }
  for (const editor of root.querySelectorAll('[contenteditable="true"][role="textbox"]')) {
    if (!named(editor)) label(editor, fieldLabel(editor) || say('text'))
  }
  for (const [selector, key] of BUTTONS)
    for (const button of root.querySelectorAll(selector)) if (!named(button) && !text(button)) label(button, say(key))
  // The lock on a document another user is editing: named by its tooltip ("ana@… está editando").
  for (const lock of root.querySelectorAll('.locked[role="button"]'))
    if (!named(lock)) label(lock, text(lock.querySelector('.locked__tooltip')) || say('locked'))
  // Drag handles (role="button" from the sortable library) with no text.
  for (const handle of root.querySelectorAll('[aria-roledescription="sortable"]')) {
    if (handle.querySelector('button, a, input')) {
      // A sortable chip that holds its own buttons (a relationship's selected values): a group, not a button.
      if (handle.getAttribute('role') === 'button') handle.setAttribute('role', 'group')
    } else if (!named(handle) && !text(handle)) label(handle, say('drag'))
  }
  // Nothing focusable inside aria-hidden (react-select's indicators).
  for (const el of root.querySelectorAll('[aria-hidden="true"]')) {
    const focusables = [el, ...el.querySelectorAll('button, a[href], input, [tabindex]')]
    for (const f of focusables)
      if ((f.matches('button, a[href], input') || f.hasAttribute('tabindex')) && f.getAttribute('tabindex') !== '-1')
        f.setAttribute('tabindex', '-1')
  }
  // Document tabs: a <ul> of links, not of list items.
  for (const list of root.querySelectorAll('ul.doc-tabs__tabs'))
    if ([...list.children].some((c) => c.tagName !== 'LI') && list.getAttribute('role') !== 'none')
      list.setAttribute('role', 'none')
  // Tab links named other than their visible text ("Versiones" over "Versiones 3").
  for (const tab of root.querySelectorAll('a.doc-tab[aria-label]')) {
    const visible = text(tab)
    if (visible && visible !== tab.getAttribute('aria-label')) tab.removeAttribute('aria-label')
  }
  // Sort buttons of columns whose label is localized: "Ordenar por [object Object] Ascendente".
  for (const button of root.querySelectorAll('.sort-column__button[aria-label*="[object Object]"]')) {
    const column = text(button.closest('.sort-column')?.querySelector('.sort-column__label'))
    if (column) button.setAttribute('aria-label', button.getAttribute('aria-label')!.replace('[object Object]', column))
  }
}

export const A11yRepairs: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const { i18n } = useTranslation()
  const lang = (['es', 'pt', 'en', 'fr'].includes(i18n.language) ? i18n.language : 'es') as Lang
  useEffect(() => {
    // In the observer's callback itself (a microtask after each React commit, before the browser paints or
    // runs anything else): no one, neither a screen reader nor an axe run, meets the markup unrepaired. A
    // frame later (requestAnimationFrame) left a window in which a new react-select went unnamed.
    const run = () => {
      observer.disconnect()
      repair(document, lang)
      observer.observe(document.body, OBSERVE)
    }
    const observer = new MutationObserver(run)
    run()
    return () => observer.disconnect()
  }, [lang])
  return <>{children}</>
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['aria-label', 'aria-hidden', 'role', 'tabindex'],
}
