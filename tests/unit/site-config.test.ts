import { afterEach, describe, expect, it, vi } from 'vitest';

async function load(siteUrl: string | undefined) {
  vi.resetModules();
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  return import('@/lib/site-config');
}

afterEach(() => {
  delete process.env.SITE_URL;
});

describe('SITE_URL', () => {
  it('defaults to the AWS China site and makes absolute URLs from it', async () => {
    const config = await load(undefined);
    expect(config.siteUrl).toBe('https://www.amazonaws.cn');
    expect(config.absoluteUrl('/en/privacy/')).toBe('https://www.amazonaws.cn/en/privacy/');
  });

  it('takes another origin, with or without a final slash', async () => {
    const config = await load('https://legal.example.cn/');
    expect(config.absoluteUrl('/terms/')).toBe('https://legal.example.cn/terms/');
    expect(config.ownHosts).toContain('legal.example.cn');
  });

  it.each([
    'www.amazonaws.cn',
    'ftp://example.cn',
    'https://example.cn/legal/',
    'https://a.cn/?x=1',
  ])('refuses %s with a message that says what to write', async (value) => {
    await expect(load(value)).rejects.toThrow(
      /SITE_URL must be an origin such as https:\/\/www\.amazonaws\.cn/,
    );
  });
});

describe('UPDATE_NOTICE_DAYS', () => {
  afterEach(() => {
    delete process.env.UPDATE_NOTICE_DAYS;
  });

  it('is 30 days unless set, and takes a whole number of days', async () => {
    expect((await load(undefined)).updateNoticeDays).toBe(30);
    process.env.UPDATE_NOTICE_DAYS = '7';
    expect((await load(undefined)).updateNoticeDays).toBe(7);
  });

  it.each(['thirty', '-1', '1.5', ''])('refuses %j with a message', async (value) => {
    process.env.UPDATE_NOTICE_DAYS = value;
    await expect(load(undefined)).rejects.toThrow(/UPDATE_NOTICE_DAYS must be a whole number/);
  });
});
