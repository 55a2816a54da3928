// My orders: the signed-in buyer's orders, newest first, each leading to its page. Older orders continue from the
// cursor of the page before (?after=…), so orders placed meanwhile never shift them.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { session } from '../auth/session.js';
import { day, money, when, words } from '../format.js';
import '../components/sign-in-prompt.js';

const PAGE_SIZE = 20;

class OrdersPage extends LightElement {
  static properties = {
    query: { attribute: false },
    orders: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.orders = null;
    this.error = null;
    this.onSession = () => { this.requestUpdate(); if (session.signedIn) this.#load(); };
  }

  connectedCallback() {
    super.connectedCallback();
    document.title = 'My orders · Forecourt';
    session.addEventListener('change', this.onSession);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
  }

  willUpdate(changed) {
    if (changed.has('query') && session.signedIn) {
      const previous = changed.get('query');
      if (!previous || previous.toString() !== this.query.toString()) this.#load();
    }
  }

  async #load() {
    this.error = null;
    try {
      const data = await graphql('MyOrders', { first: PAGE_SIZE, after: this.query.get('after') || null });
      this.orders = data.me?.orders ?? { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } };
    } catch (failure) {
      this.error = failure;
    }
  }

  #body() {
    if (!session.signedIn) return html`<fc-sign-in-prompt reason="Sign in to see your orders."></fc-sign-in-prompt>`;
    if (this.error) {
      return html`<div class="message error" role="alert"><p>${this.error.words}</p>
        <button type="button" class="secondary" @click=${() => this.#load()}>Try again</button></div>`;
    }
    if (!this.orders) return html`<p aria-busy="true">Loading…</p>`;
    const { edges, pageInfo, totalCount } = this.orders;
    if (totalCount === 0) return html`<p>You have no orders yet. <a href="/">Find a car</a>.</p>`;
    return html`
      <table class="orders-table">
        <caption class="visually-hidden">Your orders, newest first</caption>
        <thead><tr><th scope="col">Car</th><th scope="col">Ordered</th><th scope="col">Delivery day</th>
          <th scope="col">Status</th><th scope="col">Price</th></tr></thead>
        <tbody>
          ${edges.map(({ node: order }) => html`
            <tr>
              <td><a href="/orders/${order.id}">${order.vehicle.year} ${order.vehicle.make} ${order.vehicle.model}</a></td>
              <td>${when(order.placedAt)}</td>
              <td>${day(order.deliveryDate)}</td>
              <td><span class="status ${order.status}">${words(order.status)}</span></td>
              <td>${money(order.pricePence ?? order.vehicle.pricePence)}</td>
            </tr>`)}
        </tbody>
      </table>
      ${pageInfo.hasNextPage ? html`<nav class="pager" aria-label="More orders"><span></span>
        <a href="/orders?after=${encodeURIComponent(pageInfo.endCursor)}" rel="next">Older orders</a></nav>` : nothing}`;
  }

  render() {
    return html`<h1>My orders</h1>${this.#body()}`;
  }
}

customElements.define('fc-orders-page', OrdersPage);
