import { describe, expect, it } from 'vitest';
import { spanText, type Article } from '../article.js';
import { READ_AT } from './test-support/read-at.js';
import { readHtml } from './html.js';
import { readText } from './text.js';
import { isTimeAlone } from './live-blog.js';

const blog = (lines: readonly string[]) => readText(lines.join('\n\n'), 'pasted.txt', READ_AT).articles[0];

/** Each post's time as written and as read. */
const times = (article: Article) => (article.posts ?? []).map((post) => [spanText(article.text, post.written), post.time]);

describe('relative post times in German, Italian, Dutch and Portuguese', () => {
  it('reads "vor 35 Minuten", "vor 1 Stunde" and "vor 3 Std.", counted back from the time of reading', () => {
    const article = blog([
      'Brand am Nordkai: der Liveticker',
      'vor 35 Minuten',
      'Die Feuerwehr meldet, dass der Brand im Lager am Nordkai von Wendisch unter Kontrolle ist.',
      'vor 1 Stunde',
      'Die Polizei hat die Straßen rund um den Nordkai gesperrt und bittet Anwohner, Fenster zu schließen.',
      'vor 3 Std.',
      'Im Lager einer Spedition am Nordkai ist in der Nacht ein Feuer ausgebrochen, wie die Feuerwehr mitteilt.',
    ]);
    expect(times(article)).toEqual([
      ['vor 3 Std.', '2026-12-06T09:00:00Z'],
      ['vor 1 Stunde', '2026-12-06T11:00:00Z'],
      ['vor 35 Minuten', '2026-12-06T11:25:00Z'],
    ]);
  });

  it('reads "35 minuti fa" and "2 ore fa"', () => {
    const article = blog([
      'Piena dell\'Orsa a Valdorma, la diretta',
      '35 minuti fa - Il sindaco di Valdorma ha chiesto ai cittadini di non avvicinarsi al fiume per tutta la notte.',
      '1 ora fa - La protezione civile ha aperto due centri di accoglienza nelle scuole del quartiere basso.',
      '2 ore fa - Il livello del fiume Orsa ha superato il livello di guardia al ponte vecchio di Valdorma.',
    ]);
    expect(times(article)).toEqual([
      ['2 ore fa', '2026-12-06T10:00:00Z'],
      ['1 ora fa', '2026-12-06T11:00:00Z'],
      ['35 minuti fa', '2026-12-06T11:25:00Z'],
    ]);
  });

  it('reads "35 minuten geleden" and "2 uur geleden"', () => {
    const article = blog([
      'Brand in de haven van Oostervelde: live',
      '35 minuten geleden',
      'De brandweer van Oostervelde meldt dat het vuur in de loods onder controle is en nablust.',
      '1 uur geleden',
      'Omwonenden wordt gevraagd ramen en deuren gesloten te houden vanwege de rook boven de haven.',
      '2 uur geleden',
      'In een loods in de haven van Oostervelde is vanochtend een grote brand uitgebroken, meldt de brandweer.',
    ]);
    expect(times(article)).toEqual([
      ['2 uur geleden', '2026-12-06T10:00:00Z'],
      ['1 uur geleden', '2026-12-06T11:00:00Z'],
      ['35 minuten geleden', '2026-12-06T11:25:00Z'],
    ]);
  });

  it('reads "há 35 minutos" and "há 2 horas"', () => {
    const article = blog([
      'Incêndio no porto de Vilar Seco, em direto',
      'Há 35 minutos | O presidente da câmara de Vilar Seco pediu aos moradores que evitem a zona do porto.',
      'Há 1 hora | Os bombeiros de Vilar Seco confirmam que o incêndio no armazém do porto está a ser combatido.',
      'Há 2 horas | Um incêndio deflagrou num armazém do porto de Vilar Seco durante a madrugada, segundo os bombeiros.',
    ]);
    expect(times(article)).toEqual([
      ['Há 2 horas', '2026-12-06T10:00:00Z'],
      ['Há 1 hora', '2026-12-06T11:00:00Z'],
      ['Há 35 minutos', '2026-12-06T11:25:00Z'],
    ]);
  });
});

describe('relative times compared with clocks that name their zone', () => {
  /** A fictional blog on a page of New York time (-05:00), last modified at 07:00 there (12:00 GMT): its newest post relative, the older ones at GMT clocks. */
  const page = (modified: string) =>
    readHtml(
      `<html><head><title>Harbour strike: live</title><meta property="article:published_time" content="2026-12-06T05:30:00-05:00"><meta property="article:modified_time" content="${modified}"></head><body><article><h1>Harbour strike: live</h1>` +
        '<p>20 min ago</p><p>Union leaders at the port of Calder Bay say they will meet the harbour board again this afternoon.</p>' +
        '<p>11:00 GMT</p><p>The harbour board has offered dock workers a three per cent rise, which the union is putting to a vote.</p>' +
        '<p>10:15 GMT</p><p>Dock workers at the port of Calder Bay walked out at dawn, and no ships have been loaded since.</p>' +
        '</article></body></html>',
      'calder-live.html',
      READ_AT,
    ).articles[0];

  it('puts "11:00 GMT" before "20 min ago" on a page in New York time, as the hours say, not as the clock reads', () => {
    expect(times(page('2026-12-06T07:00:00-05:00'))).toEqual([
      ['10:15 GMT', '2026-12-06T10:15:00Z'],
      ['11:00 GMT', '2026-12-06T11:00:00Z'],
      ['20 min ago', '2026-12-06T11:40:00Z'],
    ]);
  });
});

describe('isTimeAlone: a time printed alone over a post', () => {
  it.each([
    ['8:24am:', true],
    ['Updated 9.45pm -', true],
    ['14:32', true],
    ['14:32 |', true],
    ['14:32 The minister left.', false],
    ['The minister left:', false],
  ])('%s → %s', (paragraph, alone) => {
    expect(isTimeAlone(paragraph)).toBe(alone);
  });

  it('reads a paragraph with a long run of spaces in bounded work (mend27d: 160,000 spaces took 35 s)', () => {
    expect(isTimeAlone(`8:24${' '.repeat(200_000)}x`)).toBe(false);
    expect(isTimeAlone(`The minister${' '.repeat(200_000)}left.`)).toBe(false);
  });
});
