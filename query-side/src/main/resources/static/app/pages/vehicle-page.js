// The vehicle page: every field of one car and whether it can be bought. A reserved, sold or withdrawn car says so
// and offers no way to buy it.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { day, miles, money, words } from '../format.js';
import * as telemetry from '../telemetry.js';
import '../components/vehicle-photos.js';

const STATUS_WORDS = {
  RESERVED: 'This car is reserved for another buyer’s order. If that order does not go ahead, it will be for sale again.',
  SOLD: 'This car has been sold.',
  WITHDRAWN: 'This car is no longer for sale.',
};

function backToResults() {
  try {
    return sessionStorage.getItem('forecourt.lastSearch') || '/';
  } catch {
    return '/';
  }
}

class VehiclePage extends LightElement {
  static properties = {
    vin: { type: String },
    vehicle: { state: true },
    error: { state: true },
    loaded: { state: true },
  };

  constructor() {
    super();
    this.vin = null;
    this.vehicle = null;
    this.error = null;
    this.loaded = false;
  }

  willUpdate(changed) {
    if (changed.has('vin') && this.vin) this.#load();
  }

  async #load() {
    const vin = this.vin;
    this.loaded = false;
    this.error = null;
    try {
      const data = await graphql('Vehicle', { vin });
      if (vin !== this.vin) return;
      this.vehicle = data.vehicle;
      if (this.vehicle) telemetry.vehiclePageViewed(vin);
    } catch (failure) {
      if (vin !== this.vin) return;
      this.vehicle = null;
      this.error = failure;
    }
    this.loaded = true;
    const v = this.vehicle;
    document.title = v ? `${v.year} ${v.make} ${v.model} · Forecourt` : 'Car not found · Forecourt';
  }

  #heading() {
    const v = this.vehicle;
    if (!this.loaded || this.error) return 'Car details';
    if (!v) return 'We cannot find that car';
    return html`${v.make} ${v.model}${v.variant ? html` <span class="variant">${v.variant}</span>` : nothing}`;
  }

  #body() {
    if (!this.loaded) return html`<p aria-busy="true">Loading…</p>`;
    if (this.error) {
      return html`<div class="message error" role="alert"><p>${this.error.words ?? this.error.message}</p>
          <button type="button" class="secondary" @click=${() => this.#load()}>Try again</button></div>`;
    }
    const v = this.vehicle;
    if (!v) return html`<p>It may have been listed under another number. <a href="/">Search all cars</a>.</p>`;
    return html`
      <p><span class="status ${v.status}">${words(v.status)}</span></p>
      ${v.status === 'AVAILABLE' ? html`
        <div class="actions">
          <a class="button" href="/checkout/${encodeURIComponent(v.vin)}">Buy this car</a>
          <span class="hint">Choose a delivery day and pay from your credit at the next step.</span>
        </div>` : html`<div class="message warn" role="status"><p>${STATUS_WORDS[v.status] ?? 'This car cannot be bought.'}</p></div>`}
      <fc-vehicle-photos .vehicle=${v}></fc-vehicle-photos>
      <h2>Details</h2>
      <dl class="details">
        <dt>Make</dt><dd>${v.make}</dd>
        <dt>Model</dt><dd>${v.model}</dd>
        <dt>Variant</dt><dd>${v.variant ?? 'None given'}</dd>
        <dt>Year</dt><dd>${v.year}</dd>
        <dt>Mileage</dt><dd>${miles(v.mileage)}</dd>
        <dt>Fuel</dt><dd>${words(v.fuelType)}</dd>
        <dt>Gearbox</dt><dd>${words(v.transmission)}</dd>
        <dt>Body type</dt><dd>${v.bodyType}</dd>
        <dt>Colour</dt><dd>${v.colour}</dd>
        <dt>Price</dt><dd>${money(v.pricePence)}</dd>
        <dt>Status</dt><dd>${words(v.status)}</dd>
        <dt>Listed on</dt><dd>${day(v.listedAt.slice(0, 10))}</dd>
        <dt>Vehicle identification number</dt><dd><code>${v.vin}</code></dd>
      </dl>
      <h2>Description</h2>
      ${v.description ? html`<p class="description">${v.description}</p>` : html`<p>No description.</p>`}
      <h2>Features</h2>
      ${v.features.length > 0 ? html`<ul>${v.features.map((feature) => html`<li>${feature}</li>`)}</ul>` : html`<p>None listed.</p>`}
    `;
  }

  render() {
    // one heading element whatever the state, so the focus it gets on arrival stays when the car has loaded
    const v = this.loaded && !this.error ? this.vehicle : null;
    return html`
      <p><a href=${backToResults()}>Back to search results</a></p>
      <div class="vehicle-head">
        <h1>${this.#heading()}</h1>
        ${v ? html`<p class="price">${money(v.pricePence)}</p>` : nothing}
      </div>
      ${this.#body()}
    `;
  }
}

customElements.define('fc-vehicle-page', VehiclePage);
