// The checkout: a signed-in buyer picks a delivery day with a free slot, sees the price against their available
// credit and delivery address, and places the order; they land on the order's page, which follows it live.
// The order's id is chosen here and kept for the tab until it is placed, so sending it again after a lost answer
// cannot place a second order.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { session } from '../auth/session.js';
import { navigate } from '../router.js';
import { day, isoDay, miles, money, words } from '../format.js';
import * as telemetry from '../telemetry.js';
import '../components/sign-in-prompt.js';

const DAYS_AHEAD = 27;

function orderIdFor(vin, date) {
  const key = `forecourt.order.${vin}.${date}`;
  try {
    const kept = sessionStorage.getItem(key);
    if (kept) return { id: kept, key };
    const id = crypto.randomUUID();
    sessionStorage.setItem(key, id);
    return { id, key };
  } catch {
    return { id: crypto.randomUUID(), key: null };
  }
}

class CheckoutPage extends LightElement {
  static properties = {
    vin: { type: String },
    data: { state: true },
    loadError: { state: true },
    chosen: { state: true },
    missingDate: { state: true },
    placing: { state: true },
    placeError: { state: true },
  };

  constructor() {
    super();
    this.vin = null;
    this.data = null;
    this.loadError = null;
    this.chosen = null;
    this.missingDate = false;
    this.placing = false;
    this.placeError = null;
    this.onSession = () => this.requestUpdate();
    // a buyer who is not signed in leaves the page to sign in: only leaving within the shop abandons that step
    this.onLeave = () => this.#reportAbandoned({ signingIn: !session.signedIn });
    this.left = false;
  }

  connectedCallback() {
    super.connectedCallback();
    document.title = 'Buy this car · Forecourt';
    session.addEventListener('change', this.onSession);
    window.addEventListener('pagehide', this.onLeave);
    this.left = false;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
    window.removeEventListener('pagehide', this.onLeave);
    this.#reportAbandoned();
  }

