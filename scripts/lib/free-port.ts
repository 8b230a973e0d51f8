// A loopback port nothing listens on, chosen by the kernel (listen on port 0), for servers that
// must not collide with another run on a shared machine.
import net from 'node:net';

/** A port on 127.0.0.1 that was free a moment ago (the kernel does not hand it out again soon). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
