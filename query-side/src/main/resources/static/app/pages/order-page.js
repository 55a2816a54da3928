// One order, live: its status and timeline follow the orderStatusChanged subscription (graphql-transport-ws), so a
// buyer who has just placed it sees it go from "Waiting for confirmation" to "Confirmed" (or "Not accepted", with
// the reason in words) without reloading. The buyer may cancel it while it is pending or confirmed.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { subscribe } from '../api/live.js';
import { session } from '../auth/session.js';
import { announce } from '../announce.js';
import { day, money, rejection, when, words } from '../format.js';
import '../components/sign-in-prompt.js';

const OPEN = ['PENDING', 'CONFIRMED'];

/** The newer of two views of the order: the one that has seen more status changes. */
function newer(known, update) {
  if (!known) return update;
  if (!update) return known;
  return (update.timeline?.length ?? 0) >= (known.timeline?.length ?? 0) ? { ...known, ...update } : known;
}

class OrderPage extends LightElement {
  static properties = {
    orderId: { type: String },
    order: { state: true },
    loaded: { state: true },
    error: { state: true },
    liveError: { state: true },
    cancelling: { state: true },
    cancelError: { state: true },
    reasonMissing: { state: true },
  };

  #stop = null;

  constructor() {
    super();
    this.orderId = null;
    this.order = null;
    this.loaded = false;
    this.error = null;
    this.liveError = null;
    this.cancelling = false;
    this.cancelError = null;
    this.reasonMissing = false;
    this.onSession = () => this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    document.title = 'Your order · Forecourt';
    session.addEventListener('change', this.onSession);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
    this.#stop?.();
  }

  willUpdate(changed) {
    if (changed.has('orderId') && this.orderId && session.signedIn) {
      this.#stop?.();
      this.order = null;
      this.loaded = false;
      this.#follow();
      this.#load();
    }
  }

