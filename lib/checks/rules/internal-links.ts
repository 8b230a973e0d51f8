// Rule: every link inside the site reaches a page and section that exist, and is written without
// a language (`/terms/#changes`), so it opens in the reader's language. A full address on the
// site's own hosts uses https://, as the site is served.
import { ownHosts } from '@/lib/site-config';
import { languagePrefix, linkTarget } from '@/lib/mdx/links';
import type { Finding } from '@/lib/mdx/problem';
import { idsOf, type CheckedFile, type Rule, type RuleContext } from '@/lib/checks/rules/rule';

export const internalLinks: Rule = {
  id: 'internal-links',
  description: {
    en: "a link to a page or section of this site that does not exist, a language prefix (`/en/…`), the full address of one of the site's own documents, a path without its final `/`, an `http://` address on the site's own host in a current text",
    'zh-CN':
      '指向本网站不存在的页面或章节的链接、带语言前缀的链接（`/en/…`）、本网站文件的完整地址、末尾缺少 `/` 的路径，以及现行文本中以 `http://` 开头的本网站地址',
  },
  check,
};

function decode(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}

/** True for an http:// address on one of the site's own hosts. */
function insecureOwnAddress(href: string): boolean {
  if (!URL.canParse(href)) return false;
  const url = new URL(href);
  return url.protocol === 'http:' && ownHosts.includes(url.host);
}

/** The published document a full address on this site's own host names, if any. */
function ownDocument(href: string, slugs: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !ownHosts.includes(url.host)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] && languagePrefix(`/${segments[0]}`)) segments.shift();
  return segments.length === 1 && slugs.includes(segments[0] ?? '') ? segments[0] : undefined;
}

/**
 * The file whose sections a page of a document shows: the document itself, its bilingual view,
 * one of its versions, or its history (no sections). Undefined when there is no such page.
 */
function pageOf(
  slug: string,
  page: string | undefined,
  rest: readonly string[],
  from: CheckedFile,
  { slugs, files }: { slugs: readonly string[]; files: readonly CheckedFile[] },
): { file: CheckedFile | undefined } | undefined {
  if (!slugs.includes(slug) || rest.length > 0) return undefined;
  const mine = files.filter((f) => f.slug === slug && f.locale === from.locale);
  const current = mine.find((f) => !f.version);
  if (page === undefined || page === 'bilingual') return { file: current };
  if (page === 'history') return { file: undefined };
  const version = mine.find((f) => (f.version ?? f.doc.frontmatter.lastUpdated) === page);
  return version ? { file: version } : undefined;
}

/** A full address: one of the site's own documents written whole, or the site over http://. */
function checkFullAddress(
  file: CheckedFile,
  href: string,
  slugs: readonly string[],
): { message: string; hint: string } | undefined {
  const slug = ownDocument(href, slugs);
  // An archived text is kept as it was published, its http:// addresses included.
  if (!slug && !file.version && insecureOwnAddress(href)) {
    return {
      message: `link "${href}" reaches this site over http://`,
      hint: `write ${href.replace(/^http:/i, 'https:')} (the site is served over HTTPS)`,
    };
  }
  if (!slug) return undefined;
  const hash = new URL(href).hash;
  return {
    message: `link "${href}" gives the full address of this site's own "${slug}" page`,
    hint: `write /${slug}/${hash} instead; the site then opens it in the reader's language`,
  };
}

function checkLink(
  file: CheckedFile,
  href: string,
  { slugs, files }: { slugs: readonly string[]; files: readonly CheckedFile[] },
): { message: string; hint: string } | undefined {
  const target = linkTarget(href);
  if (target.kind === 'external') return checkFullAddress(file, href, slugs);

  let targetFile: CheckedFile | undefined = file;
  let fragment: string | undefined;
  if (target.kind === 'section') {
    fragment = target.fragment;
  } else {
    const prefix = languagePrefix(target.path);
    if (prefix) {
      const bare = target.path.slice(prefix.length + 1) || '/';
      return {
        message: `link "${href}" names the language "${prefix}"`,
        hint: `write it without the language, as "${bare}"; the site adds /en/ on English pages by itself`,
      };
    }
    if (target.path !== '/' && !target.path.endsWith('/')) {
      return {
        message: `link "${href}" does not end its path with "/"`,
        hint: `write "${target.path}/" (every page address on this site ends with a slash)`,
      };
    }
    const [slug = '', page, ...rest] = target.path.split('/').filter(Boolean);
    const found = !slug ? { file: undefined } : pageOf(slug, page, rest, file, { slugs, files });
    if (!found) {
      return {
        message: `link "${href}" leads to no page of this site`,
        hint: `this site's documents are ${slugs.map((s) => `/${s}/`).join(', ')} (each with its history/, bilingual/ and <date>/ of each version); for another page of the AWS China site write its full address, for example https://www.amazonaws.cn/contact-us/`,
      };
    }
    // The hub and a history page have no sections. An archived text is never edited, so its
    // links to other pages, which go on changing, are not held to their sections.
    targetFile = found.file;
    if (file.version && targetFile && targetFile !== file) return undefined;
    fragment = target.fragment;
  }

  if (fragment === undefined) return undefined;
  const id = decode(fragment);
  if (!id) {
    return {
      message: `link "${href}" has an empty or malformed section name after "#"`,
      hint: 'write the section id after "#", for example #cookies',
    };
  }
  if (!targetFile) {
    // A missing target file is reported by the language check; the hub has no sections.
    if (target.kind === 'page' && (target.path === '/' || target.path.endsWith('/history/'))) {
      return {
        message: `link "${href}" points to a section of a list page, which has none`,
        hint: `link the page as "${target.path}" without "#…"`,
      };
    }
    return undefined;
  }
  if (idsOf(targetFile).has(id)) return undefined;
  const sections = targetFile.doc.toc.map((e) => e.id);
  return {
    message: `link "${href}" points to a section "${id}" that ${targetFile === file ? 'this document' : targetFile.file} does not have`,
    hint: `use one of its section ids: ${sections.join(', ') || '(it has none)'}`,
  };
}

function check({ slugs, files }: RuleContext): Finding[] {
  return files.flatMap((file) =>
    file.doc.links.flatMap((link): Finding[] => {
      const found = checkLink(file, link.href, { slugs, files });
      return found ? [{ file: file.file, line: link.line, column: link.column, ...found }] : [];
    }),
  );
}
