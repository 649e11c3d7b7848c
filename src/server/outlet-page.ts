/** A page of the outlets report, for the API and the Outlets page alike. */
import type { OutletRow, Store } from '../store/index.js';
import { pageFrom, type Page, type PageRequest } from './paging.js';

export async function outletPage(store: Store, request: PageRequest): Promise<Page<OutletRow>> {
  return pageFrom((await store.outlets(request.offset + request.limit + 1)).slice(request.offset), request);
}