  #follow() {
    const orderId = this.orderId;
    this.liveError = null;
    this.#stop = subscribe('OrderStatusChanged', { orderId }, {
      next: (data) => {
        if (orderId !== this.orderId) return;
        const before = this.order?.status;
        this.order = newer(this.order, data.orderStatusChanged);
        this.loaded = true;
        // the stream carries the status only: the car and the address come with the query, which may have run
        // before the order's read model had it
        if (!this.order.vehicle && !this.#loading) this.#load();
        if (before && before !== this.order.status) announce(`Your order is now: ${words(this.order.status)}`);
      },
      error: (failure) => {
        if (orderId !== this.orderId) return;
        if (failure.code === 'FORBIDDEN' || failure.code === 'ORDER_NOT_FOUND') {
          this.error = failure;
          this.loaded = true;
        } else {
          this.liveError = failure;
        }
      },
    });
  }

  #loading = false;

  async #load() {
    const orderId = this.orderId;
    this.error = null;
    this.#loading = true;
    try {
      const data = await graphql('Order', { id: orderId });
      if (orderId !== this.orderId) return;
      this.order = data.order ? newer(data.order, this.order) : this.order;
      this.loaded = true;
    } catch (failure) {
      if (orderId !== this.orderId) return;
      this.error = failure;
      this.loaded = true;
    } finally {
      this.#loading = false;
    }
  }

  async #cancel(event) {
    event.preventDefault();
    const reason = new FormData(event.target).get('reason')?.toString().trim() ?? '';
    this.cancelError = null;
    this.reasonMissing = reason.length === 0;
    if (this.reasonMissing) {
      await this.updateComplete;
      this.querySelector('#cancel-reason')?.focus();
      return;
    }
    this.cancelling = true;
    try {
      await graphql('CancelOrder', { orderId: this.orderId, reason });
      await this.#load();
      announce('Your order is cancelled');
    } catch (failure) {
      this.cancelError = failure;
    } finally {
      this.cancelling = false;
    }
  }

  #status(order) {
    switch (order.status) {
      case 'PENDING':
        return html`<div class="message"><p>We are checking the car, your credit and the delivery day. This page
          updates by itself.</p></div>`;
      case 'CONFIRMED':
        return html`<div class="message ok"><p>Your order is confirmed. We will deliver the car on
          ${day(order.deliveryDate)}.</p></div>`;
      case 'REJECTED':
        return html`<div class="message error"><p>We could not accept this order.
          <span id="rejection-reason">${rejection(order.rejectionReason)}</span></p>
          <p><a href="/">Find another car</a></p></div>`;
      case 'CANCELLED':
        return html`<div class="message warn"><p>This order is cancelled. Nothing has been taken from your credit.</p></div>`;
      case 'DELIVERED':
        return html`<div class="message ok"><p>The car was delivered. Enjoy it!</p></div>`;
      default:
        return nothing;
    }
  }

  #detail(change) {
    if (!change.detail) return nothing;
    const text = change.status === 'REJECTED' ? rejection(change.detail) : change.detail;
    return html`<br><span class="hint">${change.status === 'CANCELLED' ? 'Reason: ' : ''}${text}</span>`;
  }

  #cancelForm() {
    return html`
      <details class="cancel">
        <summary>Cancel this order</summary>
        <form @submit=${this.#cancel} novalidate>
          <div class="field">
            <label for="cancel-reason">Why are you cancelling?</label>
            ${this.reasonMissing ? html`<span class="field-error" id="reason-error">Tell us why you are cancelling.</span>` : nothing}
            <input id="cancel-reason" name="reason" type="text" maxlength="500" required autocomplete="off"
                   aria-invalid=${this.reasonMissing ? 'true' : 'false'}
                   aria-describedby=${this.reasonMissing ? 'reason-error' : nothing}>
          </div>
          ${this.cancelError ? html`<div class="message error" role="alert"><p>${this.cancelError.words}</p></div>` : nothing}
          <button type="submit" class="danger" aria-disabled=${this.cancelling ? 'true' : 'false'}>
            ${this.cancelling ? 'Cancelling…' : 'Cancel order'}</button>
        </form>
      </details>`;
  }

  #body() {
    if (!session.signedIn) return html`<fc-sign-in-prompt reason="Sign in to see this order."></fc-sign-in-prompt>`;
    if (this.error && !this.order) {
      const words = this.error.code === 'FORBIDDEN'
        ? 'This order belongs to another account. Sign in as its buyer to see it.'
        : this.error.words;
      return html`<div class="message error" role="alert"><p>${words}</p></div>`;
    }
    const order = this.order;
    if (!this.loaded) return html`<p aria-busy="true">Loading…</p>`;
    if (!order) {
      return html`<div class="message"><p>We cannot find this order yet. If you have just placed it, it appears here
        in a moment.</p></div>`;
    }
    const vehicle = order.vehicle;
    const address = order.customer?.address;
    return html`
      <p class="order-status">Status: <strong class="status ${order.status}" id="order-status"
        data-status=${order.status}>${words(order.status)}</strong></p>
      ${this.#status(order)}
      ${this.liveError ? html`<div class="message warn" role="status"><p>Live updates have stopped
        (${this.liveError.words}) Reload the page to see the latest status.</p></div>` : nothing}
      <dl class="details">
        ${vehicle ? html`<dt>Car</dt><dd><a href="/vehicles/${encodeURIComponent(vehicle.vin)}">${vehicle.year}
          ${vehicle.make} ${vehicle.model}${vehicle.variant ? ` ${vehicle.variant}` : ''}</a></dd>` : nothing}
        ${order.pricePence ?? vehicle?.pricePence ? html`<dt>Price</dt><dd>${money(order.pricePence ?? vehicle.pricePence)}</dd>`
          : nothing}
        <dt>Delivery day</dt><dd>${day(order.deliveryDate)}</dd>
        ${address ? html`<dt>Delivery address</dt>
          <dd>${[address.line1, address.line2, address.town, address.postcode].filter(Boolean).join(', ')}</dd>` : nothing}
        ${order.placedAt ? html`<dt>Ordered</dt><dd>${when(order.placedAt)}</dd>` : nothing}
        <dt>Order number</dt><dd><code>${order.id}</code></dd>
      </dl>
      <h2>What has happened</h2>
      <ol class="timeline">
        ${(order.timeline ?? []).map((change) => html`
          <li><strong>${words(change.status)}</strong> · <time datetime=${change.at}>${when(change.at)}</time>
            ${this.#detail(change)}</li>`)}
      </ol>
      ${OPEN.includes(order.status) ? this.#cancelForm() : nothing}
      <p><a href="/orders">All my orders</a></p>`;
  }

  render() {
    return html`<h1>Your order</h1>${this.#body()}`;
  }
}

customElements.define('fc-order-page', OrderPage);
