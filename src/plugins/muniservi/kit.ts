/**
 * MuniServi's messages (`t`), the flag its own writes (submission, answers, ratings, jobs) carry in
 * `context` (`internal`, `isInternal`) and the request for them (`systemWrite`): the SDK's module kit.
 */
import { moduleKit } from '@e-muni/sdk'
import { MODULE } from './i18n/index'

export const { internal, isInternal, systemWrite, t } = moduleKit(MODULE)
