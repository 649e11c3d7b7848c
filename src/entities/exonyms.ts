/**
 * Countries and large cities as French, German, Spanish, Italian,
 * Portuguese and Dutch write them ("Londres", "Deutschland", "Países
 * Bajos", "Den Haag"), each keyed to the name the gazetteer knows it by in
 * English, so that "Londres" and "London" are one place
 * (`lookUpExonym`). A language's forms are read in its articles only:
 * "Roma" is Rome in Italian, Spanish and Portuguese, and the Romani people
 * in French, German and Dutch; "Mexico" is the city in French, the country
 * in Dutch.
 *
 * One row a place: `English;fr;de;es;it;pt;nl`, each column the forms of
 * that language the English name is not (`|` between several), written as
 * in the text and matched case-sensitively on the whole name; German
 * adds the genitive and dative a country's name takes ("Deutschlands",
 * "den Niederlanden"). Forms someone also bears as a name, or a word of
 * the language also is, are left out ("Florencia", "Colonia", "Vienne",
 * "Monaco" for Munich).
 */
import { lookUpName, type GazetteerEntry } from './gazetteer.js';

/** The languages of the columns, in order. */
const COLUMNS = ['fr', 'de', 'es', 'it', 'pt', 'nl'] as const;

const EXONYM_ROWS = `
Germany;Allemagne;Deutschland|Deutschlands;Alemania;Germania;Alemanha;Duitsland
France;;Frankreich|Frankreichs;Francia;Francia;França;Frankrijk
Spain;Espagne;Spanien|Spaniens;España;Spagna;Espanha;Spanje
Italy;Italie;Italien|Italiens;Italia;Italia;Itália;Italië
Belgium;Belgique;Belgien|Belgiens;Bélgica;Belgio;Bélgica;België
Switzerland;Suisse;Schweiz;Suiza;Svizzera;Suíça;Zwitserland
Austria;Autriche;Österreich|Österreichs;;;Áustria;Oostenrijk
Netherlands;Pays-Bas;Niederlande|Niederlanden;Países Bajos|Holanda;Paesi Bassi|Olanda;Países Baixos|Holanda;Nederland
Britain;Royaume-Uni|Grande-Bretagne;Großbritannien|Großbritanniens|Vereinigtes Königreich;Reino Unido|Gran Bretaña;Regno Unito|Gran Bretagna;Reino Unido|Grã-Bretanha;Verenigd Koninkrijk|Groot-Brittannië
England;Angleterre;;Inglaterra;Inghilterra;Inglaterra;Engeland
United States;États-Unis;Vereinigte Staaten;Estados Unidos|EE.UU.|EEUU;Stati Uniti;Estados Unidos|EUA;Verenigde Staten
Russia;Russie;Russland|Russlands;Rusia;;Rússia;Rusland
China;Chine;;;Cina;;
Japan;Japon;;Japón;Giappone;Japão;
Poland;Pologne;Polen|Polens;Polonia;Polonia;Polónia|Polônia;Polen
Greece;Grèce;Griechenland|Griechenlands;Grecia;Grecia;Grécia;Griekenland
Turkey;Turquie;Türkei;Turquía;Turchia;Turquia;Turkije
Sweden;Suède;Schweden|Schwedens;Suecia;Svezia;Suécia;Zweden
Norway;Norvège;Norwegen|Norwegens;Noruega;Norvegia;Noruega;Noorwegen
Denmark;Danemark;Dänemark|Dänemarks;Dinamarca;Danimarca;Dinamarca;Denemarken
Finland;Finlande;Finnland|Finnlands;Finlandia;Finlandia;Finlândia;
Ireland;Irlande;Irland|Irlands;Irlanda;Irlanda;Irlanda;Ierland
Hungary;Hongrie;Ungarn|Ungarns;Hungría;Ungheria;Hungria;Hongarije
Romania;Roumanie;Rumänien|Rumäniens;Rumanía|Rumania;;Roménia|Romênia;Roemenië
Czech Republic;Tchéquie;Tschechien|Tschechiens;Chequia|República Checa;Repubblica Ceca;Chéquia|República Checa|República Tcheca;Tsjechië
Slovakia;Slovaquie;Slowakei;Eslovaquia;Slovacchia;Eslováquia;Slowakije
Slovenia;Slovénie;Slowenien;Eslovenia;;Eslovénia|Eslovênia;Slovenië
Croatia;Croatie;Kroatien|Kroatiens;Croacia;Croazia;Croácia;Kroatië
Serbia;Serbie;Serbien|Serbiens;;;Sérvia;Servië
Bulgaria;Bulgarie;Bulgarien|Bulgariens;;;Bulgária;Bulgarije
Lithuania;Lituanie;Litauen|Litauens;Lituania;Lituania;Lituânia;Litouwen
Latvia;Lettonie;Lettland|Lettlands;Letonia;Lettonia;Letónia|Letônia;Letland
Estonia;Estonie;Estland|Estlands;;;Estónia|Estônia;Estland
Belarus;Biélorussie;Weißrussland;Bielorrusia;Bielorussia;Bielorrússia;Wit-Rusland
Ukraine;;;Ucrania;Ucraina;Ucrânia;Oekraïne
Cyprus;Chypre;Zypern;Chipre;Cipro;Chipre;
Iceland;Islande;Island;Islandia;Islanda;Islândia;IJsland
Luxembourg;;Luxemburg|Luxemburgs;Luxemburgo;Lussemburgo;Luxemburgo;Luxemburg
Malta;Malte;;;;;
Albania;Albanie;Albanien;;;Albânia;Albanië
Bosnia;Bosnie;Bosnien;;;Bósnia;Bosnië
Georgia;Géorgie;Georgien;;;Geórgia;Georgië
Armenia;Arménie;Armenien;;;Arménia|Armênia;Armenië
Mexico;Mexique;Mexiko;México|Méjico;Messico;México;
Brazil;Brésil;Brasilien|Brasiliens;Brasil;Brasile;Brasil;Brazilië
Argentina;Argentine;Argentinien;;;;Argentinië
Colombia;Colombie;Kolumbien;;;Colômbia;
Chile;Chili;;;Cile;;Chili
Peru;Pérou;;Perú;Perù;;
Canada;;Kanada;Canadá;;Canadá;
Australia;Australie;Australien;;;Austrália;Australië
New Zealand;Nouvelle-Zélande;Neuseeland;Nueva Zelanda;Nuova Zelanda;Nova Zelândia;Nieuw-Zeeland
South Africa;Afrique du Sud;Südafrika;Sudáfrica;Sudafrica;África do Sul;Zuid-Afrika
Egypt;Égypte;Ägypten|Ägyptens;Egipto;Egitto;Egito|Egipto;Egypte
Morocco;Maroc;Marokko;Marruecos;Marocco;Marrocos;Marokko
Algeria;Algérie;Algerien;Argelia;;Argélia;Algerije
Tunisia;Tunisie;Tunesien;Túnez;;Tunísia;Tunesië
Libya;Libye;Libyen;Libia;Libia;Líbia;Libië
Ethiopia;Éthiopie;Äthiopien;Etiopía;Etiopia;Etiópia;Ethiopië
Kenya;;Kenia;Kenia;;Quénia|Quênia;Kenia
Israel;Israël;;;Israele;;Israël
Lebanon;Liban;Libanon;Líbano;Libano;Líbano;Libanon
Syria;Syrie;Syrien|Syriens;Siria;Siria;Síria;Syrië
Iraq;Irak;Irak;Irak;;Iraque;Irak
Iran;;;Irán;;Irão|Irã;
Jordan;Jordanie;Jordanien;Jordania;Giordania;Jordânia;Jordanië
Saudi Arabia;;Saudi-Arabien;Arabia Saudí|Arabia Saudita;Arabia Saudita;Arábia Saudita;Saoedi-Arabië
Afghanistan;;;Afganistán;;Afeganistão;
Pakistan;;;Pakistán;;Paquistão;
India;Inde;Indien|Indiens;;;Índia;
Indonesia;Indonésie;Indonesien;;;Indonésia;Indonesië
Thailand;Thaïlande;;Tailandia;Thailandia;Tailândia;
Vietnam;Viêt Nam;;;;Vietname|Vietnã;
Philippines;;Philippinen;Filipinas;Filippine;Filipinas;Filipijnen
South Korea;Corée du Sud;Südkorea;Corea del Sur;Corea del Sud;Coreia do Sul;Zuid-Korea
North Korea;Corée du Nord;Nordkorea;Corea del Norte;Corea del Nord;Coreia do Norte;Noord-Korea
Taiwan;Taïwan;;Taiwán;;;
London;Londres;;Londres;Londra;Londres;Londen
Brussels;Bruxelles;Brüssel;Bruselas;Bruxelles;Bruxelas;Brussel
Paris;;;París;Parigi;;Parijs
Berlin;;;Berlín;Berlino;Berlim;Berlijn
Vienna;;Wien;Viena;;Viena;Wenen
Rome;;Rom;Roma;Roma;Roma;
Moscow;Moscou;Moskau;Moscú;Mosca;Moscovo|Moscou;Moskou
Beijing;Pékin;Peking;Pekín;Pechino;Pequim;Peking
Warsaw;Varsovie;Warschau;Varsovia;Varsavia;Varsóvia;Warschau
Lisbon;Lisbonne;Lissabon;Lisboa;Lisbona;Lisboa;Lissabon
Athens;Athènes;Athen;Atenas;Atene;Atenas;Athene
Prague;;Prag;Praga;Praga;Praga;Praag
Copenhagen;Copenhague;Kopenhagen;Copenhague;Copenaghen;Copenhaga|Copenhague;Kopenhagen
Stockholm;;;Estocolmo;Stoccolma;Estocolmo;
Cairo;Le Caire;Kairo;El Cairo;;;Caïro
Algiers;Alger;Algier;Argel;Algeri;Argel;
Damascus;Damas;Damaskus;Damasco;Damasco;Damasco;
Beirut;Beyrouth;;;;Beirute;Beiroet
Jerusalem;Jérusalem;;Jerusalén;Gerusalemme;Jerusalém;Jeruzalem
Tehran;Téhéran;Teheran;Teherán;Teheran;Teerão|Teerã;Teheran
Istanbul;;;Estambul;;Istambul;
Kyiv;Kiev;Kiew|Kyjiw;Kiev;Kiev;Kiev;Kiev
Havana;La Havane;Havanna;La Habana;;;
Mexico City;Mexico;Mexiko-Stadt;Ciudad de México;Città del Messico;Cidade do México;Mexico-Stad
New York;;;Nueva York;;Nova Iorque|Nova York;
Tokyo;;Tokio;Tokio;;Tóquio;Tokio
Cape Town;Le Cap;Kapstadt;Ciudad del Cabo;Città del Capo;Cidade do Cabo;Kaapstad
Geneva;Genève;Genf;Ginebra;Ginevra;Genebra;Genève
Zurich;;Zürich;Zúrich;Zurigo;Zurique;Zürich
Basel;Bâle;;Basilea;Basilea;Basileia;Bazel
Munich;;München;Múnich;;Munique;München
Cologne;;Köln;;;;Keulen
Frankfurt;Francfort;;Fráncfort;Francoforte;;
Hamburg;Hambourg;;Hamburgo;Amburgo;Hamburgo;
Venice;Venise;Venedig;Venecia;Venezia;Veneza;Venetië
Naples;;Neapel;Nápoles;Napoli;Nápoles;Napels
Milan;;Mailand;Milán;Milano;Milão;Milaan
Florence;;Florenz;;Firenze;Florença;
Turin;;;Turín;Torino;Turim;Turijn
Barcelona;Barcelone;;;Barcellona;;
Seville;Séville;Sevilla;Sevilla;Siviglia;Sevilha;Sevilla
The Hague;La Haye;Den Haag;La Haya;;Haia;Den Haag
Antwerp;Anvers;Antwerpen;Amberes;Anversa;Antuérpia;Antwerpen
Edinburgh;Édimbourg;;Edimburgo;Edimburgo;Edimburgo;
`;

