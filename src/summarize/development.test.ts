import { describe, expect, it } from 'vitest';
import { spanText, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readCounts, storyDevelopment } from './development.js';
import { SENTENCE_KEY_BASE } from './units.js';
import { summarize, summaryPartsText } from './index.js';

/** A fictional report of a flood in the Orvel valley, its paragraphs one sentence each. */
function report(id: string, published: string | undefined, ...sentences: string[]): SegmentedArticle {
  let text = '';
  const paragraphs = sentences.map((sentence) => {
    const start = text.length ? text.length + 2 : 0;
    text += (text ? '\n\n' : '') + sentence;
    return { start, end: start + sentence.length };
  });
  return prepare({ id, text, paragraphs, messages: [], origin: { input: `${id}.txt`, format: 'text' }, ...(published ? { published } : {}) });
}

/** The text of the sentences a set of keys names. */
function sentencesOf(keys: ReadonlySet<number>, articles: readonly SegmentedArticle[]): string[] {
  return [...keys].map((key) => {
    const article = articles[Math.floor(key / SENTENCE_KEY_BASE)];
    return spanText(article.text, article.sentences[key % SENTENCE_KEY_BASE]);
  });
}

const BACKGROUND = [
  'The Orvel burst its banks after three days of rain, flooding the lower streets of Tamsby and Ruel.',
  'Rescue crews used boats to reach families trapped on the upper floors of their houses in Ruel.',
  'The regional council opened shelters in the Tamsby school and the Ruel sports hall.',
];

const MONDAY = [
  report('valley-wire-1', '2026-09-14T08:00:00Z', 'Floods in the Orvel valley killed four people on Monday, the fire service said.', ...BACKGROUND, 'Two of the dead were farm workers swept away near Ruel.'),
  report('tamsby-post-1', '2026-09-14T12:00:00Z', 'Four people died when the Orvel flooded Tamsby and Ruel on Monday.', BACKGROUND[0], BACKGROUND[2]),
];
const TUESDAY = [
  report('valley-wire-2', '2026-09-15T08:00:00Z', 'The death toll from the Orvel valley floods rose to nine on Tuesday, up from four, after crews searched the flooded houses of Ruel.', BACKGROUND[1], 'Army trucks brought drinking water to Tamsby.'),
  report('ruel-echo-2', '2026-09-15T11:00:00Z', 'Nine people are now known to have died in the Orvel valley floods.', 'The water began to fall in Ruel on Tuesday afternoon.', BACKGROUND[2]),
];

