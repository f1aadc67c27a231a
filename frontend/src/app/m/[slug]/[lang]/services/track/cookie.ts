/** The cookie that carries the email given on the tracking form (see actions.ts). */
export const TRACK_EMAIL_COOKIE = 'emuni_track_email'
