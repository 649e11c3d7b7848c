/**
 * A number as Perl's `sprintf("%7.5f", x)` prints it and reads it back:
 * ROUGE-1.5.5 rounds every per-summary R, P and F (and F is computed from the
 * rounded R and P). `toFixed` rounds exact ties up while C's printf rounds
 * them to even; a double lies exactly halfway between two 5-decimal numbers
 * only when it is an odd multiple of 1/64, so those are handled apart.
 */
export function roundLikeRouge(value: number): number {
  const sixtyFourths = value * 64;
  if (Number.isInteger(sixtyFourths) && Math.abs(sixtyFourths % 2) === 1) {
    const lower = Math.floor((sixtyFourths * 3125) / 2);
    return (lower % 2 === 0 ? lower : lower + 1) / 1e5;
  }
  return Number(value.toFixed(5));
}
