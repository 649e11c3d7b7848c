import { describe, expect, it } from 'vitest';
import { readJsonl } from './jsonl.js';
import { paragraphTexts } from './test-support/shared-data.js';
import { READ_AT } from './test-support/read-at.js';

/**
 * Bodies of a JSONL "text" field and how each is read: as HTML markup (each
 * block a paragraph, tags left out, with a message) only when it has
 * markup's structure, else as written. Fictional texts.
 */
const BODIES: Array<[what: string, body: string, markup: boolean, paragraphs: string[]]> = [
  ['plain text naming a line break, no blank line (mend27)', 'Type <br> to break a line in the Ostrey forum, the guide says.', false, ['Type <br> to break a line in the Ostrey forum, the guide says.']],
  ['plain text opening on a tag it names', '<p> is the tag that opens a paragraph, the Ostrey style guide says.', false, ['<p> is the tag that opens a paragraph, the Ostrey style guide says.']],
  ['plain text naming a line break first and a paragraph tag after', '<br> breaks a line and a <p> opens a paragraph, the Ostrey guide says.', false, ['<br> breaks a line and a <p> opens a paragraph, the Ostrey guide says.']],
  ['plain text quoting tags', 'In the Ostrey forum, "<br>" breaks a line.\nA "<div>" groups lines.', false, ['In the Ostrey forum, "<br>" breaks a line. A "<div>" groups lines.']],
  ['Markdown code naming a tag and its closing tag', 'Use `<p>` to open a paragraph and `</p>` to close it, the Ostrey guide says.', false, ["Use '<p>' to open a paragraph and '</p>' to close it, the Ostrey guide says."]],
  ['Markdown code naming a list', 'Write `<ul>` then a `<li>` for each item, the Ostrey guide says.\nClose with `</ul>`.', false, ["Write '<ul>' then a '<li>' for each item, the Ostrey guide says. Close with '</ul>'."]],
  ['Markdown with headings and a list', '## Quay reopens\n\nCrews in Ostrey **finished** the wall.\n\n- Tickets: free\n- Ferry: Monday', false, ['## Quay reopens', 'Crews in Ostrey **finished** the wall.', '- Tickets: free', '- Ferry: Monday']],
  ['Markdown naming a line break in code', 'Crews in Ostrey finished the wall.\n\nIn Markdown a line ends with two spaces or `<br>`, the guide says.', false, ['Crews in Ostrey finished the wall.', "In Markdown a line ends with two spaces or '<br>', the guide says."]],
  ['HTML paragraphs, closed', '<p>Crews in Ostrey finished the quay wall.</p><p>It reopens on Monday.</p>', true, ['Crews in Ostrey finished the quay wall.', 'It reopens on Monday.']],
  ['HTML of two elements, unclosed', '<div>Crews in Ostrey finished the quay wall.<br>It reopens on Monday.', true, ['Crews in Ostrey finished the quay wall. It reopens on Monday.']],
  ['HTML lines broken by line breaks glued to their words', 'Crews in Ostrey finished the quay wall.<br>It reopens on Monday.<br>Tickets are free.', true, ['Crews in Ostrey finished the quay wall. It reopens on Monday. Tickets are free.']],
  ['HTML heading and paragraph', '<h2>Quay wall</h2>\n<p>Crews in Ostrey finished the quay wall.', true, ['Quay wall', 'Crews in Ostrey finished the quay wall.']],
  ['HTML list', '<ul><li>Quay wall finished</li><li>Ferry back on Monday</li></ul>', true, ['Quay wall finished', 'Ferry back on Monday']],
  ['HTML line breaks glued to the word before and followed by a newline (mend27c)', 'Crews in Ostrey finished the quay wall.<br/>\nIt reopens on Monday.', true, ['Crews in Ostrey finished the quay wall. It reopens on Monday.']],
  ['HTML line breaks ending the lines and the text', 'Crews in Ostrey finished the quay wall.<br>\nIt reopens on Monday.<br>', true, ['Crews in Ostrey finished the quay wall. It reopens on Monday.']],
  ['HTML paragraph broken over two lines', '<p>Crews in Ostrey finished the quay wall\nand the ferry is back.</p>', true, ['Crews in Ostrey finished the quay wall and the ferry is back.']],
  ['plain text naming a line break between spaces', 'Crews in Ostrey finished the quay wall. <br> It reopens on Monday.', false, ['Crews in Ostrey finished the quay wall. <br> It reopens on Monday.']],
  ['HTML paragraph closing right after a straight quote (mend27c)', '<p>The Ostrey mayor said, "We will rebuild."</p>', true, ['The Ostrey mayor said, "We will rebuild."']],
  ['HTML paragraph closing right after a single quote', "<p>The Ostrey mayor said, 'We will rebuild.'</p>", true, ["The Ostrey mayor said, 'We will rebuild.'"]],
  ['HTML block quote of a quoted sentence', '<blockquote>"We will rebuild."</blockquote>', true, ['"We will rebuild."']],
  ['HTML paragraph with attributes closing after a quoted word', '<p class="lead">The Ostrey mayor said "yes"</p>', true, ['The Ostrey mayor said "yes"']],
  ['HTML paragraph closed after a space', '<p>The Ostrey mayor said yes </p>', true, ['The Ostrey mayor said yes']],
  ['plain text quoting a closing tag after a paragraph it names', 'In the Ostrey guide, "<p>" opens a paragraph and "</p>" closes it.', false, ['In the Ostrey guide, "<p>" opens a paragraph and "</p>" closes it.']],
  ['plain text listing tags one per line (mend27c)', 'Tags to know in the Ostrey forum:\n<p> opens a paragraph\n<br> breaks a line', false, ['Tags to know in the Ostrey forum:', '<p> opens a paragraph', '<br> breaks a line']],
  ['plain text opening on a tag it names and naming its closing tag', '<p> opens a paragraph in the Ostrey forum and </p> closes it.', false, ['<p> opens a paragraph in the Ostrey forum and </p> closes it.']],
  ['HTML paragraph with a space after its opening tag', '<p> Crews in Ostrey finished the quay wall.</p>', true, ['Crews in Ostrey finished the quay wall.']],
  ['HTML paragraph written over lines', '<p>\n  Crews in Ostrey finished the quay wall.\n</p>', true, ['Crews in Ostrey finished the quay wall.']],
  ['Markdown code holding markup', 'Write `<p>Hello</p>` to make a paragraph, the Ostrey guide says.', false, ["Write '<p>Hello</p>' to make a paragraph, the Ostrey guide says."]],
  ['HTML line breaks with a quoted line break among their words (mend28)', 'In Ostrey he typed "<br>" twice.<br>It worked.', true, ['In Ostrey he typed "<br>" twice. It worked.']],
  ['HTML paragraph naming a tag in Markdown code (mend28)', '<p>Write `<br>` to break a line, the Ostrey guide says.</p>', true, ["Write '<br>' to break a line, the Ostrey guide says."]],
  ['HTML paragraph padded inside its tags (mend28)', '<p> Crews in Ostrey finished the quay wall. </p>', true, ['Crews in Ostrey finished the quay wall.']],
  ['HTML paragraphs padded inside their tags, one a line (mend28)', '<p> Crews in Ostrey finished the quay wall. </p>\n<p> It reopens on Monday. </p>', true, ['Crews in Ostrey finished the quay wall.', 'It reopens on Monday.']],
  ['HTML line break between two quoted sentences (mend28f)', '<p>The Ostrey mayor spoke.</p><p>"We will rebuild."<br>"We must," he added.</p>', true, ['The Ostrey mayor spoke.', '"We will rebuild." "We must," he added.']],
  ['HTML paragraph opened between two quoted sentences (mend28f)', '<p>The Ostrey mayor spoke.</p><p>"We will rebuild."<p>"Soon," he added.</p>', true, ['The Ostrey mayor spoke.', '"We will rebuild."', '"Soon," he added.']],
  ['HTML paragraphs with backticks standing among their words (mend28f)', '<p>Write `a</p><p>b` now, the Ostrey guide says.</p>', true, ["Write 'a", "b' now, the Ostrey guide says."]],
  ['plain text quoting a tag in brackets', 'In the Ostrey forum a line break ("<br>") ends a line.\nA "<div>" groups lines.', false, ['In the Ostrey forum a line break ("<br>") ends a line. A "<div>" groups lines.']],
  ['HTML paragraphs naming an inline tag in quotes and in code (mend28f)', '<p>Type "<b>" or `<em>` for bold, the Ostrey guide says.</p><p>It <b>works</b>.</p>', true, ["Type \"<b>\" or '<em>' for bold, the Ostrey guide says.", 'It works.']],
];

describe('readJsonl on a "text" field that writes "<"', () => {
  it.each(BODIES)('%s', (_what, body, markup, paragraphs) => {
    const [article] = readJsonl(JSON.stringify({ id: 'body-1', title: 'Quay', text: body }), 'bodies.jsonl', READ_AT).articles;
    expect(article.messages.some((message) => message.rule === 'html-text')).toBe(markup);
    expect(paragraphTexts(article)).toEqual(paragraphs);
  });
});
