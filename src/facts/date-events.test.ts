import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { alignFacts, findDateFacts } from './index.js';

// Made-up envoys, towns and a made-up market bombing.
const PUBLISHED = '2026-10-05T09:00:00Z';

function dated(text: string): Array<[string, string | undefined]> {
  const article = textArticle(text, { published: PUBLISHED });
  return findDateFacts(article).map((fact) => [spanText(article.text, fact.span), fact.key]);
}

describe('the event a date is of', () => {
  it('dates the verb right before it, not an event word further after it', () => {
    expect(dated('Envoy Mara Tellen said Thursday after the Ostrava talks that progress was slow.')).toEqual([['Thursday', undefined]]);
    expect(dated('The Red Hand group claimed responsibility Saturday for the market bombing.')).toEqual([['Saturday', undefined]]);
    expect(dated('President Hollis traveled to Vardo Monday for a summit meeting with the premier.')).toEqual([['Monday', undefined]]);
  });

  it('takes no noun "start" after a determiner for the event (review r6 of facts29)', () => {
    expect(dated('The start of the season on Saturday was delayed.')).toEqual([['on Saturday', undefined]]);
    expect(dated('The season opener starts on Sunday.')).toEqual([['on Sunday', 'when:began']]);
  });

  it('still dates an event word nearer than the verb, before or after the date', () => {
    expect(dated('Envoy Mara Tellen met Sunday with the premier.')).toEqual([['Sunday', 'when:met']]);
    expect(dated('The rebels reported two attacks Sunday on farm trucks.')).toEqual([['Sunday', 'when:attacked']]);
  });

  it('takes no -ed adjective for a verb: one opening the sentence or before a noun or name ("Armed men Sunday night attacked" dated nothing)', () => {
    expect(dated('Armed men Sunday night attacked the convoy near Vardo.')).toEqual([['Sunday', 'when:attacked']]);
    expect(dated('The rebels said masked gunmen Sunday night attacked a farm truck.')).toEqual([['Sunday', 'when:attacked']]);
    expect(dated('The rebels claimed responsibility Saturday for the market bombing.')).toEqual([['Saturday', undefined]]);
  });

  it('leaves a report of one meeting and a later remark about talks undisputed', () => {
    const articles = [
      textArticle('Envoy Mara Tellen met Premier Ivo Sarn on Saturday in Vardo.', { id: 'wire-a', published: PUBLISHED }),
      textArticle('Envoy Mara Tellen met Premier Ivo Sarn Saturday.', { id: 'wire-b', published: PUBLISHED }),
      textArticle('An aide to Premier Ivo Sarn said Thursday after the meeting with the envoy that the premier was tired.', { id: 'wire-c', published: PUBLISHED }),
    ];
    expect(alignFacts(articles).filter((group) => group.key.startsWith('when:met')).map((group) => [group.status, group.values.map((value) => value.value)])).toEqual([['agreed', ['2026-10-03']]]);
  });

  it('keeps two meetings with different people apart: a meeting with one on Sunday and another on Monday are two facts (facts29: DUC 2004 "when met")', () => {
    const articles = [
      textArticle('Premier Ivo Sarn met Sunday with Foreign Minister Olek Brandt of Vardo.', { id: 'wire-a', published: PUBLISHED }),
      textArticle('Envoy Mara Tellen met with Premier Ivo Sarn late Monday.', { id: 'wire-b', published: PUBLISHED }),
      textArticle('Envoy Mara Tellen met with Sarn on Monday night.', { id: 'wire-c', published: PUBLISHED }),
    ];
    const groups = alignFacts(articles).filter((group) => group.key.startsWith('when:met'));
    expect(groups.map((group) => [group.key, group.label, group.status, group.values.map((value) => value.value)])).toEqual([
      ['when:met:sarn', 'when met Sarn', 'agreed', ['2026-10-05']],
      ['when:met:foreign-minister-olek-brandt', 'when met Foreign Minister Olek Brandt', 'single-source', ['2026-10-04']],
    ]);
  });

  it('still disputes two days given for a meeting with one person', () => {
    const articles = [
      textArticle('Envoy Mara Tellen met with Premier Ivo Sarn on Sunday.', { id: 'wire-a', published: PUBLISHED }),
      textArticle('Envoy Mara Tellen met with Premier Ivo Sarn on Monday.', { id: 'wire-b', published: PUBLISHED }),
    ];
    expect(alignFacts(articles).filter((group) => group.key.startsWith('when:met')).map((group) => group.status)).toEqual(['conflicting']);
  });

  it('reads whom a meeting takes past a lower-case title, and no one from a name before a noun ("met U.N. demands") (review r6 of facts29)', () => {
    const objects = (text: string) => findDateFacts(textArticle(text, { published: PUBLISHED })).map((fact) => [fact.object, fact.subject]);
    expect(objects('Sarn met with Korvan envoy Mara Tellen on Monday.')).toEqual([['Mara Tellen', 'Sarn']]);
    expect(objects('Vardo met E.U. demands on Friday, officials said.')).toEqual([[undefined, undefined]]);
    expect(objects('Envoy Mara Tellen met Premier Ivo Sarn on Sunday.')).toEqual([['Premier Ivo Sarn', 'Envoy Mara Tellen']]);
    expect(objects('Envoy Mara Tellen met with on Sunday Premier Ivo Sarn.')).toEqual([['Premier Ivo Sarn', 'Envoy Mara Tellen']]);
  });

  it('takes a meeting told from either side for one meeting, and a name before a noun for no one met (review r6 of facts29)', () => {
    const met = (...texts: string[]) => alignFacts(texts.map((text, index) => textArticle(text, { id: `wire-${index}`, published: PUBLISHED }))).filter((group) => group.key.startsWith('when:met')).map((group) => [group.key, group.status]);
    expect(met('Tellen met Sarn on Sunday in Vardo.', 'Sarn met Tellen on Monday in Vardo.')).toEqual([['when:met', 'conflicting']]);
    expect(met('Mara Tellen met with Ivo Sarn on Sunday.', 'Sarn met with Korvan envoy Mara Tellen on Monday.')).toEqual([['when:met', 'conflicting']]);
    expect(met('The leaders met on Saturday in Vardo.', 'The leaders met on Sunday in Vardo.', 'Vardo met E.U. demands on Friday.', 'Olek Brandt met with Sarn on Friday.')[0]).toEqual(['when:met', 'conflicting']);
  });

  it('dates when something begins, and disputes two days outlets give for a start still to come, however far apart (facts29)', () => {
    const published = '2026-05-12T19:00:00Z';
    const starts = (...texts: string[]) => alignFacts(texts.map((text, index) => textArticle(text, { id: `council-${index}`, published }))).filter((group) => group.key.startsWith('when:began')).map((group) => [group.status, group.values.map((value) => value.value)]);
    expect(starts('Work on the Tessly footbridge will begin on March 3 next year, the council said.', 'The footbridge will be built in two stages, with work starting on March 10 next year.')).toEqual([['conflicting', ['2027-03-03', '2027-03-10']]]);
    expect(starts('Work on the Tessly footbridge began on March 3, the council said.', 'The footbridge inquiry started on April 20.')).toEqual([['single-source', ['2026-03-03']], ['single-source', ['2026-04-20']]]);
  });

  it('keeps apart planned dates of unrelated events, whose clauses share no content word (review r6 of facts29)', () => {
    const when = (...texts: string[]) =>
      alignFacts(texts.map((text, index) => textArticle(text, { id: `wire-${index}`, published: PUBLISHED })))
        .filter((group) => group.key.startsWith('when:'))
        .map((group) => [group.status, group.values.map((value) => value.value)]);
    expect(when('The strike will begin on Thursday, the union said.', 'Talks on a new contract will start on June 1, the union said.')).toEqual([['single-source', ['2026-10-08']], ['single-source', ['2027-06-01']]]);
    expect(when('The treaty will be signed on Friday in Vardo.', 'A separate trade pact will be signed on March 3 next year.')).toEqual([['single-source', ['2026-10-09']], ['single-source', ['2027-03-03']]]);
    expect(when('The ministers will meet on Thursday in Vardo.', 'The leaders will meet at a summit on December 12.')).toEqual([['single-source', ['2026-10-08']], ['single-source', ['2026-12-12']]]);
    expect(when('The strike will begin on Thursday, the union said.', 'The strike will begin on November 2.')).toEqual([['conflicting', ['2026-10-08', '2026-11-02']]]);
  });
});
