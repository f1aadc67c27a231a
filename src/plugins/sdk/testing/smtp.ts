/** A real SMTP server on loopback (npm smtp-server) that keeps what it receives. */
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from './server'

export type Mail = { from: string; to: string[]; raw: string }

export const startSmtp = async (): Promise<{
  port: number
  mails: Mail[]
  waitFor: (to: string, n?: number) => Promise<Mail>
  mailsTo: (to: string) => Promise<ParsedMail[]>
  waitForMail: (to: string, match: (m: ParsedMail) => boolean) => Promise<ParsedMail>
  stop: () => Promise<void>
}> => {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')))
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        })
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const waitFor = async (to: string, n = 1): Promise<Mail> => {
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      const found = mails.filter((m) => m.to.includes(to))
      if (found.length >= n) return found[n - 1]
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`no mail #${n} for ${to} within 15 s (got ${mails.length} in all)`)
  }
  /** The parsed mails to `to` so far. */
  const mailsTo = async (to: string) => Promise.all(mails.filter((m) => m.to.includes(to)).map((m) => parseMail(m)))
  /** The first parsed mail to `to` that `match` accepts, within 15 s. */
  const waitForMail = async (to: string, match: (m: ParsedMail) => boolean): Promise<ParsedMail> => {
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      const found = (await mailsTo(to)).find(match)
      if (found) return found
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`no matching mail for ${to}: ${JSON.stringify((await mailsTo(to)).map((m) => m.subject))}`)
  }
  return {
    port,
    mails,
    waitFor,
    mailsTo,
    waitForMail,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export type ParsedMail = { subject: string; text: string; html: string }

/** Subject and plain text of a received message, decoded (mailparser). */
export const parseMail = async (mail: Mail): Promise<ParsedMail> => {
  const parsed = await simpleParser(mail.raw)
  return {
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
  }
}
