import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { buildArticle } from '../read/build.js';
import { paragraphTexts } from '../read/test-support/shared-data.js';
import { clean, CLEAN_PASSES, cleaner, defaultCleanOptions } from './index.js';
import { READ_AT } from '../read/test-support/read-at.js';

function article(paragraphs: string[], title?: string): Article {
  return buildArticle({ title }, paragraphs, { input: 'test', format: 'text' }, READ_AT);
}

/** [rule, removed text] for each removal. */
function removed(paragraphs: string[], title?: string): [string, string][] {
  const cleaned = clean(article(paragraphs, title));
  return cleaned.messages.map((message) => [message.rule, cleaned.text.slice(message.span!.start, message.span!.end)]);
}

const SENTENCE = 'The council said the bridge would reopen on Monday after repairs to its deck.';
const ANOTHER = 'Engineers inspected the supports on Sunday and found no further damage, officials said.';

describe('each rule removes what it should', () => {
  it('repeated-headline: case and punctuation aside', () => {
    expect(removed([SENTENCE, 'Bridge Reopens On Monday!', ANOTHER], 'Bridge reopens on Monday')).toEqual([['repeated-headline', 'Bridge Reopens On Monday!']]);
  });

  it('inline-advertisement: an ad marker between two sentences cuts the paragraph in two (SemEval news text)', () => {
    const paragraphs = [`${SENTENCE} Advertisement ${ANOTHER}`, 'Advertising revenue fell, the council said. ADVERTISING "We will reopen," the mayor said.'];
    expect(removed(paragraphs)).toEqual([
      ['inline-advertisement', 'Advertisement'],
      ['inline-advertisement', 'ADVERTISING'],
    ]);
    expect(paragraphTexts(clean(article(paragraphs)))).toEqual([SENTENCE, ANOTHER, 'Advertising revenue fell, the council said.', '"We will reopen," the mayor said.']);
  });

  it.each([
    ['Like us on Facebook and follow us on Twitter.', true],
    ['Please log in Register with your social account or click here to log in.', true],
    ['Read delivered to your inbox - subscribe to News18 Daybreak.', true],
    ['Sign up for our daily briefing on the flood.', true],
    ['Follow NewsPulse Daily on Facebook and Instagram for more breaking news!', true],
    ['Follow our live coverage of the flood in Ostrand.', true],
    ['Follow the latest updates on the storm below.', true],
    ['Follow live: rescue boats search the Kessel district.', true],
    ['The council said residents could follow updates on its website.', false],
    ['Follow the river path to the shelter, police told residents on Sunday.', false],
    ['Fans were urged to subscribe to the club channel, the mayor said.', false],
  ])('inline-furniture: a line to the page\'s reader between sentences of news (SemEval news text): %s', (line, removedLine) => {
    const news = 'The river rose two metres overnight and flooded the lower town, officials said on Sunday. '.repeat(4);
    expect(removed([`${news}${line} ${SENTENCE}`])).toEqual(removedLine ? [['inline-furniture', line]] : []);
  });

  it('inline-furniture: a paragraph of such lines goes too, unless it is all the article has; navigation takes its own lines first', () => {
    expect(removed([SENTENCE, 'Like us on Facebook for more local news and sport.', ANOTHER])).toEqual([['inline-furniture', 'Like us on Facebook for more local news and sport.']]);
    expect(removed(['Like us on Facebook for more local news and sport.'])).toEqual([]);
    expect(removed([SENTENCE, ANOTHER, 'Follow NewsPulse Daily on Facebook and Instagram for more breaking news!'])).toEqual([['inline-furniture', 'Follow NewsPulse Daily on Facebook and Instagram for more breaking news!']]);
    expect(removed([SENTENCE, 'Follow us on Twitter', ANOTHER])).toEqual([['navigation', 'Follow us on Twitter']]);
    expect(removed(['Follow our live coverage of the flood in Ostrand.', SENTENCE, ANOTHER])).toEqual([['inline-furniture', 'Follow our live coverage of the flood in Ostrand.']]);
  });

  it('byline and reporting credits', () => {
    expect(removed(['By Lin Ashby and Joss Kerr', SENTENCE, 'Reporting by Lin Ashby; Editing by Joss Kerr', ANOTHER])).toEqual([
      ['byline', 'By Lin Ashby and Joss Kerr'],
      ['byline', 'Reporting by Lin Ashby; Editing by Joss Kerr'],
    ]);
    expect(removed(['Posted by NewsPulse Staff | 3 min read', SENTENCE, ANOTHER])).toEqual([['byline', 'Posted by NewsPulse Staff | 3 min read']]);
  });

  it('dateline: a date line, a dateline line, and a dateline cut off the first sentence', () => {
    expect(removed(['April 12, 2017', 'MOSCOW (Reuters) -', 'MOSCOW, April 12 (Reuters) - Russia said on Wednesday it would talk.', ANOTHER])).toEqual([
      ['dateline', 'April 12, 2017'],
      ['dateline', 'MOSCOW (Reuters) -'],
      ['dateline', 'MOSCOW, April 12 (Reuters) -'],
    ]);
    const cleaned = clean(article(['SEOUL, South Korea (AP) _ U.S. President Bill Clinton arrived.', ANOTHER]));
    expect(paragraphTexts(cleaned)[0]).toBe('U.S. President Bill Clinton arrived.');
  });

  it('editor-note: a correction dated before its colon; navigation: a copyright line ending like a sentence (a corrected page, a wire story in a feed)', () => {
    const correction = 'Correction, 15 November: An earlier version of this article said two workers were taken to hospital. Three workers were taken to hospital.';
    expect(removed([correction, SENTENCE, ANOTHER, 'Copyright 2026 Pellam Wire. All rights reserved.'])).toEqual([
      ['navigation', 'Copyright 2026 Pellam Wire. All rights reserved.'],
      ['editor-note', correction],
    ]);
    expect(removed([SENTENCE, 'Copyright lawyers said the ruling would change how songs are licensed.', ANOTHER])).toEqual([]);
  });

  it('dateline: cut off the report under a standfirst set above it (a wire reprint with the outlet\'s own summary)', () => {
    const standfirst = 'Dozens of firefighters fought through the night as a warehouse burned on the waterfront and smoke drifted over the old town.';
    const cleaned = clean(article([standfirst, 'CALLOWBY (Pellam Wire) - A fire destroyed a grain warehouse at Dunmore Quay early on Saturday.', ANOTHER]));
    expect(paragraphTexts(cleaned)).toEqual([standfirst, 'A fire destroyed a grain warehouse at Dunmore Quay early on Saturday.', ANOTHER]);
    expect(paragraphTexts(clean(article([SENTENCE, ANOTHER, 'NATO - the alliance - met in Brussels on Friday.', ANOTHER])))).toContain('NATO - the alliance - met in Brussels on Friday.');
  });

  it('credit and caption: agency and photo credits, the caption before them', () => {
    expect(removed([SENTENCE, 'Rescuers carry a survivor from the rubble in Amatrice', 'AP Photo/Gregorio Borgia', ANOTHER, 'Getty Images'])).toEqual([
      ['caption', 'Rescuers carry a survivor from the rubble in Amatrice'],
      ['credit', 'AP Photo/Gregorio Borgia'],
      ['credit', 'Getty Images'],
    ]);
  });

  it('teaser: "X\'s Name has more", "Watch:", "Click here"', () => {
    expect(removed([SENTENCE, "Al Jazeera's Rory Challands reports from Moscow.", 'Watch: the moment the bridge cracked', ANOTHER, 'Click here to sign up for alerts.', SENTENCE.replace('Monday', 'Tuesday')])).toEqual([
      ['teaser', "Al Jazeera's Rory Challands reports from Moscow."],
      ['teaser', 'Watch: the moment the bridge cracked'],
      ['teaser', 'Click here to sign up for alerts.'],
    ]);
  });

  it('navigation, editor-note and trailing-navigation', () => {
    expect(removed([SENTENCE, 'Share this article', 'Correction: an earlier version misspelled a name.', ANOTHER, 'More bridge news', 'Council budget approved', 'Weather for the week'])).toEqual([
      ['navigation', 'Share this article'],
      ['editor-note', 'Correction: an earlier version misspelled a name.'],
      ['trailing-navigation', 'More bridge news'],
      ['trailing-navigation', 'Council budget approved'],
      ['trailing-navigation', 'Weather for the week'],
    ]);
    expect(removed([SENTENCE, ANOTHER, 'Home | Local news | Weather | Ferry times'])).toEqual([['trailing-navigation', 'Home | Local news | Weather | Ferry times']]);
  });

  it('paywall: subscription, login, newsletter, ad-blocker and cookie prompts to the reader', () => {
    const prompts = [
      'You have reached the limit for free access to our important and valuable work.',
      'Subscribers, click below to login or register your subscription to continue receiving unlimited access to the Skellan Courier. Log In Sign Up',
      'Keep supporting great journalism by turning off your ad blocker. Or purchase a subscription for unlimited access to real news you can count on.',
      'To use this website, cookies must be enabled in your browser.',
      'Are you a print subscriber? Activate your account.',
      'This article is for subscribers. Get unlimited access to the Marrowgate Ledger from $1 a week. Already a subscriber?',
    ];
    expect(removed([SENTENCE, ...prompts, ANOTHER])).toEqual(prompts.map((prompt) => ['paywall', prompt]));
  });

  it('section-heading and duplicate-paragraph', () => {
    expect(removed([SENTENCE, 'What happens next', ANOTHER, SENTENCE])).toEqual([
      ['section-heading', 'What happens next'],
      ['duplicate-paragraph', SENTENCE],
    ]);
  });
});

