// Who the buyer is: OpenID Connect sign-in (authorization code with PKCE, a public client) with the oidc-client-ts
// library against the shop's own provider (same origin). The library is loaded only when a buyer signs in or is
// signed in, so the anonymous first page does not pay for it. Tokens are kept in sessionStorage (this tab only),
// where the library keeps them by default.
//
// The provider and client id come from /app/config.json (forecourt.storefront.oidc.*): by default the embedded
// provider on this origin and the client "storefront" (docs/security.md).

const MARK = 'forecourt.signedIn';

async function settings() {
  const origin = window.location.origin;
  let config = {};
  try {
    const response = await fetch('/app/config.json', { credentials: 'omit' });
    if (response.ok) config = await response.json();
  } catch {
    // the defaults below are the embedded provider's
  }
  return {
    authority: typeof config.authority === 'string' ? config.authority : origin,
    client_id: typeof config.clientId === 'string' ? config.clientId : 'storefront',
    redirect_uri: `${origin}/`,
    // no post_logout_redirect_uri: after signing out the provider sends the browser to its own "/", the shop's
    response_type: 'code',
    scope: 'openid profile',
    loadUserInfo: false,
    // no hidden iframes: the shop's pages may not be framed, not even by the shop (frame-ancestors 'none')
    automaticSilentRenew: false,
    monitorSession: false,
  };
}

let managerPromise = null;

function manager() {
  managerPromise ??= Promise.all([import('oidc-client-ts'), settings()]).then(([{ UserManager, WebStorageStateStore }, own]) => new UserManager({
    ...own,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  }));
  return managerPromise;
}

function marked() {
  try {
    return window.sessionStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}

function mark(on) {
  try {
    if (on) window.sessionStorage.setItem(MARK, '1'); else window.sessionStorage.removeItem(MARK);
  } catch {
    // storage off: the buyer stays signed in for this page only
  }
}

/** What the provider answers to prompt=none when the buyer must sign in again: not an error to show. */
const SILENT_REFUSALS = ['login_required', 'interaction_required', 'consent_required'];

function here() {
  return window.location.pathname + window.location.search;
}

/** A same-origin path to go back to after signing in; anything else becomes "/". */
function safeReturn(path) {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

class Session extends EventTarget {
  #user = null;
  #ended = false;

  /** True while a buyer is signed in and their token is valid. */
  get signedIn() {
    return this.#user !== null && !this.#user.expired;
  }

  /** True when a sign-in ran out (or was refused by the API) since the page loaded. */
  get ended() {
    return this.#ended;
  }

  /** Claims of the ID token (sub, name if the provider sends it); null when signed out. */
  get profile() {
    return this.#user?.profile ?? null;
  }

  /**
   * Restores a sign-in kept for this tab, or completes one when the provider has just sent the buyer back
   * (?code=…&state=…). A kept sign-in whose token has run out is renewed without a word while the provider still
   * knows the buyer (prompt=none: the browser goes there and straight back). Resolves with the path to show, or
   * null to stay where the buyer is. Rejects with an Error whose message can be shown when the provider refused.
   */
  async start() {
    const params = new URLSearchParams(window.location.search);
    if (params.has('state') && (params.has('code') || params.has('error'))) {
      const mgr = await manager();
      try {
        const user = await mgr.signinRedirectCallback();
        this.#set(user);
        return safeReturn(user.state?.returnTo);
      } catch (failure) {
        this.#set(null);
        const returnTo = safeReturn(failure?.state?.returnTo);
        window.history.replaceState(null, '', returnTo);
        if (SILENT_REFUSALS.includes(params.get('error'))) {
          this.#ended = true;
          return returnTo;
        }
        throw new Error(params.get('error') === 'access_denied'
          ? 'Signing in was cancelled.'
          : 'Signing in did not work. Please try again.');
      }
    }
    if (marked()) {
      const mgr = await manager();
      const user = await mgr.getUser();
      if (user && !user.expired) {
        this.#set(user);
      } else {
        await mgr.removeUser();
        mark(false);
        if (user) {
          await mgr.signinRedirect({ prompt: 'none', state: { returnTo: safeReturn(here()) } });
          return new Promise(() => {}); // the page is leaving for the provider
        }
        this.#ended = true;
      }
    }
    return null;
  }

  /** The bearer token for the API, or null when signed out (an expired token signs the buyer out). */
  async accessToken() {
    if (!this.#user) return null;
    if (this.#user.expired) {
      this.expired();
      return null;
    }
    return this.#user.access_token;
  }

  /** Goes to the provider's sign-in page; the buyer comes back to returnTo. */
  async signIn({ returnTo = here(), loginHint } = {}) {
    const mgr = await manager();
    const extra = loginHint ? { login_hint: loginHint } : {};
    await mgr.signinRedirect({ state: { returnTo: safeReturn(returnTo) }, ...extra });
  }

  /** Forgets the tokens and ends the provider's session too, so the next sign-in asks for the password again. */
  async signOut() {
    const mgr = await manager();
    const user = this.#user;
    await mgr.removeUser();
    this.#set(null);
    let endSession = null;
    try {
      endSession = await mgr.metadataService.getEndSessionEndpoint();
    } catch {
      endSession = null;
    }
    if (endSession && user?.id_token) {
      await mgr.signoutRedirect({ id_token_hint: user.id_token });
    } else {
      window.location.assign('/');
    }
  }

  /** The API refused the token (it ran out or was revoked): the buyer is signed out and told so. */
  expired() {
    if (!this.#user) return;
    manager().then((mgr) => mgr.removeUser()).catch(() => {});
    this.#ended = true;
    this.#set(null);
  }

  #set(user) {
    this.#user = user ?? null;
    mark(this.#user !== null);
    if (this.#user) this.#ended = false;
    this.dispatchEvent(new Event('change'));
  }
}

/** The buyer's session, one per tab. Fires "change" when the buyer signs in or out. */
export const session = new Session();
