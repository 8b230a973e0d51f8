import { describe, expect, it } from 'vitest';
import { isLocale, localePath, otherLocale } from '@/i18n/routing';

describe('localePath', () => {
  it('puts Chinese at the root and English under /en/, always with a trailing slash', () => {
    expect(localePath('zh-CN', 'privacy')).toBe('/privacy/');
    expect(localePath('en', 'privacy')).toBe('/en/privacy/');
    expect(localePath('zh-CN')).toBe('/');
    expect(localePath('en')).toBe('/en/');
    expect(localePath('en', '/privacy/')).toBe('/en/privacy/');
  });

  it('recognises only the two site languages', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocale('en')).toBe('zh-CN');
  });
});
