/**
 * The HTTP ceiling of this machine for the benchmark's scenario (f): a plain express server that
 * answers every request with the bytes of the portal home query's answer (BODY_FILE), on PORT.
 */
import fs from 'node:fs'

import express from 'express'

const body = fs.readFileSync(process.env.BODY_FILE)
const app = express()
app.disable('x-powered-by')
app.all('/{*splat}', (_req, res) => {
  res.type('application/json').send(body)
})
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'))
