/** A page of the story list: the filtered stories up to the page's end, one more to know a next page exists. */
import { filteredStories, type Store, type StoryFilters, type StoryRow } from '../store/index.js';
import { pageFrom, type Page, type PageRequest } from './paging.js';

export async function storyPage(store: Store, filters: StoryFilters, request: PageRequest): Promise<Page<StoryRow>> {
  return pageFrom((await filteredStories(store, filters, request.offset + request.limit + 1)).slice(request.offset), request);
}
