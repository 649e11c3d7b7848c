/**
 * What tells languages apart in a few hundred words of news: the script its
 * letters are written in, and, among the languages written in Latin letters,
 * their most frequent function words. Words several languages share ("de",
 * "la", "en", "que") are left out, so each list points at one language.
 */

/** Scripts by a letter range, with the language a news text in them is most likely in. */
export const SCRIPTS: readonly { script: string; pattern: RegExp; language: string }[] = [
  { script: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u, language: 'ru' },
  { script: 'Greek', pattern: /\p{Script=Greek}/u, language: 'el' },
  { script: 'Arabic', pattern: /\p{Script=Arabic}/u, language: 'ar' },
  { script: 'Hebrew', pattern: /\p{Script=Hebrew}/u, language: 'he' },
  { script: 'Devanagari', pattern: /\p{Script=Devanagari}/u, language: 'hi' },
  { script: 'Thai', pattern: /\p{Script=Thai}/u, language: 'th' },
  { script: 'Hangul', pattern: /\p{Script=Hangul}/u, language: 'ko' },
  { script: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, language: 'ja' },
  { script: 'Han', pattern: /\p{Script=Han}/u, language: 'zh' },
];

/** Letters that name a language within its script's family ("ї" is Ukrainian, "پ" Persian). */
export const MARKER_LETTERS: readonly { language: string; within: string; letters: RegExp }[] = [
  { language: 'uk', within: 'ru', letters: /[їієґ]/u },
  { language: 'fa', within: 'ar', letters: /[پچژگ]/u },
];

/** The most frequent function words of languages written in Latin letters. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'is', 'that', 'was', 'for', 'with', 'as', 'by', 'at', 'from', 'his', 'it', 'he', 'she', 'said', 'have', 'has', 'had', 'were', 'are', 'be', 'been', 'this', 'which', 'who', 'would', 'will', 'not', 'but', 'an', 'they', 'their', 'there', 'after'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'dem', 'den', 'des', 'mit', 'von', 'zu', 'auf', 'für', 'sich', 'auch', 'im', 'wurde', 'werden', 'sind', 'wie', 'bei', 'nach', 'aus', 'er', 'sie', 'es', 'hat', 'haben', 'dass', 'oder', 'aber', 'noch', 'am'],
  fr: ['le', 'les', 'des', 'du', 'une', 'et', 'est', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'par', 'elle', 'ont', 'été', 'sont', 'ce', 'cette', 'mais', 'ses', 'son', 'leur', 'plus', 'il', 'ne', 'nous', 'à'],
  es: ['el', 'los', 'las', 'del', 'una', 'y', 'es', 'por', 'con', 'para', 'su', 'sus', 'al', 'lo', 'como', 'pero', 'fue', 'ha', 'han', 'este', 'esta', 'más', 'le', 'entre', 'sobre', 'también', 'dijo', 'ya'],
  it: ['gli', 'della', 'delle', 'dei', 'degli', 'di', 'che', 'non', 'per', 'sono', 'è', 'nel', 'nella', 'nelle', 'alla', 'anche', 'ma', 'più', 'stato', 'questo', 'dalla', 'hanno', 'essere', 'ed', 'ad', 'tra', 'il', 'lo', 'sul', 'dal', 'loro', 'molto', 'dopo', 'ancora', 'quando', 'perché', 'detto', 'uno'],
  pt: ['os', 'do', 'da', 'dos', 'das', 'não', 'uma', 'um', 'é', 'em', 'com', 'mais', 'foi', 'ao', 'à', 'pelo', 'pela', 'seu', 'sua', 'também', 'são', 'está', 'ele', 'ela', 'isso', 'disse', 'no', 'na'],
  nl: ['het', 'een', 'van', 'niet', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'die', 'ook', 'aan', 'er', 'maar', 'om', 'werd', 'worden', 'bij', 'nog', 'naar', 'uit', 'wordt', 'hij', 'zij', 'heeft', 'hebben', 'is'],
  sv: ['och', 'att', 'det', 'som', 'är', 'på', 'av', 'för', 'med', 'inte', 'den', 'till', 'har', 'om', 'var', 'ett', 'vid', 'så', 'också', 'efter', 'hade', 'sina', 'kan', 'eller'],
  da: ['og', 'af', 'ikke', 'havde', 'blev', 'efter', 'meget', 'hvor', 'været', 'mod', 'nogle', 'sig', 'jeg', 'der', 'det', 'at', 'på', 'til', 'med', 'er', 'som'],
  nb: ['og', 'av', 'ikke', 'hadde', 'ble', 'etter', 'mye', 'hvor', 'vært', 'mot', 'noen', 'seg', 'jeg', 'det', 'at', 'på', 'til', 'med', 'er', 'som', 'å'],
  pl: ['w', 'na', 'nie', 'się', 'z', 'do', 'że', 'jest', 'jak', 'ale', 'po', 'od', 'przez', 'za', 'dla', 'był', 'była', 'są', 'oraz', 'jego', 'jej', 'tym', 'także', 'już'],
  cs: ['v', 'se', 'je', 'že', 's', 'jako', 'pro', 'který', 'která', 'které', 'jsou', 'bylo', 'byl', 'také', 'jeho', 'jejich', 'ale', 'podle', 'už', 'když'],
  ro: ['și', 'în', 'cu', 'pe', 'care', 'nu', 'din', 'este', 'pentru', 'au', 'mai', 'sunt', 'fost', 'după', 'acest', 'această', 'iar', 'fi', 'ca'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'olan', 'gibi', 'ama', 'sonra', 'kadar', 'değil', 'her', 'ise', 'şu', 'dedi'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh', 'mereka', 'sudah', 'kata'],
  fi: ['ja', 'on', 'ei', 'että', 'hän', 'oli', 'ovat', 'mutta', 'kun', 'tai', 'myös', 'jo', 'sen', 'joka', 'kuin', 'ole', 'olla', 'vuonna', 'mukaan'],
  hu: ['az', 'és', 'hogy', 'nem', 'egy', 'van', 'meg', 'már', 'csak', 'volt', 'mint', 'még', 'után', 'pedig', 'szerint', 'között'],
};
