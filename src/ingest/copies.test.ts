import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { prepare } from '../pipeline.js';
import { openStore, type Store } from '../store/index.js';
import { makeArticle, tempFolder } from '../store/test-support/records.js';
import { CopyStage } from './copies.js';
import { ingest } from './index.js';
import { checkIngestOptions } from './options.js';
import { PendingBatch } from './pending.js';

const temp = tempFolder('tidings-ingest-copies-');
afterAll(() => temp.remove());

async function withStore<T>(name: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(temp.file(name), { create: true });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

describe('retraceLater', () => {
  it('traces no stored rewrite to a reprint updated later (a corrected reprint): the rewrite keeps the report it took', async () => {
    const wire = ['A fire destroyed a grain warehouse at Dunmore Quay in Callowby early on Saturday, sending thick smoke over the harbour, the fire service said.', 'More than 40 firefighters and 12 engines fought the blaze, which broke out shortly after 2 a.m. in the four-storey building.', 'Two workers were taken to hospital with smoke inhalation, and no one was killed, said Chief Fire Officer Maren Sollitt.', 'Residents of about 80 homes on Netherby Lane were told to keep their windows and doors closed until the smoke cleared.', 'Police said they had opened an investigation and asked anyone who saw the first flames to come forward.', 'The damage was estimated at $8 million, the owners said on Saturday afternoon.'];
    const rewrite = ['Over 40 firefighters and a dozen fire engines battled the inferno, which started just after 2 a.m. in the four-storey building.', wire[0], wire[2], wire[3], 'Police said they had launched an investigation and urged anyone who saw the first flames to get in touch.', wire[5]];
    const corrected = ['Correction, 15 November: An earlier version of this article said two workers were taken to hospital. Three workers were taken to hospital.', ...wire.map((paragraph) => paragraph.replace('Two workers', 'Three workers'))];
    const line = (id: string, outlet: string, published: string, paragraphs: string[], modified?: string) => JSON.stringify({ id, outlet, published, modified, title: 'Fire destroys grain warehouse', text: paragraphs.join('\n\n') });
    const first = temp.file('corrected-reprint-first.jsonl');
    const update = temp.file('corrected-reprint.jsonl');
    writeFileSync(first, [line('wire', 'Pellam Wire', '2026-11-14', wire), line('sentinel', 'Callowby Sentinel', '2026-11-14T09:30:00Z', wire), line('farm', 'NewsPulse Daily', '2026-11-14T13:00:00Z', rewrite)].join('\n'));
    writeFileSync(update, line('sentinel', 'Callowby Sentinel', '2026-11-14T09:30:00Z', corrected, '2026-11-15T08:10:00Z'));
    await withStore('corrected-reprint.db', async (store) => {
      await ingest(store, [first]);
      const before = await store.copySources(['farm', 'sentinel']);
      const report = await ingest(store, [update]);
      expect(report.replaced).toHaveLength(1);
      expect(report.copies.retraced).toBe(0);
      expect([...(await store.copySources(['farm', 'sentinel']))]).toEqual([...before]);
      expect(before.get('farm')).toEqual(['wire']);
    });
  });

  /** A fictional wire report on a fire at the Sollen Street depot, dated by its day alone unless `published` says otherwise. */
  const depotReport = ['Fire crews spent the night fighting a blaze at the Sollen Street bus depot in Marrowby, where 14 buses were destroyed, the fire service said on Thursday.', 'About 60 firefighters were sent to the depot after the alarm was raised shortly before 1 a.m., and the fire was under control by dawn.', 'No one was hurt, said group manager Ilse Carrow, who asked residents of the nearby streets to keep their windows closed.', 'The depot operator, Marrowby Transit, said some morning routes would run late while buses were sent from its other garages.'];
  const depotLine = (id: string, outlet: string, published: string, paragraphs = depotReport) => JSON.stringify({ id, outlet, published, title: 'Fire destroys 14 buses at Marrowby depot', text: paragraphs.join('\n\n') });

  it('traces a reprint timed on the day a report read in a later run gives alone to that report, as when both come in one run', async () => {
    const regional = temp.file('depot-regional.jsonl');
    const wire = temp.file('depot-wire.jsonl');
    writeFileSync(regional, depotLine('regional', 'Marrowby Evening Star', '2026-11-12T11:05:00Z'));
    writeFileSync(wire, depotLine('wire', 'Pellam Wire', '2026-11-12'));
    const together = await withStore('depot-one-run.db', async (store) => {
      await ingest(store, [wire, regional]);
      return store.copySources(['regional', 'wire']);
    });
    expect([...together]).toEqual([['regional', ['wire']]]);
    await withStore('depot-two-runs.db', async (store) => {
      await ingest(store, [regional]);
      const report = await ingest(store, [wire]);
      expect(report.copies.retraced).toBe(1);
      expect([...(await store.copySources(['regional', 'wire']))]).toEqual([...together]);
    });
  });

  it('keeps a report dated by its day that credits an outlet as a copy of that outlet\'s report timed that day, read in a later run', async () => {
    const wire = temp.file('depot-timed-wire.jsonl');
    const credited = temp.file('depot-credited.jsonl');
    writeFileSync(wire, depotLine('wire', 'Pellam Wire', '2026-11-12T06:40:00Z'));
    writeFileSync(credited, depotLine('regional', 'Marrowby Evening Star', '2026-11-12', [`MARROWBY (Pellam Wire) - ${depotReport[0]}`, ...depotReport.slice(1)]));
    await withStore('depot-credited.db', async (store) => {
      await ingest(store, [wire]);
      const report = await ingest(store, [credited]);
      expect(report.copies.retraced).toBe(0);
      expect([...(await store.copySources(['regional', 'wire']))]).toEqual([['regional', ['wire']]]);
    });
  });

  it('traces a report dated by its day that credits a wire to the report the wire reprints, timed earlier that day, in one run and across two', async () => {
    const star = temp.file('depot-star.jsonl');
    const wire = temp.file('depot-star-wire.jsonl');
    const credited = temp.file('depot-credits-wire.jsonl');
    writeFileSync(star, depotLine('star', 'Marrowby Star', '2026-11-12T05:00:00Z'));
    writeFileSync(wire, depotLine('wire', 'Pellam Wire', '2026-11-12T06:40:00Z'));
    writeFileSync(credited, depotLine('regional', 'Evening Post', '2026-11-12', [`MARROWBY (Pellam Wire) - ${depotReport[0]}`, ...depotReport.slice(1)]));
    const ids = ['star', 'wire', 'regional'];
    const together = await withStore('depot-credits-wire-one-run.db', async (store) => {
      await ingest(store, [star, wire, credited]);
      return store.copySources(ids);
    });
    expect(Object.fromEntries(together)).toEqual({ wire: ['star'], regional: ['star'] });
    await withStore('depot-credits-wire-two-runs.db', async (store) => {
      await ingest(store, [star, wire]);
      const report = await ingest(store, [credited]);
      expect(report.copies.retraced).toBe(0);
      expect(Object.fromEntries(await store.copySources(ids))).toEqual(Object.fromEntries(together));
    });
  });

  it('counts no stored copy found to copy an older report when a feed read again updates the report they copy and adds a follow-up', async () => {
    const feed = temp.file('depot-feed.jsonl');
    const followUp = ['Buses were running again from the Sollen Street depot in Marrowby on Friday, a day after a fire destroyed 14 buses there, the fire service said.', depotReport[2], depotReport[3]];
    writeFileSync(feed, depotLine('wire', 'Pellam Wire', '2026-11-12T06:40:00Z'));
    await withStore('depot-update.db', async (store) => {
      await ingest(store, [feed]);
      const corrected = depotReport.map((paragraph) => paragraph.replace('About 60 firefighters', 'About 65 firefighters'));
      writeFileSync(feed, [depotLine('follow-up', 'Pellam Wire', '2026-11-13T07:15:00Z', followUp), depotLine('wire', 'Pellam Wire', '2026-11-12T06:40:00Z', corrected)].join('\n'));
      const report = await ingest(store, [feed]);
      expect(report).toMatchObject({ added: 1, replaced: [{ id: 'wire' }], retraced: [] });
      expect(report.copies.retraced).toBe(0);
      expect([...(await store.copySources(['follow-up']))]).toEqual([['follow-up', ['wire']]]);
    });
  });
});


describe('CopyStage.detect', () => {
  const fire = ['A fire destroyed a boathouse on the Lessing Canal in Orrowby on Sunday night, and two rowing eights were lost, the fire service said.', 'Crews were called at 11 p.m. and had the fire out within two hours; no one was hurt.', 'The Orrowby Rowing Club said it would race in borrowed boats at the regatta next month.'];
  const line = (id: string, published: string, paragraphs: string[]) => JSON.stringify({ id, outlet: `Outlet ${id}`, published, title: 'Boathouse fire on the Lessing Canal', text: paragraphs.join('\n\n') });

  it('compares an arrival again only when its candidate ids change: another story adding none keeps the verdict made', async () => {
    const file = temp.file('boathouse.jsonl');
    writeFileSync(file, [line('report', '2026-06-07T06:00:00Z', fire), line('other', '2026-06-07T07:00:00Z', ['Vellmark Athletic beat Harrowgate Rovers 3-1 in the cup semi-final at Dunstall Park, with two goals from striker Pim Aldecott.', 'The visitors led at half-time before Aldecott scored twice in ten minutes after the break.', 'Athletic meet Castlereagh United in the final at the end of the month.'])].join('\n'));
    await withStore('boathouse.db', async (store) => {
      await ingest(store, [file]);
      const storyOf = async (id: string) => (await Promise.all((await store.listStories(10)).map(async ({ id: story }) => ((await store.story(story))!.articles.some((article) => article.id === id) ? story : undefined)))).find((story) => story !== undefined)!;
      const [reportStory, otherStory] = [await storyOf('report'), await storyOf('other')];
      expect(reportStory).not.toBe(otherStory);
      const stage = new CopyStage(store, new PendingBatch(), checkIngestOptions({}));
      const reprint = prepare(makeArticle('reprint', fire.join('\n'), { outlet: 'Outlet reprint', published: '2026-06-07T09:00:00Z', title: 'Boathouse fire' }));
      const found = await stage.find(reprint);
      expect(found.ids).toEqual(['report']);
      const first = await stage.detect(reprint, found, { id: reportStory, created: false });
      expect(first.verdict).toMatchObject({ kind: 'reprint', sources: [{ article: 'report' }] });
      expect(await stage.detect(reprint, found, { id: 'new-story', created: true }, first)).toBe(first);
      const again = await stage.detect(reprint, found, { id: otherStory, created: false }, first);
      expect(again).not.toBe(first);
      expect(again.ids).toEqual(['report', 'other']);
      expect(again.verdict).toEqual(first.verdict);
    });
  });
});
