/** The theme toggle (`ThemeToggle.astro`): shows the theme in use, flips it on click, remembers the choice. */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ?? (media.matches ? 'dark' : 'light')) === 'dark';
const show = () => button?.setAttribute('aria-pressed', String(isDark()));
show();
media.addEventListener('change', show);
button?.addEventListener('click', () => {
  const theme = isDark() ? 'light' : 'dark';
  root.dataset['theme'] = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts for this page only.
  }
  show();
});
