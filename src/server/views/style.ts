/**
 * The one stylesheet, served as /static/style.css (the Content-Security-Policy
 * allows styles from the site only, none inline). Colours keep a contrast of
 * at least 4.5:1 on their backgrounds; focus is always visible (on a date
 * field's calendar button too, which Chromium draws no ring around). Nothing is
 * wider than a phone's screen: the search box shrinks, long addresses wrap,
 * and a table wider than the screen scrolls within its own box, as does the
 * coverage chart, kept wide enough for its labels to be read. The story list
 * is read row by row there: the headline on its own line, then each figure
 * named by its column ("Articles: 2 Outlets: 2 First seen: …"). A citation
 * link's padding makes it a target of at least 24 by 24 pixels; a row of
 * them stays on one line, but on a phone wraps between links (ten two-digit
 * citations and "[+109 more]" are wider than one); a screen
 * reader, which does not read <del> and <ins> out, is told where the words
 * struck out or underlined in a checked passage begin and end.
 */
export const STYLESHEET_PATH = '/static/style.css';

/** The site's icon, named in every page's head, so no browser asks for a /favicon.ico that is not there. */
export const ICON_PATH = '/static/icon.svg';
export const ICON = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' fill='#1f3a5f'/><path d='M4 4h8v2H9v7H7V6H4z' fill='#fff'/></svg>";

export const STYLESHEET = `:root{color-scheme:light;--text:#1a1a1a;--muted:#4d4d4d;--link:#0b57d0;--line:#c8c8c8;--soft:#f3f4f6;--mark:#ffe066}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
a{color:var(--link)}a:visited{color:#5b2a86}
:focus-visible,input:focus-within{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}.skip:focus{left:.5rem}
header.site{border-bottom:1px solid var(--line);background:var(--soft)}
header.site nav{max-width:62rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none;color:var(--text)}
form.search{display:flex;gap:.4rem;align-items:center;margin-left:auto;max-width:100%}form.search input{min-width:0;flex:1 1 12rem}
main{max-width:62rem;margin:0 auto;padding:1rem;overflow-wrap:break-word}
main:focus{outline:none}
span[id^="s-"]{scroll-margin-top:1.5rem}
h1{font-size:1.7rem;line-height:1.25;margin:.6rem 0}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta,.muted{color:var(--muted)}
label{font-weight:600}
input,textarea,button,select{font:inherit;color:var(--text)}
input,textarea,select{border:1px solid #767676;border-radius:4px;padding:.35rem .5rem;background:#fff}
textarea{width:100%;min-height:14rem}
button{border:1px solid var(--link);background:var(--link);color:#fff;border-radius:4px;padding:.35rem .9rem;cursor:pointer}
.field{display:flex;flex-direction:column;gap:.2rem;margin:.7rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end}.filters .field{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft)}td.number,th.number{text-align:right}td time{white-space:nowrap}caption{text-align:left}
.summary p{margin:.2rem 0 .8rem}.summary p.disputed{margin:-.6rem 0 .8rem 1rem;font-size:.9em;color:#8b0000}
.cites,.cite,.cite-other,.more-cites{white-space:nowrap}.cite,.cite-other{font-size:.85em;vertical-align:super;line-height:0;text-decoration:none;padding:.3rem .15rem}
.cite-partly{color:var(--muted);border-bottom:1px dotted currentColor}
details.check{margin:-.6rem 0 .8rem 1rem;font-size:.9em}details.check summary{cursor:pointer;color:var(--link);padding:.15rem 0}details.check ul{margin:.3rem 0;padding-left:1.2rem}details.check li{margin:.4rem 0}.cited-in ul{padding-left:1.2rem}details.check .passage,.cited-in .passage{display:block;margin-top:.15rem;padding:.3rem .5rem;background:var(--soft);border-left:4px solid var(--line)}
.sr-only,.passage del::before,.passage del::after,.passage ins::before,.passage ins::after{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.passage del::before{content:" [only in the source: "}.passage ins::before{content:" [only in the summary: "}.passage del::after,.passage ins::after{content:"] "}
.grade-partly{color:#8a4b00}
.cite:hover,.cite:focus-visible,.cite-other:hover,.cite-other:focus-visible{text-decoration:underline}
mark{background:var(--mark);color:var(--text);padding:0 .1rem}
.article p{margin:0 0 1rem}
del{background:#fde8e8;color:#8b0000}ins{background:#e6f4ea;color:#0a5c2a;text-decoration:underline}
.diff{margin:.3rem 0 1rem;padding:.5rem .7rem;background:var(--soft);border-left:4px solid var(--line)}
.pager{display:flex;gap:1rem;margin:1rem 0}
.chart svg{max-width:100%;height:auto}.chart text{fill:var(--text);font-size:12px}.chart .axis{stroke:#767676}.chart .grid{stroke:var(--line)}
.chart .dot{fill:var(--link);stroke:#fff}
.conflict{color:#8b0000;font-weight:600}
.conflict .muted{font-weight:400;font-size:.875em}
.problems{border:2px solid #8b0000;padding:.5rem 1rem}
@media (max-width:40rem){.cites{white-space:normal}table{display:block;overflow-x:auto}
table.story-list caption{display:block}table.story-list thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.story-list tbody,table.story-list tr{display:block}table.story-list tr{border-bottom:1px solid var(--line);padding:.3rem 0}
table.story-list td{display:inline-block;border:0;padding:.1rem .8rem .1rem 0;text-align:left}table.story-list td:first-child{display:block}
table.story-list td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}time.told{white-space:normal}time.told span{white-space:nowrap}figure.chart{margin:1rem 0;overflow-x:auto}.chart svg{min-width:36rem}}
footer{max-width:62rem;margin:2rem auto;padding:1rem;color:var(--muted);border-top:1px solid var(--line)}
`;
