/**
 * Time bounds on hostile input: pages and texts far larger or deeper than
 * news, made up here from a small vocabulary (no research data), each
 * ingested into a temporary database and then viewed as a story, as
 * `tidings ingest` and `tidings story` would, then printed by `tidings story`
 * (the cached view and the text report), and asked for by the API. Prints
 * seconds for each step, and the size of the API's answer and of the web reader's story page;
 * every step must stay near-linear in the input's size.
 *
 *   npx tsx bench/hostile-input.ts                          every input
 *   npx tsx bench/hostile-input.ts 'deep page' 'wide page'  only these
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runMain } from '../src/cli/test-support/fake-io.js';
import { ingest, storyView } from '../src/ingest/index.js';
import { createApp } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { seededRandom } from '../src/test-support/random.js';

const WORDS = ['the', 'river', 'Mr.', 'said', '"', 'U.S.', 'flood', 'of', 'Brenmouth', '(', ')', '--', '_', 'Friday', '1,200', 'Keldren', 'told'];

function words(count: number, random: () => number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** The `i`-th of 25,000 given names, each one letter from a dozen others ("Bakan", "Bekan", "Cakan"…): `i` written in mixed radix. */
function personName(i: number): string {
  let rest = i;
  let name = '';
  for (const letters of ['BCDFGHJKLM', 'aeiou', 'krst', 'aeiou', 'nlmrs', 'aeiou']) {
    name += letters[rest % letters.length];
    rest = Math.floor(rest / letters.length);
  }
  return name;
}

const nested = (depth: number, body: string): string =>
  `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`;

/** Text of one paragraph repeating `unit` `times` times, under a headline. */
const repeated = (unit: string, times: number, end = '.'): string => `Odd report\n\n${unit.repeat(times)}${end}`;

/** The inputs aimed at the word and sentence rules (names, quotes, counts, short forms), each at one and four times its size so growth shows. */
function ruleInputs(): { name: string; what: string; file: string; content: string }[] {
  const scaled = (name: string, what: (times: number) => string, file: string, content: (times: number) => string) =>
    [1, 4].map((times) => ({ name: times === 1 ? name : `${name} x4`, what: what(times), file, content: content(times) }));
  return [
    ...scaled('capitalized run', (k) => `one sentence of ${(8_000 * k).toLocaleString('en-US')} capitalized words`, 'capitals.txt', (k) => repeated('Brenmouth Keldren Velmar Ossa ', 2_000 * k, 'said the river rose.')),
    ...scaled('quoted run', (k) => `one sentence of ${(1_000 * k).toLocaleString('en-US')} quotations, its speaker named at its end`, 'quoted-run.txt', (k) =>
      `Odd report\n\nThe council ${Array.from({ length: 1_000 * k }, (_, i) => `called the plan for district ${i} "a slow and costly mistake for the town"`).join(' and ')}, Anna Keldren said on Sunday.`),
    ...scaled('counted run', (k) => `one sentence of ${(10_000 * k).toLocaleString('en-US')} counts and units`, 'counts.txt', (k) => repeated('1,200 km 3.5 m 40% 12 people 7 dead ', 2_000 * k)),
    ...scaled('quote marks', (k) => `one sentence of ${(22_000 * k).toLocaleString('en-US')} unbalanced quote marks of every kind`, 'marks.txt', (k) => repeated('"the river said " « rose „ “ ” ‘ ’ ', 2_000 * k)),
    ...scaled('mixed scripts', (k) => `one sentence of ${(13_500 * k).toLocaleString('en-US')} Arabic, Hebrew, Chinese, Cyrillic and Latin words`, 'scripts.txt', (k) => repeated('النهر ارتفع Brenmouth נהר 河流 上涨 Ріка "قال" ', 1_500 * k)),
    { name: 'commas', what: '48,000 commas and semicolons in one sentence', file: 'commas.txt', content: repeated('a, b; ', 8_000) },
    ...scaled('reports and commas', (k) => `one sentence of ${(4_000 * k).toLocaleString('en-US')} inverted reports, each "said X, a Y," then four bare commas`, 'reports-commas.txt', (k) => repeated('Costs fell, said Ada Morrow, a weaver, , , , , ', 4_000 * k)),
    { name: 'dialogue dashes', what: '6,000 dialogue dashes, in paragraphs and mid-sentence', file: 'dashes.txt', content: `${repeated('— the river rose\n\n', 3_000, '')}${repeated('— the river — rose — said ', 3_000)}` },
    { name: 'apostrophes', what: "15,000 words of apostrophes and hyphens", file: 'apostrophes.txt', content: repeated("o'er l'eau d'Ossa rock-n-roll well-known-to-all ", 3_000) },
    { name: 'parentheses', what: 'parentheses nested 20,000 deep', file: 'parentheses.txt', content: `Odd report\n\nThe river ${'('.repeat(20_000)}rose over the old embankment${')'.repeat(20_000)} in Trevik on Sunday night, Anna Keldren said.` },
    { name: 'tiny paragraphs', what: '10,000 paragraphs of one word, each another', file: 'tiny.txt', content: `Odd report\n\n${Array.from({ length: 10_000 }, (_, i) => `${personName(i)}.`).join('\n\n')}` },
    { name: 'one long word', what: 'one word of 2 MB (over `MAX_ARTICLE_CHARS`) and one of 0.9 MB', file: 'word.jsonl', content: ['a'.repeat(2_000_000), `B${'a'.repeat(900_000)}`].map((word, i) => JSON.stringify({ id: `word-${i}`, title: 'Word', text: `The ${word} rose over the old embankment in Trevik on Sunday night, officials said.` })).join('\n') },
    { name: 'invisible characters', what: '1,500 sentences of zero-width, control and direction characters (no NUL: that makes a file binary)', file: 'invisible.txt', content: repeated('The\u200briver\u200d\u0007rose\u001b over \u202e"the old\u2066 embankment,\u2069" Anna\u00ad Keldren said\ufeff on Sunday. ', 1_500, '') },
    { name: 'object keys', what: '800 sentences of `constructor`, `__proto__`, `toString` as words and names', file: 'keys.txt', content: repeated('The constructor __proto__ said toString hasOwnProperty. Constructor Prototype __proto__ valueOf said "constructor." Mr. Constructor told Hasownproperty. ', 800, '') },
    { name: 'big table', what: 'a page of a 8,000-row table and an 8,000-item list', file: 'table.html', content: `<html><head><title>Table</title></head><body><p>The Ossa River rose in Trevik on Sunday, officials said.</p><table>${'<tr><td>Brenmouth</td><td>1,200</td><td>Keldren said</td></tr>'.repeat(8_000)}</table><ul>${'<li>Item river rose</li>'.repeat(8_000)}</ul></body></html>` },
  ];
}

