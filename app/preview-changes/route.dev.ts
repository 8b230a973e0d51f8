// Development only: next.config.mjs lists the `dev.ts` extension for `next dev` alone, so this
// route does not exist in a production build. The preview's pages ask it once a second when
// content/ last changed, and reload when it has (components/preview/content-reload.tsx).
import { latestContentChange } from '@/lib/content/content-changes';

export const dynamic = 'force-dynamic';

export async function GET() {
  return Response.json(
    { changed: await latestContentChange() },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
