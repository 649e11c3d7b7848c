import { describe, expect, it } from 'vitest';
import { spanText, type Article } from '../article.js';
import { clean } from '../clean/index.js';
import { buildArticle } from './build.js';
import { readHtml } from './html.js';
import { readString } from './read.js';
import { fixture, paragraphTexts } from './test-support/shared-data.js';
import { MARRA_STORM_POSTS, postRows } from './test-support/posts.js';
import { READ_AT } from './test-support/read-at.js';
import { readText } from './text.js';

function read(name: string): Article {
  const content = fixture(name);
  const result = name.endsWith('.txt') ? readText(content, name, READ_AT) : readHtml(content, name, READ_AT);
  expect(result.problems).toEqual([]);
  return result.articles[0];
}

function isLiveBlog(article: Article): boolean {
  return article.posts !== undefined || article.messages.some((message) => message.rule === 'live-blog');
}

describe('readLiveBlog on the live-blog fixtures', () => {
  it('puts the posts of a page of <time> posts oldest first, with their times on the page\'s day and offset', () => {
    const article = read('live-kessring-bridge-closure.html');
    expect(postRows(article)).toEqual([
      ['08:05', '2026-11-14T08:05:00+00:00', 'Good morning. The Kessring bri'],
      ['09:40', '2026-11-14T09:40:00+00:00', 'Police have closed both approa'],
      ['11:15', '2026-11-14T11:15:00+00:00', 'County engineers say the crack'],
      ['12:50', '2026-11-14T12:50:00+00:00', 'Queues on the ring road now st'],
      ['14:32', '2026-11-14T14:32:00+00:00', 'The ferry company Saltmarsh Li'],
      ['15:05', '2026-11-14T15:05:00+00:00', 'Transport minister Alda Verhoe'],
    ]);
    expect(paragraphTexts(article)[0]).toMatch(/^The Kessring river bridge has been shut/);
    expect(article.messages.find((message) => message.rule === 'live-blog')?.reason).toMatch(/^a live blog of 6 posts, newest first on the page: put them oldest first/);
  });

  it('keeps a post\'s paragraphs together and in their order', () => {
    const article = read('live-kessring-bridge-closure.html');
    const ferry = article.posts!.find((post) => spanText(article.text, post.written) === '14:32')!;
    expect(spanText(article.text, ferry.span)).toMatch(/^14:32\n\nThe ferry company .* until the bridge reopens\.\n\nFoot passengers .* statement\.$/);
  });

  it('reads "2.32pm" times in the zone of the page\'s date', () => {
    expect(postRows(read('live-dunmore-flood-pm-times.html')).map(([written, time]) => [written, time])).toEqual([
      ['9.05am', '2026-10-03T09:05:00-05:00'],
      ['10.45am', '2026-10-03T10:45:00-05:00'],
      ['12.10pm', '2026-10-03T12:10:00-05:00'],
      ['2.32pm', '2026-10-03T14:32:00-05:00'],
      ['4.15pm', '2026-10-03T16:15:00-05:00'],
    ]);
  });

  it('reads a French live blog\'s "14h32" times', () => {
    const article = read('live-grenay-greve-fr.html');
    expect(postRows(article).map(([written, time]) => `${written} ${time}`)).toEqual([
      '07h30 2026-09-22T07:30:00+02:00',
      '08h15 2026-09-22T08:15:00+02:00',
      '11h05 2026-09-22T11:05:00+02:00',
      '14h32 2026-09-22T14:32:00+02:00',
      '17h40 2026-09-22T17:40:00+02:00',
    ]);
    expect(postRows(article)[0][2]).toBe('Bonjour à tous et bienvenue da');
  });

  it('reads a pasted text\'s "Updated 09.15 GMT" lines in UTC on the day its header gives', () => {
    expect(postRows(read('live-orrin-talks-paste.txt'))).toEqual([
      ['Updated 09.15 GMT', '2026-11-06T09:15:00Z', 'Hundreds of dock workers have '],
      ['Updated 10.30 GMT', '2026-11-06T10:30:00Z', 'Talks have resumed at the Orri'],
      ['Updated 12.05 GMT', '2026-11-06T12:05:00Z', 'The harbour board\'s chair, Tom'],
      ['Updated 13.40 GMT', '2026-11-06T13:40:00Z', 'Negotiators for the dock worke'],
    ]);
  });

  it('counts relative times ("35 min ago") back from the page\'s modified time', () => {
    expect(postRows(read('live-calderon-storm-relative.html')).map(([written, time]) => [written, time])).toEqual([
      ['4h ago', '2026-12-05T07:00:00Z'],
      ['2h ago', '2026-12-05T09:00:00Z'],
      ['1h ago', '2026-12-05T10:00:00Z'],
      ['35 min ago', '2026-12-05T10:25:00Z'],
    ]);
  });

  it('counts relative times back from a modified time written with no offset as UTC, on a machine in any zone', () => {
    const zone = process.env.TZ;
    const content = fixture('live-calderon-storm-relative.html').replace('2026-12-05T11:00:00Z', '2026-12-05T11:00:00');
    try {
      const times = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((machine) => {
        process.env.TZ = machine;
        return postRows(readHtml(content, 'calderon.html', READ_AT).articles[0]).map(([, time]) => time);
      });
      expect(times).toEqual([0, 1, 2].map(() => ['2026-12-05T07:00:00Z', '2026-12-05T09:00:00Z', '2026-12-05T10:00:00Z', '2026-12-05T10:25:00Z']));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('reads the eight posts of a storm blog, oldest first, after its standfirst', () => {
    const article = read('live-marra-storm.html');
    expect(postRows(article)).toEqual(MARRA_STORM_POSTS.map(([written, opening]) => [written, `2026-11-20T${written}:00+00:00`, opening]));
    expect(paragraphTexts(article)[0]).toMatch(/^Storm Marra has brought gusts/);
  });

  it('reads a German ticker\'s "+++ 16.40 Uhr +++" times without leaving "+++" in the text', () => {
    const article = read('live-rhemsfeld-bahnstreik-de.html');
    expect(postRows(article)).toEqual([
      ['8.05 Uhr', '2026-10-14T08:05:00+02:00', 'Seit 2 Uhr in der Nacht fahren'],
      ['11.30 Uhr', '2026-10-14T11:30:00+02:00', 'Am Hauptbahnhof Rhemsfeld wart'],
      ['14.15 Uhr', '2026-10-14T14:15:00+02:00', 'Die Bahngesellschaft nennt den'],
      ['16.40 Uhr', '2026-10-14T16:40:00+02:00', 'Die Lokführergewerkschaft künd'],
    ]);
    expect(article.text).not.toContain('+++');
  });

  it('compares "35 min ago" with "09:20" on a page that mixes them, a pinned post left on its day', () => {
    const article = read('live-tollmere-fire-mixed.html');
    expect(postRows(article).map(([written, time]) => [written, time])).toEqual([
      ['07:30', '2026-12-06T07:30:00+01:00'],
      ['08:45', '2026-12-06T08:45:00+01:00'],
      ['09:20', '2026-12-06T09:20:00+01:00'],
      ['35 min ago', '2026-12-06T09:25:00Z'],
      ['12 min ago', '2026-12-06T09:48:00Z'],
      ['07:40', '2026-12-06T07:40:00+01:00'],
    ]);
  });

  it('leaves the time lines out of what cleaning keeps, so a summary\'s lede is the first post', () => {
    const cleaned = clean(read('live-kessring-bridge-closure.html'));
    expect(paragraphTexts(cleaned).slice(0, 2).map((text) => text.slice(0, 30))).toEqual(['The Kessring river bridge has ', 'Good morning. The Kessring bri']);
  });
});

const blog = (lines: readonly string[]) => readText(lines.join('\n\n'), 'pasted.txt', READ_AT).articles[0];

describe('readLiveBlog on pasted text', () => {
  it('splits a time that opens a post ("19.05 | El ministro…") into its own paragraph', () => {
    const article = blog([
      '19.05 | El ministro de Obras Públicas ha llegado al puerto de Arvela y se reúne con los estibadores.',
      '18.20 | Los estibadores mantienen cerrada la terminal de contenedores por segundo día consecutivo.',
      '17.45 | La autoridad portuaria confirma que tres buques esperan fondeados frente a la bocana.',
    ]);
    expect(paragraphTexts(article)).toEqual([
      '17.45',
      'La autoridad portuaria confirma que tres buques esperan fondeados frente a la bocana.',
      '18.20',
      'Los estibadores mantienen cerrada la terminal de contenedores por segundo día consecutivo.',
      '19.05',
      'El ministro de Obras Públicas ha llegado al puerto de Arvela y se reúne con los estibadores.',
    ]);
    expect(article.posts!.map((post) => post.time)).toEqual(['17:45', '18:20', '19:05']);
    expect(article.messages.at(-1)?.reason).toMatch(/the time opening 3 of them split off into its own paragraph/);
  });

  it('keeps a page\'s "Mis à jour à 16h42" over the posts where it is, not as a post', () => {
    const article = buildArticle({}, [
      'Mis à jour à 16h42',
      '16h40 – Le préfet demande à chacun de ne pas prendre la route ce soir sur tout le littoral.',
      '16h25 – Plus de 45 000 foyers sont toujours privés d\'électricité, selon le gestionnaire du réseau.',
      '16h10 – Un arbre est tombé sur une voiture à Plouzanec, sans faire de blessé grave.',
    ], { input: 'direct.html', format: 'html' }, READ_AT);
    expect(paragraphTexts(article)[0]).toBe('Mis à jour à 16h42');
    expect(article.posts!.map((post) => spanText(article.text, post.written))).toEqual(['16h10', '16h25', '16h40']);
  });

  it('reads German "+++ 9.45 Uhr:" and Italian "Ore 14.20 -" openings', () => {
    const german = blog([
      '+++ 9.45 Uhr: Die Gewerkschaft kündigt an, den Streik bis Donnerstagmorgen auszuweiten. +++',
      '+++ 9.20 Uhr: Die Bahngesellschaft hält den Streik für völlig unverhältnismäßig. +++',
      '+++ 8.55 Uhr: Am Hauptbahnhof ist es voll, aber ruhig, berichtet unsere Reporterin. +++',
    ]);
    expect(german.posts!.map((post) => [spanText(german.text, post.written), post.time])).toEqual([['8.55 Uhr', '08:55'], ['9.20 Uhr', '09:20'], ['9.45 Uhr', '09:45']]);
    expect(german.text).not.toContain('+++');
    const italian = blog([
      'Ore 14.20 - Il torrente Arvesca è esondato a Castelnuovo e i vigili del fuoco sono al lavoro.',
      'Ore 13.55 - Il presidente della Regione ha firmato l\'ordinanza di chiusura delle scuole.',
      'Ore 13.30 - Secondo il centro meteo sono caduti 320 millimetri di pioggia in sei ore.',
    ]);
    expect(paragraphTexts(italian).slice(0, 2)).toEqual(['Ore 13.30', 'Secondo il centro meteo sono caduti 320 millimetri di pioggia in sei ore.']);
  });

  it('reads the "+++" layouts of German tickers: a time between marks, alone or before the text, text between marks or closed by them', () => {
    const layouts = [
      ['+++ 9.45 Uhr +++ Die Gewerkschaft kündigt an, den Streik bis Donnerstagmorgen auszuweiten.', '+++ 9.20 Uhr +++ Die Bahngesellschaft hält den Streik für völlig unverhältnismäßig.', '+++ 8.55 Uhr +++ Am Hauptbahnhof ist es voll, aber ruhig, berichtet unsere Reporterin.'],
      ['+++ 9.45 Uhr +++', '+++ Die Gewerkschaft kündigt an, den Streik bis Donnerstagmorgen auszuweiten. +++', '+++ 9.20 Uhr +++', '+++ Die Bahngesellschaft hält den Streik für völlig unverhältnismäßig. +++', '+++ 8.55 Uhr +++', '+++ Am Hauptbahnhof ist es voll, aber ruhig, berichtet unsere Reporterin. +++'],
      // The first post's line ends in "+++", not like a sentence: it was taken for the headline.
      ['9.45 Uhr: Die Gewerkschaft kündigt an, den Streik bis Donnerstagmorgen auszuweiten. +++', '9.20 Uhr: Die Bahngesellschaft hält den Streik für völlig unverhältnismäßig. +++', '8.55 Uhr: Am Hauptbahnhof ist es voll, aber ruhig, berichtet unsere Reporterin. +++'],
    ];
    for (const lines of layouts) {
      expect(paragraphTexts(blog(lines))).toEqual([
        '8.55 Uhr',
        'Am Hauptbahnhof ist es voll, aber ruhig, berichtet unsere Reporterin.',
        '9.20 Uhr',
        'Die Bahngesellschaft hält den Streik für völlig unverhältnismäßig.',
        '9.45 Uhr',
        'Die Gewerkschaft kündigt an, den Streik bis Donnerstagmorgen auszuweiten.',
      ]);
    }
  });

  it('moves to the next day when the clock runs past midnight', () => {
    const article = blog([
      'Eastmarch election night: live',
      '5 May 2026',
      '00:40 The count in Brenmouth North has been suspended after a fire alarm at the leisure centre.',
      '23:55 Turnout across the county is estimated at 61 per cent, up four points on the last election.',
      '22:10 Polls have now closed and the ballot boxes are on their way to the counting halls.',
    ]);
    expect(article.posts!.map((post) => post.time)).toEqual(['2026-05-05T22:10:00', '2026-05-05T23:55:00', '2026-05-06T00:40:00']);
  });

  it('dates posts from the day before when the page is dated by its last update after midnight', () => {
    const article = blog([
      'Eastmarch election night: live',
      'May 6, 2026 12:45 AM',
      '00:40 The count in Brenmouth North has been suspended after a fire alarm at the leisure centre.',
      '23:55 Turnout across the county is estimated at 61 per cent, up four points on the last election.',
      '22:10 Polls have now closed and the ballot boxes are on their way to the counting halls.',
    ]);
    expect(article.published).toBe('2026-05-06T00:45:00');
    expect(article.posts!.map((post) => post.time)).toEqual(['2026-05-05T22:10:00', '2026-05-05T23:55:00', '2026-05-06T00:40:00']);
  });

  it('keeps posts that are oldest first on the page in their order, and says so', () => {
    const lines = [
      '08:00 The first ferry of the day left Port Aldwin on time despite the strong wind.',
      '09:30 The second crossing was cancelled after the wind rose above the harbour limit.',
      '11:00 The harbour master says crossings will resume once the wind drops below forty knots.',
    ];
    const article = blog(lines);
    expect(article.text).toBe(['08:00', lines[0].slice(6), '09:30', lines[1].slice(6), '11:00', lines[2].slice(6)].join('\n\n'));
    expect(article.messages.at(-1)?.reason).toMatch(/oldest first on the page as read/);
  });
});

describe('every reader reads a live blog as one', () => {
  const posts = [
    '16:50 The ferry company says the last crossing to Skellan Isle tonight is cancelled because of the swell.',
    '15:20 Harbour staff have moved the fishing boats to the inner basin as the wind keeps rising.',
    '14:05 The coastguard asks people to keep away from the sea wall at Port Aldwin until the evening.',
  ];
  const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sources: Record<string, string> = {
    text: `Storm over Port Aldwin: live\n\n${posts.join('\n\n')}`,
    html: `<html><head><title>Storm over Port Aldwin: live</title></head><body><article><h1>Storm over Port Aldwin: live</h1>${posts.map((post) => `<p>${post}</p>`).join('')}</article></body></html>`,
    feed: `<?xml version="1.0"?><rss version="2.0"><channel><title>Aldwin Courier</title><item><title>Storm over Port Aldwin: live</title><description>${escaped(posts.map((post) => `<p>${post}</p>`).join(''))}</description></item></channel></rss>`,
    jsonl: JSON.stringify({ title: 'Storm over Port Aldwin: live', text: posts.join('\n\n') }),
    sgml: `<DOC><DOCNO>XIE20261114.0007</DOCNO><HEADLINE>Storm over Port Aldwin: live</HEADLINE><TEXT>${posts.map((post) => `<P>${post}</P>`).join('')}</TEXT></DOC>`,
  };

  for (const [format, content] of Object.entries(sources)) {
    it(`in ${format}: oldest post first, its posts' times kept`, () => {
      const { articles, problems } = readString(content, { input: `storm.${format}`, format: format as Article['origin']['format'], readAt: READ_AT });
      expect(problems).toEqual([]);
      const [article] = articles;
      expect(article.origin.format).toBe(format);
      expect(article.posts?.map((post) => spanText(article.text, post.written))).toEqual(['14:05', '15:20', '16:50']);
      expect(paragraphTexts(article)[1]).toBe(posts[2].slice(6));
    });
  }
});

describe('readLiveBlog leaves articles that are not live blogs as they are', () => {
  const asRead = (lines: readonly string[]) => {
    const article = blog(lines);
    expect(isLiveBlog(article)).toBe(false);
    return article;
  };

  it('an article whose first line is "14:32 — updated"', () => {
    const article = asRead([
      '14:32 — updated',
      'The Kessring bridge reopened to cars on Saturday after engineers repaired a crack in its northern pier.',
      'Lorries will stay on the diversion until a second inspection next week, the county council said.',
      'The closure had cost local businesses an estimated two million pounds, the chamber of commerce said.',
    ]);
    expect(paragraphTexts(article)[0]).toMatch(/^The Kessring bridge reopened to cars/);
  });

  it('a page whose byline reads "14:32 — updated"', () => {
    const page = `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p><time>14:32</time> — updated</p>
<p>The Kessring bridge reopened to cars on Saturday after engineers repaired a crack in its northern pier, the county council said.</p>
<p>Lorries will stay on the diversion until a second inspection next week, the county council said in a statement on its website.</p>
<p>The closure had cost local businesses an estimated two million pounds, the chamber of commerce said on Friday.</p></article></body></html>`;
    const [article] = readHtml(page, 'bridge.html', READ_AT).articles;
    expect(isLiveBlog(article)).toBe(false);
    expect(paragraphTexts(article)[0]).toBe('14:32 — updated');
  });

  it('a sports report listing goal minutes', () => {
    asRead([
      "23' Smith",
      "41' Okafor (pen)",
      "78' Smith",
      'Harbor Town beat Saltmarsh Rovers 3-0 on Saturday, with two goals from their striker Dan Smith in front of a crowd of 8,000.',
    ]);
  });

  it('a timetable', () => {
    asRead([
      'Ferry timetable from Monday',
      '07:15 Port Aldwin to Kessock, pier 2',
      '09:45 Kessock to Port Aldwin, pier 1',
      '12:30 Port Aldwin to Kessock, pier 2',
      '15:00 Kessock to Port Aldwin, pier 1',
    ]);
  });

  it('an article with a chronology after its lede, or times that run both ways', () => {
    asRead([
      'The fire at the Millgate warehouse burned for six hours before crews brought it under control on Tuesday.',
      'No one was hurt, but the building and its stock were destroyed, the fire service said.',
      'Investigators are expected on site on Wednesday morning.',
      'The owner said the warehouse had been inspected in the spring.',
      '08:00 The alarm was raised by a security guard who saw smoke from the loading bay.',
      '08:45 Crews from three stations arrived and began to fight the fire from the yard.',
      '14:00 The fire service declared the blaze under control and started damping down.',
    ]);
    asRead([
      '09:00 The council opened the meeting with a minute of silence for the former mayor.',
      '11:30 Members voted to delay the decision on the new ferry terminal until the spring.',
      '10:15 A protest outside the town hall drew around two hundred people by late morning.',
      '12:40 The mayor left the chamber without speaking to the reporters waiting outside.',
      '08:05 Doors opened early for the public gallery, which filled within ten minutes.',
    ]);
  });
});
