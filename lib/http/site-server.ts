// The server `npm start` runs: a plain Node HTTP server in front of Next.js's request handler.
// It owns everything HTTP about the site, so no request can reach the framework in a form that
// makes it fail:
// - request-rules.ts decides from the request line alone: 405 before any body is read, 400/414,
//   one-hop relative redirects, the 404 page for undecodable and framework-internal paths;
// - Next.js is asked for a path only, with no header of the client's, so no response can depend
//   on a header a URL-keyed cache does not see (RSC, router state, server actions);
// - every page is prerendered and never changes while the server runs, so each answer is kept in
//   memory with its gzip and brotli forms and an ETag; repeated requests never reach Next.js;
// - Range, conditional requests, HEAD and the cache policy are applied here, the same way for
//   every response, with the security headers on every answer, parse errors included.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { Socket } from 'node:net';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { locales, type Locale } from '@/i18n/routing';
import { cacheControlFor } from '@/lib/http/cache-policy.mjs';
import { chooseCoding, type Coding } from '@/lib/http/encoding';
import { parseRange, type RangeAnswer } from '@/lib/http/range';
import { ALLOWED_METHODS, decide, type RequestDecision } from '@/lib/http/request-rules';
import { securityHeaders } from '@/lib/security-headers.mjs';

/** What Next.js answered for a path. */
export type Rendered = { status: number; contentType: string; body: Buffer };
export type Renderer = (path: string) => Promise<Rendered>;

export type SiteServerOptions = {
  render: Renderer;
  /** The path Next.js answers with its (bilingual) 404 page, and the page for one language. */
  notFound: { probe: string; page: (html: string, locale: Locale) => string };
  /** Most answers kept in memory; past it, answers are still correct but rendered each time. */
  maxEntries?: number;
  /**
   * Paths whose answers are made on request from other answers (the comparisons of two
   * versions): there are too many to keep them all, so the most recently asked are kept apart,
   * at most `transientEntries` of them, and the pages' cache never fills with them.
   */
  transient?: (path: string) => boolean;
  transientEntries?: number;
  log?: (line: string) => void;
};

/**
 * One encoding of a kept answer, with the headers of its whole answer and of its 304 made once,
 * when it is kept: a request for it then costs a lookup and a write, no header is built again.
 */
type Body = {
  coding: Coding;
  bytes: Buffer;
  etag: string;
  whole: http.OutgoingHttpHeaders;
  notModified: http.OutgoingHttpHeaders;
};
type Entry = {
  status: number;
  policyPath: string;
  contentType: string;
  bodies: Body[];
  /** The body each Accept-Encoding header seen so far gets, so it is parsed once. */
  byAcceptEncoding: Map<string, Body>;
};

const COMPRESSIBLE =
  /^(?:text\/|application\/(?:javascript|json|xml|atom\+xml|manifest\+json)|image\/svg\+xml|image\/x-icon|image\/vnd\.microsoft\.icon)/;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const SECURITY = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

/** How many distinct Accept-Encoding headers an answer remembers its choice for. */
const MAX_CODING_CHOICES = 64;

/** A kept body with the headers of its whole answer and of its 304, in the order they are sent. */
function bodyOf(
  status: number,
  policyPath: string,
  contentType: string,
  vary: boolean,
  { coding, bytes, etag }: Pick<Body, 'coding' | 'bytes' | 'etag'>,
): Body {
  const common = { ...SECURITY, 'Cache-Control': cacheControlFor(status, policyPath) };
  const varies = vary ? { Vary: 'Accept-Encoding' } : {};
  const validators = status === 200 ? { ETag: etag, 'Accept-Ranges': 'bytes' } : {};
  const whole = {
    ...common,
    'Content-Type': contentType,
    ...varies,
    ...validators,
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
    'Content-Length': bytes.length,
  };
  return { coding, bytes, etag, whole, notModified: { ...common, ...varies, ...validators } };
}

