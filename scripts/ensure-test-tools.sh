#!/usr/bin/env bash
# Makes sure the tests can run. `unit`: what the unit tests start themselves, nginx with its
# brotli_static module (scripts/lib/static-server.ts), openssl (the HTTPS tests make a throwaway
# certificate) and poppler's pdftotext/pdffonts/pdfinfo (tests/unit/pdf/version-pdf.test.ts reads
# the versions' PDFs; the print test reads the PDF Chromium prints). Without an argument, also
# what the browser and system tests need: Debian's Chromium, a CJK font (Chinese text renders as
# empty boxes without one), Firefox ESR (the second browser engine, driven over WebDriver BiDi),
# and the validators' runtimes: Java for the Nu Html Checker, jing for the Atom schema,
# python3-xmlschema for the sitemap XSD. Installs them when running as root with apt (scripts/test.sh
# installs the unit tests' few first, then the rest beside the unit tests); otherwise says how.
set -euo pipefail

need=()
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || need+=(nginx-light)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${1:-all}" != unit ]; then
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
    need+=(fonts-noto-cjk)
  fi
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  command -v jing >/dev/null 2>&1 || need+=(jing)
  [ -e /usr/lib/python3/dist-packages/xmlschema/schemas/XHTML/xhtml1-strict.xsd ] || need+=(python3-xmlschema)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} with apt-get for the tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  # Debian starts nginx as a system service on install; the tests run their own.
  if command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
  exit 0
fi

echo "The tests need ${need[*]}: run 'sudo apt-get install ${need[*]}' (or set CHROMIUM_PATH to a Chromium binary)." >&2
exit 1
