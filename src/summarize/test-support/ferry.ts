/**
 * A fictional ferry capsizing told by four outlets on one day: the first
 * gives 12 dead, the three others 14. A one-sentence summary quotes the
 * first, which states one side of the conflict.
 */
export const FERRY_RECORDS = [
  { id: 'orrin-1', published: '2026-09-12T10:00:00Z', text: 'Twelve people died when the ferry Marla Voss capsized on Lake Orrin on Saturday, the harbour authority of Tessaly said. The ferry was carrying 40 passengers from Tessaly to the island of Brenn when a storm struck.' },
  { id: 'orrin-2', published: '2026-09-12T12:00:00Z', text: 'At least 14 people were killed when a ferry capsized on Lake Orrin during a storm on Saturday. Rescuers pulled 26 survivors from the water near Brenn.' },
  { id: 'orrin-3', published: '2026-09-12T14:00:00Z', text: 'The ferry Marla Voss sank in a sudden storm on Lake Orrin. Fourteen people died, police in Tessaly said, and 26 were rescued.' },
  { id: 'orrin-4', published: '2026-09-12T16:00:00Z', text: 'Police said 14 people died in the sinking of the Marla Voss, which had sailed from Tessaly with 40 passengers on board.' },
] as const;
