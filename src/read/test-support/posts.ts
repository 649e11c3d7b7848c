import { spanText, type Article } from '../../article.js';

/** Each post of a live blog as `[time as written, time read, the opening of its first paragraph of text]`. */
export function postRows(article: Article): [string, string, string][] {
  return (article.posts ?? []).map((post) => {
    const paragraphs = article.paragraphs.filter((span) => span.start >= post.span.start && span.end <= post.span.end).map((span) => spanText(article.text, span));
    return [spanText(article.text, post.written), post.time, paragraphs[1]?.slice(0, 30)];
  });
}

/** The storm blog of the `live-marra-storm` fixtures (HTML, RSS, JSONL), as `postRows` gives it: eight posts over a day, in UTC. */
export const MARRA_STORM_POSTS: ReadonlyArray<[string, string]> = [
  ['07:10', 'Good morning. Storm Marra made'],
  ['09:45', 'About 12,000 homes are without'],
  ['11:20', 'Gusts of 151 km/h have been re'],
  ['13:05', 'The coastguard has rescued fou'],
  ['15:30', '"We have never seen the water '],
  ['17:15', 'More than 30,000 homes are now'],
  ['19:40', 'Two people have died after a t'],
  ['22:05', 'The weather service has lifted'],
];
