"""Validates sitemaps against the sitemaps.org 0.9 XSD with the XHTML namespace for xhtml:link.

Usage: python3 sitemap_xsd.py SITEMAP_XSD XHTML_XSD FILE...
The sitemap schema comes from the npm `sitemap` package, the XHTML 1.0 Strict schema from
Debian's python3-xmlschema; allow='local' keeps every schema read from this machine. Prints
each error as FILE: MESSAGE and their count, and exits 1 if there is any.
"""
import sys

import xmlschema


def main(argv):
    sitemap_xsd, xhtml_xsd, *files = argv
    schema = xmlschema.XMLSchema(
        sitemap_xsd,
        locations=[("http://www.w3.org/1999/xhtml", xhtml_xsd)],
        allow="local",
    )
    count = 0
    for path in files:
        for error in schema.iter_errors(path):
            count += 1
            reason = getattr(error, "reason", None) or str(error).splitlines()[0]
            print(f"{path}: {reason} (at {getattr(error, 'path', '?')})")
    print(f"sitemap XSD: {count} errors in {len(files)} files")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
