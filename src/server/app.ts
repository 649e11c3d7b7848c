/**
 * The web app: the JSON API under /api and the server-rendered reader,
 * built around a `Store` by `createApp` without opening a socket (tests call
 * `app.request`). Every response carries a strict Content-Security-Policy;
 * bodies are limited; cross-site writes are refused; every error goes
 * through one handler, told as each client reads it (JSON, plain text on
 * the feed, an HTML page).
 */
import { isIP } from 'node:net';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { articleRoutes } from './api/articles.js';
import { outletRoutes } from './api/outlets.js';
import { searchRoutes } from './api/search.js';
import { storyRoutes } from './api/stories.js';
import { summarizeRoutes } from './api/summarize.js';
import { requestUrl, serverParts } from './context.js';
import { errorHandler, HttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { checkAppOptions, type AppOptions } from './options.js';
import { articlePage } from './pages/article.js';
import { errorPage } from './pages/respond.js';
import { outletsPage } from './pages/outlets.js';
import { searchPage } from './pages/search.js';
import { FEED_PATH, feedPage } from './pages/feed.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';
import { submitPage } from './pages/submit.js';
import { ICON, ICON_PATH, STYLESHEET, STYLESHEET_PATH } from './views/style.js';
import { sizeText } from '../read/size.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
};

/**
 * A browser says where a request comes from: `Sec-Fetch-Site`, else
 * `Origin` (which is "null" under our no-referrer policy, so the first is
 * the one that counts). A write another site makes a reader's browser send
 * is refused; requests that say nothing (curl, scripts) pass.
 */
function fromThisSite(site: string | undefined, origin: string | undefined, own: string): boolean {
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  return origin === undefined || origin === own;
}

const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !fromThisSite(c.req.header('sec-fetch-site'), c.req.header('origin'), requestUrl(c).origin)) {
    throw new HttpError(403, 'a write from another site is refused', [{ path: 'origin', message: 'send it from this site or without a browser' }]);
  }
  await next();
};

/**
 * The request's host, checked before anything reads the request: a Host
 * header no URL can name is a 400 (`bodyLimit` makes the request's URL too,
 * and would fail as a bug); with `names`, a host they do not hold (an IP
 * address always passes) is a 403: see `ServerOptions.hostNames`.
 */
function checkedHost(names: readonly string[] | null): MiddlewareHandler {
  const known = names && new Set(names.map((name) => name.trim().toLowerCase()));
  return async (c, next) => {
    const host = requestUrl(c).hostname;
    if (known && isIP(host.replace(/^\[|\]$/g, '')) === 0 && !known.has(host)) {
      throw new HttpError(403, `a request for the host ${JSON.stringify(host)} is refused: this server answers for ${[...known].join(', ')} and its IP addresses`, [
        { path: 'host', message: 'open it by one of those, or name this host with tidings serve --allowed-host' },
      ]);
    }
    await next();
  };
}

interface RouteMethod {
  pattern: RegExp;
  method: string;
}

/** Each route's path as a pattern (a `:parameter` one path segment) with its method; the middleware every method passes (`ALL`) left out. */
function routeMethods(routes: readonly { path: string; method: string }[]): RouteMethod[] {
  const segment = (part: string) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return routes.filter((route) => route.method !== 'ALL').map((route) => ({ pattern: new RegExp(`^${route.path.split('/').map(segment).join('/')}$`), method: route.method }));
}

/** The methods the routes take at `path` (a GET route answers HEAD too): a request there with another method is a 405, not a 404. */
function methodsAt(routes: readonly RouteMethod[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (!route.pattern.test(path)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods];
}

export function createApp(options: AppOptions): Hono {
  const settings = checkAppOptions(options);
  const parts = serverParts(settings);
  const onError = errorHandler(settings.log, errorPage, new Set([FEED_PATH]));
  const app = new Hono();

  app.use('*', securityHeaders);
  app.use('*', checkedHost(settings.hostNames));
  app.use('*', sameOriginWrites);
  app.use(
    '*',
    bodyLimit({
      maxSize: settings.maxBodyBytes,
      onError: () => {
        throw new HttpError(413, `the body is over the ${sizeText(settings.maxBodyBytes)} limit (maxBodyBytes)`, [{ path: '', message: 'send fewer or smaller articles per request' }]);
      },
    }),
  );

  app.get(STYLESHEET_PATH, (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get(ICON_PATH, (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }));
  const openApi = openApiDocument(parts.schemas, settings.maxBodyBytes);
  app.get('/api/openapi.json', (c) => c.json(openApi));
  articleRoutes(app, parts);
  storyRoutes(app, parts);
  searchRoutes(app, parts);
  outletRoutes(app, parts);
  summarizeRoutes(app, parts);

  storiesPage(app, parts);
  feedPage(app, parts);
  storyPage(app, parts);
  articlePage(app, parts);
  searchPage(app, parts);
  outletsPage(app, parts);
  submitPage(app, parts);

  const routes = routeMethods(app.routes);
  app.notFound((c) => {
    const allow = methodsAt(routes, c.req.path);
    if (allow.length === 0) return onError(new HttpError(404, `nothing at ${c.req.path}`), c);
    return onError(new HttpError(405, `${c.req.path} does not take ${c.req.method}`, [{ path: 'method', message: `send ${allow.join(' or ')}` }], undefined, allow), c);
  });
  app.onError(onError);
  return app;
}
