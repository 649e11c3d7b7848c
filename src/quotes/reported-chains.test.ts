import { describe, expect, it } from 'vitest';
import { kindWordsSpeaker as quotes } from './test-support/articles.js';

// Made-up reports carried on past their verb of saying by the mood of the verb, and bodies spoken of by a common noun.
describe('reports carried on in the subjunctive or the conditional', () => {
  const carried: Array<[string, string, Array<[string, string, string]>]> = [
    ['de', 'Paul Wendt sagte, die Lage sei ernst. Man werde helfen. Jeden Winter komme es zu Staus.', [
      ['indirect', 'die Lage sei ernst', 'Paul Wendt'],
      ['indirect', 'Man werde helfen', 'Paul Wendt'],
      ['indirect', 'Jeden Winter komme es zu Staus', 'Paul Wendt'],
    ]],
    ['de', '„Wir geben nicht auf“, sagte Bürgermeister Georg Lanz. Notfalls werde die Gemeinde klagen.', [
      ['direct', 'Wir geben nicht auf', 'Georg Lanz'],
      ['indirect', 'Notfalls werde die Gemeinde klagen', 'Georg Lanz'],
    ]],
    ['fr', "Le directeur, Paul Meunier, a expliqué que la décision était prise. Une navette serait mise en place. Les consultations resteraient assurées.", [
      ['indirect', 'la décision était prise', 'Paul Meunier'],
      ['indirect', 'Une navette serait mise en place', 'Paul Meunier'],
      ['indirect', 'Les consultations resteraient assurées', 'Paul Meunier'],
    ]],
    ['fr', "Le maire Paul Roux a indiqué que l'incendie était maîtrisé. Il aurait demandé des renforts. Ensuite, les pompiers auraient évacué le quartier.", [
      ['indirect', "l'incendie était maîtrisé", 'Paul Roux'],
      ['indirect', 'Il aurait demandé des renforts', 'Paul Roux'],
      ['indirect', 'Ensuite, les pompiers auraient évacué le quartier', 'Paul Roux'],
    ]],
    ['es', 'El alcalde Pablo Ruiz dijo que el fuego estaba controlado. Habría cerrado la calle. Además, los bomberos habrían desalojado el barrio.', [
      ['indirect', 'el fuego estaba controlado', 'Pablo Ruiz'],
      ['indirect', 'Habría cerrado la calle', 'Pablo Ruiz'],
      ['indirect', 'Además, los bomberos habrían desalojado el barrio', 'Pablo Ruiz'],
    ]],
    ['es', 'El alcalde, Tomás Ibarra, dijo que el cierre era un golpe. El Ayuntamiento ofrecería suelo gratuito. También pediría ayuda.', [
      ['indirect', 'el cierre era un golpe', 'Tomás Ibarra'],
      ['indirect', 'El Ayuntamiento ofrecería suelo gratuito', 'Tomás Ibarra'],
      ['indirect', 'También pediría ayuda', 'Tomás Ibarra'],
    ]],
    ['it', "Il sindaco Marta Ferri ha detto che la fabbrica chiude. I lavoratori avrebbero saputo tutto dai giornali. Il Comune sarebbe pronto ad aiutare.", [
      ['indirect', 'la fabbrica chiude', 'Marta Ferri'],
      ['indirect', 'I lavoratori avrebbero saputo tutto dai giornali', 'Marta Ferri'],
      ['indirect', 'Il Comune sarebbe pronto ad aiutare', 'Marta Ferri'],
    ]],
  ];
  it.each(carried)('carries a report on in %s: %s', (language, text, expected) => {
    expect(quotes(language, `Title\n\n${text}`)).toEqual(expected);
  });

  const broken: Array<[string, string, Array<[string, string, string]>]> = [
    // The reporter's indicative sentence ends the chain; a conditional after it is the reporter's.
    ['de', 'Landrätin Eva Korn sagte, der Kreis habe alles eingereicht. Die Straße wurde 1970 gebaut. Sie sei zu schmal.', [['indirect', 'der Kreis habe alles eingereicht', 'Eva Korn']]],
    ['fr', "Le maire, Jean Morel, a indiqué que l'école fermait. La commune compte 800 habitants. Ce serait la troisième fermeture.", [['indirect', "l'école fermait", 'Jean Morel']]],
    // No report before: a conditional or a subjunctive alone reports no one.
    ['es', 'El puerto tendrá 400 amarres. Las obras costarían 4 millones.', []],
    ['it', 'Il ponte era crollato nel 2024. Servirebbero sei mesi per rifarlo.', []],
    // A new paragraph does not carry the report on.
    ['de', 'Jan Albers sagte, der Zug sei ausgefallen.\n\nEs gebe keinen Ersatz.', [['indirect', 'der Zug sei ausgefallen', 'Jan Albers']]],
    // Nouns in -ría after an article are no conditionals.
    ['es', 'La consejera, Ana Ruiz, dijo que el plan sigue. La consejería de Empleo abrió ayer.', [['indirect', 'el plan sigue', 'Ana Ruiz']]],
    ['fr', "Le maire, Jean Morel, a indiqué que l'école fermait. Un portrait de la maire orne la salle.", [['indirect', "l'école fermait", 'Jean Morel']]],
    // A compound conditional with a subject of its own is as often the reporter's hedge on a past event.
    ['fr', "Le maire Paul Roux a indiqué que l'incendie était maîtrisé. Le suspect aurait fui vers la Belgique.", [['indirect', "l'incendie était maîtrisé", 'Paul Roux']]],
    ['es', 'El alcalde Pablo Ruiz dijo que el fuego estaba controlado. El sospechoso habría huido a Portugal.', [['indirect', 'el fuego estaba controlado', 'Pablo Ruiz']]],
  ];
  it.each(broken)('does not carry a report on in %s: %s', (language, text, expected) => {
    expect(quotes(language, `Title\n\n${text}`)).toEqual(expected);
  });

  it('gives a phrase quoted inside a sentence carried on to its speaker', () => {
    expect(quotes('fr', "Title\n\nD'après Jeanne Morvan, la métropole savait tout. Le calendrier aurait été « irréaliste dès le départ ».")).toEqual([
      ['indirect', 'la métropole savait tout', 'Jeanne Morvan'],
      ['indirect', 'Le calendrier aurait été " irréaliste dès le départ "', 'Jeanne Morvan'],
      ['direct', 'irréaliste dès le départ', 'Jeanne Morvan'],
    ]);
  });
});

