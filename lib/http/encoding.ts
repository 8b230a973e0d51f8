// Which stored encoding of a response to send, from the Accept-Encoding header: brotli, then
// gzip, then the body as it is. A coding with q=0 is refused; "*" stands for any coding the
// header does not name.

export type Coding = 'br' | 'gzip' | 'identity';

/** The q-value the header gives a coding (1 when named without one, 0 when not accepted). */
function quality(header: string, coding: Coding): number {
  let wildcard: number | undefined;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=(.*)$/.exec(p)?.[1]).find((v) => v !== undefined);
    // A q-value that is not a number counts as 0: the coding is not accepted.
    const value = q === undefined ? 1 : Number(q.trim()) || 0;
    if (name.trim() === coding) return value;
    if (name.trim() === '*') wildcard = value;
  }
  if (coding === 'identity') return wildcard === 0 ? 0 : 1;
  return wildcard ?? 0;
}

/** The best of the codings `available` for this Accept-Encoding header. */
export function chooseCoding(header: string | undefined, available: readonly Coding[]): Coding {
  if (!header) return 'identity';
  let best: Coding = 'identity';
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    if (!available.includes(coding)) continue;
    const q = quality(header, coding);
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return bestQ > 0 ? best : 'identity';
}
