import { describe, expect, it } from 'vitest';
import { isTerminal } from './chars.js';
import { splitSentences, TERMINAL } from './sentences.js';

function split(text: string, extra?: string[]): string[] {
  return splitSentences(text, { start: 0, end: text.length }, extra).map((span) => text.slice(span.start, span.end));
}

/** Input → expected sentences. Rows marked "seed" or "DUC" are short snippets of the real data. */
const HARD_CASES: ReadonlyArray<readonly [string, string[]]> = [
  // abbreviations
  ['Mr. Smith went to Washington. He met Gen. Clark there.', ['Mr. Smith went to Washington.', 'He met Gen. Clark there.']],
  ['The U.S. economy grew. The U.N. Security Council met.', ['The U.S. economy grew.', 'The U.N. Security Council met.']],
  ['He lives in the U.S. The rest of his family lives in France.', ['He lives in the U.S.', 'The rest of his family lives in France.']],
  ['He returned to the U.S. But nobody noticed.', ['He returned to the U.S.', 'But nobody noticed.']],
  ['Officials in the U.S. Navy said so.', ['Officials in the U.S. Navy said so.']],
  ['Sen. John McCain, R-Ariz., spoke first. Then Rep. Nancy Pelosi spoke.', ['Sen. John McCain, R-Ariz., spoke first.', 'Then Rep. Nancy Pelosi spoke.']],
  ['Mrs. Hayes and Ms. Boyle met Dr. Barnett and Prof. Lee.', ['Mrs. Hayes and Ms. Boyle met Dr. Barnett and Prof. Lee.']],
  ['Lt. Col. Roger Smith and Sgt. Maj. Cue spoke to Gov. Jim Hunt.', ['Lt. Col. Roger Smith and Sgt. Maj. Cue spoke to Gov. Jim Hunt.']],
  ['The meeting began at 10 a.m. Tuesday and ended at 4 p.m. The talks resume today.', ['The meeting began at 10 a.m. Tuesday and ended at 4 p.m.', 'The talks resume today.']],
  ['She earned a Ph.D. in physics. Then she joined NASA.', ['She earned a Ph.D. in physics.', 'Then she joined NASA.']],
  ['She has a Ph.D. He does not.', ['She has a Ph.D.', 'He does not.']],
  ['He was born on Sept. 7, 1950. He died on Jan. 1.', ['He was born on Sept. 7, 1950.', 'He died on Jan. 1.']],
  ['The prizes are announced Oct. 16. All winners get money.', ['The prizes are announced Oct. 16.', 'All winners get money.']],
  ['He studied at St. Petersburg State University. It was cold.', ['He studied at St. Petersburg State University.', 'It was cold.']],
  ['The firm, Goldman, Sachs & Co., declined to comment. It later apologized.', ['The firm, Goldman, Sachs & Co., declined to comment.', 'It later apologized.']],
  ['It happened in Washington, D.C. The White House denied it.', ['It happened in Washington, D.C.', 'The White House denied it.']],
  ['Smith et al. found no effect. Others did.', ['Smith et al. found no effect.', 'Others did.']],
  ['Prices rose, e.g. Brent crude, and stocks fell.', ['Prices rose, e.g. Brent crude, and stocks fell.']],
  ['He fell ill. Doctors said it was the flu.', ['He fell ill.', 'Doctors said it was the flu.']],
  ['He wears No. 5 for the team. No. 7 is retired.', ['He wears No. 5 for the team.', 'No. 7 is retired.']],
  ['The county, etc. Those were the rules.', ['The county, etc.', 'Those were the rules.']],
  ['He worked for the Apple Computer Co. of Cupertino, Calif.', ['He worked for the Apple Computer Co. of Cupertino, Calif.']],
  ['Ms. He met Mr. Xu on Tuesday.', ['Ms. He met Mr. Xu on Tuesday.']],
  // DUC: "Hun Sen" is a name, so "Sen." can end a sentence
  ['The opposition refused to meet Hun Sen. The talks collapsed.', ['The opposition refused to meet Hun Sen.', 'The talks collapsed.']],
  // bug fixed: a name ending in a title word, followed by another name (DUC d30001)
  ['They fled threats from strongman Hun Sen. Hun Sen complained Monday.', ['They fled threats from strongman Hun Sen.', 'Hun Sen complained Monday.']],
  ['Democratic Sen. Joe Smith objected. Former Gov. Ann Lee agreed.', ['Democratic Sen. Joe Smith objected.', 'Former Gov. Ann Lee agreed.']],
  ['Roe v. Wade was decided in 1973. It still stands.', ['Roe v. Wade was decided in 1973.', 'It still stands.']],
  // bug fixed: a military title spelled "Cmndr." (DUC d30051)
  ['The tribunal cleared Cmndr. Zejnil Delalic of the charges. Pfc. Ana Ruiz and Asst. Chief Tom Hale testified.', ['The tribunal cleared Cmndr. Zejnil Delalic of the charges.', 'Pfc. Ana Ruiz and Asst. Chief Tom Hale testified.']],
  // initials
  ['George W. Bush met J. R. R. Tolkien fans.', ['George W. Bush met J. R. R. Tolkien fans.']],
  ['The suspect, James C. Kopp, was arrested in France. He was extradited.', ['The suspect, James C. Kopp, was arrested in France.', 'He was extradited.']],
  ['The V.S. Naipaul novel won. B.J. Habibie praised it.', ['The V.S. Naipaul novel won.', 'B.J. Habibie praised it.']],
  ['They chose Plan B. The others left.', ['They chose Plan B.', 'The others left.']],
  // decimals and numbers
  ['The rate rose to 3.5 percent. It was 2.75 percent a year ago.', ['The rate rose to 3.5 percent.', 'It was 2.75 percent a year ago.']],
  ['He was paid $1.5 million. That was a record.', ['He was paid $1.5 million.', 'That was a record.']],
  ['Prices rose 80% in 2016. In 2017 they fell.', ['Prices rose 80% in 2016.', 'In 2017 they fell.']],
  ['The score was 3-1. 20,000 fans left early.', ['The score was 3-1.', '20,000 fans left early.']],
  // ellipses
  ['Wait... what did you say? I said nothing.', ['Wait... what did you say?', 'I said nothing.']],
  ['He paused… Then he left.', ['He paused…', 'Then he left.']],
  ['He said . . . nothing at all. Then he left.', ['He said . . . nothing at all.', 'Then he left.']],
  ['"I don\'t know..." he said.', ['"I don\'t know..." he said.']],
  // quotes
  ['"We will win," he said. "They will lose."', ['"We will win," he said.', '"They will lose."']],
  ['"…," he said. Then he left.', ['"…," he said.', 'Then he left.']],
  ['"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', 'Nobody answered.']],
  ['"Why now?" Smith asked. Nobody answered.', ['"Why now?" Smith asked.', 'Nobody answered.']],
  ['He asked, "Why now?" Nobody answered.', ['He asked, "Why now?"', 'Nobody answered.']],
  ['"Stop!" shouted the guard. We stopped.', ['"Stop!" shouted the guard.', 'We stopped.']],
  ['He said: "We are ready. We have always been ready." Then he sat down.', ['He said: "We are ready.', 'We have always been ready."', 'Then he sat down.']],
  ['"It is over." The crowd cheered.', ['"It is over."', 'The crowd cheered.']],
  ['He called it “a disaster.” Others disagreed.', ['He called it “a disaster.”', 'Others disagreed.']],
  ['The plan was made in the U.S. "It works," he said.', ['The plan was made in the U.S.', '"It works," he said.']],
  // the space around a quote mark lost (SemEval news text): the mark closes or opens by its count
  [
    'It will show a "new strategic weapon."Hours earlier, Kim warned of a "new way" unless talks resume."We\'ll see," Trump said.',
    ['It will show a "new strategic weapon."', 'Hours earlier, Kim warned of a "new way" unless talks resume.', '"We\'ll see," Trump said.'],
  ],
  ['He called it “a disaster.”Others disagreed.“We will appeal,” she said.', ['He called it “a disaster.”', 'Others disagreed.', '“We will appeal,” she said.']],
  ['She moved to the U.S."Army life" was over. He left.', ['She moved to the U.S."Army life" was over.', 'He left.']],
  // an amount spaced out by a tokenizer (ECB+)
  ['Thieves took $2. 6 million in jewels. 12 people saw them.', ['Thieves took $2. 6 million in jewels.', '12 people saw them.']],
  ['Sales rose 4. 5 percent. 20 stores closed.', ['Sales rose 4. 5 percent.', '20 stores closed.']],
  ['They struck at around 4. 30am and fled. 3. 30 was too late.', ['They struck at around 4. 30am and fled.', '3. 30 was too late.']],
  ['The fire caused damage to Alaska Gov. Sarah Palin\'s church. Nobody was hurt.', ['The fire caused damage to Alaska Gov. Sarah Palin\'s church.', 'Nobody was hurt.']],
  ['People took refuge, said Manokwari Military Commander Col. Inf. Irham Waroiham. About 1,000 residents left.', ['People took refuge, said Manokwari Military Commander Col. Inf. Irham Waroiham.', 'About 1,000 residents left.']],
  ['I love it! You will too. Really?! Yes.', ['I love it!', 'You will too.', 'Really?!', 'Yes.']],
  // DUC: ``double backquote'' quotes, a quote over two sentences, a quoted question with its attribution
  [
    "``No-one should internationalize Cambodian affairs. It is detrimental to the sovereignty of Cambodia,'' he said.",
    ['``No-one should internationalize Cambodian affairs.', "It is detrimental to the sovereignty of Cambodia,'' he said."],
  ],
  ["``Are you willing to sign on that?'' Netanyahu said. ``I do not know that.''", ["``Are you willing to sign on that?'' Netanyahu said.", "``I do not know that.''"]],
  ["Democrats shouted, ``You resign!'' Livingston continued, ``I can only challenge you.''", ["Democrats shouted, ``You resign!'' Livingston continued, ``I can only challenge you.''"]],
  ['Parliament was ceremonially opened on Sep. 24. Sam Rainsy stayed abroad.', ['Parliament was ceremonially opened on Sep. 24.', 'Sam Rainsy stayed abroad.']],
  // seeds
  ['"We insist on an objective investigation of what happened on April 4th", he said.', ['"We insist on an objective investigation of what happened on April 4th", he said.']],
  ['Lavrov said both sides were set on an "uncompromising fight". The pair told a news conference so.', ['Lavrov said both sides were set on an "uncompromising fight".', 'The pair told a news conference so.']],
  ['He spoke of the "very bad for mankind." Trump is increasing pressure.', ['He spoke of the "very bad for mankind."', 'Trump is increasing pressure.']],
  ['Meanwhile U.S. President Donald Trump said "things will work out fine" a day after he said U.S. ties were low.', ['Meanwhile U.S. President Donald Trump said "things will work out fine" a day after he said U.S. ties were low.']],
  // headlines and lines without a full stop
  ['Deteriorating ties\nRussian President Vladimir Putin said relations have deteriorated.', ['Deteriorating ties', 'Russian President Vladimir Putin said relations have deteriorated.']],
  ['Lavrov accuses US of unlawful strikes\nWhile the diplomats meet, Trump and Putin berate each other.', ['Lavrov accuses US of unlawful strikes', 'While the diplomats meet, Trump and Putin berate each other.']],
  ['The tense negotiations come at a time when\nthe US and Russia have traded blame.', ['The tense negotiations come at a time when\nthe US and Russia have traded blame.']],
  ['Tillerson met with the\nRussian minister on Wednesday.', ['Tillerson met with the\nRussian minister on Wednesday.']],
  ['First paragraph line.\n\nSecond one', ['First paragraph line.', 'Second one']],
  ['Quake hits Chile\nSANTIAGO (Reuters) - A strong quake hit Chile on Monday.', ['Quake hits Chile', 'SANTIAGO (Reuters) - A strong quake hit Chile on Monday.']],
  // parentheses
  ['The company (formerly Apple Computer Inc.) said profits rose. Shares fell.', ['The company (formerly Apple Computer Inc.) said profits rose.', 'Shares fell.']],
  ['(He later resigned.) The board met again.', ['(He later resigned.)', 'The board met again.']],
  ['The vote passed (see the table below). It was close.', ['The vote passed (see the table below).', 'It was close.']],
  // numbered lists and interviews
  ['1. Talks lasted two hours. 2. No deal was reached.', ['1. Talks lasted two hours.', '2. No deal was reached.']],
  ['Steps:\n1. Call the police.\n2. Wait.', ['Steps:', '1. Call the police.', '2. Wait.']],
  ['Key points:\n- Talks lasted two hours\n- No deal was reached', ['Key points:', '- Talks lasted two hours', '- No deal was reached']],
  ['Q. What did you see? A. Nothing at all.', ['Q. What did you see?', 'A. Nothing at all.']],
  // wire datelines
  ['MOSCOW (AP) — Russian officials said talks went well. They plan to meet again.', ['MOSCOW (AP) — Russian officials said talks went well.', 'They plan to meet again.']],
  ['SAN FRANCISCO, Calif. (AP) _ An earthquake shook the city. No one was hurt.', ['SAN FRANCISCO, Calif. (AP) _ An earthquake shook the city.', 'No one was hurt.']],
  ['CHICAGO, Ill. (AP) _ A fire broke out Tuesday.', ['CHICAGO, Ill. (AP) _ A fire broke out Tuesday.']],
  ['WASHINGTON (AP) — The U.S. Senate voted Tuesday. Democrats objected.', ['WASHINGTON (AP) — The U.S. Senate voted Tuesday.', 'Democrats objected.']],
  // odds and ends
  ['He sold it on eBay. eBay declined to comment.', ['He sold it on eBay.', 'eBay declined to comment.']],
  ['  First one.   Second one.  ', ['First one.', 'Second one.']],
  ['Visit example.com/news?id=3 today. It is free.', ['Visit example.com/news?id=3 today.', 'It is free.']],
  ['No full stop at all', ['No full stop at all']],
  // Chinese and Japanese: full-width marks, no space after
  ['国家统计局今天发布了新的经济数据。数据显示，经济增长放缓！专家怎么看？', ['国家统计局今天发布了新的经济数据。', '数据显示，经济增长放缓！', '专家怎么看？']],
  ['東京で地震があった。被害は確認されていない。', ['東京で地震があった。', '被害は確認されていない。']],
  ['「ありがとう。」と彼は言った。次の日、彼は帰った。', ['「ありがとう。」と彼は言った。', '次の日、彼は帰った。']],
  ['他说：“我们会继续努力。”他随后离开了会场。', ['他说：“我们会继续努力。”他随后离开了会场。']],
  ['The minister spoke in Beijing. 他说：“会议很成功。” Reporters left.', ['The minister spoke in Beijing.', '他说：“会议很成功。”', 'Reporters left.']],
];

