/**
 * The words that attribute a quotation in the languages besides English that
 * Tidings reads news in (French, German, Spanish, Italian, Portuguese, Dutch):
 * speech verbs in the forms news writes around a quotation ("a déclaré",
 * "sagte", "dijo", "ha detto", "afirmou", "zei"), the auxiliaries of their
 * compound tenses, the words that put the source before the name ("selon X",
 * "laut X", "aldus X"), the word opening a reported clause ("que", "dass"),
 * courtesy titles ("M.", "Frau", "Sra.") and the
 * pronouns that stand for the last speaker ("a-t-il ajouté", "sagte er").
 * Lower case, as tokens are normalized. Written for Tidings.
 */
import { wordSet as words } from '../text/words.js';
import { DUTCH_MOOD, PORTUGUESE_MOOD } from './reported-moods.js';

export interface QuoteCues {
  /** Finite forms and past participles of speech verbs. */
  verbs: ReadonlySet<string>;
  /** Auxiliaries before a participle, inverted forms that hold their pronoun ("a-t-il") and the reflexive "s'", "se", "si" ("s'exclame", tokenized "s'" "exclame"; "se preguntaba", "si chiede"). */
  auxiliaries: ReadonlySet<string>;
  /** Words before a source: "selon", "laut". */
  according: ReadonlySet<string>;
  /** Prepositions opening whom a speech verb's words were told, before "that" (`a déclaré aux journalistes que`, `dijo a los periodistas que`). */
  toWhom?: ReadonlySet<string>;
  /** Words opening a sentence on whose view follows ("Pour Paul Girard, « … »", "Per il consigliere X la caldaia «…»"): a quotation in that sentence is the words of the one named after them. */
  opinion?: ReadonlySet<string>;
  /** Phrases of two words or more before a source, opening a sentence: "d'après", "de acordo com" (lower case, as tokens). */
  accordingPhrases?: ReadonlyArray<readonly string[]>;
  /** Verbs that name or judge what their object is, or speak of it, the words quoted after it ("noemt de situatie "onacceptabel"", "qualifie le projet de « folie »", "parla di "una situazione drammatica"", "hält den Streik für „…“"): the verb's subject speaks them. */
  naming?: ReadonlySet<string>;
  /** Determiners of a masculine noun and masculine pronouns ("le", "il"), of a feminine one and feminine pronouns ("la", "elle"): a pronoun's antecedent agrees. */
  masculine?: ReadonlySet<string>;
  feminine?: ReadonlySet<string>;
  /** Words opening a reported clause after a speech verb: "que", "dass". */
  that: ReadonlySet<string>;
  /** Courtesy titles, written before a name, not part of it. */
  titles: ReadonlySet<string>;
  /** Third-person subject pronouns: the speaker named last. */
  pronouns: ReadonlySet<string>;
  /** Lower-case words inside names ("de", "van", "von"). */
  particles: ReadonlySet<string>;
  /** Particles inside a name only after another one ("von der Leyen"): "Hahn der Deutschen Presse-Agentur" is a name and its dative object. */
  secondParticles?: ReadonlySet<string>;
  /** Words that make what follows part of a description, up to a comma ("le président du club Paris FC"). */
  of: ReadonlySet<string>;
  /**
   * Particles that also say "of" and then join no name ("Femke Jansen van
   * Utrecht", "Klaus Weber von der Feuerwehr"): one stands inside a name
   * only after a given name or a name's first word ("Jan van Dijk", "Anna
   * Maria van der Berg", "Ursula von der Leyen"), not after a surname.
   */
  ofAfterSurname?: ReadonlySet<string>;
  /**
   * Nouns of office written before a name, capitalized at a sentence's start
   * ("Burgemeester Sanne de Vries liet weten") or, in German, always
   * ("Bürgermeisterin Katrin Vogelsang"): not part of the name.
   */
  offices: RegExp;
  /** Relative pronouns opening a clause about a source before the reported one ("Selon X, qui …, CLAUSE"). */
  relatives: ReadonlySet<string>;
  /** Articles and possessives opening a description of a speaker ("le", "der", "leur"). */
  determiners: ReadonlySet<string>;
  /** Groups and bodies that speak, and plural roles ("la police", "die Feuerwehr", "los investigadores"): with `offices`, the heads of a speaker described, not named. */
  bodies: RegExp;
  /** True for a language that capitalizes every noun (German): a one-word speaker must be the surname of a longer name in the article ("laut Polizei" names no one). */
  nounsCapitalized?: boolean;
  /** Words a speech verb takes after itself: particles of separable verbs ("fügte hinzu", "voegde eraan toe") and the infinitive of "a fait savoir", "liet weten". */
  separable?: ReadonlySet<string>;
  /** The word opening a clause of the source ("…, wie die Polizei mitteilte", "zoals de gemeente meldde"), its verb last. */
  as?: ReadonlySet<string>;
  /** Pronouns after a preposition ("selon lui", "laut ihm"): the speaker named last. */
  objectPronouns: ReadonlySet<string>;
  /** "and" between two verbs of one subject ("pidió calma y aseguró que"). */
  and: ReadonlySet<string>;
  /** True for a language that leaves out a subject pronoun (Spanish, Italian, Portuguese): a speech verb with no subject after it stands for the speaker before. */
  proDrop?: boolean;
  /** True for a language whose papers write replies with dialogue dashes (`—No vamos a ceder —dijo la alcaldesa—.`): `dashes.ts`. */
  dialogueDashes?: boolean;
  /** True for a language whose dash reply goes on after an attribution that ends its sentence, with no new dash (French: `– Je commence à 3 heures, raconte la boulangère. Mais quand je vois …`); elsewhere a reply going on opens on a dash again. */
  replyGoesOnUndashed?: boolean;
  /** The auxiliaries of a passive before its participle ("fue", "ha sido", "è stato", "a été"): `«…», fue anunciado por X`, `Fue confirmado por X que …` (`passive.ts`). */
  passive?: ReadonlyArray<readonly string[]>;
  /** Prepositions naming a passive's agent ("por", "par", "dal"); those holding the article ("pelo", "dal") in `agentArticles`. */
  agents?: ReadonlySet<string>;
  agentArticles?: ReadonlySet<string>;
  /** What a source phrase may name instead of the speaker, before a participle and its agent: a statement (`según un comunicado emitido por X`), or "what" (`secondo quanto riferito dal Comune`). */
  issued?: ReadonlySet<string>;
  /** Words saying a document reads so, before the preposition naming it (`peut-on lire dans`, `si legge in`, `lê-se num`, `hieß es in`): `documents.ts`. */
  readIn?: ReadonlyArray<readonly string[]>;
  /** Prepositions (with their article, `num`, `nella`, `im`) naming where words are read, after `readIn`. */
  within?: ReadonlySet<string>;
  /** Documents a body issues (`communiqué`, `Mitteilung`): their issuer speaks their words. */
  documents?: ReadonlySet<string>;
  /** Copulas before a noun of saying (`fue`, `è stato`, `foi`): `«…», fue la advertencia del alcalde`. */
  copulas?: ReadonlyArray<readonly string[]>;
  /** Nouns of what someone said (`advertencia`, `commento`, `desabafo`): `documents.ts`. */
  sayings?: ReadonlySet<string>;
  /** A preposition of where words come from, between a speech verb and its source (`se informó desde el Ayuntamiento`). */
  from?: ReadonlySet<string>;
  /** True for a language whose reported speech may follow the verb's comma without "that" (German, in the subjunctive: "sagte, er komme"). */
  thatOptional?: boolean;
  /**
   * Verbs of the mood that marks a sentence as reported, so that one right
   * after a report carries it on (`reported-chains.ts`): German subjunctive
   * forms (`sei`, `habe`, `hätten`) and any verb in -e beside a subject
   * pronoun (`man prüfe`, `komme es`); the conditional of French, Spanish and
   * Italian by its endings (`serait`, `ofrecería`, `sarebbe`), `except` words
   * that only look like one (`portrait`), `sharedWithNouns` endings that are
   * nouns after a determiner (`la consejería`). `hedges` are the
   * auxiliaries of a compound conditional that is as often the reporter's
   * own hedge on a past event (`Le suspect aurait fui`, `el sospechoso
   * habría huido`): a sentence holding one carries a report on only when it
   * opens on one of `openers` (one or two words: subject pronouns and
   * connectives, `Il aurait ajouté`, `Además,`) or on the verb itself (a
   * dropped subject). Italian has none: it reports the future in the past in
   * that tense (`Il sindacato avrebbe chiesto`). `hedgedBy`: a hedge counts only with such a word after it (Portuguese and Dutch: `reported-moods.ts`).
   */
  reportedMood?: { forms?: ReadonlySet<string>; endings?: RegExp; except?: RegExp; sharedWithNouns?: RegExp; besideSubject?: ReadonlySet<string>; hedges?: ReadonlySet<string>; hedgedBy?: RegExp; openers?: ReadonlySet<string> };
  /** Common nouns of a company, ministry or agency (`empresa`, `Ministerium`) that, after a definite article, stand for the one named before (`body-antecedents.ts`). */
  genericBodies?: RegExp;
  /** True for a language putting the verb second (German, Dutch): "Volgens Van Dijk is de brug veilig", the source's clause with no comma after it. */
  verbSecond?: boolean;
}


