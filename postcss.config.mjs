// @ts-check
/**
 * PostCSS for the site's stylesheets (Vite loads this file). One plugin: keep only the WOFF2 source of each
 * `@font-face`. KaTeX's stylesheet also lists WOFF and TrueType fallbacks that every supported browser skips;
 * dropping them, and linking the small fonts instead of inlining them, halves its compressed size and keeps the
 * CSS budget (under 10 KB compressed).
 */

/**
 * Splits a `src` list at the commas between sources (not those inside `url(...)` or `format(...)`).
 * @param {string} value
 */
const sources = (value) => value.split(/,(?![^(]*\))/).map((s) => s.trim());

/** @type {import('postcss').PluginCreator<void>} */
const woff2Only = () => ({
  postcssPlugin: 'woff2-only',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('src', (decl) => {
        const woff2 = sources(decl.value).filter((source) => /format\(\s*["']?woff2["']?\s*\)/.test(source));
        // `?no-inline`: Vite would otherwise inline the smallest fonts as base64, which compresses badly.
        const linked = woff2.map((source) =>
          source.replace(/url\((["']?)([^"')?]+)\1\)/, 'url($1$2?no-inline$1)'),
        );
        if (linked.length > 0) decl.value = linked.join(', ');
      });
    },
  },
});
woff2Only.postcss = true;

export default { plugins: [woff2Only()] };
