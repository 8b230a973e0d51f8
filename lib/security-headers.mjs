// @ts-check
// The security headers of every response, in one place: next.config.mjs sends them from
// `next start`, and the static host configuration is generated from the same list.

/** Scripts only from this origin: pages carry no inline script (lib/build/framework-free-html.mjs). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the site never uses, denied to it and to anything it could embed. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * @param {{ csp?: boolean }} [options] csp: false leaves out the policy (the development
 *   server's live reload needs inline and eval'd scripts).
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ csp = true } = {}) {
  return [
    ...(csp ? [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }] : []),
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: deniedFeatures.map((f) => `${f}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}
