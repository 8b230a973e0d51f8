// Applies lib/request-rules.ts to every request: 405 for methods other than GET and HEAD, and
// the site's redirects. Done here rather than in next.config.mjs because Next.js sends neither
// its redirects nor its 405s with the headers configured there.
import { NextResponse, type NextRequest } from 'next/server';
import { earlyAnswer } from '@/lib/request-rules';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const answer = earlyAnswer(request.method, pathname, search);
  if (!answer) return NextResponse.next();
  if (answer.status === 405) {
    return new NextResponse('Method Not Allowed\n', {
      status: 405,
      headers: { Allow: answer.allow, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  // Next.js takes an absolute URL here and sends it on as a relative Location, since it is on
  // the request's own origin: no Host header can change where a redirect leads.
  return NextResponse.redirect(new URL(answer.location, request.nextUrl), 308);
}

export const config = {
  // Everything except the metadata routes, which answer 405 themselves, and paths that cannot
  // be decoded, which next.config.mjs sends to the 404 page.
  matcher: [
    '/((?!favicon\\.ico$|icon\\.svg$|apple-icon\\.png$|sitemap\\.xml$|robots\\.txt$)(?!.*%(?![0-7][0-9A-Fa-f])).*)',
  ],
};
