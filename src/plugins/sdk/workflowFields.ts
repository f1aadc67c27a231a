/** The fields a workflow adds to a collection (state, actions, transition comment, history) and their admin texts. */
import type { Field } from 'payload'

import { l } from './language'
import type { WorkflowDefinition } from './workflowTypes'
import { personal } from './privacy'

export const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v])

/** The workflow actions' texts in the admin (admin/WorkflowActions.tsx). */
export const WORKFLOW_LABELS = {
  title: l('Flujo de trabajo', 'Fluxo de trabalho', 'Workflow', 'Flux de travail'),
  current: l('Estado actual', 'Estado atual', 'Current state', 'État actuel'),
  comment: l('Comentario', 'Comentário', 'Comment', 'Commentaire'),
  optional: l('opcional', 'opcional', 'optional', 'facultatif'),
  requiredFor: l('obligatorio para', 'obrigatório para', 'required for', 'obligatoire pour'),
  commentMissing: l(
    'Escriba un comentario para «{{action}}».',
    'Escreva um comentário para «{{action}}».',
    'Write a comment to «{{action}}».',
    'Écrivez un commentaire pour «{{action}}».',
  ),
  confirm: l(
    '¿Confirma «{{action}}»? No se puede deshacer.',
    'Confirma «{{action}}»? Não pode ser desfeito.',
    'Confirm «{{action}}»? It cannot be undone.',
    'Confirmer «{{action}}» ? Ce n’est pas réversible.',
  ),
  savesEdits: l(
    'La acción guarda también los cambios del formulario.',
    'A ação também salva as alterações do formulário.',
    'The action also saves the form’s changes.',
    'L’action enregistre aussi les modifications du formulaire.',
  ),
  none: l(
    'No hay acciones disponibles para su rol en este estado.',
    'Não há ações disponíveis para o seu papel neste estado.',
    'No actions are available to your role in this state.',
    'Aucune action n’est disponible pour votre rôle dans cet état.',
  ),
}

/** The shared admin component for transitions (always in the import map: see payload.config.ts). */
export const WORKFLOW_ACTIONS_COMPONENT = '/admin/WorkflowActions#WorkflowActions'
/** The history's row labels, a timeline (always in the import map: see payload.config.ts). */
export const HISTORY_ROW_LABEL_COMPONENT = '/admin/HistoryRowLabel#HistoryRowLabel'
/** The list's quick filters by state (always in the import map: see payload.config.ts). */
export const STATUS_FILTERS_COMPONENT = '/admin/StatusFilters#StatusFilters'
export const STATUS_FILTER_LABELS = {
  title: l('Por estado', 'Por estado', 'By state', 'Par état'),
  all: l('Todos', 'Todos', 'All', 'Tous'),
}
export const COMMENT = 'transitionComment'
/**
 * `custom` flag of a field the admin shows read-only but whose value an admin save carries on purpose
 * (the workflow's state and comment: the engine checks them). Every other read-only field is dropped from
 * admin saves (src/hooks/adminSave.ts).
 */
export const KEEP_IN_ADMIN_SAVE = 'emuniKeepInAdminSave'

/** The state field, the workflow actions, the transition comment and the history, for `definition`. */
export const workflowFields = (
  definition: Required<Pick<WorkflowDefinition, 'field'>> & WorkflowDefinition,
): Field[] => {
  const { field, states, initial, transitions } = definition
  return [
    {
      name: field,
      type: 'select',
      // Not `required`: the engine always sets it, and GraphQL create inputs stay optional.
      index: true,
      defaultValue: initial,
      options: states,
      label: l('Estado', 'Estado', 'Status', 'Statut'),
      // Not a free dropdown: the state changes through the transition buttons below.
      admin: { position: 'sidebar', readOnly: true },
      custom: { [KEEP_IN_ADMIN_SAVE]: true },
    },
    {
      name: 'workflowActions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: {
            path: WORKFLOW_ACTIONS_COMPONENT,
            clientProps: {
              statusField: field,
              states,
              // Only what the client needs to offer the actions the user's roles allow (the server decides).
              transitions: transitions
                .filter((t) => t.roles.some((r) => r !== 'system' && r !== 'owner'))
                .map((t) => ({
                  from: asList(t.from),
                  to: t.to,
                  roles: t.roles,
                  action: t.action ?? null,
                  confirm: Boolean(t.confirm),
                  commentRequired: Boolean(t.requires?.includes(COMMENT)),
                })),
              commentAudience: definition.commentAudience ?? null,
              labels: WORKFLOW_LABELS,
            },
          },
        },
      },
    },
    {
      // What the actor says about a transition; kept in the history, not on the document.
      name: COMMENT,
      type: 'textarea',
      virtual: true,
      label: l(
        'Comentario de la transición',
        'Comentário da transição',
        'Transition comment',
        'Commentaire de transition',
      ),
      // Entered in the workflow actions; hidden as a field of its own. Kept in admin saves: Payload marks
      // every virtual field `admin.readOnly` unless it says `readOnly: false` (fields/config/sanitize), and
      // the admin save drops read-only fields (src/hooks/adminSave.ts).
      admin: { hidden: true },
      custom: { [KEEP_IN_ADMIN_SAVE]: true },
    },
    {
      name: 'history',
      custom: personal(),
      type: 'array',
      labels: {
        singular: l('Paso', 'Etapa', 'Step', 'Étape'),
        plural: l('Historial', 'Histórico', 'History', 'Historique'),
      },
      ...(definition.historyRead ? { access: { read: definition.historyRead } } : {}),
      label: l('Historial', 'Histórico', 'History', 'Historique'),
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: { path: HISTORY_ROW_LABEL_COMPONENT, clientProps: { states } } },
      },
      fields: [
        { name: 'actor', type: 'text', label: l('Autor', 'Autor', 'Actor', 'Auteur') },
        {
          name: 'actorEmail',
          type: 'text',
          label: l('Correo del autor', 'E-mail do autor', "Actor's email", "Courriel de l'auteur"),
        },
        {
          name: 'at',
          type: 'date',
          label: l('Fecha', 'Data', 'Date', 'Date'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'from', type: 'text', label: l('Desde', 'De', 'From', 'De') },
        { name: 'to', type: 'text', label: l('Hacia', 'Para', 'To', 'Vers') },
        { name: 'comment', type: 'textarea', label: l('Comentario', 'Comentário', 'Comment', 'Commentaire') },
      ],
    },
  ]
}
