import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datelineOutlet, looksLikeHeadline } from './header.js';
import { readText } from './text.js';
import { available, fixture, MULTILING_SOURCES, paragraphTexts, SEEDS } from './test-support/shared-data.js';
import { READ_AT } from './test-support/read-at.js';

describe('readText', () => {
  it('takes the headline and the date line out of the text into metadata', () => {
    const { articles, problems } = readText(fixture('wrapped-report.txt'), 'wrapped-report.txt', READ_AT);
    expect(problems).toEqual([]);
    const [article] = articles;
    expect(article).toMatchObject({ title: 'Kessock Bank ferry grounding: what we know', published: '2026-05-09', origin: { input: 'wrapped-report.txt', format: 'text' } });
    expect(article.text).not.toContain('what we know');
    expect(article.text).not.toContain('May 9, 2026');
    expect(paragraphTexts(article)[0]).toMatch(/^The ferry Maren Star ran aground .* All 226 people on board were brought ashore by lifeboat\.$/);
    expect(article.text).not.toMatch(/Port\nAldwin/);
  });

  it('reads the date line with what the article says of itself: CST in a Chinese text is China Standard Time', () => {
    const [article] = readText('Thu, 05 Mar 2026 10:00:00 CST\n\n市政府周一投票决定关闭这座桥梁，并表示将在明年重新开放。工程师说，桥梁的主梁出现了裂缝。', 'cst.txt', READ_AT).articles;
    expect(article.published).toBe('2026-03-05T10:00:00+08:00');
  });

  it('takes a short first line in a script without capitals as the headline, as an English one', () => {
    const [chinese] = readText('澜江市东港区仓库发生大火 三百名居民紧急疏散\n\n澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火。', 'zh.txt', READ_AT).articles;
    expect(chinese.title).toBe('澜江市东港区仓库发生大火 三百名居民紧急疏散');
    expect(paragraphTexts(chinese)).toEqual(['澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火。']);
    const [untitled] = readText('澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火。\n\n火势迅速蔓延。', 'zh2.txt', READ_AT).articles;
    expect(untitled.title).toBeUndefined();
  });

  it('keeps a first line that reads as a sentence in the body', () => {
    const [article] = readText('The ferry ran aground on Saturday.\n\nEveryone was rescued.', 'a.txt', READ_AT).articles;
    expect(article.title).toBeUndefined();
    expect(paragraphTexts(article)).toEqual(['The ferry ran aground on Saturday.', 'Everyone was rescued.']);
  });

  it('takes a first line ending in a period as the headline when a date line or a byline follows it, as an opinion column\'s (audit26)', () => {
    const [column] = readText('Opinion: Orrin Ford was promised a wall. It got a press release.\n4 November 2026 07:00 UTC\nBy Delphine Marsh\n\nSeven years ago, the regional government promised Orrin Ford a flood wall.', 'column.txt', READ_AT).articles;
    expect(column).toMatchObject({ title: 'Opinion: Orrin Ford was promised a wall. It got a press release.', published: '2026-11-04T07:00:00Z', byline: 'Delphine Marsh' });
    expect(paragraphTexts(column)).toEqual(['Seven years ago, the regional government promised Orrin Ford a flood wall.']);
    const [bylined] = readText('The ferry ran aground. Everyone was rescued.\nBy Ada Morrow\n\nThe ferry Maren Star ran aground on Saturday.', 'b.txt', READ_AT).articles;
    expect(bylined.title).toBe('The ferry ran aground. Everyone was rescued.');
  });

  it('takes a first line that is only a web address for the article\'s address, and the headline after it', () => {
    const [article] = readText('https://www.kessock.example/news/ferry-grounding\nFerry runs aground off Kessock Bank\nMay 9, 2026\n\nThe ferry Maren Star ran aground on Saturday.', 'a.txt', READ_AT).articles;
    expect(article).toMatchObject({ url: 'https://www.kessock.example/news/ferry-grounding', title: 'Ferry runs aground off Kessock Bank', published: '2026-05-09' });
    expect(paragraphTexts(article)).toEqual(['The ferry Maren Star ran aground on Saturday.']);
    const [tokenized] = readText('http: / / www. kessock. example / news / 1\nFerry runs aground\n\nThe ferry ran aground.', 'b.txt', READ_AT).articles;
    expect(tokenized).toMatchObject({ url: 'http://www.kessock.example/news/1', title: 'Ferry runs aground' });
    const [sentence] = readText('https://www.kessock.example/ is where we post updates\n\nThe ferry ran aground.', 'c.txt', READ_AT).articles;
    expect(sentence.url).toBeUndefined();
  });

  it('takes a byline line near the top for the authors, up to a comma, bar or dash', () => {
    const read = (head: string) => readText(`Bridge closed for repairs\n${head}\n\nThe council voted on Tuesday to close the bridge.`, 'a.txt', READ_AT).articles[0];
    expect(read('By Ada Morrow')).toMatchObject({ title: 'Bridge closed for repairs', byline: 'Ada Morrow', text: 'The council voted on Tuesday to close the bridge.' });
    expect(read('By ADA MORROW and Tomas Keldren, Staff Writers').byline).toBe('ADA MORROW and Tomas Keldren');
    expect(read('By Ada Morrow | Harbor Daily').byline).toBe('Ada Morrow');
    expect(read('May 9, 2026\nBy Ada Morrow - Harbor Daily')).toMatchObject({ published: '2026-05-09', byline: 'Ada Morrow' });
    expect(read('By Ferdinand Osei').byline).toBe('Ferdinand Osei');
    const [first] = readText('By Ada Morrow\n\nThe council voted on Tuesday to close the bridge.', 'b.txt', READ_AT).articles;
    expect(first).toMatchObject({ byline: 'Ada Morrow', text: 'The council voted on Tuesday to close the bridge.' });
    expect(first.title).toBeUndefined();
    for (const line of ['By the time the water rose, the bridge had closed.', 'By Tuesday the river had risen two metres']) {
      const article = read(line);
      expect(article.byline).toBeUndefined();
      expect(article.text.startsWith(line)).toBe(true);
    }
  });

  it('does not take the only line for a headline', () => {
    const [article] = readText('Ferry aground off Port Aldwin', 'a.txt', READ_AT).articles;
    expect(article.title).toBeUndefined();
    expect(article.text).toBe('Ferry aground off Port Aldwin');
  });

  it('reports an empty input as a problem', () => {
    const { articles, problems } = readText(' \n\n \n', 'empty.txt', READ_AT);
    expect(articles).toEqual([]);
    expect(problems.map(String)).toEqual(['InputError: empty.txt: no article text found']);
  });

  it('derives the id from the text: 16 hex characters, stable', () => {
    const first = readText('Headline here\n\nBody text.', 'a.txt', READ_AT).articles[0];
    expect(first.id).toMatch(/^[\da-f]{16}$/);
    expect(readText('Headline here\n\nBody text.', 'b.txt', READ_AT).articles[0].id).toBe(first.id);
  });

  it.each([
    ['Lavrov accuses US of unlawful strikes as Tillerson looks to mend ties', true],
    ['Tsunami aid donations in 2005 deductible for 2004 in the U.S.', true],
    ['Tillerson said both countries have agreed.', false],
    ['lower-case start', false],
    ['Saying this:', false],
    ['«Nous partirons demain», promet la maire de Brenmouth', false],
    ['"Nous partirons demain", promet la maire de Brenmouth', true],
    // a sentence ending inside its quotation ends the line as a period does
    ['The council met until late. "We will check everything," the mayor said. "The costs are rising."', false],
    ['Der Rat tagte bis in die Nacht. „Wir prüfen alles“, sagte Katrin Vogelsang. „Die Kosten steigen.“', false],
    ['Le conseil a siégé tard. « Les coûts augmentent. »', false],
    ['Mayor to council: "We have no choice"', true],
    ['Althouse: "I just want to see badgers chew up ducks."', true],
    ['¿Qué pasó en la presa del Ossa?', true],
    // scripts without capitals: a short line with no final sentence mark
    ['澜江市东港区仓库发生大火 三百名居民紧急疏散', true],
    ['澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火。', false],
    ['澜江市消防部门周二表示东港区一座物流仓库于凌晨三点左右起火火势迅速蔓延至相邻的两栋建筑', false],
    ['オッサ川のダムが決壊 千二百人が避難', true],
    ['오사 강 댐 붕괴, 1200명 대피', true],
    ['انهيار سد على نهر أوسا وإجلاء 1200 شخص', true],
    ['انهار السد على نهر أوسا خلال الليل.', false],
    ['קריסת סכר על נהר אוסה', true],
    ['เขื่อนแม่น้ำออสซาพังทลาย', true],
    ['ओसा नदी पर बांध टूटा, 1200 लोग बेघर', true],
    ['ओसा नदी पर बांध रात में टूट गया।', false],
  ])('looksLikeHeadline(%j) is %s', (line, expectedValue) => {
    expect(looksLikeHeadline(line)).toBe(expectedValue);
  });
});

