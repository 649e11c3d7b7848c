import { describe, expect, it } from 'vitest';
import { kindWordsSpeaker as quotes } from './test-support/articles.js';

// Made-up reports: replies written with dialogue dashes, as Spanish, Portuguese, Italian and French papers print them.
describe('replies with dialogue dashes', () => {
  it('reads a Spanish raya reply, its attribution closed by a dash, and the words after it as a second quotation', () => {
    const text = 'Title\n\nEl río Lorca se desbordó de madrugada en Valdemora.\n\n—Nunca había subido tanto —dijo el alcalde, Tomás Ibarra, junto al puente—. Mañana pediremos ayuda.';
    expect(quotes('es', text)).toEqual([
      ['direct', 'Nunca había subido tanto', 'Tomás Ibarra'],
      ['direct', 'Mañana pediremos ayuda.', 'Tomás Ibarra'],
    ]);
  });

  it('keeps a question mark before the attribution and reads a reflexive speech verb', () => {
    const text = 'Title\n\nLa feria de Olmedilla cerró antes de hora por el viento.\n\n—¿Quién paga ahora las carpas? —se preguntaba Elena Rubio, feriante desde hace treinta años.';
    expect(quotes('es', text)).toEqual([['direct', '¿Quién paga ahora las carpas?', 'Elena Rubio']]);
  });

  it('reads Portuguese replies with spaced dashes, one reopened after the attribution, one attributed by a verb alone', () => {
    const text = [
      'Title',
      'A feira de Vale Fundo foi cancelada por causa da chuva.',
      '— Perdemos o fim de semana inteiro — disse a presidente da junta, Marta Leitão. — Vamos remarcar para junho.',
      '— E quem paga as bancas? Ninguém nos explicou — acrescentou.',
    ].join('\n\n');
    expect(quotes('pt', text)).toEqual([
      ['direct', 'Perdemos o fim de semana inteiro', 'Marta Leitão'],
      ['direct', 'Vamos remarcar para junho.', 'Marta Leitão'],
      ['direct', 'E quem paga as bancas? Ninguém nos explicou', 'Marta Leitão'],
    ]);
  });

  it('reads an Italian reply with en dashes and a reflexive verb', () => {
    const text = 'Title\n\nA Roccabella il mercato resta chiuso per la neve.\n\n– E chi compra con questo freddo? – si chiede Carlo Fedeli, ortolano da quarant’anni.';
    expect(quotes('it', text)).toEqual([['direct', 'E chi compra con questo freddo?', 'Carlo Fedeli']]);
  });

  it('goes on after a spaced dash closing the attribution, and reads a one-word answer', () => {
    const text = 'Title\n\nIl mercato di Roccabella è chiuso da lunedì.\n\n– Siamo stanchi – dice Maria Conti – e nessuno ci ascolta.';
    expect(quotes('it', text)).toEqual([
      ['direct', 'Siamo stanchi', 'Maria Conti'],
      ['direct', 'e nessuno ci ascolta.', 'Maria Conti'],
    ]);
    expect(quotes('es', 'Title\n\nEl centro de salud de Olmedo cierra.\n\n—No —respondió tajante el consejero, Luis Prado.')).toEqual([['direct', 'No', 'Luis Prado']]);
  });

  it('gives a question the one who asks it, not the one it is put to', () => {
    const text = 'Title\n\nA ponte de Vilar fechou.\n\n— Está tudo bem? — perguntou o repórter ao presidente da junta, Rui Matos.';
    expect(quotes('pt', text)).toEqual([['direct', 'Está tudo bem?', 'o repórter']]);
  });

  it('reads a sentence ending on a colon before a reply as no reported speech', () => {
    const text = 'Title\n\nLa consejería cerró el centro de salud.\n\n—Es una vergüenza —dice Ana Ruiz.\n\nEl alcalde, Tomás Ibarra, añadió:\n\n—Vamos a recurrir.';
    expect(quotes('es', text)).toEqual([
      ['direct', 'Es una vergüenza', 'Ana Ruiz'],
      ['direct', 'Vamos a recurrir.', 'Tomás Ibarra'],
    ]);
  });

  it('reads a French reply whose attribution follows a comma, and the sentences after it as the same speaker’s, with no reported speech inside', () => {
    const text = 'Title\n\nÀ Vauclerc, le moulin a rouvert samedi.\n\n– On a tout réparé nous-mêmes, raconte le meunier, Hugo Delorme. Il a fallu deux hivers.';
    expect(quotes('fr', text)).toEqual([
      ['direct', 'On a tout réparé nous-mêmes', 'Hugo Delorme'],
      ['direct', 'Il a fallu deux hivers.', 'Hugo Delorme'],
    ]);
  });

  it('gives a reply with no attribution the person the paragraph before introduces on a colon', () => {
    const text = 'Title\n\nLa tormenta arrancó tejados en Peñalta.\n\nA su lado, su hermano Andrés Vidal lo contaba así:\n\n—Se oyó un golpe y el tejado ya no estaba.';
    expect(quotes('es', text)).toEqual([['direct', 'Se oyó un golpe y el tejado ya no estaba.', 'Andrés Vidal']]);
  });

  it('reads no quotation in dashes used as parentheses, list items, ranges, datelines or a byline', () => {
    const text = [
      'Title',
      'Alcoreña (Teruel) — La presa —construida en 1958— soltará agua entre los kilómetros 12–15 del cauce.',
      'El plan prevé dos medidas:',
      '– cortes de tráfico en la carretera vieja;',
      '– ayudas de hasta 2.000 euros.',
      '—Cerraremos la carretera vieja —dijo el alcalde, Luis Prado—.',
      '— Marta Soler, en Alcoreña',
    ].join('\n\n');
    expect(quotes('es', text)).toEqual([['direct', 'Cerraremos la carretera vieja', 'Luis Prado']]);
  });

  it('keeps a parenthesis inside a reply in it, the attribution being the dash a speech verb follows', () => {
    const text = 'Title\n\nLa fábrica de Tornavacas cierra en marzo.\n\n—La planta —abierta en 1962— ya no es rentable —afirmó el gerente, Julio Cañas.';
    expect(quotes('es', text)).toEqual([['direct', 'La planta —abierta en 1962— ya no es rentable', 'Julio Cañas']]);
  });

  it('leaves dash paragraphs alone in languages that quote in marks, and in a paragraph holding quote marks', () => {
    expect(quotes('de', 'Titel\n\nDer Fluss trat über die Ufer.\n\n– Wir sind erschöpft – sagte Anna Keller.')).toEqual([]);
    const marked = quotes('es', 'Title\n\nLa lonja cerró.\n\n— Ana Ruiz, pescadera: "Nos han dejado sin puesto", dijo.');
    expect(marked.map(([kind, words]) => [kind, words])).toEqual([['direct', 'Nos han dejado sin puesto']]);
  });

  it('stops a French reply where the paragraph goes on telling of someone, not where the speaker goes on speaking', () => {
    const text = [
      'Title',
      'Au bord du bassin vide, Léa Fourcade ne cache pas sa déception.',
      '– On avait déjà organisé les cours, soupire la jeune femme. Elle a dû rappeler les familles une à une.',
      '– Les habitués suivront, assure Marc Teyssier, le fromager. Teyssier installe son camion ici depuis 1998.',
      '– Je vais perdre des clients, regrette Chantal Rouvier. Ici, les gens viennent à pied.',
    ].join('\n\n');
    expect(quotes('fr', text)).toEqual([
      ['direct', 'On avait déjà organisé les cours', 'Léa Fourcade'],
      ['direct', 'Les habitués suivront', 'Marc Teyssier'],
      ['direct', 'Je vais perdre des clients', 'Chantal Rouvier'],
      ['direct', 'Ici, les gens viennent à pied.', 'Chantal Rouvier'],
    ]);
  });

  it('reads a reply opening inside a paragraph after a speech verb and a colon, its speaker the one spoken of before', () => {
    const text = 'Title\n\nLa vecina Rosa Medrano cruza el puente cada día. Al salir de la reunión se paró ante la valla y dijo: —Ahora tardaré media hora más.';
    expect(quotes('es', text)).toEqual([['direct', 'Ahora tardaré media hora más.', 'Rosa Medrano']]);
  });

  it('ends a Spanish, Portuguese or Italian reply at an attribution closing its sentence with no dash, and a French one at narration after an adverb', () => {
    expect(quotes('es', 'Title\n\nEl centro de salud de Olmedo cierra.\n\n—No —respondió el consejero, Luis Prado. Después se marchó sin hablar con la prensa.')).toEqual([['direct', 'No', 'Luis Prado']]);
    expect(quotes('pt', 'Title\n\nA ponte fechou.\n\n— Não vamos desistir — disse o presidente, Rui Matos. Depois saiu da sala sem falar com os jornalistas.')).toEqual([
      ['direct', 'Não vamos desistir', 'Rui Matos'],
    ]);
    expect(quotes('it', 'Title\n\nIl ponte è chiuso.\n\n– Siamo stanchi – dice Maria Conti. Poi se ne va verso il mercato.')).toEqual([['direct', 'Siamo stanchi', 'Maria Conti']]);
    expect(quotes('fr', 'Title\n\nLe moulin a rouvert.\n\n– On a tout réparé, raconte le meunier, Hugo Delorme. Puis il retourne à ses machines.')).toEqual([
      ['direct', 'On a tout réparé', 'Hugo Delorme'],
    ]);
  });

  it('reads no quotation in a list after a colon, its items opening on capitals, nor after a sentence with no speech verb closing on a colon', () => {
    const spanish = 'Title\n\nEl alcalde, Tomás Ibarra, anunció dos medidas:\n\n– Cortes de tráfico en la carretera vieja.\n\n– Ayudas de hasta 2.000 euros para los comercios.';
    expect(quotes('es', spanish)).toEqual([]);
    const spokenList = 'Title\n\nEl alcalde, Tomás Ibarra, añadió:\n\n– Cortes de tráfico en la carretera vieja.\n\n– Ayudas de hasta 2.000 euros para los comercios.';
    expect(quotes('es', spokenList)).toEqual([]);
    expect(quotes('fr', 'Title\n\nLa maire Claire Aubin a présenté le programme :\n\n– Rénovation de la piscine municipale.')).toEqual([]);
    expect(quotes('it', 'Title\n\nIl sindaco Paolo Neri ha elencato le priorità:\n\n– Il ponte sul fiume, chiuso da marzo.\n\n– La scuola di via Roma.')).toEqual([]);
  });
});
