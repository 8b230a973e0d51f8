// What `npm run bench:throughput` reads from wrk and the figures it makes of its rounds.
import { describe, expect, it } from 'vitest';
import { parseWrk, ratioOf, spread } from '@/bench/wrk';

const REPORT = `Running 8s test @ http://127.0.0.1:3101/en/privacy/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.75ms    1.39ms  14.16ms   89.34%
    Req/Sec    30.22k     5.41k   34.89k    80.00%
  Latency Distribution
     50%    1.53ms
     75%    1.81ms
     90%    2.55ms
     99%  812.00us
  241664 requests in 8.01s, 2.97GB read
Requests/sec:  30170.29
Transfer/sec:    377.40MB
`;

describe('parseWrk', () => {
  it('reads the requests per second and the 99th percentile, in milliseconds', () => {
    expect(parseWrk(REPORT)).toEqual({ requestsPerSecond: 30170.29, p99Ms: 0.812, errors: 0 });
    expect(parseWrk(REPORT.replace('812.00us', '1.20s')).p99Ms).toBe(1200);
  });

  it('counts socket errors and answers that were not 2xx or 3xx as errors', () => {
    const failing = REPORT.replace(
      'Requests/sec',
      '  Socket errors: connect 1, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 4\nRequests/sec',
    );
    expect(parseWrk(failing).errors).toBe(10);
  });

  it('refuses a report without figures, quoting it', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(
      /wrk printed no figures:\nunable to connect/,
    );
  });
});

describe('spread and ratioOf', () => {
  it('gives min, max and median, for odd and even counts', () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, max: 3, median: 2 });
    expect(spread([4, 1, 2, 3])).toEqual({ min: 1, max: 4, median: 2.5 });
  });

  it('compares runs of the same round, and the medians of all', () => {
    const ratio = ratioOf([80, 90, 40], [100, 100, 50]);
    expect(ratio.min).toBeCloseTo(0.8);
    expect(ratio.max).toBeCloseTo(0.9);
    expect(ratio.median).toBeCloseTo(0.8);
  });
});
