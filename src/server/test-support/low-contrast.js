/*
 * Evaluated in the browser by the end-to-end test (page.evaluate): every
 * visible element holding text whose colour has a contrast ratio under 4.5:1
 * with the background behind it (the first opaque background up the tree).
 */
(() => {
  const parse = (color) => {
    const match = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(color);
    return match ? { rgb: [match[1], match[2], match[3]].map(Number), alpha: match[4] === undefined ? 1 : Number(match[4]) } : undefined;
  };
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.alpha === 1) return color.rgb;
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const element of document.querySelectorAll('body *')) {
    const text = [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent.trim()).join('');
    if (!text || element.closest('svg') || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const box = element.getBoundingClientRect();
    if (box.right < 0 || box.bottom < 0) continue;
    const fore = luminance(parse(style.color).rgb);
    const back = luminance(background(element));
    const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
    if (ratio < 4.5) failures.push(`${element.tagName.toLowerCase()} "${text.slice(0, 30)}": ${ratio.toFixed(2)}`);
  }
  return failures;
})()
