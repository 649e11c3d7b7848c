/**
 * The words that type a name in the languages besides English whose names
 * are read (French, German, Spanish, Italian, Portuguese, Dutch): words of
 * organisations' names ("GmbH", "ministère", "Partido"), words opening a
 * place's name ("Rue", "Landkreis"), the prepositions a place follows ("à",
 * "in", "en", "em") and the nouns a town follows ("la ville de", "il sindaco
 * di") and the word an age is given with in an apposition
 * ("Paul Renaud, 54 ans,"). Lower case, as tokens are normalized; the
 * speech verbs, courtesy titles, nouns of office and bodies are the quote
 * rules' (`QUOTE_CUES`). Written for Tidings.
 */
import { wordSet as words } from '../text/words.js';

export interface NameCues {
  /** Words that make a name an organisation's, wherever they stand in it ("Albrecht Bau GmbH", "Partido Verde"). */
  organisations: ReadonlySet<string>;
  /** Endings of compound nouns that name a body ("Innenministerium", "Volksbank"), in a language that writes them as one word. */
  organisationEndings?: RegExp;
  /** Words opening a place's name ("Rue de la Paix", "Landkreis Oderbruch"). */
  placeHeads: ReadonlySet<string>;
  /** Prepositions of place: a name right after one is a place's ("à Valcourt", "in Lindhaven"), unless something says it is a person's or an organisation's. */
  placePrepositions: ReadonlySet<string>;
  /** Nouns a town's or a region's name follows with "de", "di", "van" ("la ville de Dinan", "il sindaco di Faenza", "la préfète du Haut-Cantal", "l'hôpital de Vernières"): the name is a place's. */
  placeNouns: ReadonlySet<string>;
  /** The word after an age in an apposition ("54 ans", "54 Jahre"): the name before it is a person's. */
  years: ReadonlySet<string>;
  /**
   * Nouns written after a place preposition without an article that are no
   * places ("in Gefahr", "in Kraft"): German capitalizes them.
   */
  notPlaces?: ReadonlySet<string>;
}


/** Company forms shared across languages, as written after a name ("Lumière Énergie SA", "Atlântico Obras Ltda."), without a final period. */
export const COMPANY_FORMS = words('sa s.a sas sarl gmbh ag kg se e.v spa s.p.a srl s.r.l sl s.l ltda lda bv b.v nv n.v ltd inc');
/** English words companies of every language put in their names ("Delvaux Industries", "Nordwind Holding"). */
export const COMPANY_WORDS = words('industries holding group international airlines energy systems technologies');

export const NAME_CUES: Readonly<Record<string, NameCues>> = Object.freeze({
  fr: {
    organisations: words(`ministère société groupe banque parti union association fédération agence compagnie fondation institut université
      comité commission syndicat club fc front mouvement assemblée tribunal cour mairie préfecture gendarmerie police conseil caisse crédit
      office observatoire centre hôpital clinique lycée collège école académie`),
    placeHeads: words(`rue place avenue boulevard quai pont lac mont col île saint sainte port gare`),
    placePrepositions: words(`à en`),
    placeNouns: words(`ville commune village région département maire mairie habitants préfet préfète préfecture parquet tribunal hôpital`),
    years: words(`ans`),
  },
  de: {
    organisations: words(`union partei verein verband stiftung institut universität hochschule gruppe konzern bank sparkasse klinikum
      ministerium gericht werke bahn post kommission rat agentur`),
    organisationEndings: /(?:ministerium|gericht|polizei|feuerwehr|partei|verband|verein|stiftung|bank|kasse|konzern|agentur|behörde|anstalt|amt|gesellschaft|genossenschaft|universität|hochschule|klinik|klinikum)$/,
    placeHeads: words(`stadt gemeinde landkreis kreis bezirk dorf insel bundesland region kanton`),
    placePrepositions: words(`in`),
    placeNouns: words(`bürgermeister bürgermeisterin einwohner`),
    years: words(`jahre`),
    notPlaces: words(`gefahr kraft zukunft haft sicherheit betrieb ordnung frage ruhe höhe sorge zeit kürze folge not eile angst panik`),
  },
  es: {
    organisations: words(`ministerio partido unión banco compañía empresa grupo fundación instituto universidad asociación federación
      sindicato club consejo agencia tribunal guardia policía ayuntamiento comisión junta cámara hospital`),
    placeHeads: words(`calle plaza avenida puerto puente lago monte isla san santa santo`),
    placePrepositions: words(`en`),
    placeNouns: words(`ciudad municipio pueblo provincia región alcalde alcaldesa ayuntamiento vecinos hospital tribunal`),
    years: words(`años`),
  },
  it: {
    organisations: words(`ministero partito unione banca società gruppo fondazione istituto università associazione federazione
      sindacato consiglio agenzia tribunale comune regione protezione carabinieri polizia commissione camera ospedale`),
    placeHeads: words(`via piazza corso ponte lago monte isola san santa santo porto`),
    placePrepositions: words(`a in nel nella`),
    placeNouns: words(`città comune paese provincia sindaco abitanti prefetto prefettura procura tribunale ospedale`),
    years: words(`anni`),
  },
  pt: {
    organisations: words(`ministério partido união banco companhia empresa grupo fundação instituto universidade associação federação
      sindicato conselho agência tribunal câmara polícia proteção comissão hospital`),
    placeHeads: words(`rua praça avenida ponte lago monte ilha são santa santo porto`),
    placePrepositions: words(`em`),
    placeNouns: words(`cidade concelho vila distrito município autarca câmara habitantes hospital tribunal`),
    years: words(`anos`),
  },
  nl: {
    organisations: words(`ministerie partij unie bank groep stichting instituut universiteit vereniging federatie vakbond raad
      gemeente rechtbank politie waterschap hoogheemraadschap brandweer ziekenhuis`),
    placeHeads: words(`straat plein gracht brug meer eiland sint`),
    placePrepositions: words(`in`),
    placeNouns: words(`stad gemeente dorp provincie burgemeester inwoners ziekenhuis rechtbank`),
    years: words(`jaar`),
  },
});

