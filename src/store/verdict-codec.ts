/**
 * How a copy verdict is stored (`copies.verdict`): JSON with its format
 * version, as `codec.ts` writes every value. Format 2 writes each match as
 * one array, `[sentence, source sentence, source start, source end,
 * similarity, verbatim (1 or 0)]`, under its source, and leaves out the ids
 * the row already holds (the article's own, and each match's source, which
 * is the source it is listed under): the verdicts of the 4,000-article
 * replay took 4.7 times the characters in format 1 (an object per match,
 * every id written out), which still reads.
 */
import type { CopyKind, MatchWithoutEdits, VerdictWithoutEdits } from '../copies/index.js';
import { InputError } from '../errors.js';
import { decodeVersionedValue, FORMAT_VERSIONS } from './codec.js';

/** A verdict as the store is given it (`StoredVerdict`), with the matches copy detection found (none when it gives none). */
interface GivenVerdict {
  kind: CopyKind;
  sources: readonly { article: string; share: number; matches?: readonly MatchWithoutEdits[] }[];
}

/** `[sentence, source sentence, source start, source end, similarity, verbatim]`. */
type StoredMatch = [number, number, number, number, number, 0 | 1];

interface VerdictFormat2 {
  kind: CopyKind;
  sources: { article: string; share: number; matches: StoredMatch[] }[];
}

export function encodeVerdict(verdict: GivenVerdict): string {
  const value: VerdictFormat2 = {
    kind: verdict.kind,
    sources: verdict.sources.map(({ article, share, matches }) => ({
      article,
      share,
      matches: (matches ?? []).map((match): StoredMatch => [match.sentence, match.source.sentence, match.source.span.start, match.source.span.end, match.similarity, match.verbatim ? 1 : 0]),
    })),
  };
  return JSON.stringify({ version: FORMAT_VERSIONS.verdict, value });
}

/** The verdict of article `article` as stored in either format. */
export function decodeVerdict(article: string, json: string, location: string): VerdictWithoutEdits {
  const { version, value } = decodeVersionedValue<VerdictWithoutEdits | VerdictFormat2>('verdict', json, location);
  if (version === 1) return value as VerdictWithoutEdits;
  const { kind, sources } = value as VerdictFormat2;
  if (!Array.isArray(sources) || !sources.every((source) => Array.isArray(source?.matches))) throw new InputError(location, 'stored verdict', 'the stored data is damaged');
  return {
    article,
    kind,
    sources: sources.map((source) => ({
      article: source.article,
      share: source.share,
      matches: source.matches.map(([sentence, at, start, end, similarity, verbatim]) => ({
        sentence,
        source: { article: source.article, sentence: at, span: { start, end } },
        similarity,
        verbatim: verbatim === 1,
      })),
    })),
  };
}
