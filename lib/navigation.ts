// The site header's and footer's menus and links, as data: one JSON file per language under
// locales/, validated here so a typo in a label or URL fails the build and the tests.
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import en from '@/locales/navigation.en.json';
import zhCN from '@/locales/navigation.zh-CN.json';

const href = z
  .string()
  .regex(/^(https?:)?\/\/[^\s]+$|^\/[^\s]*$/, 'must be an absolute URL or a path starting with /');

export const navLinkSchema = z.strictObject({
  label: z.string().min(1),
  href,
  /** One-line description shown under the label, as in the Products menu. */
  description: z.string().min(1).optional(),
});

const groupSchema = z.strictObject({
  heading: z.string().min(1).optional(),
  links: z.array(navLinkSchema).min(1),
});

const menuSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** The menu's own landing page, linked at the top of its panel. */
  overview: navLinkSchema.optional(),
  groups: z.array(groupSchema).min(1),
});

export const navigationSchema = z.strictObject({
  header: z.strictObject({
    home: navLinkSchema,
    utility: z.array(navLinkSchema),
    cta: navLinkSchema,
    account: z.strictObject({ label: z.string().min(1), links: z.array(navLinkSchema).min(1) }),
    menuButton: z.string().min(1),
    mainLabel: z.string().min(1),
    menus: z.array(menuSchema).min(1),
    links: z.array(navLinkSchema),
  }),
  footer: z.strictObject({
    cta: navLinkSchema,
    social: z.array(navLinkSchema),
    columns: z.array(z.strictObject({ heading: z.string().min(1), links: z.array(navLinkSchema) })),
    intro: z.strictObject({
      heading: z.string().min(1),
      text: z.string().min(1),
      link: navLinkSchema,
    }),
    languageHeading: z.string().min(1),
    operator: navLinkSchema,
    legal: z.strictObject({
      label: z.string().min(1),
      terms: z.string().min(1),
      privacy: z.string().min(1),
      legal: z.string().min(1),
      rate: navLinkSchema,
    }),
  }),
});

export type NavigationLink = z.infer<typeof navLinkSchema>;
export type Navigation = z.infer<typeof navigationSchema>;

const data: Record<Locale, unknown> = { en, 'zh-CN': zhCN };
const validated = new Map<Locale, Navigation>();

/** The validated navigation of one language; the header and footer of every page share it. */
export function navigation(locale: Locale): Navigation {
  const cached = validated.get(locale);
  if (cached) return cached;
  const result = navigationSchema.safeParse(data[locale]);
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`locales/navigation.${locale}.json is not valid:\n  ${where}`);
  }
  validated.set(locale, result.data);
  return result.data;
}