describe('storyDevelopment', () => {
  it('finds the earlier day figure of a count a later day raised as superseded, and the later one as the newest', () => {
    const articles = [...MONDAY, ...TUESDAY];
    const development = storyDevelopment(articles);
    expect(sentencesOf(development.superseded, articles).sort()).toEqual([
      'Floods in the Orvel valley killed four people on Monday, the fire service said.',
      'Four people died when the Orvel flooded Tamsby and Ruel on Monday.',
    ]);
    expect(sentencesOf(development.newest, articles).sort()).toEqual([
      'Nine people are now known to have died in the Orvel valley floods.',
      'The death toll from the Orvel valley floods rose to nine on Tuesday, up from four, after crews searched the flooded houses of Ruel.',
    ]);
  });

  it('leaves a part of a day figure ("two of the dead") and a value given as past ("up from four") as they are', () => {
    const articles = [...MONDAY, ...TUESDAY];
    const superseded = sentencesOf(storyDevelopment(articles).superseded, articles);
    expect(superseded).not.toContain('Two of the dead were farm workers swept away near Ruel.');
    expect(superseded.some((sentence) => sentence.includes('up from four'))).toBe(false);
  });

  it('takes no part of the newest figure for it ("two of the dead" opening a later report)', () => {
    const part = report('ruel-echo-2b', '2026-09-15T12:00:00Z', 'Two of the dead were farm workers swept away near Ruel, the fire service said on Tuesday.', BACKGROUND[2]);
    const articles = [...MONDAY, ...TUESDAY, part];
    expect(sentencesOf(storyDevelopment(articles).newest, articles)).not.toContain('Two of the dead were farm workers swept away near Ruel, the fire service said on Tuesday.');
  });

  it('finds nothing in a story told on one day, one with values differing on the same day, or undated', () => {
    expect(storyDevelopment(MONDAY)).toEqual({ superseded: new Set(), newest: new Set(), outdated: new Set() });
    const sameDay = [MONDAY[0], report('tamsby-post-1b', '2026-09-14T15:00:00Z', 'Six people died when the Orvel flooded Tamsby and Ruel on Monday.', BACKGROUND[0])];
    expect(storyDevelopment(sameDay).superseded.size).toBe(0);
    const undated = [...MONDAY, ...TUESDAY].map((article) => ({ ...article, published: undefined }));
    expect(storyDevelopment(undated).superseded.size).toBe(0);
  });

  it('finds nothing when the count falls from one day to the next, or few of the articles give it', () => {
    const lower = report('valley-wire-2', '2026-09-15T08:00:00Z', 'Three people died in the Orvel valley floods, officials said on Tuesday.', BACKGROUND[1]);
    expect(storyDevelopment([...MONDAY, lower]).superseded.size).toBe(0);
    const inPassing = [
      MONDAY[0],
      report('a', '2026-09-15T08:00:00Z', ...BACKGROUND),
      report('b', '2026-09-15T09:00:00Z', BACKGROUND[1], BACKGROUND[2]),
      report('c', '2026-09-16T09:00:00Z', 'A flood in the Dreve valley in 1987 killed 30 people.', BACKGROUND[0]),
      report('d', '2026-09-16T10:00:00Z', BACKGROUND[2], BACKGROUND[0]),
    ];
    expect(storyDevelopment(inPassing).superseded.size).toBe(0);
  });

  it('finds nothing, and does not fail, when no day has a figure: each of its reports gives another value', () => {
    const split = [
      report('a', '2026-09-14T08:00:00Z', 'Four people died in the Orvel valley floods on Monday.', BACKGROUND[0]),
      report('b', '2026-09-14T09:00:00Z', 'Six people died in the Orvel valley floods on Monday.', BACKGROUND[1]),
      report('c', '2026-09-15T08:00:00Z', 'Nine people died in the Orvel valley floods, officials said on Tuesday.', BACKGROUND[2]),
      report('d', '2026-09-15T09:00:00Z', 'Eleven people died in the Orvel valley floods, officials said on Tuesday.', BACKGROUND[0]),
    ];
    expect(storyDevelopment(split)).toEqual({ superseded: new Set(), newest: new Set(), outdated: new Set() });
  });
});

describe('summarize, a story whose count rose over days', () => {
  const articles = [...MONDAY, ...TUESDAY];
  const texts = (budget: { words: number } | { sentences: number }, fillBudget = false) => {
    const summary = summarize(articles, { budget, fillBudget });
    const byId = new Map(articles.map((article) => [article.id, article.text]));
    return summary.sentences.map((sentence) => summaryPartsText(byId.get(sentence.article)!, sentence.parts));
  };

  it('opens on the newest figure and never states the superseded one as current', () => {
    for (const summary of [texts({ words: 60 }), texts({ words: 60 }, true), texts({ sentences: 1 })]) {
      expect(summary[0]).toMatch(/\bnine\b/i);
      expect(summary.join(' ')).not.toMatch(/killed four people|Four people died/);
    }
  });

  it('heads the summary with no title of a report whose toll was raised', () => {
    const titled = [
      { ...MONDAY[0], title: 'Orvel valley floods kill four' },
      { ...MONDAY[1], title: 'Four dead as the Orvel floods Tamsby and Ruel' },
      { ...TUESDAY[0], title: 'Orvel valley flood toll rises to nine' },
      { ...TUESDAY[1], title: 'Ruel counts its dead as the Orvel falls' },
    ];
    expect(summarize(titled, { budget: { words: 60 } }).headline?.article).toMatch(/-2$/);
    expect(summarize(titled.slice(0, 2), { budget: { words: 60 } }).headline?.text).toMatch(/\bfour\b/i);
  });

  it('keeps a one-day story as it was: its toll sentence leads', () => {
    const summary = summarize(MONDAY, { budget: { words: 60 } });
    expect(summary.sentences.map((sentence) => summaryPartsText(MONDAY.find((article) => article.id === sentence.article)!.text, sentence.parts)).join(' ')).toMatch(/four people/i);
  });
});

