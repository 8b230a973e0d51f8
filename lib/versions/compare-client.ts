// The script of the compare pages on the static export, /compare.js (built by `npm run
// compare-script` with esbuild; loaded by the compare page alone). At a comparison's address the
// host serves the compare page as it is; this draws the pair into it from the two versions'
// outline.json, with the same functions the site's server fills the page with, so the redline
// reads the same on both, word for word and mark for mark. Where the page already holds the pair
// (the site's server drew it), or the script cannot run, the page stays as served: its list of
// what each version changed, narrowed to the pair by range.css, still answers the reader.
import { localePath, otherLocale } from '@/i18n/routing';
import {
  comparisonArticle,
  comparisonPath,
  isComparison,
  outlinePath,
  parseComparisonPath,
  type CompareData,
  type VersionOutline,
} from '@/lib/versions/comparison';
import { redlineArticleHtml } from '@/lib/versions/redline-html';

async function outline(path: string): Promise<VersionOutline> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as VersionOutline;
}

async function draw(): Promise<void> {
  const target = document.getElementById('comparison');
  const source = document.getElementById('compare-data');
  const pair = parseComparisonPath(location.pathname);
  if (!target || !source || !pair) return;
  const data = JSON.parse(source.textContent ?? '') as CompareData;
  const { locale, slug, version, since } = pair;
  if (!isComparison(data, version, since)) return;
  // The form shows the pair chosen.
  const field = (name: string) =>
    document.querySelector<HTMLSelectElement>(`.version-chooser select[name="${name}"]`);
  const [newerField, olderField] = [field('version'), field('since')];
  if (newerField) newerField.value = version;
  if (olderField) olderField.value = since;
  if (target.hasAttribute('data-drawn')) return;
  const [older, newer] = await Promise.all([
    outline(outlinePath(locale, slug, since)),
    outline(outlinePath(locale, slug, version)),
  ]);
  const article = comparisonArticle(data, older, newer);
  target.innerHTML = redlineArticleHtml(article, data.labels);
  target.setAttribute('data-drawn', '');
  document.title = document.title.replace(data.page.title, article.title);
  // Each language's link leads to the same pair.
  const other = otherLocale(locale);
  const otherPage = localePath(other, `${slug}/compare`);
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[hreflang="${other}"]`)) {
    if (link.getAttribute('href') === otherPage)
      link.setAttribute('href', comparisonPath(other, slug, version, since));
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[hreflang="${locale}"]`)) {
    if (link.getAttribute('href') === localePath(locale, `${slug}/compare`))
      link.setAttribute('href', location.pathname);
  }
}

draw().catch(() => {
  // The outlines could not be read: the list of changes between the two stays the answer.
});