describe('an English text file\'s head with a "Published:" date line (audit22b)', () => {
  it('reads the date line and the byline after it', () => {
    const text = 'Ferry cancelled at Pellham\nPublished: 15 November 2026\nBy Orla Fenn\n\nThe ferry between Pellham and Oskar Island was cancelled on Sunday.\n';
    const [article] = readText(text, 'ferry.txt', READ_AT).articles;
    expect(article).toMatchObject({ title: 'Ferry cancelled at Pellham', published: '2026-11-15', byline: 'Orla Fenn' });
    expect(article.text).not.toContain('Published');
  });
});

describe('a French or German text file\'s head', () => {
  it('reads the headline, the date line, the byline and the outlet of the dateline', () => {
    const text = "Saint-Orbel : le pont s'effondre\n\nPublié le 12 mars 2026 à 10h14\n\nPar Claire Dumontel\n\nSAINT-ORBEL, 12 mars (APC) - Une partie du pont s'est effondrée jeudi.\n";
    const [article] = readText(text, 'pont.txt', READ_AT).articles;
    expect(article).toMatchObject({ title: "Saint-Orbel : le pont s'effondre", published: '2026-03-12T10:14:00', byline: 'Claire Dumontel', outlet: 'APC' });
    const german = readText('Brücke eingestürzt\n\nDienstag, 10.03.2026, 11:52 Uhr\n\nVon Katrin Albers\n\nHohenfurt (NDA) - Die Saalbrücke ist eingestürzt.\n', 'bruecke.txt', READ_AT).articles[0];
    expect(german).toMatchObject({ published: '2026-03-10T11:52', byline: 'Katrin Albers', outlet: 'NDA' });
  });
});