/** A language's forms, each with what it names: the gazetteer's entry for the English name, else a place of that name ("Milan", left out of the English gazetteer for "Milan Kundera"). */
const BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, GazetteerEntry>> = (() => {
  const index = new Map<string, Map<string, GazetteerEntry>>(COLUMNS.map((language) => [language, new Map()]));
  for (const row of EXONYM_ROWS.trim().split('\n')) {
    const [english, ...columns] = row.split(';');
    if (columns.length !== COLUMNS.length) throw new Error(`exonyms: the row of ${english} has ${columns.length} columns, not ${COLUMNS.length}`);
    const entry = lookUpName(english) ?? { type: 'place' as const, name: english };
    columns.forEach((forms, column) => {
      for (const form of forms.split('|').filter(Boolean)) index.get(COLUMNS[column])!.set(form, entry);
    });
  }
  return index;
})();

/** The same, by the lower-case words of a form ("países bajos"), to the lower-case English name ("netherlands"): the story clusterer's name keys. */
const KEYS_BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  [...BY_LANGUAGE].map(([language, forms]) => [language, new Map([...forms].map(([form, entry]) => [form.toLowerCase(), entry.name.toLowerCase()]))]),
);

/** The languages whose place names are known (`lookUpExonym`). */
export const EXONYM_LANGUAGES: readonly string[] = COLUMNS;

/** What `form`, written so in an article in `language`, names when it is a country's or a large city's name in that language ("Londres": London), or undefined. */
export function lookUpExonym(form: string, language: string | undefined): GazetteerEntry | undefined {
  return language === undefined ? undefined : BY_LANGUAGE.get(language)?.get(form);
}

/** The story name keys (lower-case words) of `language`'s places, each to the place's English key ("londres": "london"); undefined for a language without. */
export function exonymKeys(language: string | undefined): ReadonlyMap<string, string> | undefined {
  return language === undefined ? undefined : KEYS_BY_LANGUAGE.get(language);
}