/**
 * Given names common in these languages, besides the English list's
 * (`isGivenName`): two words or more opening on one name a person. Written
 * for Tidings from general knowledge of the names common in each
 * language's news (widened in session 27), no list copied.
 */
export const GIVEN_NAMES = words(`
  jean pierre michel philippe alain nicolas françois françoise étienne etienne louis luc marc paul jacques bernard christophe olivier
  sébastien julien antoine vincent laurent éric frédéric guillaume emmanuel nathalie isabelle sylvie céline julie camille émilie
  valérie sandrine hélène élisabeth martine brigitte agnès jean-pierre jean-marc jean-luc jean-paul anne-sophie marie-claire
  klaus wolfgang jürgen andreas stefan frank uwe dieter günter günther heinz horst helmut karl heiner jens markus matthias sebastian
  tobias florian lukas ursula sabine petra monika andrea claudia susanne birgit kathrin karin ulrike angela heike martina anja
  torsten thorsten ralf jörg bernd rainer holger volker dirk sven carsten anke silke doris renate gabriele
  josé luis antonio manuel francisco javier miguel pedro pablo jorge alejandro fernando rafael sergio maría carmen lucía isabel
  pilar dolores teresa marta elena cristina giuseppe giovanni marco luca francesco alessandro matteo paolo roberto stefano giorgio
  mario giulia francesca chiara valentina paola federica silvia joão antónio luís rui nuno tiago joana inês catarina sofia beatriz
  rita pieter piet kees henk johan willem bram daan sander ruud erik thijs sanne emma lotte lieke femke marieke anouk eva inge
  mathieu maxime thomas hugo théo léa chloé manon pauline amélie aurélie margaux océane clément mathilde benoît thierry yves
  gérard dominique pascal patrice didier hervé arnaud cédric gaëlle solène
  jan lena leonie hannah lea katharina johanna franziska lisa laura julia anna maximilian felix jonas leon lukas niklas moritz
  philipp simon tim jan-niklas kai timo ingrid hildegard gerhard manfred werner
  alejandra andrés diego gonzalo ignacio joaquín lorenzo mercedes raúl rocío sara víctor álvaro
  alessandra andrea antonella benedetta carlo daniele davide elisa enrico fabio filippo gianluca lorenza massimo michele nicola
  riccardo salvatore simone vittorio
  afonso bruno diogo duarte gonçalo henrique leonor mafalda margarida mariana miguel raquel rodrigo vasco
  annemarie bart bas dirk-jan floor geert jeroen joost koen lars maarten mark niels roel ruben stijn tim wouter
`);

/** The languages besides English whose names are read. */
export const NAME_LANGUAGES: readonly string[] = Object.keys(NAME_CUES);
