import { describe, expect, it } from 'vitest';
import { kindWordsSpeaker as quotes } from './test-support/articles.js';

// Made-up reports naming the speaker by a passive's agent.
describe('speakers named by a passive agent', () => {
  it('reads the agent after a quotation as its speaker', () => {
    expect(quotes('es', 'Title\n\n"El agua volverá esta noche a todos los barrios", fue anunciado por el portavoz de la empresa, Raúl Medina.')).toEqual([
      ['direct', 'El agua volverá esta noche a todos los barrios', 'Raúl Medina'],
    ]);
    expect(quotes('pt', 'Title\n\n"Ninguém ficará sem casa este inverno", foi dito aos jornalistas por Sofia Antunes, vereadora da Habitação.')).toEqual([
      ['direct', 'Ninguém ficará sem casa este inverno', 'Sofia Antunes'],
    ]);
    expect(quotes('pt', 'Title\n\n"A estrada continua fechada", foi referido pela GNR de Vilar Seco.')).toEqual([['direct', 'A estrada continua fechada', 'GNR de Vilar Seco']]);
    expect(quotes('it', "Title\n\n\"Le scuole riapriranno giovedì\", è stato detto dall'assessore all'Istruzione, Marco Valli, in consiglio.")).toEqual([
      ['direct', 'Le scuole riapriranno giovedì', 'Marco Valli'],
    ]);
  });

  it('reads a clause reported after a passive speech verb and its agent, a contracted agent standing for the name given before', () => {
    expect(quotes('es', 'Title\n\nFue confirmado por la Guardia Civil de Tornares que el conductor huyó a pie.')).toEqual([['indirect', 'el conductor huyó a pie', 'Guardia Civil de Tornares']]);
    expect(quotes('it', "Title\n\nIl sindaco, Paolo Renzi, ha firmato l'ordinanza. È stato annunciato dal sindaco che il ponte riaprirà a maggio.")).toEqual([
      ['indirect', 'il ponte riaprirà a maggio', 'Paolo Renzi'],
    ]);
    expect(quotes('fr', "Title\n\nIl a été annoncé par la préfète, Claire Aubin, que la route restera fermée jusqu'à lundi.")).toEqual([
      ['indirect', "la route restera fermée jusqu'à lundi", 'Claire Aubin'],
    ]);
    expect(quotes('pt', 'Title\n\nO túnel fechou às 14h00, tem sido confirmado pela concessionária Via Norte.')).toEqual([['indirect', 'O túnel fechou às 14h00', 'Via Norte']]);
  });

  it('reads a German or Dutch agent written before its participle', () => {
    expect(quotes('de', 'Titel\n\n„Wir bauen die Brücke neu“, wurde von Bürgermeisterin Anna Keller mitgeteilt.')).toEqual([['direct', 'Wir bauen die Brücke neu', 'Anna Keller']]);
    expect(quotes('de', 'Titel\n\nEs wurde von der Polizei bestätigt, dass der Fahrer geflohen ist.')).toEqual([['indirect', 'der Fahrer geflohen ist', 'der Polizei']]);
    expect(quotes('nl', 'Titel\n\n"We gaan door met de bouw", werd gezegd door burgemeester Piet de Groot.')).toEqual([['direct', 'We gaan door met de bouw', 'Piet de Groot']]);
    expect(quotes('nl', 'Titel\n\nEr werd door de gemeente gemeld dat de brug dicht blijft.')).toEqual([['indirect', 'de brug dicht blijft', 'de gemeente']]);
  });

  it('gives the words of a statement or of "what" a source phrase names to whoever issued it', () => {
    expect(quotes('fr', "Title\n\nSelon ce qui a été annoncé par la préfecture, la route restera fermée jusqu'à lundi.")).toEqual([
      ['indirect', "la route restera fermée jusqu'à lundi", 'la préfecture'],
    ]);
    expect(quotes('es', 'Title\n\nSegún un comunicado emitido por la Junta de Valdeolmos, la carretera abrirá el lunes.')).toEqual([
      ['indirect', 'la carretera abrirá el lunes', 'Junta de Valdeolmos'],
    ]);
    expect(quotes('it', 'Title\n\nSecondo quanto riferito dalla Protezione civile, il fiume è in calo.')).toEqual([['indirect', 'il fiume è in calo', 'Protezione civile']]);
    expect(quotes('fr', 'Title\n\nSelon un communiqué publié par la mairie, le marché restera fermé.')).toEqual([['indirect', 'le marché restera fermé', 'la mairie']]);
  });

  it('reads no speech in a passive that reports no words, and keeps the speaker of a quotation whose relative clause holds a passive', () => {
    expect(quotes('pt', 'Title\n\nA decisão foi anunciada pela Proteção Civil depois da inspeção.')).toEqual([]);
    expect(quotes('it', 'Title\n\nIl calo dei turisti è stimato fra il 10 e il 15 per cento dalla Camera di commercio.')).toEqual([]);
    expect(quotes('es', 'Title\n\n"¡Nos han robado el barco!", dijo Mateo Sanz, que fue detenido por la policía poco después.')).toEqual([
      ['direct', '¡Nos han robado el barco!', 'Mateo Sanz'],
    ]);
  });
});