describe('storyDevelopment, read as the review of develop27 found it wrong', () => {
  const tuesdaySeven = [
    report('valley-wire-2', '2026-09-15T08:00:00Z', 'The death toll from the Orvel valley floods rose to seven on Tuesday, the fire service said.', BACKGROUND[1]),
    report('ruel-echo-2', '2026-09-15T11:00:00Z', 'Seven people are now known to have died in the Orvel valley floods.', BACKGROUND[2]),
  ];
  const opening = (articles: readonly SegmentedArticle[]) => {
    const [first] = summarize(articles, { budget: { sentences: 1 } }).sentences;
    return summaryPartsText(articles.find((article) => article.id === first.article)!.text, first.parts);
  };

  it('compares the days by their numbers whatever the qualifier: "at least four", "seven", "at least nine"', () => {
    const monday = [
      report('valley-wire-1', '2026-09-14T08:00:00Z', 'Floods in the Orvel valley killed at least four people on Monday, the fire service said.', ...BACKGROUND),
      report('tamsby-post-1', '2026-09-14T12:00:00Z', 'At least four people died when the Orvel flooded Tamsby and Ruel on Monday.', BACKGROUND[0], BACKGROUND[2]),
    ];
    const tuesday = report('valley-wire-2', '2026-09-15T08:00:00Z', 'Seven people are now known to have died in the Orvel valley floods, the fire service said.', 'Army trucks brought drinking water to the town of Tamsby on Tuesday.');
    const wednesday = report('valley-wire-3', '2026-09-16T08:00:00Z', 'The Orvel valley floods have killed at least nine people, the fire service said on Wednesday.', 'Schools in the town of Tamsby will stay closed until next week, the council said.');
    const articles = [...monday, tuesday, wednesday];
    const development = storyDevelopment(articles);
    expect(sentencesOf(development.newest, articles)).toEqual(['The Orvel valley floods have killed at least nine people, the fire service said on Wednesday.']);
    expect(sentencesOf(development.superseded, articles).sort()).toEqual([
      'At least four people died when the Orvel flooded Tamsby and Ruel on Monday.',
      'Floods in the Orvel valley killed at least four people on Monday, the fire service said.',
      'Seven people are now known to have died in the Orvel valley floods, the fire service said.',
    ]);
    expect(opening(articles)).toMatch(/at least nine/);
    expect(storyDevelopment([...monday, report('ruel-echo-3', '2026-09-16T10:00:00Z', 'Nine people have now died in the Orvel valley floods.', BACKGROUND[0])]).superseded.size).toBe(2);
  });

  it("takes a day's figure from every statement of its ledes, not their first: a part opening the last day's reports", () => {
    const wednesday = [
      report('valley-wire-3', '2026-09-16T08:00:00Z', 'Two people died in Ruel on Wednesday when their car was swept into the river.', 'That brought the toll of the Orvel valley floods to nine, the fire service said.', BACKGROUND[1]),
      report('ruel-echo-3', '2026-09-16T10:00:00Z', 'Two people died in Ruel on Wednesday when their car was swept away.', 'That brought the toll of the Orvel valley floods to nine.', BACKGROUND[0]),
    ];
    const articles = [...MONDAY, ...tuesdaySeven, ...wednesday];
    expect(sentencesOf(storyDevelopment(articles).superseded, articles)).toContain('Seven people are now known to have died in the Orvel valley floods.');
    expect(sentencesOf(storyDevelopment(articles).newest, articles)).toContain('That brought the toll of the Orvel valley floods to nine.');
    const summary = summarize(articles, { budget: { words: 60 } });
    expect(summary.sentences.map((sentence) => summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts)).join(' ')).not.toMatch(/\bseven\b/i);
  });

  it("supersedes the old figure in an undated copy of Monday's report and in one re-saved on Tuesday", () => {
    const undated = report('valley-copy', undefined, 'Floods in the Orvel valley killed four people, officials said, as rescue crews searched for survivors.', BACKGROUND[1]);
    const resaved = { ...MONDAY[1], modified: '2026-09-15T20:00:00Z' };
    const articles = [MONDAY[0], resaved, ...tuesdaySeven, undated];
    expect(sentencesOf(storyDevelopment(articles).superseded, articles).sort()).toEqual([
      'Floods in the Orvel valley killed four people on Monday, the fire service said.',
      'Floods in the Orvel valley killed four people, officials said, as rescue crews searched for survivors.',
      'Four people died when the Orvel flooded Tamsby and Ruel on Monday.',
    ]);
    const summary = summarize(articles, { budget: { words: 80 } });
    const texts = summary.sentences.map((sentence) => summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts));
    expect(texts.join(' ')).not.toMatch(/killed four people|Four people died/);
  });

  it('takes no count of something else under the same label one report of the day leads with as its figure', () => {
    for (const other of [
      'The same storm killed twelve people in neighbouring Dravia on Tuesday, officials there said.',
      'The last great flood of the Orvel, in 1987, killed 30 people.',
    ]) {
      const articles = [...MONDAY, ...tuesdaySeven, report('dravia-news-2', '2026-09-15T09:00:00Z', other, BACKGROUND[0])];
      expect(sentencesOf(storyDevelopment(articles).newest, articles)).not.toContain(other);
      expect(opening(articles)).toMatch(/\bseven\b/i);
    }
  });
});

