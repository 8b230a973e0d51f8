import { describe, expect, it } from 'vitest';
import { legacyAnchorId } from '@/lib/mdx/legacy-anchor';

describe('legacyAnchorId', () => {
  it('spells a fragment with spaces as the URL parser serializes it: no whitespace', () => {
    expect(legacyAnchorId('What About Cookies')).toBe('What%20About%20Cookies');
    expect(legacyAnchorId('Conditions of Use, Notices, and Revisions')).toBe(
      'Conditions%20of%20Use,%20Notices,%20and%20Revisions',
    );
    for (const fragment of ['What About Cookies', 'a\tb', 'a\fb', '关于 Cookie']) {
      expect(legacyAnchorId(fragment)).not.toMatch(/[\t\n\f\r ]/);
    }
  });

  it('matches the raw fragment a browser looks for first, from either spelling of the link', () => {
    for (const href of ['#What About Cookies', '#What%20About%20Cookies']) {
      expect(new URL(href, 'https://www.amazonaws.cn/privacy/').hash.slice(1)).toBe(
        legacyAnchorId('What About Cookies'),
      );
    }
  });

  it('keeps a fragment without whitespace as it is', () => {
    expect(legacyAnchorId('Mobile')).toBe('Mobile');
    expect(legacyAnchorId('关于Cookie')).toBe('关于Cookie');
  });
});