/** Each input: its file name and content; content given as several parts is ingested a part at a time, one run each. */
function inputs(): { name: string; what: string; file: string; content: string | string[] }[] {
  const random = seededRandom(2026);
  const paragraph = '<p>The Ossa River broke through its embankment in Trevik on Sunday night, officials said.</p>';
  return [
    { name: 'long article', what: '5,000 sentences of 40 words with stray quote marks, 0.9 MB', file: 'long.txt', content: `Flood report\n\n${Array.from({ length: 5_000 }, () => `${words(40, random)}.`).join('\n\n')}` },
    { name: 'too long', what: '20,000 such sentences, 3.6 MB: over `MAX_ARTICLE_CHARS`', file: 'too-long.txt', content: `Flood report\n\n${Array.from({ length: 20_000 }, () => `${words(40, random)}.`).join('\n\n')}` },
    { name: 'one paragraph', what: '100,000 words, no sentence end', file: 'paragraph.txt', content: words(100_000, random) },
    { name: 'deep page', what: 'HTML nested 2,000 deep', file: 'deep.html', content: nested(2_000, paragraph) },
    { name: 'very deep page', what: 'HTML nested 50,000 deep', file: 'very-deep.html', content: nested(50_000, paragraph) },
    { name: 'many elements', what: 'a paragraph and 470,000 empty elements, 5 MB', file: 'many-elements.html', content: nested(0, `${paragraph}${'<div></div>'.repeat(470_000)}`) },
    {
      name: 'quoted phrase',
      what: '12,000 quotations opening on one phrase, half of them attributed, 0.8 MB',
      file: 'quotes.txt',
      content: `River report\n\n${Array.from({ length: 6_000 }, (_, i) => `"The river will rise again by morning in district ${i} of the town," Anna Keldren said.\n\n"The river will rise again tonight in block ${i}."`).join('\n\n')}`,
    },
    {
      name: 'one family',
      what: '10,000 people sharing a surname, 0.8 MB',
      file: 'family.txt',
      content: `Rescue report\n\n${Array.from({ length: 10_000 }, (_, i) => `Rescuer ${personName(i)} Velmar of the Brenmouth Rescue Team said the water was rising.`).join('\n\n')}`,
    },
    {
      name: 'many names',
      what: '5,000 sentences naming two organisations and a place each, 0.4 MB',
      file: 'names.txt',
      content: `Rescue report\n\n${Array.from({ length: 5_000 }, (_, i) => `The ${personName(i)} Rescue Association and the ${personName(i + 3)} Water Board met in ${personName(i + 5)}ville on Sunday.`).join('\n\n')}`,
    },
    {
      name: 'look-alike reports',
      what: 'two JSONL articles of 4,000 sentences framed alike, 0.5 MB',
      file: 'look-alike.jsonl',
      content: ['a', 'b'].map((side, offset) => JSON.stringify({ id: `rescues-${side}`, title: 'River rescues', text: Array.from({ length: 4_000 }, (_, i) => `${personName(i)} ${personName(i + 7)}, ${20 + (i % 50) + offset}, was rescued from the river on Sunday.`).join('\n\n') })).join('\n'),
    },
    {
      name: 'many reprints',
      what: 'a feed of 10,000 items of one sentence, one story, 1.7 MB',
      file: 'reprints.xml',
      content: `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${Array.from({ length: 10_000 }, (_, i) => `<item><title>Item ${i}</title><link>https://feed.example/${i}</link><description>The river rose in district ${i} of Brenmouth on Sunday, officials said.</description></item>`).join('')}</channel></rss>`,
    },
    {
      name: 'reprints newest first',
      what: '1,000 copies of one report, each dated a minute before the last, one ingest each (an archive crawled back from today)',
      file: 'older.jsonl',
      content: Array.from({ length: 1_000 }, (_, i) =>
        JSON.stringify({ id: `copy-${i}`, outlet: `Outlet ${i}`, published: new Date(Date.UTC(2026, 2, 14) - i * 60_000).toISOString(), title: 'Dam gate fails', text: 'The spillway gate of the Corrin Falls Dam failed before dawn on Saturday, officials said.\n\nAbout 1,200 people were evacuated from the lower districts of Brenmouth as the river rose.' }),
      ),
    },
    {
      name: 'rewritten article',
      what: 'a JSONL article of 2,000 sentences, then an update rewriting every sentence, 0.2 MB each (every removed sentence a candidate for every added one)',
      file: 'rewritten.jsonl',
      content: ['2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'].map((modified) =>
        JSON.stringify({ id: 'flood-live', outlet: 'Brenmouth Live', published: '2026-03-14T07:00:00Z', modified, title: 'Flood live', text: Array.from({ length: 2_000 }, (_, i) => `Update ${i}: ${Array.from({ length: 10 }, () => personName(Math.floor(random() * 25_000))).join(' ')} ${words(4, random)}.`).join('\n\n') }),
      ),
    },
    {
      name: 'wide page',
      what: '15,000 paragraphs three deep, 1.9 MB',
      file: 'wide.html',
      content: `<html><head><title>Wide page</title></head><body>${Array.from({ length: 15_000 }, (_, i) => `<div><div><div><p>Paragraph ${i} about the flood in Brenmouth, with a <a href="/x${i}">link</a>.</p></div></div></div>`).join('')}</body></html>`,
    },
    ...ruleInputs(),
  ];
}

