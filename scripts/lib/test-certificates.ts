// A throwaway certificate authority and a certificate for 127.0.0.1 signed by it, made with
// openssl, for serving the site over HTTPS on loopback (the TLS scan, the HTTPS browser run and
// the nginx tests). Nothing here is fit for a real server: the keys live for two days in a
// temporary folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TestCertificates = { dir: string; ca: string; certificate: string; key: string };

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** Makes the CA and the server certificate (ECDSA P-256, SAN IP:127.0.0.1) in a new folder. */
export function makeTestCertificates(dir = mkdtempSync(path.join(tmpdir(), 'site-tls-'))) {
  // nginx reads the key as root before dropping privileges, but the folder must be traversable.
  chmodSync(dir, 0o755);
  const curve = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...curve,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=Throwaway loopback test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(
    ['req', ...curve, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'],
    dir,
  );
  writeFileSync(
    path.join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  return {
    dir,
    ca: path.join(dir, 'ca.pem'),
    certificate: path.join(dir, 'server.pem'),
    key: path.join(dir, 'server.key'),
  } satisfies TestCertificates;
}