/** The body in every encoding worth sending, each with its own strong ETag. */
async function entryOf(status: number, policyPath: string, rendered: Rendered): Promise<Entry> {
  const tag = createHash('sha256').update(rendered.body).digest('base64url').slice(0, 27);
  const bodies: Pick<Body, 'coding' | 'bytes' | 'etag'>[] = [
    { coding: 'identity', bytes: rendered.body, etag: `"${tag}"` },
  ];
  if (COMPRESSIBLE.test(rendered.contentType) && rendered.body.length > 256) {
    const [br, gz] = await Promise.all([
      brotliAsync(rendered.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: rendered.body.length,
        },
      }),
      gzipAsync(rendered.body, { level: 9 }),
    ]);
    if (br.length < rendered.body.length)
      bodies.push({ coding: 'br', bytes: br, etag: `"${tag}-br"` });
    if (gz.length < rendered.body.length)
      bodies.push({ coding: 'gzip', bytes: gz, etag: `"${tag}-gz"` });
  }
  const vary = bodies.length > 1;
  return {
    status,
    policyPath,
    contentType: rendered.contentType,
    bodies: bodies.map((b) => bodyOf(status, policyPath, rendered.contentType, vary, b)),
    byAcceptEncoding: new Map(),
  };
}

/** The body a request's Accept-Encoding gets of an entry (the identity one for a range). */
function bodyFor(entry: Entry, acceptEncoding: string | undefined): Body {
  const header = acceptEncoding ?? '';
  const known = entry.byAcceptEncoding.get(header);
  if (known) return known;
  const coding = chooseCoding(
    header,
    entry.bodies.map((b) => b.coding),
  );
  const body = entry.bodies.find((b) => b.coding === coding)!;
  if (entry.byAcceptEncoding.size < MAX_CODING_CHOICES) entry.byAcceptEncoding.set(header, body);
  return body;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks). */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** The short plain-text answer to a refused request, and its headers, however it is sent. */
function refusal(status: number) {
  const reason = REASONS[status] ?? REASONS[400]!;
  const body = `${reason}\n`;
  const headers: Record<string, string> = {
    ...SECURITY,
    'Cache-Control': cacheControlFor(status, '/'),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...(status === 405 ? { Allow: ALLOWED_METHODS } : {}),
  };
  return { reason, body, headers };
}