describe('a sentence pointing back at the one before as its report', () => {
  const pointed: Array<[string, string, Array<[string, string, string]>]> = [
    ['de', 'Die Molkerei Hellbach schließt ihr Werk in Tannau. Das teilte das Unternehmen am Montag mit. Die Milchmengen seien rückläufig.', [
      ['indirect', 'Die Molkerei Hellbach schließt ihr Werk in Tannau', 'Molkerei Hellbach'],
      ['indirect', 'Die Milchmengen seien rückläufig', 'Molkerei Hellbach'],
    ]],
    ['it', "La Vetraluce chiuderà lo stabilimento di Borgoscuro. Lo ha comunicato ieri l'azienda ai sindacati. La produzione sarebbe trasferita.", [
      ['indirect', 'La Vetraluce chiuderà lo stabilimento di Borgoscuro', 'La Vetraluce'],
      ['indirect', 'La produzione sarebbe trasferita', 'La Vetraluce'],
    ]],
    ['fr', "La ligne de bus 4 est supprimée. La métropole l'a annoncé jeudi.", [['indirect', 'La ligne de bus 4 est supprimée', 'La métropole']]],
    ['nl', 'In Venwoude zijn woningen ontruimd. Dat meldt de veiligheidsregio Noordkant.', [['indirect', 'In Venwoude zijn woningen ontruimd', 'Noordkant']]],
  ];
  it.each(pointed)('in %s: %s', (language, text, expected) => {
    expect(quotes(language, `Title\n\n${text}`)).toEqual(expected);
  });

  it('takes no quotation and no report for the sentence pointed at', () => {
    expect(quotes('de', 'Title\n\n„Wir schließen“, sagte Anna Brede. Das sagte sie am Montag.')).toEqual([['direct', 'Wir schließen', 'Anna Brede']]);
  });
});

