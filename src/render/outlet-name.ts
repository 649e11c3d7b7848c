/** How an outlet is named in lists: the articles that name none count together under this. */
const NO_OUTLET = '(no outlet named)';

export function outletName(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}
