// Resident memory of a process with all its descendants (Linux /proc): the load test watches the
// site's server with its Next.js child, the history benchmark the peak of `next build`'s workers.
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of `pid` and every process below it, in MB; 0 for a process that ended. */
export function residentMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while being listed
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return; // it ended since
    }
    (children.get(p) ?? []).forEach(visit);
  };
  visit(pid);
  return kb / 1024;
}
