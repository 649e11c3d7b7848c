/**
 * The reported mood of Portuguese and Dutch (`QuoteCues.reportedMood`,
 * `reported-chains.ts`): the verbs that mark a sentence right after a report
 * as carrying it on. Portuguese writes the future of a past report in the
 * conditional (`O presidente disse que … A viagem demoraria mais quarenta
 * minutos.`), Dutch with `zou`/`zouden` (`Bakker zei dat … Het Rijk zou het
 * grootste deel betalen.`). Both also hedge a past event the reporter does
 * not vouch for with the compound form (`O suspeito teria fugido`, `De man
 * zou zijn gevlucht`): a sentence holding a hedge followed by a participle
 * or `hebben`/`zijn` (`hedgedBy`) carries a report on only when it opens on
 * a pronoun or a connective, as the French and Spanish ones do.
 * Written for Tidings.
 */
import { wordSet as words } from '../text/words.js';
import type { QuoteCues } from './language-cues.js';

type ReportedMood = NonNullable<QuoteCues['reportedMood']>;

export const PORTUGUESE_MOOD: ReportedMood = {
  // `seria`, `ficariam`, `demoraria`; nouns in -ria after an article (`a secretaria`, `a maioria`) and accented ones (`história`) are none.
  endings: /\p{L}{2}riam?$/u, sharedWithNouns: /ria$/, except: /[áéó]ria$|^(?:maria|secretaria|maioria|categoria|auditoria|padaria|portaria|livraria|engenharia|assessoria|tesouraria|ouvidoria|vistoria)$/,
  hedges: words(`teria teriam`), hedgedBy: /\p{L}{2}(?:ado|ido)s?$/u,
  openers: new Set([...words(`ele ela eles elas e mas também ainda depois segundo`), 'além disso', 'por outro lado']),
};

export const DUTCH_MOOD: ReportedMood = {
  forms: words(`zou zouden`),
  hedges: words(`zou zouden`), hedgedBy: /^(?:hebben|zijn)$/,
  openers: words(`hij zij ze en maar ook bovendien daarnaast verder volgens`),
};
