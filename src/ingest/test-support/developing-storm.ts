/**
 * A fictional story that develops over four days (invented storm, places,
 * people and outlets): Storm Verra's toll on the Skelmor coast rises from
 * three (Monday) to seven (Tuesday) to eleven (Wednesday, one outlet first
 * giving ten and correcting itself in an update), and on Thursday the coast
 * is declared a disaster area. Each day's wire report (Skerry Wire) is
 * reprinted word for word by other outlets, seven times on the first day;
 * local papers write their own reports.
 */

export interface StormRecord {
  id: string;
  outlet: string;
  title: string;
  published: string;
  modified?: string;
  text: string;
}

const paragraphs = (...lines: string[]) => lines.join('\n\n');

const WIRE_MONDAY = paragraphs(
  'Storm Verra killed three people on the Skelmor coast on Monday, tearing roofs from houses and cutting power to about 40,000 homes, the coastguard said.',
  'Winds of up to 150 km/h struck the harbour town of Ansley before dawn, and waves broke over the sea wall along the Ansley front.',
  'Two of the dead were fishermen whose boat capsized off Ansley Point, and the third was a woman hit by a falling tree in Carrow.',
  'The regional council opened emergency shelters in Ansley, Carrow and Brindle for families whose homes were flooded.',
  '"We have not seen a storm like this on the coast in thirty years," coastguard commander Ilse Varro said.',
  'Rail services between Carrow and the capital were suspended after trees fell across the line.',
  'Forecasters said Storm Verra would move north overnight and weaken by Wednesday.',
);

const WIRE_TUESDAY = paragraphs(
  'The death toll from Storm Verra rose to seven on Tuesday after rescuers found four more bodies in flooded homes near Carrow, the coastguard said.',
  'About 25,000 homes on the Skelmor coast were still without power, the grid operator said.',
  'Army engineers were sent to Ansley to shore up the sea wall, which the storm breached in two places.',
  'Coastguard commander Ilse Varro said search teams were still looking for two people reported missing in Brindle.',
  'Schools along the Skelmor coast stayed closed for a second day.',
);

const WIRE_WEDNESDAY = paragraphs(
  'The death toll from Storm Verra rose to eleven on Wednesday after divers found four bodies in a car swept off the Brindle road, the coastguard said.',
  'The dead include the two people reported missing in Brindle since the storm struck the Skelmor coast.',
  'Power has been restored to all but 9,000 homes, the grid operator said.',
  'The government said it would decide on Thursday whether to declare the Skelmor coast a disaster area.',
);

const WIRE_THURSDAY = paragraphs(
  'The government declared the Skelmor coast a disaster area on Thursday and pledged 30 million crowns for repairs, after Storm Verra killed eleven people.',
  'Prime Minister Halvard Senn visited Ansley, where army engineers were rebuilding the sea wall the storm breached.',
  'Power has been restored to all but 3,000 homes on the Skelmor coast, the grid operator said.',
  'Rail services between Carrow and the capital resumed on Thursday morning.',
  'Families who lost their homes to the storm will receive up to 20,000 crowns each from the fund.',
);

const TITLES = {
  monday: 'Storm Verra kills three on the Skelmor coast',
  tuesday: 'Storm Verra toll rises to seven',
  wednesday: 'Storm Verra toll rises to eleven',
  thursday: 'Skelmor coast declared disaster area after Storm Verra',
};

const wire = (day: keyof typeof TITLES, id: string, published: string, text: string): StormRecord => ({ id, outlet: 'Skerry Wire', title: TITLES[day], published, text });
const reprint = (of: StormRecord, id: string, outlet: string, published: string): StormRecord => ({ ...of, id, outlet, published });

const mondayWire = wire('monday', 'skerry-1', '2026-10-05T09:00:00Z', WIRE_MONDAY);
const tuesdayWire = wire('tuesday', 'skerry-2', '2026-10-06T09:00:00Z', WIRE_TUESDAY);
const wednesdayWire = wire('wednesday', 'skerry-3', '2026-10-07T14:00:00Z', WIRE_WEDNESDAY);
const thursdayWire = wire('thursday', 'skerry-4', '2026-10-08T09:00:00Z', WIRE_THURSDAY);

