// Answers the comparison of any two versions, /privacy/<version>/changes/<since>/, and the
// stylesheet beside it, range.css, from what the build published: the document's compare page
// (the frame, with its data) and the two versions' outline.json, asked of the next renderer as a
// reader would ask them. No content is read while answering, and no page per pair is built.
// Every other path goes to the next renderer. The site server keeps these answers apart from
// the pages, in a small cache of their own (site-server.ts, `transient`).
import {
  comparePagePath,
  fillComparison,
  isComparison,
  outlinePath,
  parseComparisonPath,
  rangeCss,
  type CompareData,
  type VersionOutline,
} from '@/lib/versions/comparison';
import type { Rendered, Renderer } from '@/lib/http/site-server';

const NOT_FOUND: Rendered = { status: 404, contentType: 'text/plain', body: Buffer.alloc(0) };
const DATA = /<script type="application\/json" id="compare-data">([^<]*)<\/script>/;

/** Whether a path is a comparison or its stylesheet, whose answers the server keeps apart. */
export function isComparisonAddress(path: string): boolean {
  return parseComparisonPath(path.replace(/range\.css$/, '')) !== undefined;
}

/** The data a compare page carries, or undefined where it is not one. */
function frameData(rendered: Rendered): { html: string; data: CompareData } | undefined {
  if (rendered.status !== 200 || !rendered.contentType.startsWith('text/html')) return undefined;
  const html = rendered.body.toString('utf8');
  const json = DATA.exec(html)?.[1];
  return json === undefined ? undefined : { html, data: JSON.parse(json) as CompareData };
}

async function outline(render: Renderer, path: string): Promise<VersionOutline | undefined> {
  const rendered = await render(path);
  if (rendered.status !== 200) return undefined;
  return JSON.parse(rendered.body.toString('utf8')) as VersionOutline;
}

export function withComparisons(next: Renderer): Renderer {
  return async (urlPath) => {
    const stylesheet = urlPath.endsWith('/range.css');
    const pair = parseComparisonPath(stylesheet ? urlPath.slice(0, -'range.css'.length) : urlPath);
    if (!pair) return next(urlPath);
    const { locale, slug, version, since } = pair;
    const frame = frameData(await next(comparePagePath(locale, slug)));
    if (!frame || !isComparison(frame.data, version, since)) return NOT_FOUND;
    if (stylesheet) {
      return {
        status: 200,
        contentType: 'text/css; charset=utf-8',
        body: Buffer.from(rangeCss(version, since)),
      };
    }
    const [older, newer] = await Promise.all([
      outline(next, outlinePath(locale, slug, since)),
      outline(next, outlinePath(locale, slug, version)),
    ]);
    if (!older || !newer) return NOT_FOUND;
    const html = fillComparison(frame.html, frame.data, older, newer);
    return { status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) };
  };
}
