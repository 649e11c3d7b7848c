/**
 * A generated news corpus for tests that need thousands of articles: events
 * with their own place, people, numbers and words, several outlets reporting
 * each, some exact resubmissions (same id) and some of the same text under
 * another id. Deterministic for a seed.
 */
import { seededRandom as random } from '../../test-support/random.js';

export interface GeneratedArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

const SYLLABLES = 'ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo'.split(' ');
const COMMON = 'the a of and to in on said was were after officials people residents more than about near their its has have at by for with from'.split(' ');

function word(next: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return text;
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

interface Event {
  place: string;
  person: string;
  words: string[];
  number: number;
  day: number;
}

function sentence(next: () => number, event: Event): string {
  const length = 10 + Math.floor(next() * 10);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = next();
    if (roll < 0.35) words.push(COMMON[Math.floor(next() * COMMON.length)]);
    else if (roll < 0.9) words.push(event.words[Math.floor(next() * event.words.length)]);
    else if (roll < 0.95) words.push(event.place);
    else words.push(event.person);
  }
  if (next() < 0.3) words.push('at', String(event.number));
  return `${capital(words.join(' '))}.`;
}

/**
 * `count` distinct articles: about `count / 12` events, each reported by
 * several outlets; every 40th article is sent again unchanged and every 50th
 * again under a new id (same outlet and text), ten lines after the first.
 */
export function generateCorpus(count: number, seed = 1): { lines: GeneratedArticle[]; distinct: number } {
  const next = random(seed);
  const events: Event[] = Array.from({ length: Math.max(1, Math.round(count / 12)) }, (_, e) => ({
    place: capital(word(next, 3)),
    person: `${capital(word(next, 2))} ${capital(word(next, 3))}`,
    words: Array.from({ length: 40 }, () => word(next, 2 + Math.floor(next() * 2))),
    number: 100 + Math.floor(next() * 9000),
    day: e,
  }));
  const outlets = Array.from({ length: 25 }, () => `${capital(word(next, 2))} ${['Daily', 'Herald', 'Post', 'Times', 'Wire'][Math.floor(next() * 5)]}`);
  const lines: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const event = events[Math.floor((i / count) * events.length)];
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => sentence(next, event)).join(' '));
    const date = new Date(Date.UTC(2025, 0, 1) + event.day * 86_400_000 + Math.floor(next() * 86_400_000));
    lines.push({
      id: `gen-${seed}-${i}`,
      outlet: outlets[Math.floor(next() * outlets.length)],
      title: `${event.place}: ${event.person} ${event.words[0]} ${event.words[1]}`,
      published: date.toISOString(),
      text: paragraphs.join('\n\n'),
    });
  }
  const withDuplicates: GeneratedArticle[] = [];
  lines.forEach((line, i) => {
    withDuplicates.push(line);
    const earlier = i - 10;
    if (earlier >= 0 && earlier % 40 === 0) withDuplicates.push(lines[earlier]);
    if (earlier >= 0 && earlier % 50 === 0) withDuplicates.push({ ...lines[earlier], id: `${lines[earlier].id}-again` });
  });
  return { lines: withDuplicates, distinct: lines.length };
}

export function toJsonl(lines: readonly GeneratedArticle[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
