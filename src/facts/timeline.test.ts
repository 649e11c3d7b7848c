import { describe, expect, it } from 'vitest';
import { spanText, type Article, type SegmentedArticle } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { fixture } from '../read/test-support/shared-data.js';
import { READ_AT } from '../read/test-support/read-at.js';
import { MAX_TIMELINE_POSTS, storyReport, storyTimeline } from './index.js';

const read = (content: string, input: string): SegmentedArticle => prepare(readString(content, { input, readAt: READ_AT }).articles[0]);

/** The storm blog (eight posts on 2026-11-20, 07:10 to 22:05 UTC), its page last modified `modified`. */
const stormBlog = (modified = '2026-11-20T22:10:00+00:00') => read(fixture('live-marra-storm.html').replace('2026-11-20T22:10:00+00:00', modified), 'marra-live.html');

const wire = (published: string, text: string, id: string) => read(`Storm Marra\n\n${published}\n\n${text}`, `${id}.txt`);

/** A live blog of `count` posts, newest first on the page, one a minute from 08:00, every tenth telling a number. */
function longBlog(count: number): Article {
  const posts = Array.from({ length: count }, (_, index) => {
    const minutes = 8 * 60 + index;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const text = index % 10 === 5 ? `Crews have now cleared ${index} fallen trees from the roads of the county, the council says.` : `Our reporter on the sea front says the wind is still strong and the waves are high.`;
    return `${time}\n\n${text}`;
  });
  return read(['Storm Marra: live', '20 November 2026', ...posts.reverse()].join('\n\n'), 'long-live.txt');
}

describe('storyTimeline', () => {
  it('places a time written with no offset as UTC, whatever the zone of the machine ordering it', () => {
    const blog = stormBlog();
    const morning = wire('20 November 2026 08:00', 'The coastguard says a cargo ship has lost power off Skelling Head, and a lifeboat has been sent.', 'morning');
    expect(morning.published).toBe('2026-11-20T08:00:00');
    const zone = process.env.TZ;
    try {
      for (const machine of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = machine;
        const order = storyTimeline([morning, blog]).map((entry) => (entry.article === blog.id ? entry.published : 'wire'));
        expect([machine, order.slice(0, 3)]).toEqual([machine, ['2026-11-20T07:10:00+00:00', 'wire', '2026-11-20T09:45:00+00:00']]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('lists a live blog\'s posts each at its own time, among the other articles, each with its post\'s span', () => {
    const blog = stormBlog();
    const noon = wire('20 November 2026 12:00 UTC', 'The coastguard says a cargo ship has lost power off Skelling Head, and a lifeboat has been sent.', 'noon');
    const timeline = storyTimeline([noon, blog]);
    expect(timeline.map((entry) => [entry.article === blog.id ? 'blog' : 'wire', entry.published])).toEqual([
      ['blog', '2026-11-20T07:10:00+00:00'],
      ['blog', '2026-11-20T09:45:00+00:00'],
      ['blog', '2026-11-20T11:20:00+00:00'],
      ['wire', noon.published],
      ...['13:05', '15:30', '17:15', '19:40', '22:05'].map((time) => ['blog', `2026-11-20T${time}:00+00:00`]),
    ]);
    const posts = timeline.filter((entry) => entry.post);
    expect(posts.map((entry) => spanText(blog.text, entry.post!).split('\n')[0])).toEqual(['07:10', '09:45', '11:20', '13:05', '15:30', '17:15', '19:40', '22:05']);
    expect(posts.every((entry) => entry.title === blog.title && entry.outlet === 'Westerly Courier')).toBe(true);
  });

  it('lists a blog of more posts than MAX_TIMELINE_POSTS by its first, its last and those holding what the report found', () => {
    const blog = longBlog(500);
    const telling = blog.posts!.filter((_, index) => index % 10 === 5);
    const reported = new Map([[blog.id, telling.map((post) => ({ start: post.span.end - 20, end: post.span.end - 10 }))]]);
    const timeline = storyTimeline([blog], reported);
    expect(timeline).toHaveLength(MAX_TIMELINE_POSTS);
    expect(timeline[0].post).toEqual(blog.posts![0].span);
    expect(timeline.at(-1)!.post).toEqual(blog.posts!.at(-1)!.span);
    expect(timeline.slice(1, -1).map((entry) => entry.post)).toEqual(telling.slice(0, MAX_TIMELINE_POSTS - 2).map((post) => post.span));
    expect(storyTimeline([longBlog(MAX_TIMELINE_POSTS)])).toHaveLength(MAX_TIMELINE_POSTS);
  });

  it('lists a reprinted blog\'s posts once, as the first blog given tells them, and a post changed in the reprint apart', () => {
    const blog = stormBlog();
    const reprint = { ...blog, id: 'marra-live-reprint', outlet: 'Skelling Post' };
    const timeline = storyTimeline([blog, reprint]);
    expect(timeline).toHaveLength(8);
    expect(timeline.every((entry) => entry.article === blog.id)).toBe(true);
    const first = blog.posts![0];
    const edited = { ...reprint, text: `${blog.text.slice(0, first.span.end - 1)}!${blog.text.slice(first.span.end)}` };
    expect(storyTimeline([blog, edited]).filter((entry) => entry.article === edited.id)).toHaveLength(1);
  });

  it('refuses what is not a list of articles and a map of spans', () => {
    expect(() => storyTimeline('marra' as never)).toThrow(/an array of articles/);
    expect(() => storyTimeline([], {} as never)).toThrow(/a map of article ids/);
  });

  it('keeps a blog whose posts have no date as one undated entry', () => {
    const blog = read(['09:40 The ferry to Harrowby has been cancelled for the rest of the day because of the wind.', '09:10 Waves are breaking over the harbour wall at Vellin, our reporter says.', '08:30 The red warning for wind on the Vellin coast is now in force until six this evening.'].join('\n\n'), 'undated-live.txt');
    expect(blog.posts).toHaveLength(3);
    expect(storyTimeline([blog])).toEqual([{ article: blog.id }]);
  });
});

describe('storyReport on a story with a live blog', () => {
  it('gives the timeline by post, choosing a long blog\'s posts by the facts and quotations it reads', () => {
    const blog = longBlog(60);
    const { timeline } = storyReport([blog]);
    expect(timeline.length).toBeLessThanOrEqual(MAX_TIMELINE_POSTS);
    expect(timeline.slice(1, 4).map((entry) => spanText(blog.text, entry.post!).split('\n\n')[1])).toEqual([5, 15, 25].map((trees) => `Crews have now cleared ${trees} fallen trees from the roads of the county, the council says.`));
  });

  it('dates a fact by the post that tells it: a blog\'s toll of the first day is updated by the next day\'s report, not in conflict with it', () => {
    const blog = stormBlog('2026-11-21T09:00:00+00:00');
    const nextDay = wire('21 November 2026 08:00 UTC', 'Three people have died in Storm Marra, Vellin police said on Saturday, after a man was found under a fallen tree near Essly.', 'next-day');
    const killed = storyReport([blog, nextDay]).facts.find((group) => group.key === 'killed:people');
    expect(killed?.values.map((value) => [value.value, value.sources.map((source) => source.day)])).toEqual([
      [2, ['2026-11-20']],
      [3, ['2026-11-21']],
    ]);
    expect(killed?.status).toBe('updated');
  });
});
