/**
 * The key two outlet names are one outlet by: as SQLite's NOCASE compares
 * them (the store counts a story's outlets and groups `outlets` so), A–Z
 * folded and every other letter as written: "Pellam Post" and "PELLAM POST"
 * are one outlet, and "Élan" and "ÉLAN", but "Élan" and "élan" are two.
 */
export function outletCaseKey(outlet: string): string {
  return outlet.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
