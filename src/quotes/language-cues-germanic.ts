/**
 * The quotation cues (`QuoteCues`, language-cues.ts) of the Germanic
 * languages besides English Tidings reads quotations in: German and Dutch,
 * both putting the verb second. Lower case, as tokens are normalized.
 * Written for Tidings.
 */
import { wordSet as words } from '../text/words.js';
import type { QuoteCues } from './language-cues.js';
import { DUTCH_MOOD } from './reported-moods.js';

export const GERMAN: QuoteCues = {
  verbs: words(`
    sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont meinte meint warnte warnt kritisierte
    kritisiert schrieb schreibt berichtete berichtet versicherte versichert ergänzte ergänzt unterstrich unterstreicht
    forderte fordert fügte räumte teilte antwortete antwortet bekräftigte bekräftigt bestätigte bestätigt
    erinnerte erinnert mahnte mahnt stellte merkte mitteilte mitteilt hinzufügte einräumte rief ruft lacht lachte
    versprach verspricht kündigte kündigt mitgeteilt bekanntgegeben gemeldet angekündigt
  `),
  passive: [['wurde'], ['wurden'], ['ist'], ['wird']],
  agents: words(`von vom durch`),
  agentArticles: words(`vom`),
  readIn: [['hieß', 'es'], ['heißt', 'es'], ['stand'], ['steht']],
  from: words(`aus`),
  within: words(`in im`),
  documents: words(`mitteilung pressemitteilung erklärung stellungnahme schreiben brief bericht`),
  copulas: [['war'], ['lautete']],
  sayings: words(`antwort reaktion kommentar warnung`),
  auxiliaries: words(`hat haben hatte hatten`),
  according: words(`laut so`),
  accordingPhrases: [['nach', 'angaben']],
  opinion: words(`für`),
  naming: words(`nennt nannte bezeichnet bezeichnete hält hielt spricht sprach`),
  that: words(`dass daß`),
  titles: words(`herr frau dr. dr prof. prof`),
  pronouns: words(`er sie`),
  particles: words(`von van der den zu de`),
  secondParticles: words(`der den`),
  of: words(`des der von vom`),
  ofAfterSurname: words(`von`),
  nounsCapitalized: true,
  separable: words(`hinzu mit ein fest an auf`),
  as: words(`wie`),
  verbSecond: true,
  thatOptional: true,
  reportedMood: {
    forms: words(`sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse hätte hätten wäre wären würde würden könnten müssten dürften`),
    besideSubject: words(`man es er sie sich`),
  },
  genericBodies: /^(?:unternehmen|konzern|firma|ministerium|behörde|amt)$/,
  relatives: words(`der die das welcher welche`),
  and: words(`und`),
  objectPronouns: words(`ihm ihr ihnen`),
  determiners: words(`der die das des dem den ein eine einer eines sein seine seiner ihr ihre ihrer mein meine meiner`),
  bodies: /(?:polizei|feuerwehr|behörden?|regierung|ministerium|staatsanwaltschaft|stadt|stadtverwaltung|gemeinde|unternehmen|konzern|firma|gewerkschaft|ermittler|experten|retter|zeugen|ärzte|bundeswehr|gericht|kommission|agentur|klinik|krankenhaus|zeitung)$/,
  offices: /(?:meister|minister|präsident|kanzler|sprecher|chef|direktor|führer|vorsitzender?|leiter|trainer|anwalt|anwältin|richter|rat|rätin|senator|bischof|professor|kommissar|abgeordneter?|gründer|inhaber|experte|expertin|sekretär|botschafter|general|kapitän|pfarrer|arzt|ärztin)(?:in)?$/,
};

export const DUTCH: QuoteCues = {
  verbs: words(`
    zei zegt zeiden gezegd verklaarde verklaart stelde stelt benadrukte benadrukt schreef schrijft waarschuwde
    waarschuwt vertelde vertelt voegde voegt deelde deelt legde legt liet antwoordde antwoordt erkende erkent reageerde reageert meldde meldt lacht
    lachte zucht verzucht belooft beloofde laat gemeld meegedeeld bevestigd aangekondigd bevestigde bevestigt bekendgemaakt
  `),
  passive: [['werd'], ['werden'], ['is'], ['wordt']],
  agents: words(`door`),
  readIn: [['staat'], ['stond'], ['valt', 'te', 'lezen']],
  within: words(`in`),
  documents: words(`verklaring persbericht brief bericht rapport`),
  copulas: [['was']],
  sayings: words(`reactie antwoord`),
  auxiliaries: words(`heeft hebben had hadden`),
  according: words(`volgens aldus`),
  naming: words(`noemt noemde noemden spreekt sprak vindt vond`),
  opinion: words(`voor`),
  toWhom: words(`tegen aan`),
  that: words(`dat`),
  titles: words(`dhr. mevr. mr. dr. prof.`),
  pronouns: words(`hij zij ze`),
  particles: words(`van de der den ten ter`),
  of: words(`van`),
  ofAfterSurname: words(`van`),
  separable: words(`eraan toe mee uit weten`),
  as: words(`zoals`),
  verbSecond: true,
  reportedMood: DUTCH_MOOD,
  relatives: words(`die dat wie`),
  and: words(`en`),
  objectPronouns: words(`hem haar hen`),
  genericBodies: /^(?:bedrijf|concern|ministerie)$/,
  determiners: words(`de het een zijn haar hun mijn`),
  bodies: /^(?:bronnen|bron|politie|brandweer|autoriteiten|regering|kabinet|ministerie|gemeente|provincie|waterschap|bedrijf|vakbond|leger|onderzoekers|deskundigen|getuigen|artsen|hulpdiensten|rechtbank|krant)$/,
  offices: /^(?:burgemeester|minister|premier|president|directeur|directrice|woordvoerder|woordvoerster|wethouder|bestuurder|dijkgraaf|voorzitter|commissaris|officier|rechter|generaal|hoogleraar|professor|staatssecretaris|gedeputeerde)$/,
};
