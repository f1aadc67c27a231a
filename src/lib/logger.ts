import { pino } from 'pino'

/** The server's structured logger: JSON lines on stdout, level from LOG_LEVEL. */
export const logger = pino({
  name: 'e-muni',
  level: process.env.LOG_LEVEL || 'info',
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
})
