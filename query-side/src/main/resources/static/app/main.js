// The storefront's shell: header with the buyer's links, the screen of the current address, and the notices every
// screen may need. Screens are separate modules, loaded when first shown, so the first page loads only its own.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { navigate, onRoute, route, startRouter } from './router.js';
import { session } from './auth/session.js';
import { graphql } from './api/graphql.js';

const SCREENS = {
  search: () => import('./pages/search-page.js'),
  vehicle: () => import('./pages/vehicle-page.js'),
  checkout: () => import('./pages/checkout-page.js'),
  orders: () => import('./pages/orders-page.js'),
  order: () => import('./pages/order-page.js'),
  signup: () => import('./pages/signup-page.js'),
  missing: () => import('./pages/missing-page.js'),
};

class ForecourtApp extends LightElement {
  static properties = {
    route: { state: true },
    ready: { state: true },
    signInError: { state: true },
    stale: { state: true },
    buyer: { state: true },
  };

  #focusAfterRender = false;
  #screenLoaded = Promise.resolve();

  constructor() {
    super();
    this.route = route();
    this.ready = false;
    this.signInError = null;
    this.stale = false;
    this.buyer = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.textContent = '';
    startRouter();
    onRoute((next, how) => {
      this.route = next;
      this.stale = false;
      this.#focusAfterRender = how !== 'replace';
      this.#screenLoaded = SCREENS[next.name]();
    });
    session.addEventListener('change', () => {
      this.requestUpdate();
      this.#whoIsSignedIn();
    });
    window.addEventListener('forecourt:stale', () => { this.stale = true; });
    this.#screenLoaded = SCREENS[this.route.name]();
    session.start().then((returnTo) => {
      this.ready = true;
      this.#whoIsSignedIn();
      if (returnTo) navigate(returnTo, { replace: true });
    }, (failure) => {
      this.signInError = failure.message;
      this.ready = true;
      this.route = route();
    });
  }

  async updated() {
    if (!this.#focusAfterRender) return;
    this.#focusAfterRender = false;
    await this.#screenLoaded.catch(() => {});
    const screen = this.querySelector('main > :last-child');
    await screen?.updateComplete;
    // the new screen's heading takes the focus, so keyboard and screen-reader users start at its top
    const heading = this.querySelector('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  /** The signed-in buyer's name for the header (null for a moment after signing up, or for staff). */
  async #whoIsSignedIn() {
    if (!session.signedIn) {
      this.buyer = null;
      return;
    }
    try {
      const data = await graphql('Me');
      this.buyer = session.signedIn ? data.me : null;
    } catch {
      this.buyer = null;
    }
  }

  #signIn() {
    session.signIn();
  }

  #signOut() {
    session.signOut();
  }

  #screen() {
    if (!this.ready) return html`<p class="loading">Loading…</p>`;
    const { name, param, query } = this.route;
    switch (name) {
      case 'search': return html`<fc-search-page .query=${query}></fc-search-page>`;
      case 'vehicle': return html`<fc-vehicle-page .vin=${param}></fc-vehicle-page>`;
      case 'checkout': return html`<fc-checkout-page .vin=${param}></fc-checkout-page>`;
      case 'orders': return html`<fc-orders-page .query=${query}></fc-orders-page>`;
      case 'order': return html`<fc-order-page .orderId=${param}></fc-order-page>`;
      case 'signup': return html`<fc-signup-page></fc-signup-page>`;
      default: return html`<fc-missing-page></fc-missing-page>`;
    }
  }

  render() {
    const here = this.route.name;
    const signedIn = session.signedIn;
    return html`
      <header class="site-header">
        <div class="bar">
          <a class="brand" href="/"><img src="/app/icon.svg" alt="" width="28" height="28"> Forecourt</a>
          <nav class="site-nav" aria-label="Main">
            <ul>
              <li><a href="/" aria-current=${here === 'search' ? 'page' : nothing}>Find a car</a></li>
              ${signedIn ? html`
                ${this.buyer ? html`<li class="who">Signed in as ${this.buyer.name}</li>` : nothing}
                <li><a href="/orders" aria-current=${here === 'orders' ? 'page' : nothing}>My orders</a></li>
                <li><button type="button" class="linklike" @click=${this.#signOut}>Sign out</button></li>
              ` : html`
                <li><button type="button" class="linklike" @click=${this.#signIn}>Sign in</button></li>
                <li><a href="/signup" aria-current=${here === 'signup' ? 'page' : nothing}>Create an account</a></li>
              `}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main">
        ${this.signInError ? html`<div class="message error" role="alert"><p>${this.signInError}</p></div>` : nothing}
        ${session.ended && !signedIn ? html`
          <div class="message warn" role="status">
            <p>Your sign-in has ended.
              <button type="button" class="linklike" @click=${this.#signIn}>Sign in again</button></p>
          </div>` : nothing}
        ${this.stale ? html`
          <div class="message warn" role="status"><p>This page may be a moment out of date. Refresh it shortly.</p></div>`
          : nothing}
        ${this.#screen()}
      </main>
      <footer class="site-footer">
        <p>Forecourt · used cars, delivered to your door. Prices are in pounds and include VAT.</p>
      </footer>
      <div id="announcer" class="visually-hidden" aria-live="polite"></div>
    `;
  }
}

customElements.define('fc-app', ForecourtApp);