describe('each rule keeps real content', () => {
  it.each([
    ['a one-sentence paragraph with a verb and a final period', ['Nobody was hurt.', SENTENCE, ANOTHER]],
    ['a sentence that starts with "By" and a capitalized word', ['By Saturday morning the river stood 4.8 metres above normal.', SENTENCE]],
    ['a sentence that starts with a navigation word', [SENTENCE, 'Related talks were held in Geneva on Monday.', ANOTHER]],
    ['a possessive sentence that is not a teaser', [SENTENCE, "Russia's foreign minister has more on his mind than Syria.", ANOTHER]],
    ['a question between paragraphs', [SENTENCE, 'What happens next?', ANOTHER]],
    ['a last paragraph that is a quote', [SENTENCE, '"We will rebuild," she said.']],
    ['a capitalized first word that is not a dateline', ['US officials - speaking anonymously - said the talks failed.', ANOTHER]],
    ['news about subscribers that does not speak to the reader', [SENTENCE, 'The ferry line said 12,000 subscribers had signed up for its text alerts and newsletter since May.', ANOTHER]],
    ['news of a paper for subscribers that does not speak to the reader', [SENTENCE, 'The Ledger said its print edition would be only for subscribers from May. Get-togethers of readers are planned.', ANOTHER]],
    ['a call to follow a team on the pitch, not on a network', [SENTENCE, 'Follow the Harriers on Saturday as they chase a first title in 30 years, the club said.', ANOTHER]],
    ['live-blog entries after a time and a bar, at the end of the page', [SENTENCE, '19.05 | The harbour master said the last ferry would leave at nine and that no crossing was planned for the night.', '18.40 | Coastguard crews reached the stranded fishing boat off Kell Point and towed it to the quay.']],
    ['a quoted call to subscribe inside a report', [SENTENCE, '"If you want the buses to run, subscribe to the scheme," the mayor told the council, and the vote that followed was never in doubt after a long debate about fares, routes and the winter timetable for the islands.', ANOTHER]],
  ])('keeps %s', (_name, paragraphs) => {
    expect(paragraphTexts(clean(article(paragraphs)))).toEqual(paragraphs);
  });

  it('keeps a reported sentence just before a credit line', () => {
    expect(removed([SENTENCE, 'The minister resigned on Friday, his office said.', 'Getty Images', ANOTHER])).toEqual([['credit', 'Getty Images']]);
    expect(removed([SENTENCE, 'The minister resigned on Friday.', 'Reuters', ANOTHER])).toEqual([['credit', 'Reuters']]);
  });

  it('never takes the first paragraph for trailing navigation', () => {
    expect(removed(['Bridge shut', 'Detour via Mill Road'])).toEqual([['trailing-navigation', 'Detour via Mill Road']]);
  });
});