/** A complete plain-text answer, written straight to a socket the HTTP parser gave up on. */
function rawAnswer(status: number): string {
  const { reason, body, headers } = refusal(status);
  const lines = Object.entries({ ...headers, Connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * The answers kept in memory: pages and files rendered once, and the 404 page per language.
 * `kept` and `keptNotFound` give an answer already made at once, without a promise, so a
 * request for it is answered in the same turn it was read. Transient answers (the comparisons
 * of two versions) are kept apart, the most recently asked only.
 */
function answerCache(options: SiteServerOptions) {
  const { render, notFound, maxEntries = 1000, transient = () => false } = options;
  const pages = new Map<string, Promise<Entry>>();
  const made = new Map<string, Entry>();
  const recent = new Map<string, Promise<Entry>>();
  const recentMax = options.transientEntries ?? 64;
  let notFoundPages: Promise<Map<Locale, Entry>> | undefined;
  let madeNotFound: Map<Locale, Entry> | undefined;

  function notFoundEntry(locale: Locale): Promise<Entry> {
    notFoundPages ??= render(notFound.probe).then(async (rendered) => {
      if (rendered.status !== 404)
        throw new Error(`${notFound.probe} answered ${rendered.status}, not 404`);
      const html = rendered.body.toString('utf8');
      const built = await Promise.all(
        locales.map(async (l) => {
          const body = Buffer.from(notFound.page(html, l));
          return [l, await entryOf(404, '/', { ...rendered, body })] as const;
        }),
      );
      return (madeNotFound = new Map(built));
    });
    notFoundPages.catch(() => (notFoundPages = undefined));
    return notFoundPages.then((all) => all.get(locale)!);
  }

  /** An answer made on request: the most recently asked are kept, in the order last asked. */
  function transientEntry(path: string, locale: Locale): Promise<Entry> {
    const known = recent.get(path);
    recent.delete(path);
    const pending = known ?? rendered(path, locale);
    recent.set(path, pending);
    if (recent.size > recentMax) recent.delete(recent.keys().next().value!);
    // Only answers that exist stay, as in the pages' cache.
    if (!known) {
      const drop = () => recent.get(path) === pending && recent.delete(path);
      pending.then((entry) => entry.status === 200 || drop(), drop);
    }
    return pending;
  }

  function rendered(path: string, locale: Locale): Promise<Entry> {
    return render(path).then((rendered) => {
      if (rendered.status >= 500) throw new Error(`${path} answered ${rendered.status}`);
      // The site's redirects are all made by the request rules; anything else the framework
      // would answer (its own redirects, a component payload) is not a page of the site.
      if (rendered.status !== 200 || rendered.contentType.startsWith('text/x-component')) {
        return notFoundEntry(locale);
      }
      return entryOf(200, path, rendered);
    });
  }

  /** A page or file: from memory, or rendered once (concurrent first requests share it). */
  function pageEntry(path: string, locale: Locale): Promise<Entry> {
    if (transient(path)) return transientEntry(path, locale);
    const known = pages.get(path);
    if (known) return known;
    const pending = rendered(path, locale);
    if (pages.size < maxEntries) {
      pages.set(path, pending);
      // Only pages that exist stay: a 404 or a failure is asked again next time.
      pending.then(
        (entry) => (entry.status === 200 ? made.set(path, entry) : pages.delete(path)),
        () => pages.delete(path),
      );
    }
    return pending;
  }

  /** The answer to a decision if it is already made: a kept page, or the 404 page. */
  function kept(decision: RequestDecision): Entry | undefined {
    if (decision.kind === 'serve') return made.get(decision.path);
    if (decision.kind === 'not-found') return madeNotFound?.get(decision.locale);
    return undefined;
  }

  return { notFoundEntry, pageEntry, kept };
}

function refuse(res: http.ServerResponse, status: number) {
  const { body, headers } = refusal(status);
  res.writeHead(status, headers);
  // The answer goes out before any of a refused request's body is read; Node then reads what
  // the client still sends and drops it, without keeping it (as nginx does). Closing at once
  // instead would reset the connection while the client is still sending, and it would lose
  // the answer.
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const WHOLE: RangeAnswer = { kind: 'whole' };

/** A kept answer, as the request asks for it: encoding, conditional, Range, HEAD. */
function send(req: http.IncomingMessage, res: http.ServerResponse, entry: Entry) {
  const range = entry.status === 200 ? req.headers.range : undefined;
  const wanted = range === undefined ? WHOLE : parseRange(range, entry.bodies[0]!.bytes.length);
  // A range is of the body as it is (the first one kept), never of a compressed one.
  const body =
    wanted.kind === 'whole' ? bodyFor(entry, req.headers['accept-encoding']) : entry.bodies[0]!;
  const ifNoneMatch = entry.status === 200 ? req.headers['if-none-match'] : undefined;
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, body.etag)) {
    res.writeHead(304, body.notModified);
    res.end();
    return;
  }
  // If-Range names the representation a client holds part of; another one gets the whole body.
  const ifRange = req.headers['if-range'];
  const rangeHolds = ifRange === undefined || String(ifRange).trim() === body.etag;
  if (wanted.kind === 'whole' || !rangeHolds) {
    res.writeHead(entry.status, body.whole);
    res.end(req.method === 'HEAD' ? undefined : body.bytes);
    return;
  }
  if (wanted.kind === 'unsatisfiable') {
    res.writeHead(416, {
      ...SECURITY,
      'Cache-Control': cacheControlFor(416, entry.policyPath),
      'Content-Range': `bytes */${body.bytes.length}`,
      'Content-Length': 0,
    });
    res.end();
    return;
  }
  const bytes = body.bytes.subarray(wanted.start, wanted.end + 1);
  const headers = { ...body.whole };
  delete headers['Content-Length'];
  headers['Content-Range'] = `bytes ${wanted.start}-${wanted.end}/${body.bytes.length}`;
  headers['Content-Length'] = bytes.length;
  res.writeHead(206, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** What the server answers a socket the HTTP parser gave up on. */
function clientErrorStatus(error: NodeJS.ErrnoException): number {
  // A method Node does not know is still a method if it looks like one; TLS or binary is not.
  const packet = (error as { rawPacket?: Buffer }).rawPacket?.toString('latin1') ?? '';
  const unknownMethod = error.code === 'HPE_INVALID_METHOD' && /^[A-Z][A-Z_-]* /.test(packet);
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (unknownMethod) return 405;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** How many request targets the server remembers its decision for. */
const MAX_DECISIONS = 1000;

/**
 * decide(), remembered per request target: it is pure, and GET and HEAD get the same decision
 * for a target (only other methods are refused), so a target seen before costs a lookup. When
 * full, the memory starts afresh, so no stream of new targets makes it grow.
 */
function rememberedDecisions() {
  const decisions = new Map<string, RequestDecision>();
  return (method: string, target: string): RequestDecision => {
    if (method !== 'GET' && method !== 'HEAD') return decide(method, target);
    let decision = decisions.get(target);
    if (decision === undefined) {
      decision = decide(method, target);
      if (decisions.size >= MAX_DECISIONS) decisions.clear();
      decisions.set(target, decision);
    }
    return decision;
  };
}

export function createSiteServer(options: SiteServerOptions): http.Server {
  const { log = (line) => console.error(line) } = options;
  const cache = answerCache(options);
  const decideFor = rememberedDecisions();

  /** A request whose answer is not made yet: rendered (once), or a refusal or a redirect. */
  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    decision: RequestDecision,
  ) {
    switch (decision.kind) {
      case 'refuse':
        return refuse(res, decision.status);
      case 'redirect':
        res.writeHead(decision.status ?? 308, {
          ...SECURITY,
          'Cache-Control': cacheControlFor(decision.status ?? 308, '/'),
          Location: decision.location,
          'Content-Length': 0,
        });
        return res.end();
      case 'not-found':
        return send(req, res, await cache.notFoundEntry(decision.locale));
      case 'serve':
        return send(req, res, await cache.pageEntry(decision.path, decision.locale));
    }
  }

  function fail(req: http.IncomingMessage, res: http.ServerResponse, error: unknown) {
    log(`${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) refuse(res, 500);
    else res.destroy();
  }

  const server = http.createServer(
    // Slow clients: the request line and headers within 20 s, a whole request within 30 s.
    // The site has one host and builds no URL from the request, so a missing Host header is no
    // reason for Node's own 400, which carries none of the site's headers.
    { headersTimeout: 20_000, requestTimeout: 30_000, requireHostHeader: false },
    (req, res) => {
      try {
        const decision = decideFor(req.method ?? '', req.url ?? '');
        const entry = cache.kept(decision);
        // Nearly every request: an answer already made, sent now, with no promise in between.
        if (entry) send(req, res, entry);
        else handle(req, res, decision).catch((error: unknown) => fail(req, res, error));
      } catch (error) {
        fail(req, res, error);
      }
    },
  );
  // Requests that expect "100 Continue" get their answer at once instead: none sends a body the
  // site reads.
  server.on('checkContinue', (req, res) => server.emit('request', req, res));
  server.on('checkExpectation', (req, res) => server.emit('request', req, res));
  // CONNECT is not a request Node passes on: without this it drops the connection unanswered.
  server.on('connect', (_req, socket: Socket) => socket.end(rawAnswer(405)));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end(rawAnswer(clientErrorStatus(error)));
  });
  return server;
}
