/** The words that attribute speech, lower-case; compare with a token's `norm`. */
import { wordSet as words } from '../text/words.js';


/** Finite speech verbs: "said", "told", "reads", "wrote". */
export const SPEECH_VERBS = words(`
said says say told tells tell added adds asked asks replied replies wrote writes stated states explained explains
insisted insists continued continues declared declares noted notes warned warns reads read conceded concedes concluded
recalled recalls argued argues quipped joked admitted admits acknowledged acknowledges announced announces complained
complains cautioned shouted yelled cried whispered remarked observed commented testified claimed claims urged urges
predicted promised vowed boasted lamented responded answered tweeted posted chanted pleaded stressed stresses
maintained maintains contended contends charged asserted asserts reported reports confirmed confirms denied denies
suggested suggests estimated estimates indicated indicates disclosed revealed described describes called calls
accused accuses alleged alleges blamed blames purported hinted emphasized emphasised reiterated agreed countered wondered quoted puts
`);

/** Participles that carry the main clause's speaker: "…, adding that…", "calling it…". */
export const SPEECH_PARTICIPLES = words(`
saying adding telling calling describing accusing asserting explaining insisting warning noting stating arguing
declaring stressing claiming charging urging blaming criticising criticizing explaining replying answering thanking
`);

/** Speech verbs that report a proposition, so "X said (that) …" is indirect speech. */
export const REPORTING_VERBS = words(`
said says say told tells added adds stated states explained explains insisted insists declared declares noted notes
warned warns conceded concedes concluded recalled argued argues admitted admits acknowledged acknowledges announced
announces complained cautioned joked testified claimed claims predicted promised vowed reported reports confirmed
confirms denied suggested suggests estimated estimates indicated disclosed revealed asserted asserts contended contends
maintained maintains alleged alleges charged hinted emphasized emphasised reiterated stressed stresses believes wrote writes
saying adding telling insisting warning noting stating arguing declaring stressing claiming asserting explaining
`);

/** Words before a quotation that make it a name, not speech: "known as", "dubbed". */
export const NAMING_WORDS = words(`dubbed nicknamed named titled entitled so-called moniker known referred headlined billed branded labelled labeled called`);

/** Nouns for a written statement that speaks for whoever issued it. */
export const DOCUMENT_NOUNS = words(`statement document report letter release communique declaration editorial memo note message filing study`);

/** Words that may sit between a speaker and the verb: "Lavrov however said", "he also said". */
export const SPEAKER_ADVERBS = words(`
however also just now later earlier then further previously first initially originally still again once repeatedly quickly reportedly himself herself
has had have was is were are would will had been has since on in this last week today yesterday tonight morning
afternoon evening night monday tuesday wednesday thursday friday saturday sunday publicly privately
`);

/** Auxiliaries and modals: the finite verb of a clause ("has identified", "was right to", "had been expected to"). */
export const AUXILIARIES = words(`is are was were be been being am has have had do does did would will could should can may might must shall`);

export const PERSON_PRONOUNS = words(`he she`);
export const PLURAL_PRONOUNS = words(`they`);
export const THING_PRONOUNS = words(`it`);
export const FIRST_PERSON = words(`i we`);
