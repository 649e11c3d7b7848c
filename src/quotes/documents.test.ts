import { describe, expect, it } from 'vitest';
import { kindWordsSpeaker as quotes } from './test-support/articles.js';

// Made-up reports naming a speaker by a document it issued, a noun of what it said, or a role standing for the person named before.
describe('speakers named by a document or a noun of saying', () => {
  it('gives a document\'s words to its issuer, after a quotation, closing a clause and before "that"', () => {
    expect(quotes('fr', 'Title\n\n« Le bassin restera vide », peut-on lire dans un communiqué de la mairie de Valcourt.')).toEqual([
      ['direct', 'Le bassin restera vide', 'la mairie de Valcourt'],
    ]);
    expect(quotes('it', 'Title\n\n"Il ponte è sicuro", si legge in una nota della Provincia di Montefosco.')).toEqual([['direct', 'Il ponte è sicuro', 'Provincia di Montefosco']]);
    expect(quotes('de', 'Title\n\nDie Täter flohen mit einem Motorroller, hieß es in einer Mitteilung der Polizei.')).toEqual([
      ['indirect', 'Die Täter flohen mit einem Motorroller', 'Polizei'],
    ]);
    expect(quotes('pt', 'Title\n\nLê-se num comunicado da associação de pais que as aulas recomeçam na segunda-feira.')).toEqual([
      ['indirect', 'as aulas recomeçam na segunda-feira', 'associação de pais'],
    ]);
  });

  it('gives words named by a noun of saying to the one whose they are', () => {
    expect(quotes('es', 'Title\n\n"No habrá más prórrogas", fue la advertencia de la consejera, Marta Ibáñez.')).toEqual([['direct', 'No habrá más prórrogas', 'Marta Ibáñez']]);
    expect(quotes('pt', 'Title\n\n"Ninguém nos ouviu", foi o desabafo de Rosa Teixeira, feirante.')).toEqual([['direct', 'Ninguém nos ouviu', 'Rosa Teixeira']]);
  });

  it('reads a source after "desde" and "fa sapere", closing a clause or before "that"', () => {
    expect(quotes('es', 'Title\n\nLa carretera seguirá cortada, se informó desde el Ayuntamiento de Olmedilla.')).toEqual([
      ['indirect', 'La carretera seguirá cortada', 'Ayuntamiento de Olmedilla'],
    ]);
    expect(quotes('es', 'Title\n\nExplicaron desde la Guardia Civil que el conductor dio negativo.')).toEqual([['indirect', 'el conductor dio negativo', 'Guardia Civil']]);
    expect(quotes('it', 'Title\n\nFa sapere la Prefettura di Montefosco che il ponte riapre domani.')).toEqual([['indirect', 'il ponte riapre domani', 'Prefettura di Montefosco']]);
  });

  it('does not take "fa" for a verb when it says "ago"', () => {
    expect(quotes('it', 'Title\n\nIl ponte è stato chiuso, due anni fa, dopo la piena.')).toEqual([]);
  });
});

describe('second reported clauses and roles standing for a person', () => {
  it('reads a second reported clause under its own verb as a second report of the same speaker', () => {
    expect(quotes('es', 'Title\n\nEl alcalde, Tomás Ibarra, explicó que las obras durarán un mes, aunque advirtió de que podrían retrasarse.')).toEqual([
      ['indirect', 'las obras durarán un mes', 'Tomás Ibarra'],
      ['indirect', 'podrían retrasarse', 'Tomás Ibarra'],
    ]);
    expect(quotes('it', 'Title\n\nIl sindaco, Paolo Neri, ha detto che la scuola riapre lunedì e ha precisato che i lavori sono finiti.')).toEqual([
      ['indirect', 'la scuola riapre lunedì', 'Paolo Neri'],
      ['indirect', 'i lavori sono finiti', 'Paolo Neri'],
    ]);
  });

  it('does not split a clause at a plural verb of the subject it names when one person speaks', () => {
    expect(quotes('es', 'Title\n\nEl alcalde, Tomás Ibarra, dijo que los técnicos revisaron el puente y aseguraron que la estructura es segura.')).toEqual([
      ['indirect', 'los técnicos revisaron el puente y aseguraron que la estructura es segura', 'Tomás Ibarra'],
    ]);
    expect(quotes('it', 'Title\n\nIl sindaco, Paolo Neri, ha detto che i tecnici hanno visitato il ponte e hanno confermato che la struttura è sicura.')).toEqual([
      ['indirect', 'i tecnici hanno visitato il ponte e hanno confermato che la struttura è sicura', 'Paolo Neri'],
    ]);
  });

  it('does not split a clause at a relative one holding a speech verb', () => {
    expect(quotes('es', 'Title\n\nEl alcalde, Tomás Ibarra, dijo que el vecino que denunció que había grietas tenía razón.').map(([, words]) => words)).toEqual([
      'el vecino que denunció que había grietas tenía razón',
    ]);
  });

  it('reads "l\'élu", "la jeune femme" for the person just named, not an office for someone never given one', () => {
    const text = 'Title\n\n« Les travaux ont pris du retard », a expliqué le maire, Bernard Lescot.\n\n« Nous ne prendrons aucun risque », a ajouté l\'élu.\n\nAu bord du bassin, Léa Fournel ne cache pas sa déception. « Tout était prêt », soupire la jeune femme.';
    expect(quotes('fr', text).map(([, , speaker]) => speaker)).toEqual(['Bernard Lescot', 'Bernard Lescot', 'Léa Fournel']);
    expect(quotes('fr', 'Title\n\n« Tout est prêt », a déclaré Étienne Marchal. « Le pont rouvrira », a précisé le préfet.').map(([, , speaker]) => speaker)).toEqual([
      'Étienne Marchal',
      'le préfet',
    ]);
  });

  it('reads the issuer named before a document after "laut", and a clause after a day between the verb and "that"', () => {
    expect(quotes('de', 'Title\n\nLaut einer von der Stadt Wiesbrück veröffentlichten Mitteilung kostet der Umbau zwei Millionen Euro.')).toEqual([
      ['indirect', 'kostet der Umbau zwei Millionen Euro', 'Stadt Wiesbrück'],
    ]);
    expect(quotes('de', 'Title\n\nBürgermeister Klaus Renz sagte am Dienstag, man habe keine Wahl gehabt.')).toEqual([['indirect', 'man habe keine Wahl gehabt', 'Klaus Renz']]);
    // Every weekday the date lines read too (mend24d): "Sonnabend", Portuguese days without "-feira".
    expect(quotes('de', 'Title\n\nBürgermeisterin Anna Keller sagte am Sonnabend, die Brücke bleibe gesperrt.')).toEqual([['indirect', 'die Brücke bleibe gesperrt', 'Anna Keller']]);
    expect(quotes('pt', 'Title\n\nO presidente da câmara, Rui Matos, disse na segunda que a ponte reabre em maio.')).toEqual([['indirect', 'a ponte reabre em maio', 'Rui Matos']]);
    expect(quotes('fr', 'Title\n\nLe maire, Bernard Lescot, a déclaré lundi que la piscine resterait fermée.')).toEqual([['indirect', 'la piscine resterait fermée', 'Bernard Lescot']]);
  });
});

