import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docnoDate, readSgml } from './sgml.js';
import { available, DUC_DOCS, fixture, paragraphTexts } from './test-support/shared-data.js';
import { READ_AT } from './test-support/read-at.js';

describe('readSgml', () => {
  const { articles, problems } = readSgml(fixture('port-aldwin-wire.sgml'), 'wire.sgml', READ_AT);

  it('reads each <DOC>, and reports one cut short', () => {
    expect(articles.map((article) => article.id)).toEqual(['XIE20260509.0012', 'APW20260509.0101']);
    expect(articles.map((article) => article.origin.item)).toEqual([1, 2]);
    expect(problems.map(String)).toEqual(['InputError: wire.sgml (document 3): no closing </DOC>; the file may be cut short']);
  });

  it('reads HEADLINE, DATE_TIME, the outlet from the DOCNO prefix, and <P> paragraphs with entities decoded', () => {
    expect(articles[0]).toMatchObject({ title: 'Ferry runs aground off Port Aldwin, all passengers safe', published: '2026-05-09T10:31:00', outlet: 'Xinhua News Agency' });
    expect(paragraphTexts(articles[0])).toEqual([
      'A passenger ferry carrying 226 people ran aground on a sandbank off Port Aldwin in thick fog on Saturday morning, local coastguard officials said.',
      'All 212 passengers and 14 crew members were taken ashore by lifeboats, the officials said. Eleven people were treated for mild hypothermia.',
      'The ferry operator, Greyhaven Lines, said services to Skellan Isle would be suspended until Monday & an investigation had begun.',
    ]);
  });

  it('starts paragraphs at indented lines in wire copy, dates it from the DOCNO, and straightens TeX quotes', () => {
    expect(articles[1]).toMatchObject({ published: '2026-05-09', outlet: 'Associated Press' });
    expect(articles[1].title).toBeUndefined();
    expect(paragraphTexts(articles[1])[1]).toBe('"We could hear the hull grinding on the sand," said passenger Ilse Varnham, 58. "Then everything went quiet."');
    expect(articles[1].paragraphs).toHaveLength(3);
  });

  it('reads TAC (AQUAINT-2): the id from <DOC id="…">, its outlet and date, inside a <DOCSTREAM>', () => {
    const tac = readSgml(fixture('tac-aquaint2.xml'), 'tac.xml', READ_AT);
    expect(tac.problems).toEqual([]);
    expect(tac.articles.map(({ id, outlet, published, title }) => ({ id, outlet, published, title }))).toEqual([
      { id: 'AFP_ENG_20260512.0123', outlet: 'Agence France-Presse', published: '2026-05-12', title: 'Floodwaters recede in Trevik as river falls' },
      { id: 'XIN_ENG_20260513.0044', outlet: 'Xinhua News Agency', published: '2026-05-13', title: 'Trevik reopens river bridge' },
    ]);
    expect(paragraphTexts(tac.articles[0])).toHaveLength(2);
  });

  it('reads newspaper DATE fields (a written date with its edition, the FT\'s YYMMDD) and drops the FT\'s headline stamp', () => {
    const [times, ft] = readSgml(fixture('trec-newspapers.sgml'), 'papers.sgml', READ_AT).articles;
    expect(times).toMatchObject({ id: 'LA051226-0001', outlet: 'Los Angeles Times', published: '2026-05-12', title: 'DAM INSPECTIONS QUESTIONED AFTER GATE FAILURE', byline: 'ANNA VERLO, Times Staff Writer' });
    expect(ft).toMatchObject({ id: 'FT911-1', outlet: 'Financial Times', published: '1991-05-14', title: 'Lirra Hydro to publish inspection records' });
    expect(paragraphTexts(times)).toEqual([
      'Inspectors will review every spillway gate in Eastmarch after a gate at the Corrin Falls Dam gave way last week, the water agency said Monday.',
      'The agency said the review would take three months and cost about $2 million.',
    ]);
  });

  it('drops LDC typesetting codes (&UR;, &QL;, &Cx1f;) from AQUAINT newswire', () => {
    const nyt = readSgml(fixture('trec-newspapers.sgml'), 'papers.sgml', READ_AT).articles[2];
    expect(nyt).toMatchObject({ id: 'NYT20260512.0031', outlet: 'New York Times', published: '2026-05-12T00:03', title: 'TREVIK COUNTS THE COST AS RIVER FALLS' });
    expect(nyt.text).not.toMatch(/&\w+;/);
  });

  it('reports a file with no <DOC> at all', () => {
    expect(readSgml('just text', 'x.sgml', READ_AT).problems.map(String)).toEqual(['InputError: x.sgml: no <DOC> element: not NIST/TREC SGML']);
  });

  it.each([
    ['APW19981016.0240', '1998-10-16'],
    ['NYT19981026.0292', '1998-10-26'],
    ['NYT_ENG_19940701.0001', '1994-07-01'],
    ['AP880212-0001', '1988-02-12'],
    ['FT911-1234', undefined],
  ])('dates DOCNO %s as %s', (docno, date) => {
    expect(docnoDate(docno)).toBe(date);
  });
});

const CLUSTER = `${DUC_DOCS}/d30001t`;

const CLUSTER_PRESENT = available(CLUSTER, 'readSgml on DUC 2004');

describe.skipIf(!CLUSTER_PRESENT)('readSgml on DUC 2004 cluster d30001t', () => {
  const names = CLUSTER_PRESENT ? readdirSync(CLUSTER).sort() : [];
  const results = names.map((name) => readSgml(readFileSync(`${CLUSTER}/${name}`, 'utf8'), name, READ_AT));
  const articles = results.flatMap((result) => result.articles);

  it('reads all 10 documents, ids = DOCNOs, dated from the DOCNO, outlet from its prefix', () => {
    expect(results.flatMap((result) => result.problems)).toEqual([]);
    expect(articles.map((article) => article.id)).toEqual(names);
    expect(articles[0]).toMatchObject({ id: 'APW19981016.0240', published: '1998-10-16', outlet: 'Associated Press' });
    expect(articles.every((article) => article.published === `${article.id.slice(3, 7)}-${article.id.slice(7, 9)}-${article.id.slice(9, 11)}`)).toBe(true);
  });

  it('leaves no TeX quotes, no hard-wrap newlines and no double spaces in the text', () => {
    for (const article of articles) {
      expect(article.text).not.toMatch(/``|''/);
      for (const paragraph of paragraphTexts(article)) expect(paragraph).not.toMatch(/\n|  /);
    }
    expect(paragraphTexts(articles[0])[0]).toMatch(/^Cambodian leader Hun Sen on Friday rejected opposition parties' demands for talks outside the country, accusing them of trying to "internationalize" the political crisis\./);
  });
});
