/** Ports for test servers. */
import fs from 'node:fs'
import net from 'node:net'

/** Whether a server could listen on `port` now, on every address (the strictest test: it clashes with any). */
const canListen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = net.createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, () => srv.close(() => resolve(true)))
  })

/** The lowest port the kernel hands to outgoing connections (Linux's ip_local_port_range; 32768 by default). */
const ephemeralLow = (): number => {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
    return Number.isInteger(low) && low > 0 ? low : 32768
  } catch {
    return 32768
  }
}

/**
 * A port for a test server, free now and below the range the kernel hands to outgoing connections. A port from
 * that range (`listen(0)`) could become the local port of any connection opened before the server binds it: a
 * CI run failed so, when a portal's port, chosen before its CMS started, was taken by the time the portal
 * listened. Below the range only another listener can take it, at random among some 20,000 ports.
 */
export const freePort = async (): Promise<number> => {
  const low = 10_000
  const high = ephemeralLow() - 1
  for (let attempt = 0; high > low && attempt < 50; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1))
    if (await canListen(port)) return port
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}
