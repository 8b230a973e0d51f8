// The published data of a comparison, made from the real content as the build makes it: each
// version's outline (what outline.json holds) and the compare page's data in a language, and a
// frame like the compare page's, for the tests of the comparison, its renderer and its script.
import { readFileSync } from 'node:fs';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { comparePagePath, type CompareData, type VersionOutline } from '@/lib/versions/comparison';
import { listVersions, loadVersion } from '@/lib/versions/versions';

export async function comparisonData(slug: string, locale: Locale) {
  const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'));
  const versions = await listVersions(slug);
  const texts = await Promise.all(versions.map((v) => loadVersion(slug, v, locale)));
  const outlines: VersionOutline[] = texts.map((text, i) => ({
    schemaVersion: 1,
    document: slug,
    language: locale,
    version: versions[i]!.date,
    title: text.frontmatter.title,
    outline: text.outline,
  }));
  const title = texts.at(-1)!.frontmatter.title;
  const data: CompareData = {
    schemaVersion: 1,
    document: slug,
    language: locale,
    title,
    versions: versions.map((v, i) => ({
      date: v.date,
      day: formatDate(locale, v.date),
      summary: texts[i]!.frontmatter.changeSummary ?? null,
    })),
    labels: messages.redline,
    words: {
      compareTitle: messages.versions.compareTitle,
      compareIntro: messages.versions.compareIntro,
      versionOf: messages.versions.versionOf,
      history: messages.versions.history,
    },
    page: {
      title: messages.versions.compareAnyTitle.replace('{title}', title),
      description: messages.versions.compareAnyIntro,
    },
  };
  return { data, outlines, frame: frameOf(data) };
}

/** A page shaped as the compare page is where the comparison reads it. */
export function frameOf(data: CompareData): string {
  const path = comparePagePath(data.language, data.document);
  const other = comparePagePath(data.language === 'en' ? 'zh-CN' : 'en', data.document);
  return `<!DOCTYPE html><html><head><title>${data.page.title} | Site</title>
<meta name="description" content="${data.page.description}"/>
<link rel="canonical" href="https://www.example.cn${path}"/>
<link rel="alternate" hrefLang="x" href="https://www.example.cn${other}"/>
<script type="application/ld+json">{"name":"${data.page.title}","url":"https://www.example.cn${path}"}</script>
</head><body><a href="${other}" hreflang="x">other language</a>
<article id="comparison" class="legal-document redline-page compare-page__result"><h1>${data.page.title}</h1><p>${data.page.description}</p></article>
<form method="get" action="${path}"></form>
<script type="application/json" id="compare-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</body></html>`;
}
