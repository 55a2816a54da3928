// Tells screen-reader users about changes they cannot see happen (results loaded, an order confirmed), through
// one polite live region of the page.

let timer = null;

export function announce(text) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  clearTimeout(timer);
  // a short pause makes screen readers read the same words again
  timer = setTimeout(() => { region.textContent = text; }, 50);
}
