// The languages rule: a document folder lacking a language, or named so it cannot be an address.
import { describe, expect, it } from 'vitest';
import { messages, ruleFixture } from '@/tests/unit/helpers/content-rules';

describe('languages', () => {
  it('reports a document that lacks a language, and a folder name that cannot be a URL', async () => {
    const dir = ruleFixture('languages');
    expect(await messages('languages')).toEqual([
      `${dir}/doc/zh-CN.mdx:1:1  [languages] the zh-CN version of "doc" is missing`,
      `${dir}/Site-Terms:1:1  [languages] document folder "Site-Terms" is not a valid URL name`,
    ]);
  });
});
