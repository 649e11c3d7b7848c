import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { findQuotesIn } from './find.js';
import { textArticle } from './test-support/articles.js';

/**
 * Hard cases of speakers in the languages besides English, found while
 * mending the rules on the dev split of `bench:quotes-languages` and
 * `bench:quotes-single` (session 23; their texts are not copied here) or
 * written as probes of common news forms in each language: the
 * language, a made-up report, then every quotation as [kind, words,
 * speaker or "-"].
 */
const SPEAKER_CASES: Array<[string, string, string, Array<[string, string, string]>]> = [
  ['a verb written with its pronoun after a quotation attributes it, whatever the verb; "elle" goes back past sentences whose subject is "elle"', 'fr',
    'Nadia Ferrand a ouvert sa boulangerie en 2010. Elle raconte avoir douté. Après un CAP à Nantes, elle a travaillé dix ans en usine. « Je m\'ennuyais à mourir », sourit-elle.', [
      ['direct', 'Je m\'ennuyais à mourir', 'Nadia Ferrand'],
    ]],
  ['a quotation opening its sentence after one whose subject is a person is that person\'s words', 'fr',
    'Dans la cuisine, ça sent le beurre. Nadia Ferrand sort une fournée du four. « Celle-ci, je l\'ai lancée à cinq heures du matin. »', [
      ['direct', 'Celle-ci, je l\'ai lancée à cinq heures du matin.', 'Nadia Ferrand'],
    ]],
  ['a stressed pronoun before a colon speaks; "lui" is not the "sa nièce" of "selon"', 'fr',
    'Son oncle, Marcel Ferrand, passe « presque tous les matins » à la boutique, selon sa nièce. Lui se montre plus discret : « Je viens pour le café. »', [
      ['indirect', 'Son oncle, Marcel Ferrand, passe " presque tous les matins " à la boutique', 'sa nièce'],
      ['direct', 'presque tous les matins', 'sa nièce'],
      ['direct', 'Je viens pour le café.', 'Marcel Ferrand'],
    ]],
  ['many told cannot be the name set off after them: it is the teller\'s (mend24d)', 'es',
    '«Vamos a recurrir», dijo el portavoz a los periodistas, Luis Prado.', [
      ['direct', 'Vamos a recurrir', 'Luis Prado'],
    ]],
  ['many told with no name after them leave the teller the speaker', 'es',
    '«Vamos a recurrir», explicó el alcalde a los vecinos en la plaza.', [
      ['direct', 'Vamos a recurrir', 'el alcalde'],
    ]],
  ['many told in Italian, "to" holding the article', 'it',
    '«Ricorreremo», ha detto il sindaco ai giornalisti, Paolo Neri.', [
      ['direct', 'Ricorreremo', 'Paolo Neri'],
    ]],
  ['"d\'après" opens a source like "selon"', 'fr',
    'D\'après la Fédération des boulangers, une trentaine de boutiques ferment chaque année.', [
      ['indirect', 'une trentaine de boutiques ferment chaque année', 'la Fédération des boulangers'],
    ]],
  ['"d\'après" and "de acuerdo con" after a clause or a closing mark name its source too, as "selon" does ("la même fédération" the one named before)', 'fr',
    'Une trentaine de boutiques ferment chaque année, d\'après la Fédération des boulangers. « Le métier ne fait plus rêver », d\'après la même fédération.', [
      ['indirect', 'Une trentaine de boutiques ferment chaque année', 'la Fédération des boulangers'],
      ['direct', 'Le métier ne fait plus rêver', 'la Fédération des boulangers'],
    ]],
  ['with no attribution before, "ela" is the one person the article has named', 'pt',
    'Numa escola de Vila Seca, trinta crianças jogam xadrez. À frente delas está a professora Joana Prates.\n\n“Comecei com um tabuleiro só. As crianças faziam fila.\n\n“Hoje temos vinte tabuleiros”, diz ela.', [
      ['direct', 'Comecei com um tabuleiro só. As crianças faziam fila.\n\n"Hoje temos vinte tabuleiros', 'Joana Prates'],
    ]],
  ['a definite description stands for the name the article gave it before, and so does a pronoun after it', 'pt',
    'À frente delas está a professora Joana Prates. Segundo a professora, as notas subiram. Ela afirma que as brigas acabaram.', [
      ['indirect', 'as notas subiram', 'Joana Prates'],
      ['indirect', 'as brigas acabaram', 'Joana Prates'],
    ]],
  ['a pronoun after an opening participle clause speaks before a colon; the name set off after "Um dos alunos" is the subject', 'pt',
    'Um dos alunos, Tiago, de 11 anos, quer ser mestre. Perguntado sobre o jogo, ele não hesita: “Ganhar da professora.”', [
      ['direct', 'Ganhar da professora.', 'Tiago'],
    ]],
  ['"De acordo com X" opens a source, and a verb with no subject after it stands for that source', 'pt',
    'De acordo com o dono do armazém, que não quis ser identificado, o edifício tinha sido inspecionado. "Tínhamos tudo em ordem. Não percebo como isto aconteceu", declarou.', [
      ['indirect', 'o edifício tinha sido inspecionado', 'o dono do armazém'],
      ['direct', 'Tínhamos tudo em ordem. Não percebo como isto aconteceu', 'o dono do armazém'],
    ]],
  ['a name set off after a description opening the sentence is its subject', 'it',
    'La dirigente scolastica, Maria Teresa Orsini, ha scritto alle famiglie. «Ho comprato due stufe», ha aggiunto.', [
      ['direct', 'Ho comprato due stufe', 'Maria Teresa Orsini'],
    ]],
  ['a quotation with no attribution, later in the paragraph of one and no one else named between, goes on with its speaker', 'es',
    'Rosa Olmedo abrió la panadería en 2005. Olmedo reconoce que el cansancio pesa. ¿Quién la sustituirá? «Esa es la pregunta del millón».', [
      ['indirect', 'el cansancio pesa', 'Rosa Olmedo'],
      ['direct', 'Esa es la pregunta del millón', 'Rosa Olmedo'],
    ]],
  ['a verb with no subject keeps the speaker past a sentence naming no one; words reported inside a quotation are not reported speech', 'es',
    '«Mi marido decía que estaba loca», recuerda Rosa Olmedo. Hace dos años, un programa de televisión le dedicó un reportaje. «Salí treinta segundos», cuenta.', [
      ['direct', 'Mi marido decía que estaba loca', 'Rosa Olmedo'],
      ['direct', 'Salí treinta segundos', 'Rosa Olmedo'],
    ]],
  ['a quotation reopening after its attribution in the same sentence goes on with its speaker', 'de',
    '„Ende Mai“, sagt ein Sprecher der Stadt auf Nachfrage, „ist die Brücke wieder offen.“', [
      ['direct', 'Ende Mai', 'ein Sprecher der Stadt'],
      ['direct', 'ist die Brücke wieder offen.', 'ein Sprecher der Stadt'],
    ]],
  ['a separable verb whose particle closes the clause before the quotation', 'de',
    'Umweltministerin Jana Kessler (Grüne) rief beide Seiten auf, „sofort an den Tisch zurückzukehren“.', [
      ['direct', 'sofort an den Tisch zurückzukehren', 'Jana Kessler'],
    ]],
  ['a verb naming its object speaks the name quoted after it; a description opens after a live blog\'s dash', 'nl',
    '14.55 uur - De staatssecretaris van Waterbeheer noemt de situatie "onaanvaardbaar".', [
      ['direct', 'onaanvaardbaar', 'De staatssecretaris van Waterbeheer'],
    ]],
  ['"lacht" after a quotation attributes it; "Mijn vrouw" speaks the quotation inside', 'nl',
    '‘Ik heb nog nooit zoveel soep gemaakt’, lacht vrijwilliger Joost Bakker (70). ‘Mijn vrouw zei: “Je woont daar, hè?” En dat klopte wel.’', [
      ['direct', 'Ik heb nog nooit zoveel soep gemaakt', 'Joost Bakker'],
      ['direct', 'Mijn vrouw zei: "Je woont daar, hè?" En dat klopte wel.', 'Joost Bakker'],
      ['direct', 'Je woont daar, hè?', 'Mijn vrouw'],
    ]],
  ['a quotation after a sentence naming one person alone is that person\'s words', 'nl',
    'Het dak wordt deze winter vernieuwd. Voor Anouk Visser is het werk nog niet klaar. "Nu moeten we het gebouw ook vullen, met iedereen."', [
      ['direct', 'Nu moeten we het gebouw ook vullen, met iedereen.', 'Anouk Visser'],
    ]],
  ['a reflexive verb after a quotation ("s\'indigne", tokens "s\'" "indigne") attributes it', 'fr',
    '« C\'est un désastre pour le village », s\'indigne Paul Girard.', [
      ['direct', 'C\'est un désastre pour le village', 'Paul Girard'],
    ]],
  ['a sentence opening on "pour" and a name: the quotation in it is that person\'s view', 'fr',
    'Pour Paul Girard, « c\'est un désastre ».', [
      ['direct', 'c\'est un désastre', 'Paul Girard'],
    ]],
  ['"per" and a description with a name, a bracket between it and the quotation; a title inside the bracket is no quotation', 'it',
    'Per il consigliere Marco Riva (lista civica "Noi per Sarnello") la strada «andava rifatta già l\'anno scorso».', [
      ['direct', 'andava rifatta già l\'anno scorso', 'Marco Riva'],
    ]],
  ['a courtesy title after an article ("la Sra.", "il dott.") opens the name after a verb', 'es',
    '«No vamos a cerrar», afirmó la Sra. Pilar Gómez, alcaldesa del municipio.', [
      ['direct', 'No vamos a cerrar', 'Pilar Gómez'],
    ]],
  ['a courtesy title after an article ("il dott.") opens the name after a verb', 'it',
    '«Non chiuderemo il reparto», ha detto il dott. Marco Rossi, primario.', [
      ['direct', 'Non chiuderemo il reparto', 'Marco Rossi'],
    ]],
  ['in German a one-word name after a courtesy title speaks, though every noun is capitalized', 'de',
    '„Das ist ein Skandal“, sagte Herr Brandt.', [
      ['direct', 'Das ist ein Skandal', 'Brandt'],
    ]],
  ['a description\'s noun before the sentence\'s end is part of it', 'de',
    '„Wir sind enttäuscht“, sagt die 34-jährige Mutter.', [
      ['direct', 'Wir sind enttäuscht', 'die 34-jährige Mutter'],
    ]],
  ['present-tense verbs of telling and complaining ("conta", "lamentou")', 'pt',
    '"Estamos preocupados", conta Manuel Ferreira, morador. "Ninguém nos avisou", lamentou Rita Mendes.', [
      ['direct', 'Estamos preocupados', 'Manuel Ferreira'],
      ['direct', 'Ninguém nos avisou', 'Rita Mendes'],
    ]],
  ['"zucht" after a quotation attributes it', 'nl',
    '"We zijn teleurgesteld", zucht bewoner Henk Smit.', [
      ['direct', 'We zijn teleurgesteld', 'Henk Smit'],
    ]],
  ['"Selon X," and "Según X," before a quotation in the sentence name its speaker', 'fr',
    'Selon Jean Dufour, « rien ne sera plus comme avant ».', [
      ['direct', 'rien ne sera plus comme avant', 'Jean Dufour'],
    ]],
  ['"der" joins a name only after "von": "Hahn der Deutschen Presse-Agentur" is Hahn and whom he told', 'de',
    'Jens Hahn leitet die Stadt seit 2019. „Wir bauen alles wieder auf“, versprach Hahn der Deutschen Presse-Agentur.', [
      ['direct', 'Wir bauen alles wieder auf', 'Jens Hahn'],
    ]],
  ['the name right after a description opening the sentence is its subject, an article before the office left out', 'de',
    'Der Bürgermeister Jens Hahn ist zuversichtlich: „Wir bauen alles wieder auf.“', [
      ['direct', 'Wir bauen alles wieder auf.', 'Jens Hahn'],
    ]],
  ['the name right after a description opening the sentence is its subject', 'it',
    'Il sindaco Luca Neri è stato chiaro: «Ricostruiremo tutto in un anno».', [
      ['direct', 'Ricostruiremo tutto in un anno', 'Luca Neri'],
    ]],
  ['"laat … weten" and "belooft" after a quotation', 'nl',
    '"We bouwen alles weer op", laat burgemeester Jan Bos weten. "Dat duurt wel een jaar", belooft wethouder Eva Kok.', [
      ['direct', 'We bouwen alles weer op', 'Jan Bos'],
      ['direct', 'Dat duurt wel een jaar', 'Eva Kok'],
    ]],
  ['whom the words were told may stand between the verb and "que"', 'fr',
    'Le maire a déclaré aux journalistes que la route rouvrirait lundi.', [
      ['indirect', 'la route rouvrirait lundi', 'Le maire'],
    ]],
  ['whom the words were told may stand between the verb and "che"', 'it',
    'La dirigente, Anna Ruggeri, ha scritto alle famiglie che le lezioni proseguiranno.', [
      ['indirect', 'le lezioni proseguiranno', 'Anna Ruggeri'],
    ]],
  ['whom the words were told may stand between the verb and "dat"', 'nl',
    'De burgemeester zei tegen de krant dat de weg maandag weer opengaat.', [
      ['indirect', 'de weg maandag weer opengaat', 'De burgemeester'],
    ]],
  ['a separable verb\'s particle may end the sentence a few words after the speaker; "kündigt an," reports the clause after it', 'de',
    'Bei der Sanierung seien Schäden entdeckt worden, teilte die Stadtverwaltung am Dienstag mit. Die Gewerkschaft kündigt an, den Streik bis Donnerstag auszuweiten.', [
      ['indirect', 'Bei der Sanierung seien Schäden entdeckt worden', 'die Stadtverwaltung'],
      ['indirect', 'den Streik bis Donnerstag auszuweiten', 'Die Gewerkschaft'],
    ]],
  ['"según informaron fuentes de …": a verb between "según" and the source, "fuentes" a source with no article', 'es',
    'Un incendio obligó a desalojar a 300 vecinos, según informaron fuentes del servicio de emergencias.', [
      ['indirect', 'Un incendio obligó a desalojar a 300 vecinos', 'fuentes del servicio de emergencias'],
    ]],
  ['"a mesma fonte": the head after "same"', 'pt',
    'Segundo a mesma fonte, o alerta foi dado às 14:12.', [
      ['indirect', 'o alerta foi dado às 14:12', 'a mesma fonte'],
    ]],
  ['a source with no article after the agency told speaks; "a mesma fonte" is that source', 'pt',
    'Um incêndio obrigou ao corte da estrada, disse à agência Lusa fonte dos bombeiros de Ribafria. Segundo a mesma fonte, o alerta foi dado às 14:12.', [
      ['indirect', 'Um incêndio obrigou ao corte da estrada', 'fonte dos bombeiros de Ribafria'],
      ['indirect', 'o alerta foi dado às 14:12', 'fonte dos bombeiros de Ribafria'],
    ]],
  ['"elle" is not the man the sentence before opens on, but the woman it names', 'fr',
    'Le maire Marc Dufour a rencontré la préfète, Anne Morel. « Nous ferons tout pour les sinistrés », a-t-elle assuré.', [
      ['direct', 'Nous ferons tout pour les sinistrés', 'Anne Morel'],
    ]],
  ['an office\'s article gives the gender of the name after it ("El alcalde Luis Vera"), so "ella" is the councillor', 'es',
    'El alcalde Luis Vera se reunió con la consejera Marta Gil. «Haremos todo lo posible», aseguró ella.', [
      ['direct', 'Haremos todo lo posible', 'Marta Gil'],
    ]],
  ['"Y añade:" with no subject goes on with the speaker before', 'es',
    '«Lo hemos perdido todo», explica Ana Gil. Y añade: «La cosecha se ha perdido».', [
      ['direct', 'Lo hemos perdido todo', 'Ana Gil'],
      ['direct', 'La cosecha se ha perdido', 'Ana Gil'],
    ]],
  ['"Et d\'ajouter :", a narrative infinitive, goes on with the speaker before', 'fr',
    '« Nous avons tout perdu », raconte Anne Keller. Et d\'ajouter : « La récolte est perdue. »', [
      ['direct', 'Nous avons tout perdu', 'Anne Keller'],
      ['direct', 'La récolte est perdue.', 'Anne Keller'],
    ]],
  ['the present "voegt … toe" is a speech verb as "voegde" is', 'nl',
    '"We zijn alles kwijt", vertelt Anna de Boer. En ze voegt eraan toe: "De oogst is verloren."', [
      ['direct', 'We zijn alles kwijt', 'Anna de Boer'],
      ['direct', 'De oogst is verloren.', 'Anna de Boer'],
    ]],
  ['"elle" passes a sentence whose subject is a man set off after "Son fils"', 'fr',
    'Anne Keller tient la ferme depuis 2010. Son fils, Louis, l\'aide le week-end. « Nous avons tout perdu », confie-t-elle.', [
      ['direct', 'Nous avons tout perdu', 'Anne Keller'],
    ]],
  ['one who speaks of something in quote marks ("parla di") speaks those words', 'it',
    'Il sindaco di Borgoverde, Marco Sala, parla di "una situazione drammatica" e chiede aiuto.', [
      ['direct', 'una situazione drammatica', 'Marco Sala'],
    ]],
  ['one who holds something to be what the quote marks say ("hält … für") speaks those words', 'de',
    '+++ 9.20 Uhr: Die Nordbahn-Gesellschaft NBG hält den Streik für „völlig überzogen“. +++', [
      ['direct', 'völlig überzogen', 'Nordbahn-Gesellschaft NBG'],
    ]],
  ['a relative clause\'s verb speaks for the description before its comma; "consiglia di" takes the quotation', 'it',
    'Chiusa la statale tra Pontevecchio e Rocca Alta. Lo comunica la società concessionaria, che consiglia di "evitare ogni spostamento".', [
      ['direct', 'evitare ogni spostamento', 'la società concessionaria'],
    ]],
  ['a name after "de la" in an apposition belongs to the description: the speaker is the name before it', 'fr',
    'Jean-Luc Morin, porte-parole de la CGT, a déclaré : « Nous ferons grève lundi. »', [
      ['direct', 'Nous ferons grève lundi.', 'Jean-Luc Morin'],
    ]],
  ['an office after a hyphen ("FNV-bestuurder") is no part of the name', 'nl',
    '"We gaan maandag staken", zegt FNV-bestuurder Jan de Wit.', [
      ['direct', 'We gaan maandag staken', 'Jan de Wit'],
    ]],
];

describe('findQuotesIn: speakers, hard cases', () => {
  it.each(SPEAKER_CASES)('%s (%s)', (_, language, text, expected) => {
    const article = textArticle(text, { language });
    const found = findQuotesIn(article, language).map((quote) => [quote.kind, spanText(article.text, quote.span), quote.speaker?.name ?? '-']);
    expect(found).toEqual(expected);
  });
});
