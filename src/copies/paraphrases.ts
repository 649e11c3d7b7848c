/**
 * The curated news paraphrase table: each line holds words and phrases a
 * rewrite swaps for one another ("worldwide" for "international", "moved
 * out" for "evacuated", "authorities" for "officials"), and the long and
 * short names of countries and bodies ("Russian Federation" for "Russia").
 * Alternatives are separated by `|` and matched by Porter stem, so one form
 * of a word stands for its inflections; British and American spellings get
 * a line of their own. A word or phrase belongs to one line only.
 */
export const PARAPHRASE_TABLE = `
worldwide | international | global
evacuated | moved out | forced out | evacuation
authorities | officials | authority | official
said | stated | told | added | noted | remarked | says
gave way | collapsed | caved in | buckled
company | firm | corporation
operates | runs | manages
located | situated | sits | lies
supplies | provides | delivers | offers
roughly | approximately
treated | received treatment | given treatment
opened | set up
director | head | chief | leads | leader
climbed | rose | risen | reached
stay away | keep away
urged | called on | implored
started | began | begun | start | begin | commenced | launched
ended | finished | concluded
bought | purchased | acquired | buy | purchase | acquire
large | big
help | assist | aid
try | attempt | tried
show | demonstrate | showed | shown
need | require | needed | required
enough | sufficient
many | numerous
killed | slain
injured | hurt | wounded
blaze | fire
blast | explosion
car | vehicle
children | kids | child | kid
homes | houses | home | house
warned | cautioned
announced | declared | unveiled
criticized | criticised | slammed | condemned
spoke | talked
talks | negotiations
agreement | deal | accord
percent | per cent | pct
metres | meters | metre | meter
kilometres | kilometers | kilometre | kilometer
centre | center
defence | defense
programme | program
labour | labor
organisation | organization
recognise | recognize
apologise | apologize
analyse | analyze
russia | russian federation
united states | u.s. | usa | u.s.a. | united states of america | america
united kingdom | britain | great britain | u.k.
china | people's republic of china | prc
iran | islamic republic of iran
north korea | dprk | democratic people's republic of korea
south korea | republic of korea
syria | syrian arab republic
netherlands | holland
myanmar | burma
czech republic | czechia
ivory coast | cote d'ivoire
united arab emirates | uae | u.a.e.
united nations | u.n.
european union | eu | e.u.
january | jan.
february | feb.
march | mar.
april | apr.
august | aug.
september | sept. | sep.
october | oct.
november | nov.
december | dec.
`;