/** The story's reports, each day's in publication order, the first version of the Northfield Post's Wednesday report (ten dead) among them. */
export const STORM_REPORTS: readonly StormRecord[] = [
  mondayWire,
  reprint(mondayWire, 'ansley-gazette-1', 'Ansley Gazette', '2026-10-05T09:40:00Z'),
  reprint(mondayWire, 'brindle-chronicle-1', 'Brindle Chronicle', '2026-10-05T10:05:00Z'),
  reprint(mondayWire, 'valemouth-standard-1', 'Valemouth Standard', '2026-10-05T10:30:00Z'),
  reprint(mondayWire, 'harrowby-herald-1', 'Harrowby Herald', '2026-10-05T11:00:00Z'),
  reprint(mondayWire, 'kestrel-bay-news-1', 'Kestrel Bay News', '2026-10-05T11:20:00Z'),
  reprint(mondayWire, 'marlow-vale-times-1', 'Marlow Vale Times', '2026-10-05T12:00:00Z'),
  reprint(mondayWire, 'tarn-valley-echo-1', 'Tarn Valley Echo', '2026-10-05T12:45:00Z'),
  {
    id: 'carrow-courier-1',
    outlet: 'Carrow Courier',
    title: 'Carrow clears up after Storm Verra',
    published: '2026-10-05T16:00:00Z',
    text: paragraphs(
      'Carrow residents spent Monday clearing fallen trees and pumping water from their cellars after Storm Verra swept across the Skelmor coast.',
      'A woman was killed when a tree fell on her car on Mill Road, one of three people the storm killed on the coast.',
      'About 40,000 homes along the coast lost power, and the grid operator said some would stay dark for days.',
      'Volunteers at the Carrow sports hall served hot meals to more than 200 people who had left flooded homes.',
      '"The water came up through the floor in minutes," said shop owner Petra Lund.',
    ),
  },
  tuesdayWire,
  reprint(tuesdayWire, 'ansley-gazette-2', 'Ansley Gazette', '2026-10-06T09:45:00Z'),
  reprint(tuesdayWire, 'valemouth-standard-2', 'Valemouth Standard', '2026-10-06T10:15:00Z'),
  {
    id: 'brindle-chronicle-2',
    outlet: 'Brindle Chronicle',
    title: 'Brindle searches for two missing after Storm Verra flood',
    published: '2026-10-06T13:00:00Z',
    text: paragraphs(
      'Search teams in Brindle were looking on Tuesday for two people missing since Storm Verra flooded the lower town.',
      'Seven people are now known to have died in the storm on the Skelmor coast.',
      'The Brindle river rose more than two metres overnight, flooding about 150 homes.',
      'Mayor Anton Kell asked residents to stay away from the river bank until the water falls.',
    ),
  },
  {
    id: 'skelmor-times-3',
    outlet: 'Skelmor Times',
    title: 'Storm Verra: eleven dead as divers recover car near Brindle',
    published: '2026-10-07T11:00:00Z',
    text: paragraphs(
      'Eleven people have died in Storm Verra, the coastguard said on Wednesday, after divers recovered four bodies from a car swept off the Brindle road.',
      'Among the dead are a retired couple from Brindle who had been missing since Monday night.',
      'About 9,000 households were still without electricity, most of them in the hills above Carrow.',
      'The government will decide on Thursday whether to declare the Skelmor coast a disaster area, a spokeswoman said.',
    ),
  },
  {
    id: 'northfield-post-3',
    outlet: 'Northfield Post',
    title: 'Storm Verra toll reaches ten',
    published: '2026-10-07T08:00:00Z',
    text: paragraphs(
      'The coastguard said on Wednesday that ten people had died in Storm Verra, after a night of searching along the flooded Brindle road.',
      'Army engineers worked through the night on the breached sea wall at Ansley.',
    ),
  },
  wednesdayWire,
  reprint(wednesdayWire, 'harrowby-herald-3', 'Harrowby Herald', '2026-10-07T14:30:00Z'),
  thursdayWire,
  reprint(thursdayWire, 'valemouth-standard-4', 'Valemouth Standard', '2026-10-08T09:30:00Z'),
  reprint(thursdayWire, 'kestrel-bay-news-4', 'Kestrel Bay News', '2026-10-08T10:00:00Z'),
  {
    id: 'ansley-gazette-4',
    outlet: 'Ansley Gazette',
    title: 'Ansley to bury fishermen lost in Storm Verra',
    published: '2026-10-08T12:00:00Z',
    text: paragraphs(
      'Funerals for the two Ansley fishermen who died when Storm Verra capsized their boat will be held on Saturday.',
      'Eleven people died in the storm, which struck the Skelmor coast on Monday, the worst toll on the coast since 1987.',
      'Harbour master Jon Abbe said the fishing fleet would stay in port until the sea wall is repaired.',
    ),
  },
];

/** The Northfield Post's Wednesday report as updated in the afternoon: the toll corrected from ten to eleven. */
export const STORM_CORRECTION: StormRecord = {
  id: 'northfield-post-3',
  outlet: 'Northfield Post',
  title: 'Storm Verra toll reaches eleven',
  published: '2026-10-07T08:00:00Z',
  modified: '2026-10-07T16:00:00Z',
  text: paragraphs(
    'The coastguard said on Wednesday that eleven people had died in Storm Verra, after a night of searching along the flooded Brindle road.',
    'Army engineers worked through the night on the breached sea wall at Ansley.',
    'Correction: an earlier version of this report gave the toll as ten, as the coastguard first did.',
  ),
};

/** The story's reports as JSONL lines, the correction last. */
export function stormJsonl(): string {
  return [...STORM_REPORTS, STORM_CORRECTION].map((record) => JSON.stringify(record)).join('\n');
}
