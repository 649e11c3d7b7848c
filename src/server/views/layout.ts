/**
 * The page frame every HTML response shares: a skip link, the site
 * navigation with its search box, one `main` landmark, the stylesheet.
 */
import { html, type SafeHtml } from './html.js';
import { ICON_PATH, STYLESHEET_PATH } from './style.js';

export interface PageFrame {
  title: string;
  /** The site search box's current words. */
  query?: string;
  body: SafeHtml;
}

export function layout({ title, query, body }: PageFrame): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} — Tidings</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${ICON_PATH}">
<link rel="alternate" type="application/atom+xml" title="Tidings stories" href="/stories.atom">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<nav aria-label="Site">
<a class="brand" href="/">Tidings</a>
<a href="/">Stories</a>
<a href="/outlets">Outlets</a>
<a href="/submit">Add articles</a>
<form class="search" role="search" method="get" action="/search">
<label for="site-search">Search articles</label>
<input id="site-search" name="q" type="search" value="${query ?? ''}" maxlength="500">
<button type="submit">Search</button>
</form>
</nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer>Tidings: every summary sentence cites the articles that state it.</footer>
</body>
</html>
`;
}
