// The filing numbers every site in mainland China must show: the public-security record with
// its emblem, and the ICP number linked to the MIIT filing system. Numbers come from config.
import { filings } from '@/lib/site-config';

export function FilingLine() {
  const { icp, publicSecurity } = filings;
  return (
    <p className="filing-line" lang="zh-CN">
      <a href={publicSecurity.href} rel="noopener" className="filing-line__record">
        {/* eslint-disable-next-line @next/next/no-img-element -- a 20px static SVG needs no optimisation */}
        <img src={publicSecurity.emblem} alt="" width={20} height={20} />
        {publicSecurity.number}
      </a>
      <span aria-hidden="true" className="filing-line__separator">
        |
      </span>
      <a href={icp.href} rel="noopener">
        {icp.number}
      </a>
    </p>
  );
}
