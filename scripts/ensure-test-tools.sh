#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium, a CJK font (Chinese text renders
# as empty boxes without one), poppler's pdftotext/pdftoppm (the print test reads the PDF
# Chromium prints; tests/unit/pdf/version-pdf.test.ts reads the versions' PDFs with pdftotext,
# pdffonts and pdfinfo), nginx with its brotli_static module (the tests run a second time against
# the exported site), openssl (the HTTPS tests make a throwaway certificate), Firefox ESR (the
# second browser engine, driven over WebDriver BiDi), and the validators' runtimes: Java for the
# Nu Html Checker, jing for the Atom schema, python3-xmlschema for the sitemap XSD. Installs
# them when running as root with apt; otherwise says how.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
  need+=(fonts-noto-cjk)
fi
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || need+=(nginx-light)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v jing >/dev/null 2>&1 || need+=(jing)
[ -e /usr/lib/python3/dist-packages/xmlschema/schemas/XHTML/xhtml1-strict.xsd ] || need+=(python3-xmlschema)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} with apt-get for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  # Debian starts nginx as a system service on install; the tests run their own.
  if command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
  exit 0
fi

echo "The browser tests need ${need[*]}: run 'sudo apt-get install ${need[*]}' (or set CHROMIUM_PATH to a Chromium binary)." >&2
exit 1