describe('storyDevelopment, read as the review of mend27h found it wrong', () => {
  const tuesdaySeven = [
    report('valley-wire-2', '2026-09-15T08:00:00Z', 'The death toll from the Orvel valley floods rose to seven on Tuesday, the fire service said.', BACKGROUND[1]),
    report('ruel-echo-2', '2026-09-15T11:00:00Z', 'Seven people are now known to have died in the Orvel valley floods.', BACKGROUND[2]),
  ];
  const mondaySuperseded = ['Floods in the Orvel valley killed four people on Monday, the fire service said.', 'Four people died when the Orvel flooded Tamsby and Ruel on Monday.'];

  it.each([
    [
      'a report first told on the last day giving a value an earlier day gave states no superseded value',
      report('ruel-mayor-2', '2026-09-15T14:00:00Z', 'Four people died in Ruel when the river swept their houses away, its mayor said on Tuesday.', BACKGROUND[0]),
      mondaySuperseded,
    ],
    [
      "an article's figure is its lede's: a toll recalled further down is none",
      report('tamsby-post-1b', '2026-09-14T15:00:00Z', 'Four people were killed when the Orvel flooded Tamsby on Monday.', BACKGROUND[0], 'In 1987 a flood of the Orvel killed 30 people.'),
      [...mondaySuperseded, 'Four people were killed when the Orvel flooded Tamsby on Monday.'],
    ],
  ])('%s', (_name, added, expected) => {
    const articles = [...MONDAY, ...tuesdaySeven, added];
    const development = storyDevelopment(articles);
    expect(sentencesOf(development.superseded, articles).sort()).toEqual([...expected].sort());
    expect(development.outdated.has(articles.length - 1)).toBe(expected.length > mondaySuperseded.length);
  });
});