describe('datelineOutlet', () => {
  it.each([
    ['BRENMOUTH, Eastmarch (Harbor Daily) - A spillway gate gave way.', 'Harbor Daily'],
    ['MOSCOW (Reuters) — Talks began on Wednesday.', 'Reuters'],
    ["ST. ALDRIC'S (AP) -- Crews arrived.", 'AP'],
    ['Officials (in Brenmouth) - said nothing.', undefined],
    ['The spillway (built in 1961) - failed.', undefined],
    ['BRENMOUTH - A spillway gate gave way.', undefined],
    ['LONDON, March 14 (Reuters) - Talks began on Wednesday.', 'Reuters'],
    ['BRENMOUTH, Dec. 5 (Harbor Daily) -- A spillway gate gave way.', 'Harbor Daily'],
    ["SAINT-ORBEL, 12 mars (APC) - Une partie du pont s'est effondrée.", 'APC'],
    ['Berlin (dpa) - Die Regierung hat beschlossen.', 'dpa'],
    ['Frankfurt am Main (Reuters) – Die Börse schloss fester.', 'Reuters'],
    ['Hohenfurt, 10. März (NDA) - Die Saalbrücke ist eingestürzt.', 'NDA'],
    ['Angela (in Berlin) - sagte nichts.', undefined],
    ['Die Brücke (Baujahr 1961) - eingestürzt.', undefined],
  ])('%s → %s', (paragraph, outlet) => {
    expect(datelineOutlet(paragraph)).toBe(outlet);
  });

  it('names the outlet of a plain text article and keeps the dateline in its text', () => {
    const [article] = readText('Dam gate fails\n\nBRENMOUTH, Eastmarch (Harbor Daily) - A spillway gate gave way before dawn.\n', 'dam.txt', READ_AT).articles;
    expect(article.outlet).toBe('Harbor Daily');
    expect(article.text.startsWith('BRENMOUTH, Eastmarch (Harbor Daily) - ')).toBe(true);
  });
});

