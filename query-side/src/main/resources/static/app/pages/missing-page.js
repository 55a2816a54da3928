// An address the shop has no screen for.
import { html } from 'lit';
import { LightElement } from '../light-element.js';

class MissingPage extends LightElement {
  connectedCallback() {
    super.connectedCallback();
    document.title = 'Page not found · Forecourt';
  }

  render() {
    return html`<h1>Page not found</h1>
      <p>If you typed the address, check it is correct. <a href="/">Find a car</a> instead.</p>`;
  }
}

customElements.define('fc-missing-page', MissingPage);
