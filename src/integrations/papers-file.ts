/** Where the parser wrote its records, read by the content loader and the search index; tests point it at a fixture build. */
export const PAPERS_FILE = process.env['PAPERS_FILE'] ?? 'content/papers.json';
