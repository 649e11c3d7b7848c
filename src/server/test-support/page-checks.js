/*
 * Evaluated in the browser by the reader's accessibility test
 * (page.evaluate): what can be checked of a page as it is laid out.
 * - `unnamed`: links, buttons, disclosures, form fields, images and charts
 *   with no accessible name (aria-label, aria-labelledby, a label, alt, text);
 * - `headings`: the levels in order ("1 2 3 2"), to check that none skips one;
 * - `landmarks`: how many banners, navigations, mains, footers and searches;
 * - `duplicateIds`: ids given to more than one element;
 * - `sideways`: how far the page scrolls sideways, and the elements that
 *   stick out of the viewport not inside a box that scrolls or clips them;
 * - `markup`: elements an article's text must never become (script, img…).
 */
(() => {
  const text = (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const name = (element) => {
    const label = element.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(document.getElementById(id) ?? document.createElement('i'))).join(' ').trim();
    if (element.tagName === 'IMG') return element.getAttribute('alt') ?? '';
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)) {
      if (element.type === 'submit' || element.type === 'button') return element.value;
      return [...(element.labels ?? [])].map(text).join(' ') || (element.getAttribute('title') ?? '');
    }
    return text(element) || (element.getAttribute('title') ?? '');
  };
  const unnamed = [...document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), textarea, select, img, svg[role=img], [role=button]')]
    .filter((element) => name(element) === '')
    .map((element) => element.outerHTML.slice(0, 100));
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
  const count = (selector) => document.querySelectorAll(selector).length;
  const landmarks = {
    banner: count('body > header'),
    navigation: count('nav'),
    unlabelledNavigation: [...document.querySelectorAll('nav')].filter((nav) => name(nav) === '').length,
    main: count('main'),
    contentinfo: count('body > footer'),
    search: count('[role=search]'),
  };
  const ids = new Map();
  for (const element of document.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
  const duplicateIds = [...ids].filter(([, times]) => times > 1).map(([id]) => id);
  const width = document.documentElement.clientWidth;
  const contained = (element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true;
    }
    return false;
  };
  const sticking = [...document.querySelectorAll('main *, header *, footer *')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1) && !contained(element) && !element.matches('.skip, .sr-only');
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${text(element).slice(0, 40)}`);
  return {
    unnamed,
    headings: headings.join(' '),
    landmarks,
    duplicateIds,
    sideways: { scroll: document.documentElement.scrollWidth - width, sticking: sticking.slice(0, 5) },
    markup: count('main script, main img, main iframe, main object, main embed, script, img'),
  };
})()