describe('storyDevelopment, a count revised down', () => {
  const QUAKE = [
    'Rescue teams from six countries searched the ruins of Velka, the provincial capital, through the night.',
    'Aftershocks shook the mountain villages above Velka for a second day.',
  ];
  const monday = [
    report('dorvik-wire-1', '2026-11-02T08:00:00Z', 'The earthquake in Dorvik province killed 6,500 people on Monday, the civil defence agency said.', QUAKE[0]),
    report('velka-daily-1', '2026-11-02T12:00:00Z', 'The Dorvik earthquake killed 6,500 people, officials said on Monday.', QUAKE[1]),
  ];
  const revisedTuesday = [
    report('dorvik-wire-2', '2026-11-03T08:00:00Z', 'The death toll from the Dorvik earthquake was revised down to 6,100 on Tuesday after officials found that some victims had been counted twice.', QUAKE[1]),
    report('velka-daily-2', '2026-11-03T10:00:00Z', 'Officials lowered their estimate of the dead in the Dorvik earthquake to 6,100 on Tuesday.', QUAKE[0]),
    report('pass-herald-2', '2026-11-03T07:00:00Z', 'The Dorvik earthquake killed 6,500 people, the civil defence agency said on Tuesday.', QUAKE[0]),
    report('ridge-post-2', '2026-11-03T07:30:00Z', 'The earthquake that struck Dorvik province killed 6,500 people, officials said on Tuesday.', QUAKE[1]),
  ];

  it('supersedes the earlier figure when a later day says it was revised down, and takes the revised value as the newest (a report of that day still giving the old one is disputed, not superseded)', () => {
    const articles = [...monday, ...revisedTuesday];
    const development = storyDevelopment(articles);
    expect(sentencesOf(development.superseded, articles).sort()).toEqual([
      'The Dorvik earthquake killed 6,500 people, officials said on Monday.',
      'The earthquake in Dorvik province killed 6,500 people on Monday, the civil defence agency said.',
    ]);
    expect(sentencesOf(development.newest, articles).sort()).toEqual([
      'Officials lowered their estimate of the dead in the Dorvik earthquake to 6,100 on Tuesday.',
      'The death toll from the Dorvik earthquake was revised down to 6,100 on Tuesday after officials found that some victims had been counted twice.',
    ]);
    expect([...development.outdated].map((index) => articles[index].id).sort()).toEqual(['dorvik-wire-1', 'velka-daily-1']);
    const summary = summarize(articles, { budget: { words: 40 } });
    const texts = summary.sentences.map((sentence) => summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts));
    expect(texts[0]).toMatch(/6,100/);
    expect(texts.join(' ')).not.toMatch(/6,500 people(?: on Monday|, officials said on Monday)/);
  });

  it('leaves a later count that falls without such words a dispute, not a supersession', () => {
    const unsaid = [
      report('dorvik-wire-2', '2026-11-03T08:00:00Z', 'The Dorvik earthquake killed 6,100 people, the civil defence agency said on Tuesday.', QUAKE[1]),
      report('velka-daily-2', '2026-11-03T10:00:00Z', 'The earthquake in Dorvik province killed 6,100 people, officials said on Tuesday.', QUAKE[0]),
    ];
    expect(storyDevelopment([...monday, ...unsaid])).toEqual({ superseded: new Set(), newest: new Set(), outdated: new Set() });
  });

  it('takes revision words about something else, across a turn of the sentence, as no revision of the count', () => {
    const elsewhere = [
      report('dorvik-wire-2', '2026-11-03T08:00:00Z', 'Officials lowered their estimate of the damage on Tuesday, but 6,100 people are now known to have died in the Dorvik earthquake.', QUAKE[1]),
      report('velka-daily-2', '2026-11-03T10:00:00Z', 'The agency reduced its count of damaged homes; the Dorvik earthquake killed 6,100 people, officials said on Tuesday.', QUAKE[0]),
    ];
    expect(storyDevelopment([...monday, ...elsewhere])).toEqual({ superseded: new Set(), newest: new Set(), outdated: new Set() });
  });

  it('reads revision words after the count in its clause', () => {
    const after = [
      report('dorvik-wire-2', '2026-11-03T08:00:00Z', 'The Dorvik earthquake killed 6,100 people, officials said on Tuesday, after the toll was revised down.', QUAKE[1]),
      report('velka-daily-2', '2026-11-03T10:00:00Z', 'The earthquake in Dorvik province killed 6,100 people, officials said on Tuesday.', QUAKE[0]),
    ];
    const articles = [...monday, ...after];
    expect([...storyDevelopment(articles).outdated].map((index) => articles[index].id).sort()).toEqual(['dorvik-wire-1', 'velka-daily-1']);
  });

  it('counts the words between the revision and the count as the tokenizer reads them: a hyphened word or a possessive is one (mend29)', () => {
    const hyphened = [
      report('dorvik-wire-2', '2026-11-03T08:00:00Z', "Officials lowered their estimate of the Dorvik quake-hit province's long-feared dead to 6,100 on Tuesday.", QUAKE[1]),
      report('velka-daily-2', '2026-11-03T10:00:00Z', 'The earthquake in Dorvik province killed 6,100 people, officials said on Tuesday.', QUAKE[0]),
    ];
    const articles = [...monday, ...hyphened];
    expect([...storyDevelopment(articles).outdated].map((index) => articles[index].id).sort()).toEqual(['dorvik-wire-1', 'velka-daily-1']);
  });
});

