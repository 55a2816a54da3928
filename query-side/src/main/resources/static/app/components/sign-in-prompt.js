// What a screen for signed-in buyers shows to someone who is not: sign in, or create an account, and come back here.
import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { session } from '../auth/session.js';

class SignInPrompt extends LightElement {
  static properties = { reason: { type: String } };

  constructor() {
    super();
    this.reason = 'Sign in to continue.';
  }

  render() {
    const here = window.location.pathname + window.location.search;
    return html`
      <div class="message">
        <p>${this.reason}</p>
        <div class="actions">
          <button type="button" @click=${() => session.signIn({ returnTo: here })}>Sign in</button>
          <a class="button secondary" href="/signup?then=${encodeURIComponent(here)}">Create an account</a>
        </div>
      </div>`;
  }
}

customElements.define('fc-sign-in-prompt', SignInPrompt);