const FRENCH: QuoteCues = {
  verbs: words(`
    dit dis déclaré déclare déclarait affirmé affirme affirmait ajouté ajoute ajoutait expliqué explique expliquait
    précisé précise précisait souligné souligne soulignait indiqué indique indiquait estimé estime estimait assuré
    assure assurait annoncé annonce confié confie confiait répondu répond lancé lance insisté insiste rappelé rappelle
    poursuivi poursuit raconté raconte racontait martelé martèle reconnu reconnaît admis averti avertit prévenu
    commenté commente déploré déplore regretté regrette résumé résume noté note observé observe jugé juge tranché
    tranche conclu conclut écrit écrivait disait témoigné témoigne dénoncé dénonce exclame promis promet fait sourit rit
    ironise plaisante indigne insurge lâche dénoncent déplorent ajouter demande conseille glisse confirmé soupire
  `),
  dialogueDashes: true,
  replyGoesOnUndashed: true,
  passive: [['a', 'été'], ['a-t-il', 'été'], ['a-t-elle', 'été'], ['avait', 'été'], ['est'], ['fut']],
  agents: words(`par`),
  issued: words(`communiqué note message rapport document ce`),
  readIn: [['peut-on', 'lire'], ['lit-on'], ['pouvait-on', 'lire'], ['est-il', 'écrit'], ['est-il', 'indiqué']],
  within: words(`dans`),
  documents: words(`communiqué note message lettre rapport courrier texte déclaration courriel`),
  copulas: [['a', 'été'], ['fut'], ['était'], ['est']],
  sayings: words(`réponse réaction commentaire constat explication avertissement mise`),
  auxiliaries: words(`a ont avait avaient aura a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle s'`),
  according: words(`selon`),
  accordingPhrases: [["d'", 'après']],
  opinion: words(`pour`),
  toWhom: words(`à au aux`),
  naming: words(`qualifie qualifié qualifiait juge parle évoque`),
  masculine: words(`le un son il lui m.`),
  feminine: words(`la une sa elle mme mlle`),
  that: words(`que qu'`),
  titles: words(`m. mme mlle me dr pr mgr`),
  pronouns: words(`il elle t-il t-elle`),
  particles: words(`de du des d' la le van von`),
  of: words(`de du des d'`),
  relatives: words(`qui dont lequel laquelle`),
  and: words(`et`),
  objectPronouns: words(`lui elle eux`),
  determiners: words(`le la l' les un une son sa ses leur leurs mon ma mes`),
  bodies: /^(?:sources?|police|gendarmerie|pompiers|secours|autorités|gouvernement|ministère|mairie|préfecture|parquet|entreprise|société|syndicat|direction|armée|enquêteurs|responsables|experts|ingénieurs|témoins|médecins|sauveteurs|agence|hôpital|commission|tribunal|journal)$/,
  separable: words(`savoir`),
  reportedMood: {
    endings: /\p{L}{2}raient$|\p{L}{2}rait$/u, except: /trai(?:en)?t$/, hedges: words(`aurait auraient`),
    openers: new Set([...words(`il elle ils elles on et mais puis ensuite aussi également cependant toutefois selon`), 'de plus', 'en outre', 'par ailleurs', "d'autre part"]),
  },
  genericBodies: /^(?:entreprise|société|groupe|ministère|agence)$/,
  offices: /^(?:maire|ministre|président|présidente|directeur|directrice|porte-parole|préfet|préfète|député|députée|sénateur|sénatrice|commandant|capitaine|professeur|docteur|général|procureur|procureure|avocat|avocate|juge|secrétaire)$/,
};