describe('storyDevelopment, a count of missing resolved without a number', () => {
  const SLIDE = [
    'The landslide buried the lower part of Oskel village after a week of heavy rain.',
    'Soldiers and volunteers dug through the mud with shovels and their hands.',
  ];
  const monday = [
    report('oskel-wire-1', '2026-05-11T08:00:00Z', 'Twenty people are missing after a landslide struck Oskel village on Monday, rescuers said.', SLIDE[0], SLIDE[1]),
    report('hill-times-1', '2026-05-11T11:00:00Z', 'Twenty people were missing in Oskel on Monday after a landslide buried part of the village.', SLIDE[1]),
  ];
  const found = (sentence: string) => [
    report('oskel-wire-2', '2026-05-12T08:00:00Z', sentence, SLIDE[1]),
    report('hill-times-2', '2026-05-12T10:00:00Z', 'Rescuers in Oskel said on Tuesday that the search was over.', SLIDE[0]),
  ];

  it('supersedes the count of missing once a later day says all the missing were found', () => {
    const articles = [...monday, ...found('All the missing have been found alive, rescuers in Oskel said on Tuesday.')];
    const development = storyDevelopment(articles);
    expect(sentencesOf(development.superseded, articles).sort()).toEqual([
      'Twenty people are missing after a landslide struck Oskel village on Monday, rescuers said.',
      'Twenty people were missing in Oskel on Monday after a landslide buried part of the village.',
    ]);
    expect(development.newest.size).toBe(0);
    const summary = summarize(articles, { budget: { words: 40 } });
    const texts = summary.sentences.map((sentence) => summaryPartsText(articles.find((article) => article.id === sentence.article)!.text, sentence.parts));
    expect(texts.join(' ')).not.toMatch(/Twenty people (?:are|were) missing/);
  });

  it('leaves the count as it is when the later day says nothing of the missing being found', () => {
    const articles = [...monday, ...found('Rescuers in Oskel found the body of a dog on Tuesday.')];
    expect(storyDevelopment(articles).superseded.size).toBe(0);
  });
});

describe('storyDevelopment, missing found, read as the review of develop28 found it wrong', () => {
  const SLIDE = 'Soldiers and volunteers dug through the mud of Oskel with shovels and their hands.';
  const monday = [
    report('oskel-wire-1', '2026-05-11T08:00:00Z', 'Twenty people are missing after a landslide struck Oskel village on Monday, rescuers said.', SLIDE),
    report('hill-times-1', '2026-05-11T11:00:00Z', 'Twenty people were missing in Oskel on Monday after a landslide buried part of the village.', SLIDE),
  ];
  const tuesday = (sentence: string) => [report('oskel-wire-2', '2026-05-12T08:00:00Z', sentence, SLIDE)];

  it.each([
    'Not all of the missing were found by Tuesday, rescuers in Oskel said.',
    'All the missing have not been found, rescuers in Oskel said on Tuesday.',
    "Rescuers in Oskel said on Tuesday that all the missing villagers still haven't been found.",
  ])('takes no negated finding as the missing found: "%s"', (sentence) => {
    expect(storyDevelopment([...monday, ...tuesday(sentence)]).superseded.size).toBe(0);
  });

  it('still reads a finding after "No," opening the sentence', () => {
    expect(storyDevelopment([...monday, ...tuesday('No, all the missing were found alive, rescuers in Oskel said on Tuesday.')]).superseded.size).toBe(2);
  });

  it('reads a hostile lede ("all missing" repeated to 192 KB) in linear time', () => {
    const hostile = { ...report('oskel-spam-2', '2026-05-12T09:00:00Z', `Rescuers said ${'all missing '.repeat(16_000)}.`), textLanguage: 'en' };
    const started = performance.now();
    expect(readCounts(hostile, { lede: true }).foundDays).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
