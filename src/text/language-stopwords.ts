/**
 * Stopwords of the languages besides English that Tidings reads news in:
 * the function words (articles, pronouns, prepositions and their
 * contractions with articles, conjunctions, the forms of the auxiliaries,
 * common adverbs and determiners) and the verbs of saying news repeats in
 * every story ("said" is on ROUGE's English list too). Lower case, with
 * straight apostrophes, as tokens are normalized; an elided article or
 * pronoun ("l'", "d'", "dell'") is a token of its own (`segment` splits it
 * off the word it is written with). Written for Tidings.
 */

const FRENCH = `
le la les l' un une des du de d' au aux à a ce cet cette ces c' ça cela ceci celui celle ceux celles
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j' tu il elle on nous vous ils elles
me m' te t' se s' lui y en moi toi soi eux qui que qu' quoi dont où quel quelle quels quelles lequel
laquelle lesquels lesquelles et ou mais donc or ni car si comme quand lorsque lorsqu' puisque puisqu'
quoique parce afin pour par dans sur sous avec sans chez entre vers contre depuis pendant avant après
selon malgré durant parmi jusqu' jusque dès hors via ne n' pas plus moins non oui très trop aussi
ainsi alors encore déjà toujours jamais rien tout tous toute toutes autre autres même mêmes peu
beaucoup bien tant tel telle tels telles chaque plusieurs certains certaines quelque quelques ici là
être suis es est sommes êtes sont était étaient été sera seront serait seraient soit soient fut
avoir ai as avons avez ont avait avaient aura auront aurait auraient ait aient eu
fait faire font peut peuvent pourrait doit doivent a-t-il a-t-elle est-ce selon
dit dire déclaré indiqué affirmé expliqué ajouté précisé
`;

const GERMAN = `
der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen mein meine meinen meinem meiner
dein deine sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren
unserem euer eure dieser diese dieses diesem diesen jener jene jenes welcher welche welches welchem
welchen man was wer wen wem wessen und oder aber denn sondern doch sowie dass daß ob wenn weil als wie
während bevor nachdem damit obwohl sodass falls in im ins an am ans auf aus bei beim mit nach seit von
vom vor zu zum zur durch für gegen ohne um über unter zwischen hinter neben bis ab laut trotz wegen
statt gegenüber innerhalb außerhalb nicht auch noch schon nur sehr so da dann dort hier jetzt nun
immer wieder bereits etwa mehr weniger viel viele alle allen aller alles jeder jede jedes jeden jedem
andere anderen anderer anderes einige mehrere beide beiden selbst sei seien
ist sind war waren bin bist seid wird werden wurde wurden worden würde würden hat haben hatte hatten
habe hätte hätten gewesen kann können konnte konnten muss müssen musste mussten soll sollen sollte
sollten will wollen wollte wollten darf dürfen mag
sagte sagt sagten gesagt erklärte teilte mit mitteilte berichtete
z. b. d. h. u. a. v. o. z.b. d.h. u.a. usw. bzw. ca. etc. sog.
`;

const SPANISH = `
el la los las lo un una unos unas al del de a ante bajo con contra desde durante en entre hacia hasta
mediante para por según sin sobre tras y e o u ni pero sino que como cuando donde mientras aunque
porque pues si ya no sí muy más menos también tampoco aún todavía solo sólo yo tú él ella ello
nosotros nosotras vosotros vosotras ellos ellas usted ustedes me te se nos os le les mi mis tu tus
su sus nuestro nuestra nuestros nuestras vuestro vuestra este esta estos estas ese esa esos esas
aquel aquella aquellos aquellas esto eso aquello quien quienes cual cuales cuyo cuya qué quién cuál
cómo dónde cuándo todo toda todos todas otro otra otros otras mismo misma mismos mismas cada
varios varias algunos algunas alguno alguna ningún ninguna tanto tanta tantos tantas
ser es son era eran fue fueron sido será serán sería serían sea sean soy somos estar está están
estaba estaban estado estará haber ha han había habían habrá habría hay he hemos haya hayan
hacer hace hacen hizo puede pueden podría debe deben
dijo dice dicen afirmó explicó señaló indicó aseguró añadió declaró
`;

const ITALIAN = `
il lo la i gli le l' un uno una un' di del dello della dei degli delle dell' a al allo alla ai agli
alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' su sul
sullo sulla sui sugli sulle sull' con col per tra fra durante secondo verso dopo prima senza contro e ed o od ma però anche se che non né più meno
come quando dove mentre perché poiché quindi dunque già ancora sempre mai molto poco tanto troppo
così solo io tu lui lei noi voi loro mi ti si ci vi ne gli c' me te se sé mio mia miei mie tuo tua
suo sua suoi sue nostro nostra nostri nostre vostro vostra questo questa questi queste quello quella
quelli quelle quest' quell' chi cui quale quali tutto tutta tutti tutte altro altra altri altre
ogni ciascuno alcuni alcune qualche stesso stessa stessi stesse
essere è sono era erano fu furono stato stata stati state sarà saranno sarebbe sia siano
avere ho hai ha abbiamo avete hanno aveva avevano avuto avrà avrebbe abbia
fare fa fanno può possono potrebbe deve devono
detto dice dicono spiegato dichiarato affermato aggiunto
`;

const PORTUGUESE = `
o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas
para com sem sob sobre entre até desde contra após perante segundo durante e ou mas porém nem que
se como quando onde enquanto embora porque pois já não sim muito mais menos também ainda só apenas
eu tu ele ela nós vós eles elas você vocês me te lhe lhes nos vos meu minha meus minhas teu tua seu
sua seus suas nosso nossa nossos nossas este esta estes estas esse essa esses essas aquele aquela
aqueles aquelas isto isso aquilo quem qual quais cujo cuja todo toda todos todas outro outra outros
outras mesmo mesma mesmos mesmas cada vários várias alguns algumas nenhum nenhuma num numa dum duma
ser é são era eram foi foram sido será serão seria seja sejam sou somos estar está estão estava
estavam esteve estado ter tem têm tinha tinham teve tido terá haver há havia houve
fazer faz fazem fez pode podem poderia deve devem
disse diz dizem afirmou explicou declarou acrescentou
`;

const DUTCH = `
de het een der des den 't van in op te aan met voor door bij uit naar om over onder tegen tussen
zonder tot sinds na volgens tijdens via en of maar want dus dat als dan toen omdat hoewel terwijl
zodat wanneer of niet geen ook nog al wel zeer heel meer minder veel weer alleen reeds nu hier daar
er ik je jij u hij zij ze wij we jullie mij me hem haar ons hun hen zich mijn jouw uw zijn onze
deze dit die wat wie welke waar waarom hoe elk elke ieder iedere alle allemaal andere sommige
enkele beide zelf
ben bent is zijn was waren geweest wordt worden werd werden word heb hebt heeft hebben had hadden
gehad zal zullen zou zouden kan kunnen kon konden moet moeten moest wil willen wilde mag mogen
zei zegt zeggen gezegd aldus
`;

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

/** Each language's stopwords by its ISO 639-1 code. */
export const LANGUAGE_STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze({
  fr: wordSet(FRENCH),
  de: wordSet(GERMAN),
  es: wordSet(SPANISH),
  it: wordSet(ITALIAN),
  pt: wordSet(PORTUGUESE),
  nl: wordSet(DUTCH),
});
