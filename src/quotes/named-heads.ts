/**
 * Descriptions the article gives a name with (`il sindaco, Paolo Ferrandi`,
 * `a professora Raimunda Sales`), in the languages besides English: the name
 * a later description with the same head stands for (`namedHead`: `dal
 * sindaco`). A leaf of the language rules (`passive.ts`,
 * `language-antecedents.ts`).
 */
import { norm } from './context.js';
import { describedSpeaker } from './language-descriptions.js';
import { isSpeakerName, nameAt, type Range, type Reader } from './name-runs.js';
import { partitionPoint } from '../text/partition-point.js';

/** Indefinite articles: a description opened by one names someone new ("un délégué syndical"). */
export const INDEFINITE = new Set(['un', 'une', 'ein', 'eine', 'einer', 'eines', 'een', 'una', 'uno', 'um', 'uma']);

/** The name the article gave last, before `head`, after a description with the same head noun (`dal sindaco` after `il sindaco, Paolo Ferrandi`). */
export function namedHead(reader: Reader, head: number): Range | undefined {
  const named = namedHeads(reader).get(norm(reader.context, head)) ?? [];
  const low = partitionPoint(named.length, (index) => named[index].head < head - 1);
  return low > 0 ? named[low - 1].name : undefined;
}

/** Each head noun of a description that a name follows or is set off after (`a professora Raimunda Sales`), with where it stands and the name, in text order; read once per article. */
const namedHeadsOf = new WeakMap<Reader['context'], Map<string, Array<{ head: number; name: Range }>>>();

function namedHeads(reader: Reader): Map<string, Array<{ head: number; name: Range }>> {
  const { context, cues } = reader;
  const cached = namedHeadsOf.get(context);
  if (cached) return cached;
  const heads = new Map<string, Array<{ head: number; name: Range }>>();
  for (const { tokenStart, tokenEnd } of context.article.sentences) {
    for (let index = tokenStart; index + 1 < tokenEnd; index++) {
      if (!cues.determiners.has(norm(context, index)) || INDEFINITE.has(norm(context, index))) continue;
      const described = describedSpeaker(reader, index, tokenEnd, { anyHead: true });
      if (described === undefined) continue;
      const set = norm(context, described.end) === ',' ? described.end + 1 : described.end;
      // A courtesy title before the name is not part of it (`A vereadora da Cultura, Dra. Isabel Moura`).
      const at = cues.titles.has(norm(context, set)) ? set + 1 : set;
      const name = nameAt(reader, at, tokenEnd);
      if (name === undefined || name.start !== at || !isSpeakerName(reader, name)) continue;
      const head = norm(context, index + 1);
      const same = heads.get(head);
      if (same) same.push({ head: index + 1, name });
      else heads.set(head, [{ head: index + 1, name }]);
    }
  }
  namedHeadsOf.set(context, heads);
  return heads;
}
