// The address is the state: each screen has its own path, and a search its parameters, so every screen can be
// bookmarked, shared and reloaded, and Back goes where the buyer expects. Keep the paths in step with
// StorefrontPages (which serves this page at each of them).

const ROUTES = [
  ['search', /^\/$/],
  ['vehicle', /^\/vehicles\/([A-Za-z0-9]{1,40})$/],
  ['checkout', /^\/checkout\/([A-Za-z0-9]{1,40})$/],
  ['orders', /^\/orders$/],
  ['order', /^\/orders\/([0-9A-Fa-f-]{1,64})$/],
  ['signup', /^\/signup$/],
];

/** {name, param, query} of an address; name "missing" when no screen has that path. */
export function route(location = window.location) {
  const path = location.pathname;
  for (const [name, pattern] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return { name, param: match[1] ?? null, query: new URLSearchParams(location.search), path };
  }
  return { name: 'missing', param: null, query: new URLSearchParams(location.search), path };
}

const listeners = new Set();

function changed(how) {
  listeners.forEach((listener) => listener(route(), how));
}

/** Shows another screen: a new history entry, or the current one replaced (e.g. while typing in a filter). */
export function navigate(url, { replace = false, state = null } = {}) {
  const target = new URL(url, window.location.href);
  const same = target.pathname === window.location.pathname && target.search === window.location.search;
  if (replace || same) {
    window.history.replaceState(state, '', target.pathname + target.search + target.hash);
  } else {
    window.history.pushState(state, '', target.pathname + target.search + target.hash);
  }
  changed(replace ? 'replace' : 'push');
}

/** Calls listener(route, how) on every change of address: "push", "replace" or "pop" (Back, Forward). */
export function onRoute(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes over the page's own links, so that following one does not reload the page. */
export function startRouter() {
  window.addEventListener('popstate', () => changed('pop'));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || route(url).name === 'missing') return;
    // a link within the page (#main, #a-field) is the browser's to follow
    if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
    event.preventDefault();
    navigate(url.href);
    window.scrollTo(0, 0);
  });
}