describe('splitSentences: hard cases', () => {
  it('has a table of at least 40 rows', () => {
    expect(HARD_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HARD_CASES)('%j', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });
});

/** Known mistakes, kept visible: each row states the right answer and is expected to fail. */
const KNOWN_FAILURES: ReadonlyArray<readonly [string, string[]]> = [
  // a company suffix before a name that starts the next sentence (DUC)
  ['He heads United Technologies Corp. Thailand was hit hard.', ['He heads United Technologies Corp.', 'Thailand was hit hard.']],
  // a quoted question, then a new sentence that starts like an attribution (DUC)
  ['"Can we refocus the message?" Salmon said his refusal was final.', ['"Can we refocus the message?"', 'Salmon said his refusal was final.']],
  // a hard wrap before a name looks like a headline line
  ['Tillerson met President\nPutin on Wednesday.', ['Tillerson met President\nPutin on Wednesday.']],
  // a brand with an exclamation mark
  ['Yahoo! Inc. said profits rose.', ['Yahoo! Inc. said profits rose.']],
];

describe('splitSentences: known failures', () => {
  for (const [input, expected] of KNOWN_FAILURES) {
    it.fails(JSON.stringify(input), () => {
      expect(split(input)).toEqual(expected);
    });
  }
});

describe('splitSentences', () => {
  it('splits only inside the range', () => {
    const text = 'Skip me. Take this one. And this. Skip me too.';
    const start = text.indexOf('Take');
    const end = text.indexOf(' Skip me too');
    expect(splitSentences(text, { start, end }).map((s) => text.slice(s.start, s.end))).toEqual(['Take this one.', 'And this.']);
  });

  it('returns nothing for an empty or blank range', () => {
    expect(splitSentences('', { start: 0, end: 0 })).toEqual([]);
    expect(splitSentences('   \n ', { start: 0, end: 5 })).toEqual([]);
  });

  it('takes extra abbreviations that end a sentence only before a common opener', () => {
    expect(split('It weighs approx. Forty tons. The end.')).toEqual(['It weighs approx. Forty tons.', 'The end.']);
    expect(split('The Acme Pty. Sydney office closed.')).toEqual(['The Acme Pty.', 'Sydney office closed.']);
    expect(split('The Acme Pty. Sydney office closed.', ['Pty.'])).toEqual(['The Acme Pty. Sydney office closed.']);
    expect(split('He works at Acme Pty. The firm is small.', ['pty'])).toEqual(['He works at Acme Pty.', 'The firm is small.']);
  });

  it('throws a TypeError for a text that is not a string and a RangeError for a span outside it', () => {
    expect(() => splitSentences(42 as unknown as string, { start: 0, end: 1 })).toThrow(/^tidings: expected splitSentences text as a string, got number 42$/);
    expect(() => splitSentences('abc', null as unknown as { start: number; end: number })).toThrow(TypeError);
    expect(() => splitSentences('abc', { start: 2, end: 9 })).toThrow(RangeError);
    expect(() => splitSentences('abc', { start: 2, end: 1 })).toThrow(/expected a span inside a text of 3 characters/);
  });
});

describe('TERMINAL', () => {
  it('matches exactly the code units isTerminal accepts', () => {
    const disagreeing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      TERMINAL.lastIndex = 0;
      if (TERMINAL.test(String.fromCharCode(c)) !== isTerminal(c)) disagreeing.push(c.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });
});
