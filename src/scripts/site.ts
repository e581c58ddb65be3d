/**
 * The one script of every page (`BaseLayout.astro`), a module loaded after parsing: the search shortcut, the current link in the phone's nav row,
 * the theme toggle and the reading list. Page-specific scripts (tag filter, search, Starred) load beside it.
 */
import './search-shortcut.ts';
import './nav-current.ts';
import './theme-toggle.ts';
import './reading-list.ts';
