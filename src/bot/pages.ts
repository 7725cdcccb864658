import type restify from 'restify';
import type { Config } from '../config';
import { LANGS, t, type Lang, type MessageKey } from '../i18n';

/** The pages the Teams manifest links to (developer.privacyUrl and developer.termsOfUseUrl). */
export const INFO_PAGES = {
  privacy: { path: '/privacy', title: 'page.privacy.title', body: 'page.privacy.body', url: 'PRIVACY_URL' },
  terms: { path: '/terms', title: 'page.terms.title', body: 'page.terms.body', url: 'TERMS_URL' },
} as const satisfies Record<
  string,
  { path: string; title: MessageKey; body: MessageKey; url: 'PRIVACY_URL' | 'TERMS_URL' }
>;

/** The language a browser prefers among ours: the highest-weighted tag of Accept-Language that we speak. */
export function pageLanguage(acceptLanguage: string | undefined, fallback: Lang): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = LANGS.find((l) => tag === l || tag.startsWith(`${l}-`));
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (lang && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? fallback;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderInfoPage(page: keyof typeof INFO_PAGES, lang: Lang): string {
  const { title, body } = INFO_PAGES[page];
  const paragraphs = t(lang, body)
    .split(/\n\n+/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t(lang, title))}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>',
    '</head>',
    `<body><h1>${escapeHtml(t(lang, title))}</h1>`,
    paragraphs,
    '</body></html>',
    '',
  ].join('\n');
}

/**
 * GET (and HEAD) /privacy and /terms: the bot's own short pages in the reader's language, so the manifest's
 * links always resolve where the bot runs; or, when PRIVACY_URL / TERMS_URL is set, a redirect to the
 * organization's own page.
 */
export function registerInfoPages(
  server: restify.Server,
  config: Pick<Config, 'PRIVACY_URL' | 'TERMS_URL' | 'DEFAULT_LOCALE'>,
): void {
  for (const name of Object.keys(INFO_PAGES) as (keyof typeof INFO_PAGES)[]) {
    const page = INFO_PAGES[name];
    const handler: restify.RequestHandler = async (req, res) => {
      const target = config[page.url];
      if (target) {
        res.redirect(302, target, () => undefined);
        return;
      }
      const lang = pageLanguage(req.header('accept-language'), config.DEFAULT_LOCALE);
      res.header('content-type', 'text/html; charset=utf-8');
      res.header('content-language', lang);
      res.sendRaw(200, renderInfoPage(name, lang));
    };
    server.get(page.path, handler);
    server.head(page.path, handler);
  }
}
