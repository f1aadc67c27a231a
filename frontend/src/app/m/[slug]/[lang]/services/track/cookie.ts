/** The cookie that carries the tracking key given on the tracking form (see actions.ts). */
export const TRACK_TOKEN_COOKIE = 'emuni_track_token'
