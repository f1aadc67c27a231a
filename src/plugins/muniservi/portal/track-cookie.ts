/** The cookie that carries the tracking key given on the tracking form (see track-actions.ts). */
export const TRACK_TOKEN_COOKIE = 'emuni_track_token'
