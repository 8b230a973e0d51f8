// Writes an Atom feed (RFC 4287). Pure, so its escaping is tested without a server.

export type AtomEntry = {
  /** A URL that never changes for this entry. */
  id: string;
  title: string;
  /** YYYY-MM-DD, a day in Beijing: when the entry last changed in a way readers should see. */
  date: string;
  /** YYYY-MM-DD: when the version was published. */
  published?: string;
  /** YYYY-MM-DD: the day the version takes (or took) effect. */
  effective?: string;
  summary: string;
  link: string;
  related?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  language: string;
  self: string;
  alternate: string;
  author: string;
  entries: readonly AtomEntry[];
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Documents are dated by the day in Beijing; Atom wants an instant. */
const instant = (date: string) => `${date}T00:00:00+08:00`;

/**
 * Atom has <published> (RFC 4287 4.2.9, "first availability of the resource") for the day a
 * version is published, but nothing for the day it takes effect. Dublin Core's dcterms:valid
 * ("date (often a range) of validity of a resource") says that; as a DCMI Period with only a
 * start it reads "valid from", not "valid on that one day". A foreign-namespace element is an
 * Atom extension element (RFC 4287 6.4), which feed readers ignore and the RELAX NG schema allows.
 */
const DCTERMS = 'http://purl.org/dc/terms/';
const validFrom = (date: string) => `start=${date}; scheme=W3C-DTF`;

export function atomFeed(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => e.date)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${instant(e.date)}</updated>`,
      ...(e.published ? [`    <published>${instant(e.published)}</published>`] : []),
      ...(e.effective ? [`    <dcterms:valid>${validFrom(e.effective)}</dcterms:valid>`] : []),
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      ...(e.related
        ? [`    <link rel="related" type="text/html" href="${escapeXml(e.related)}"/>`]
        : []),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dcterms="${DCTERMS}" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${instant(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