  /** Telemetry: the buyer leaves (another page, or the tab) without having placed the order; once per visit. */
  #reportAbandoned({ signingIn = false } = {}) {
    if (this.left || !this.vin || signingIn) return;
    this.left = true;
    const step = this.#step();
    if (step) telemetry.checkoutAbandoned({ vin: this.vin, step });
  }

  /** How far the buyer got: null when there was nothing to abandon (the car could not be bought, or was ordered). */
  #step() {
    if (!session.signedIn) return 'SIGN_IN';
    if (this.placeError) return 'ORDER_REFUSED';
    if (this.data?.vehicle?.status !== 'AVAILABLE' || !this.data?.me) return null;
    return this.chosen ? 'REVIEW' : 'DELIVERY_DATE';
  }

  willUpdate(changed) {
    if (changed.has('vin') && this.vin && session.signedIn) this.#load();
  }

  async #load() {
    this.data = null;
    this.loadError = null;
    try {
      this.data = await graphql('Checkout', { vin: this.vin, from: isoDay(0), to: isoDay(DAYS_AHEAD) });
      if (this.data.vehicle?.status === 'AVAILABLE') {
        telemetry.deliveryDatesOffered({ vin: this.vin, dates: this.data.availableDeliveryDates });
      }
    } catch (failure) {
      this.loadError = failure;
    }
  }

  async #place(event) {
    event.preventDefault();
    if (this.placing) return;
    this.placeError = null;
    if (!this.chosen) {
      this.missingDate = true;
      await this.updateComplete;
      this.querySelector('#delivery-dates input')?.focus();
      return;
    }
    this.placing = true;
    const { id, key } = orderIdFor(this.vin, this.chosen);
    try {
      await graphql('PlaceOrder', { input: { id, vin: this.vin, deliveryDate: this.chosen } });
      if (key) sessionStorage.removeItem(key);
      this.left = true; // placed: not abandoned
      navigate(`/orders/${id}`, { state: { placed: true } });
    } catch (failure) {
      this.placeError = failure;
      this.placing = false;
      await this.updateComplete;
      this.querySelector('#place-error')?.focus();
    }
  }

  #choose(date) {
    this.chosen = date;
    this.missingDate = false;
  }

  #dates(dates) {
    if (dates.length === 0) {
      return html`<div class="message warn"><p>No delivery days are free in the next four weeks. Please look again
        in a few days.</p></div>`;
    }
    return html`
      <fieldset id="delivery-dates" aria-describedby=${this.missingDate ? 'date-error' : nothing}>
        <legend>Choose a delivery day</legend>
        ${this.missingDate ? html`<span class="field-error" id="date-error">Choose a delivery day.</span>` : nothing}
        <ul class="dates">
          ${dates.map(({ date, freeSlots }) => html`
            <li>
              <label>
                <input type="radio" name="deliveryDate" value=${date} .checked=${this.chosen === date}
                       @change=${() => this.#choose(date)}>
                <span>${day(date)}<br><span class="hint">${freeSlots} ${freeSlots === 1 ? 'slot' : 'slots'} free</span></span>
              </label>
            </li>`)}
        </ul>
      </fieldset>`;
  }

  #body() {
    if (!session.signedIn) {
      return html`<fc-sign-in-prompt reason="Sign in or create an account to buy this car."></fc-sign-in-prompt>`;
    }
    if (this.loadError) {
      return html`<div class="message error" role="alert"><p>${this.loadError.words}</p>
        <button type="button" class="secondary" @click=${() => this.#load()}>Try again</button></div>`;
    }
    if (!this.data) return html`<p aria-busy="true">Loading…</p>`;
    const { vehicle, me, availableDeliveryDates: dates } = this.data;
    if (!vehicle) return html`<p>We cannot find that car. <a href="/">Search all cars</a>.</p>`;
    const title = [vehicle.year, vehicle.make, vehicle.model, vehicle.variant].filter(Boolean).join(' ');
    const summary = html`
      <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading"><a href="/vehicles/${encodeURIComponent(vehicle.vin)}">${title}</a></h2>
        <ul class="facts">
          <li>${miles(vehicle.mileage)}</li><li>${words(vehicle.fuelType)}</li><li>${words(vehicle.transmission)}</li>
        </ul>
        <dl class="details">
          <dt>Price</dt><dd id="checkout-price">${money(vehicle.pricePence)}</dd>
          ${me ? html`
            <dt>Your available credit</dt><dd id="checkout-credit">${money(me.availableCreditPence)}</dd>
            <dt>Delivery address</dt>
            <dd>${[me.address.line1, me.address.line2, me.address.town, me.address.postcode].filter(Boolean).join(', ')}</dd>`
            : nothing}
        </dl>
      </section>`;
    if (vehicle.status !== 'AVAILABLE') {
      return html`${summary}<div class="message warn" role="status"><p>This car is ${words(vehicle.status).toLowerCase()}
        and cannot be bought. <a href="/">Find another car</a>.</p></div>`;
    }
    if (!me) {
      return html`${summary}<div class="message warn" role="status"><p>Your account is still being set up. Refresh
        this page in a moment.</p></div>`;
    }
    const short = me.availableCreditPence < vehicle.pricePence;
    return html`
      ${summary}
      ${short ? html`<div class="message warn" role="status"><p>The price is more than your available credit of
        ${money(me.availableCreditPence)}, so this order would not be accepted.</p></div>` : nothing}
      <form @submit=${this.#place} novalidate>
        ${this.#dates(dates)}
        ${this.placeError ? html`
          <div class="message error" id="place-error" role="alert" tabindex="-1"><p>${this.placeError.words}</p></div>`
          : nothing}
        <div class="actions">
          <button type="submit" ?disabled=${short || dates.length === 0} aria-disabled=${this.placing ? 'true' : 'false'}>
            ${this.placing ? 'Placing your order…' : `Place order for ${money(vehicle.pricePence)}`}
          </button>
          <a href="/vehicles/${encodeURIComponent(vehicle.vin)}">Back to the car</a>
        </div>
        <p class="hint">The price is reserved from your credit when the order is confirmed. You can cancel until the car
          is delivered.</p>
      </form>`;
  }

  render() {
    return html`<h1>Buy this car</h1>${this.#body()}`;
  }
}

customElements.define('fc-checkout-page', CheckoutPage);