describe.skipIf(!available(SEEDS, 'readText on the seeds'))('readText on the seeds', () => {
  it('reads seed 000: headline out, 24 paragraphs, captions and headings still in (cleaning removes them)', () => {
    const [article] = readText(readFileSync(`${SEEDS}/000_70ade5cb13683ec8.txt`, 'utf8'), 'seed-000', READ_AT).articles;
    expect(article.title).toBe('Lavrov accuses US of unlawful strikes as Tillerson looks to mend ties');
    expect(article.published).toBeUndefined();
    const paragraphs = paragraphTexts(article);
    expect(paragraphs).toHaveLength(24);
    expect(paragraphs[0]).toMatch(/^While the US and Russia's top diplomats meet/);
    expect(paragraphs[2]).toBe('TRT World and Agencies');
    expect(paragraphs[9]).toBe('Deteriorating ties');
    expect(paragraphs.at(-1)).toBe('Route 6');
  });

  it('reads seed 002: the first of three headline copies becomes the title', () => {
    const [article] = readText(readFileSync(`${SEEDS}/002_94817b14d6ffb8f5.txt`, 'utf8'), 'seed-002', READ_AT).articles;
    expect(article.title).toBe('US and Russia struggle to overcome rifts in Moscow');
    const paragraphs = paragraphTexts(article);
    expect(paragraphs.slice(0, 2)).toEqual([article.title, article.title]);
    expect(paragraphs).toHaveLength(18);
    expect(paragraphs.at(-1)).toBe('Related news');
  });
});

describe.skipIf(!available(MULTILING_SOURCES, 'readText on MultiLing 2011'))('readText on MultiLing 2011 sources', () => {
  const read = (name: string) => readText(readFileSync(`${MULTILING_SOURCES}/${name}`, 'utf8'), name, READ_AT).articles[0];

  it('reads M0000: headline (its date prefix removed) then the date line', () => {
    const article = read('M0000.english');
    expect(article.title).toBe('Tsunami aid donations in 2005 deductible for 2004 in the U.S.');
    expect(article.published).toBe('2005-01-08');
    expect(paragraphTexts(article)[0]).toMatch(/^U\.S\. citizens donating in 2005/);
    expect(article.text).not.toContain('Saturday, January 8, 2005');
    expect(article.paragraphs).toHaveLength(4);
  });

  it('reads a date glued to the first sentence (M0007) and a date line with no blank line after it (M0015)', () => {
    expect(read('M0007.english')).toMatchObject({ title: 'Gender imbalance in Tsunami deaths', published: '2005-03-26' });
    expect(paragraphTexts(read('M0007.english'))[0]).toMatch(/^Up to four times as many women/);
    expect(read('M0015.english')).toMatchObject({ published: '2006-07-07' });
    expect(paragraphTexts(read('M0015.english'))[0]).toMatch(/^Londoners are commemorating/);
  });

  it('finds a headline and a date in every one of the 100 sources', () => {
    const names = Array.from({ length: 10 }, (_, story) => Array.from({ length: 10 }, (_, doc) => `M00${story}${doc}.english`)).flat();
    const missing = names.filter((name) => {
      const article = read(name);
      return !article.title || !article.published || article.paragraphs.length === 0;
    });
    expect(missing).toEqual([]);
  });
});