describe('clean as a function', () => {
  const input = article(['Bridge shut', SENTENCE, 'Getty Images', SENTENCE], 'Bridge shut');

  it('never mutates its input and never changes the text', () => {
    const snapshot = structuredClone(input);
    const cleaned = clean(Object.freeze(input));
    expect(input).toEqual(snapshot);
    expect(cleaned.text).toBe(input.text);
    expect(cleaned.paragraphs).not.toBe(input.paragraphs);
  });

  it('is idempotent', () => {
    const once = clean(input);
    expect(clean(once)).toEqual(once);
  });

  it('keeps earlier messages and adds its own after them', () => {
    const withNote = { ...input, messages: [{ stage: 'read', rule: 'encoding', reason: 'decoded as windows-1252' }] };
    expect(clean(withNote).messages.map((message) => message.rule)).toEqual(['encoding', 'repeated-headline', 'credit', 'duplicate-paragraph']);
  });

  it('runs only the passes that are on', () => {
    const options = Object.fromEntries(CLEAN_PASSES.map(([option]) => [option, false]));
    expect(clean(input, options).paragraphs).toEqual(input.paragraphs);
    expect(clean(input, { duplicates: false, captions: false }).messages.map((message) => message.rule)).toEqual(['repeated-headline', 'section-heading']);
    expect(defaultCleanOptions.maxHeadingWords).toBe(10);
  });

  it('throws misuse errors for unknown or mistyped options and for a non-article', () => {
    expect(() => clean(input, { headings: false } as never)).toThrow(/^tidings: expected a clean option/);
    expect(() => clean(input, { duplicates: 'no' } as never)).toThrow(/^tidings: expected clean\.duplicates to be true or false, got "no"/);
    expect(() => clean(input, { maxHeadingWords: 0 })).toThrow(/^tidings: expected clean\.maxHeadingWords to be a positive integer/);
    expect(() => clean({ text: 'x' } as never)).toThrow(/^tidings: expected an article/);
  });

  it('checks its options once as a cleaner, which cleans as clean does', () => {
    const cleanArticle = cleaner({ duplicates: false });
    expect(cleanArticle(input)).toEqual(clean(input, { duplicates: false }));
    expect(() => cleaner({ duplicates: 'no' } as never)).toThrow(/^tidings: expected clean\.duplicates to be true or false, got "no"/);
    expect(() => cleanArticle({ text: 'x' } as never)).toThrow(/^tidings: expected an article/);
  });
});
