/**
 * Where the site puts its pages, relative to the base path (mirrors `src/pages/`), so that tests
 * name a page by what it shows, not by how its URL is spelled in each test.
 */

/** A paper's page. */
export const paperRoute = (id: string): string => `papers/${id}/`;
/** The first page of a tag's papers. */
export const tagRoute = (tag: string): string => `tags/${tag}/`;
/** A digest's page: the papers of one dump. */
export const digestRoute = (date: string): string => `digests/${date}/`;
/** The file a route is written to inside `dist/`. */
export const routeFile = (route: string): string => `${route}index.html`;