describe('a body spoken of by a common noun', () => {
  it('stands for the body named before as a subject: a company, a German compound ministry, a document of an agency', () => {
    expect(quotes('es', 'Title\n\nLa conservera Peñalta cerrará su fábrica en marzo, según informó la empresa.')).toEqual([['indirect', 'La conservera Peñalta cerrará su fábrica en marzo', 'Peñalta']]);
    expect(quotes('de', 'Title\n\nDas Verkehrsministerium des Landes stoppt den Ausbau. Es seien Mängel aufgefallen, teilte das Ministerium mit.')).toEqual([
      ['indirect', 'Es seien Mängel aufgefallen', 'Das Verkehrsministerium des Landes'],
    ]);
    expect(quotes('fr', "Title\n\nSelon un communiqué de l'agence régionale, le service ferme.")).toEqual([['indirect', 'le service ferme', "l'agence régionale"]]);
  });

  it('does not stand for a person or an office named as the subject before', () => {
    expect(quotes('it', "Title\n\nMarta Ferri guida la fabbrica. La produzione calerà, ha detto l'azienda.")).toEqual([['indirect', 'La produzione calerà', "l'azienda"]]);
    expect(quotes('de', 'Title\n\nDer Bürgermeister Hans Kohl eröffnet das Bad. Es sei teuer, teilte das Unternehmen mit.')).toEqual([['indirect', 'Es sei teuer', 'das Unternehmen']]);
  });
});

describe('attributions around a report: documents, asides and sources opening the sentence', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ['es', 'La conservera Peñalta cerrará en marzo, según informó la empresa en un comunicado.', [['indirect', 'La conservera Peñalta cerrará en marzo', 'Peñalta']]],
    ['es', 'La consejería de Empleo informó de que estudiaría un plan.', [['indirect', 'estudiaría un plan', 'La consejería de Empleo']]],
    ['es', 'Fuentes del departamento indicaron que la reunión será el lunes.', [['indirect', 'la reunión será el lunes', 'Fuentes del departamento']]],
    ['pt', 'A secretaria informou, em nota, que estuda levar a iniciativa a outras escolas.', [['indirect', 'estuda levar a iniciativa a outras escolas', 'A secretaria']]],
    ['nl', 'Piet de Vries schrijft in zijn rapport dat hooguit tien bomen ziek zijn.', [['indirect', 'hooguit tien bomen ziek zijn', 'Piet de Vries']]],
    ['de', 'Ein Sprecher der Stadt sagte auf Nachfrage, eine neue Planung könne im Herbst vorliegen.', [['indirect', 'eine neue Planung könne im Herbst vorliegen', 'Ein Sprecher der Stadt']]],
    // Words after the verb and before a comma with no subjunctive after it: no report.
    ['de', 'Jan Wolf sagte vor dem Rathaus, die Menge jubelte.', []],
    ['de', 'Die Baufirma Strabel baut die Brücke. Aus dem Unternehmen hieß es lediglich, man prüfe die Lage.', [['indirect', 'man prüfe die Lage', 'Baufirma Strabel']]],
    ['es', 'Carmen Olmedo reconoce que el cansancio pesa. Dice que le duelen las manos.', [
      ['indirect', 'el cansancio pesa', 'Carmen Olmedo'],
      ['indirect', 'le duelen las manos', 'Carmen Olmedo'],
    ]],
    // "They say" opening a sentence reports no one.
    ['es', 'El puente es viejo. Dicen que se hundirá.', []],
    ['es', '"El fuego avanza", explicó el jefe de extinción, Ramón Estévez, quien precisó que trabajan seis aviones.', [
      ['direct', 'El fuego avanza', 'Ramón Estévez'],
      ['indirect', 'trabajan seis aviones', 'Ramón Estévez'],
    ]],
    ['it', 'Dal Comune di Borgoscuro fanno sapere che una verifica è stata chiesta.', [['indirect', 'una verifica è stata chiesta', 'Comune di Borgoscuro']]],
    ['it', "La sindaca Renata Ghidini ha parlato ieri. Secondo il primo cittadino, la Regione dovrebbe intervenire.", [['indirect', 'la Regione dovrebbe intervenire', 'Renata Ghidini']]],
  ];
  it.each(cases)('in %s: %s', (language, text, expected) => {
    expect(quotes(language, `Title\n\n${text}`)).toEqual(expected);
  });
});