/** Seconds and bytes of the API's story page (the view cached in the store, as after `tidings story`). */
async function apiStory(database: string, id: string): Promise<{ seconds: number; bytes: number; pageBytes: number }> {
  const store = openStore(database);
  try {
    const app = createApp({ store });
    const started = performance.now();
    const response = await app.request(`/api/stories/${id}`);
    const bytes = Buffer.byteLength(await response.text());
    const seconds = (performance.now() - started) / 1000;
    const pageBytes = Buffer.byteLength(await (await app.request(`/stories/${id}`)).text());
    return { seconds, bytes, pageBytes };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  console.log('| input | what | ingest (s) | first story view (s) | `tidings story` (s) | `GET /api/stories/:id` (s, KB) | `GET /stories/:id` (KB) | sentences | problems |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const only = process.argv.slice(2);
  for (const input of inputs().filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-hostile-'));
    try {
      const file = path.join(folder, input.file);
      const database = path.join(folder, 'hostile.db');
      const store = openStore(database, { create: true });
      let started = performance.now();
      let problems = 0;
      for (const part of Array.isArray(input.content) ? input.content : [input.content]) {
        writeFileSync(file, part);
        problems += (await ingest(store, [file])).problems.length;
      }
      const ingested = (performance.now() - started) / 1000;
      const [story] = await store.listStories(1);
      started = performance.now();
      const view = story ? await storyView(store, story.id) : undefined;
      const viewed = (performance.now() - started) / 1000;
      const sentences = view?.segmented.reduce((sum, article) => sum + article.sentences.length, 0) ?? 0;
      await store.close();
      started = performance.now();
      if (story) await runMain(['story', story.id, '--db', database]);
      const printed = (performance.now() - started) / 1000;
      const answered = story ? await apiStory(database, story.id) : undefined;
      const [view1, view2] = story ? [viewed.toFixed(2), printed.toFixed(2)] : ['–', '–'];
      const api = answered ? `${answered.seconds.toFixed(2)}, ${Math.round(answered.bytes / 1024).toLocaleString('en-US')}` : '–';
      const page = answered ? Math.round(answered.pageBytes / 1024).toLocaleString('en-US') : '–';
      console.log(`| ${input.name} | ${input.what} | ${ingested.toFixed(2)} | ${view1} | ${view2} | ${api} | ${page} | ${sentences} | ${problems} |`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

await main();
