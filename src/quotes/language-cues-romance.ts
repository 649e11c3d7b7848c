/**
 * The quotation cues (`QuoteCues`, language-cues.ts) of the Romance
 * languages Tidings reads quotations in: French, Spanish, Italian and
 * Portuguese. Lower case, as tokens are normalized. Written for Tidings.
 */
import { wordSet as words } from '../text/words.js';
import type { QuoteCues } from './language-cues.js';
import { PORTUGUESE_MOOD } from './reported-moods.js';

export const FRENCH: QuoteCues = {
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

export const SPANISH: QuoteCues = {
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

export const ITALIAN: QuoteCues = {
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

export const PORTUGUESE: QuoteCues = {
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
