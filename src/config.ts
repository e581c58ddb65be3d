/**
 * Site-wide settings: one object, read by layouts, pages and the filter endpoints.
 * Every internal `href` here is a path relative to the base; pass it through `withBase` when rendering.
 */
export const SITE = {
  /** Site name, shown in the header and appended to every page title. */
  title: 'Paper Digest',
  /** Default meta description, for pages that do not write their own. */
  description:
    'A calm, searchable reading list of the machine-learning papers on the Hugging Face Daily Papers page, tagged by topic.',
  /** Language of the pages (`<html lang>`), also used to format dates and numbers. */
  lang: 'en',
  /** Locale for `Intl` date and number formatting. */
  locale: 'en-US',
  /** Papers per page on the paginated lists (all papers, top, tag and digest pages); at most 100. */
  pageSize: 50,
  /** Papers on the most-upvoted list (`/papers/top/`): past the first thousand, ranks by a handful of votes
   * say little, and 10,000 papers would take 200 pages. Its tag filter still ranks every paper. */
  topListSize: 1000,
  /** Papers of the latest digest shown on the home page before a link to the full digest. */
  homeSize: 50,
  /** Top papers shown on the home page for each earlier digest of the latest one's week. */
  homeEarlierSize: 3,
  /** Digests the home page can list as new since a reader's last visit (the newest); past that, a link to all. */
  sinceVisitSize: 14,
  /** Papers on a week's or a month's page, its highest ranked: every paper is on its day's page, and a month
   * of a busy year would otherwise take sixty pages that repeat the days'. */
  periodSize: 50,
  /** Related papers listed on a paper page. */
  relatedCount: 5,
  /** Characters at most of a page's meta description (search engines and link previews show about that many). */
  metaDescriptionLength: 160,
  /** Characters of the abstract in each item of a digest's feed, a teaser as long as a meta description (the
   * site and topic feeds carry it whole). */
  feedSummaryLength: 160,
  /**
   * Client-side tag filter: cards per data chunk on average, odd (`filter/cards/<name>.json`; a match far
   * from the others costs its whole chunk, so chunks are small), slots per table of chunks
   * (`filter/chunks/<k>.json`), paper ids per `filter/where/<b>.json`, cards added per "Show more".
   */
  filter: { chunkSize: 9, tableSpan: 1000, bucketSize: 20, pageSize: 25 },
  /** Main navigation, in order; `href` is relative to the base. Other features append their entries here. */
  nav: [
    { href: '/', label: 'Latest' },
    { href: '/papers/', label: 'Papers' },
    { href: '/tags/', label: 'Topics' },
    { href: '/digests/', label: 'Digests' },
    { href: '/search/', label: 'Search' },
    { href: '/stats/', label: 'Stats' },
    { href: '/starred/', label: 'Starred' },
    { href: '/for-you/', label: 'For you' },
  ],
} as const;