const GERMAN: QuoteCues = {
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

const SPANISH: QuoteCues = {
  verbs: words(`
    dijo dice decía dicho afirmó afirma afirmado declaró declara declarado explicó explica explicado añadió añade
    añadido aseguró asegura asegurado señaló señala señalado indicó indica indicado manifestó manifiesta subrayó
    subraya agregó agrega comentó comenta advirtió advierte sostuvo sostiene apuntó apunta precisó precisa insistió
    insiste reconoció reconoce recordó recuerda destacó destaca admitió denunció escribió dijeron afirmaron declararon
    explicaron añadieron aseguraron señalaron indicaron informó informa informaron contó cuenta relató relata lamentó lamenta bromea ríe prometió promete pide pidió aconseja
    preguntó pregunta preguntaba anunciado confirmado informado comunicado manifestado subrayado agregado comentado
    advertido sostenido apuntado precisado insistido reconocido recordado destacado admitido denunciado escrito contado
    relatado lamentado prometido pedido respondió responde respondido contestó contesta replicó replica contaba resumió resume resumía
    advirtieron precisaron apuntaron comentaron destacaron recordaron reconocieron insistieron manifestaron subrayaron agregaron
    sostuvieron admitieron denunciaron contaron relataron confirmaron anunciaron comunicaron
    anunció anuncia confirmó confirma
  `),
  dialogueDashes: true,
  passive: [['fue'], ['ha', 'sido'], ['había', 'sido'], ['han', 'sido'], ['fueron'], ['es']],
  agents: words(`por`),
  issued: words(`comunicado nota informe documento escrito lo`),
  readIn: [['se', 'lee'], ['se', 'leía'], ['puede', 'leerse']],
  within: words(`en`),
  documents: words(`comunicado nota escrito informe carta mensaje declaración`),
  copulas: [['fue'], ['era'], ['ha', 'sido']],
  sayings: words(`advertencia queja respuesta comentario reflexión reacción conclusión explicación valoración crítica promesa`),
  from: words(`desde`),
  auxiliaries: words(`ha han había habían se`),
  according: words(`según`),
  accordingPhrases: [['de', 'acuerdo', 'con']],
  opinion: words(`para`),
  toWhom: words(`a al`),
  naming: words(`calificó califica definió define tildó habla habló considera consideró`),
  masculine: words(`el un él sr. don`),
  feminine: words(`la una ella sra. srta. doña`),
  that: words(`que`),
  titles: words(`sr. sra. srta. don doña dr. dra.`),
  pronouns: words(`él ella`),
  particles: words(`de del la las los y`),
  of: words(`de del`),
  relatives: words(`que quien quienes cuyo cuya`),
  and: words(`y e`),
  proDrop: true,
  reportedMood: {
    endings: /\p{L}rían?$/u, sharedWithNouns: /ría$/, hedges: words(`habría habrían`),
    openers: new Set([...words(`él ella ellos ellas y pero además también asimismo luego después según igualmente`), 'por otra parte', 'por su parte', 'en cambio']),
  },
  genericBodies: /^(?:empresa|compañía|grupo|ministerio|departamento|consejería)$/,
  objectPronouns: words(`él ella ellos ellas`),
  determiners: words(`el la los las un una su sus mi mis`),
  bodies: /^(?:fuentes?|policía|bomberos|autoridades|gobierno|ministerio|ayuntamiento|fiscalía|empresa|compañía|sindicato|ejército|investigadores|responsables|expertos|testigos|médicos|agencia|hospital|comisión|tribunal|diario)$/,
  offices: /^(?:alcalde|alcaldesa|ministro|ministra|presidente|presidenta|director|directora|portavoz|diputado|diputada|senador|senadora|fiscal|juez|jueza|general|doctor|doctora|profesor|profesora|secretario|secretaria|consejero|consejera)$/,
};

const ITALIAN: QuoteCues = {
  verbs: words(`
    detto dice disse dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega spiegò aggiunto aggiunge
    aggiunse sottolineato sottolinea sottolineò precisato precisa precisò annunciato annuncia commentato commenta
    ribadito ribadisce osservato osserva assicurato assicura ammesso ammette avvertito avverte scritto scrive
    ricordato ricorda denunciato denuncia raccontato racconta raccontò informato fatto sorride scherza lamenta promesso promette consiglia chiede invita
    confermato comunicato riferito annunciò confermò conferma
  `),
  dialogueDashes: true,
  passive: [['è', 'stato'], ['è', 'stata'], ['sono', 'stati'], ['fu'], ['viene'], ['è']],
  agents: words(`da dal dalla dallo dall' dai dagli dalle`),
  agentArticles: words(`dal dalla dallo dall' dai dagli dalle`),
  issued: words(`nota comunicato documento quanto`),
  readIn: [['si', 'legge'], ['si', 'leggeva'], ['è', 'scritto']],
  within: words(`in nella nel nei`),
  documents: words(`nota comunicato lettera messaggio documento dichiarazione`),
  copulas: [['è', 'stato'], ['è', 'stata'], ['fu'], ['era']],
  sayings: words(`commento risposta reazione replica spiegazione osservazione sfogo avvertimento`),
  auxiliaries: words(`ha hanno aveva avevano si`),
  according: words(`secondo`),
  accordingPhrases: [['a', 'detta', 'di']],
  opinion: words(`per`),
  toWhom: words(`a al ai alle all' allo`),
  naming: words(`definito definisce definì parla parlato considera ritiene`),
  masculine: words(`il lo un uno suo lui sig. dott.`),
  feminine: words(`la una sua lei sig.ra dott.ssa`),
  that: words(`che`),
  titles: words(`sig. sig.ra dott. dott.ssa on. avv. prof.`),
  pronouns: words(`lui lei`),
  particles: words(`di de del della da d' la lo`),
  of: words(`di del della dei degli delle dello dell'`),
  relatives: words(`che cui`),
  and: words(`e ed`),
  proDrop: true,
  reportedMood: { endings: /\p{L}{2}rebbe(?:ro)?$/u },
  genericBodies: /^(?:azienda|società|gruppo|ministero|dipartimento)$/,
  objectPronouns: words(`lui lei loro`),
  determiners: words(`il lo la l' i gli le un una suo sua suoi loro mio mia`),
  bodies: /^(?:fonti|fonte|polizia|carabinieri|vigili|autorità|governo|ministero|comune|procura|prefettura|azienda|società|sindacato|esercito|inquirenti|investigatori|responsabili|esperti|testimoni|medici|soccorritori|agenzia|ospedale|commissione|tribunale|regione|protezione|giornale)$/,
  separable: words(`sapere`),
  offices: /^(?:sindaco|ministro|ministra|presidente|direttore|direttrice|dirigente|preside|portavoce|deputato|deputata|senatore|senatrice|assessore|assessora|procuratore|giudice|generale|professore|professoressa|segretario|segretaria|prefetto)$/,
};

const PORTUGUESE: QuoteCues = {
  verbs: words(`
    disse diz dito afirmou afirma declarou declara explicou explica acrescentou acrescenta sublinhou sublinha
    garantiu garante referiu refere salientou salienta adiantou frisou indicou indica assegurou comentou comenta
    admitiu reconheceu lembrou destacou destaca escreveu alertou avisou disseram afirmaram declararam explicaram
    garantiram referiram informou contou conta relatou relata lamentou lamenta queixou-se queixa-se brinca sorri prometeu promete pede pediu aconselha
    anunciado confirmado informado divulgado comunicado referido afirmado declarado explicado garantido indicado
    acrescentado sublinhado salientado adiantado frisado assegurado comentado admitido reconhecido lembrado destacado
    escrito alertado avisado contado relatado lamentado prometido pedido perguntou pergunta perguntava respondeu responde
    respondido anunciou anuncia anunciaram confirmou confirma confirmaram
  `),
  dialogueDashes: true,
  passive: [['foi'], ['tem', 'sido'], ['foram'], ['é']],
  agents: words(`por pelo pela pelos pelas`),
  agentArticles: words(`pelo pela pelos pelas`),
  issued: words(`comunicado nota relatório documento`),
  readIn: [['lê-se'], ['pode', 'ler-se'], ['podia', 'ler-se']],
  within: words(`em num numa no na`),
  documents: words(`comunicado nota carta mensagem documento declaração`),
  copulas: [['foi'], ['era']],
  sayings: words(`desabafo comentário resposta reação explicação alerta crítica aviso`),
  auxiliaries: words(`tem têm tinha tinham`),
  according: words(`segundo`),
  accordingPhrases: [['de', 'acordo', 'com']],
  opinion: words(`para`),
  toWhom: words(`à ao aos às a`),
  naming: words(`classificou classifica chamou qualificou fala falou considera considerou`),
  masculine: words(`o um seu ele sr.`),
  feminine: words(`a uma sua ela sra.`),
  that: words(`que`),
  titles: words(`sr. sra. dr. dra. d.`),
  pronouns: words(`ele ela`),
  particles: words(`de da do dos das e`),
  of: words(`de do da dos das`),
  relatives: words(`que quem cujo cuja`),
  and: words(`e`),
  proDrop: true,
  reportedMood: PORTUGUESE_MOOD,
  genericBodies: /^(?:empresa|companhia|grupo|ministério)$/,
  objectPronouns: words(`ele ela eles elas`),
  determiners: words(`o a os as um uma seu sua meu minha`),
  bodies: /^(?:fontes?|polícia|psp|gnr|bombeiros|autoridades|governo|ministério|câmara|município|empresa|sindicato|exército|investigadores|responsáveis|especialistas|testemunhas|médicos|agência|hospital|comissão|tribunal|proteção|jornal)$/,
  offices: /^(?:presidente|ministro|ministra|diretor|diretora|porta-voz|deputado|deputada|autarca|vereador|vereadora|juiz|juíza|procurador|procuradora|general|professor|professora|secretário|secretária)$/,
};

const DUTCH: QuoteCues = {
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

/** News agencies a speaker talks to, named between the verb and the speaker (`a déclaré à l'AFP`, `disse à Lusa Ana Sousa`). */
export const NEWS_AGENCIES = words(`afp ap reuters dpa efe lusa ansa agi anp belga apa ats sda ap-dow kyodo xinhua`);

/** The cues of each language whose quotations are read, by ISO 639-1 code. */
export const QUOTE_CUES: Readonly<Record<string, QuoteCues>> = Object.freeze({ fr: FRENCH, de: GERMAN, es: SPANISH, it: ITALIAN, pt: PORTUGUESE, nl: DUTCH });
