// The JSON-LD of a version's page states the dates its source gives and no more: a version dated
// by the legal team carries its publication and the period it applies to, the 2017 privacy
// policy (dated by its source) only the date of its text.
import { describe, expect, it } from 'vitest';
import { pageJsonLd } from '@/lib/pages/page-metadata';
import { versionPeriod } from '@/lib/versions/in-force';

const page = {
  locale: 'en' as const,
  slug: 'privacy',
  title: 'Privacy Policy',
  description: 'How account information is handled.',
  siteName: 'AWS China (Beijing) Region',
  feedTitle: 'Legal updates',
  type: 'WebPage' as const,
  dateModified: '2017-03-09',
  publisher: {
    name: 'Beijing Sinnet Technology Co., Ltd.',
    streetAddress: 'No.9 Dongzhongjie Street',
    addressLocality: 'Beijing',
    postalCode: '100027',
    addressCountry: 'CN',
  },
};

describe('the JSON-LD dates of a version', () => {
  it('gives a version dated by the legal team its publication and its period', () => {
    const versions = [
      { date: '2026-12-03', effective: '2026-12-03', dateSource: 'legal-team' as const },
    ];
    const json = pageJsonLd({ ...page, version: versionPeriod(versions, versions[0]!) });
    expect(json).toMatchObject({ datePublished: '2026-12-03', temporalCoverage: '2026-12-03/..' });
  });

  it('gives a text dated by its source the date of its text alone', () => {
    const versions = [
      { date: '2017-03-09', effective: '2017-03-09', dateSource: 'source' as const },
    ];
    const period = versionPeriod(versions, versions[0]!);
    expect(period.effective).toBeUndefined();
    const json = pageJsonLd({ ...page, version: period });
    expect(json.dateModified).toBe('2017-03-09');
    expect(json).not.toHaveProperty('datePublished');
    expect(json).not.toHaveProperty('temporalCoverage');
  });
});
