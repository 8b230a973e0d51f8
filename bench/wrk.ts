// Runs Debian's wrk (a C load generator: unlike autocannon, a Node program that tops out near
// 8,000 req/s on two cores, it is not the bottleneck here) and reads its report; and the figures
// `npm run bench:throughput` prints from its rounds. The reading and the figures are pure.
import { execFile } from 'node:child_process';

export const WRK = process.env.WRK ?? '/usr/bin/wrk';

export type WrkRun = { requestsPerSecond: number; p99Ms: number; errors: number };

/** Milliseconds in one of wrk's durations: 812.00us, 3.51ms, 1.20s. */
function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value);
  if (!match) throw new Error(`wrk printed a duration it does not use: ${value}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(match[1]) * factor;
}

/**
 * The requests per second, the 99th percentile of latency and the failed requests (socket
 * errors, and answers that were not 2xx or 3xx) in what `wrk --latency` printed.
 */
export function parseWrk(output: string): WrkRun {
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  if (!rate || !p99) throw new Error(`wrk printed no figures:\n${output}`);
  const socket = /^\s+Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/m.exec(
    output,
  );
  const non2xx = /^\s+Non-2xx or 3xx responses: (\d+)/m.exec(output);
  const errors =
    (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) +
    Number(non2xx?.[1] ?? 0);
  return { requestsPerSecond: Number(rate[1]), p99Ms: milliseconds(p99[1]!), errors };
}

/** One wrk run: one thread, `connections` connections, `seconds` long, with these headers. */
export function runWrk(
  url: string,
  {
    seconds,
    connections = 50,
    headers = [] as string[],
  }: { seconds: number; connections?: number; headers?: string[] },
): Promise<WrkRun> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency'];
  for (const header of headers) args.push('-H', header);
  return new Promise((resolve, reject) => {
    execFile(WRK, [...args, url], { timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${WRK} failed: ${error.message}\n${stderr}`));
      try {
        resolve(parseWrk(stdout));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

export type Spread = { min: number; max: number; median: number };

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, max: sorted.at(-1)!, median };
}

/**
 * The site's throughput as a share of the bare server's: the ratio of the medians, and the
 * lowest and highest ratio of runs made in the same round (side by side, so under the same load
 * from the rest of the machine).
 */
export function ratioOf(site: number[], bare: number[]): Spread {
  const perRound = site.map((s, i) => s / bare[i]!);
  const { min, max } = spread(perRound);
  return { min, max, median: spread(site).median / spread(bare).median };
}
