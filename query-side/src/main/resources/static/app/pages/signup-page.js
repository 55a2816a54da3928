// Creating an account: name, e-mail, password and delivery address. Fields are checked here first, so that most
// mistakes are shown next to their field at once; the server's refusals come back by code (and, for input rules, by
// the field they name) and are shown the same way. Once the account exists, the buyer signs in at the shop's
// sign-in page and comes back to where they were going (?then=…).
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { session } from '../auth/session.js';

const FIELDS = [
  { name: 'name', label: 'Full name', autocomplete: 'name', max: 200, type: 'text' },
  { name: 'email', label: 'E-mail address', autocomplete: 'email', max: 254, type: 'email',
    hint: 'You sign in with it. We send order updates to it.' },
  { name: 'password', label: 'Password', autocomplete: 'new-password', max: 64, type: 'password',
    hint: '12 to 64 characters. A few words you will remember work well.' },
];
const ADDRESS = [
  { name: 'line1', label: 'Address line 1', autocomplete: 'address-line1', max: 100 },
  { name: 'line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2', max: 100, optional: true },
  { name: 'town', label: 'Town or city', autocomplete: 'address-level2', max: 100 },
  { name: 'postcode', label: 'Postcode', autocomplete: 'postal-code', max: 10, width: 'short' },
];
const POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which form field an error of the server is about, from its code or the field it names. */
function fieldOf(error) {
  switch (error.code) {
    case 'INVALID_EMAIL':
    case 'EMAIL_ALREADY_REGISTERED': return 'email';
    case 'WEAK_PASSWORD': return 'password';
    case 'INVALID_POSTCODE': return 'postcode';
    default: {
      const last = error.field?.split('.').pop();
      return [...FIELDS, ...ADDRESS].some((field) => field.name === last) ? last : null;
    }
  }
}

function returnTo() {
  const then = new URLSearchParams(window.location.search).get('then');
  return then && then.startsWith('/') && !then.startsWith('//') ? then : '/';
}

class SignUpPage extends LightElement {
  static properties = {
    errors: { state: true },
    failure: { state: true },
    sending: { state: true },
    done: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.failure = null;
    this.sending = false;
    this.done = false;
  }

  connectedCallback() {
    super.connectedCallback();
    document.title = 'Create an account · Forecourt';
  }

  #check(values) {
    const errors = {};
    for (const field of [...FIELDS, ...ADDRESS]) {
      const value = values[field.name];
      if (!field.optional && value.trim().length === 0) errors[field.name] = `Enter your ${field.label.toLowerCase()}.`;
      else if (value.length > field.max) errors[field.name] = `${field.label} must be at most ${field.max} characters.`;
    }
    if (!errors.email && !EMAIL.test(values.email.trim())) errors.email = 'Enter an e-mail address such as name@example.com.';
    if (!errors.password && [...values.password].length < 12) errors.password = 'Your password must be at least 12 characters long.';
    if (!errors.postcode && !POSTCODE.test(values.postcode.trim())) errors.postcode = 'Enter a UK postcode such as SW1A 1AA.';
    return errors;
  }

  async #submit(event) {
    event.preventDefault();
    if (this.sending) return;
    const form = new FormData(event.target);
    const values = Object.fromEntries([...FIELDS, ...ADDRESS].map(({ name }) => [name, String(form.get(name) ?? '')]));
    this.failure = null;
    this.errors = this.#check(values);
    if (Object.keys(this.errors).length > 0) {
      await this.#focusSummary();
      return;
    }
    this.sending = true;
    try {
      await graphql('SignUp', {
        input: {
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          address: { line1: values.line1, line2: values.line2 || null, town: values.town, postcode: values.postcode },
        },
      });
      this.done = true;
      await session.signIn({ returnTo: returnTo(), loginHint: values.email.trim() });
    } catch (failure) {
      const field = fieldOf(failure);
      if (field) this.errors = { [field]: failure.words };
      else this.failure = failure;
      this.sending = false;
      await this.#focusSummary();
    }
  }

  #goTo(event, name) {
    event.preventDefault();
    this.querySelector(`#signup-${name}`)?.focus();
  }

  async #focusSummary() {
    await this.updateComplete;
    this.querySelector('#signup-problems')?.focus();
  }

  #field(field) {
    const error = this.errors[field.name];
    const described = [field.hint ? `${field.name}-hint` : null, error ? `${field.name}-error` : null]
      .filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for="signup-${field.name}">${field.label}</label>
        ${field.hint ? html`<span class="hint" id="${field.name}-hint">${field.hint}</span>` : nothing}
        ${error ? html`<span class="field-error" id="${field.name}-error">${error}</span>` : nothing}
        <input id="signup-${field.name}" name=${field.name} type=${field.type ?? 'text'}
               autocomplete=${field.autocomplete} maxlength=${field.max} ?required=${!field.optional}
               aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described || nothing}
               class=${field.width === 'short' ? 'short' : ''}>
      </div>`;
  }

  render() {
    if (session.signedIn) {
      return html`<h1>Create an account</h1><p>You are signed in already. <a href="/">Find a car</a>.</p>`;
    }
    const problems = Object.entries(this.errors);
    return html`
      <h1>Create an account</h1>
      <p>With an account you can buy a car, choose its delivery day and follow your order.</p>
      ${problems.length > 0 || this.failure ? html`
        <div class="message error" id="signup-problems" role="alert" tabindex="-1">
          <h2>There is a problem</h2>
          ${this.failure ? html`<p>${this.failure.words}</p>` : nothing}
          ${problems.length > 0 ? html`<ul>${problems.map(([name, text]) => html`
            <li><a href="#signup-${name}" @click=${(event) => this.#goTo(event, name)}>${text}</a></li>`)}</ul>` : nothing}
        </div>` : nothing}
      ${this.done ? html`<div class="message ok" role="status"><p>Your account is ready. Taking you to sign in…</p></div>` : nothing}
      <form @submit=${this.#submit} novalidate>
        ${FIELDS.map((field) => this.#field(field))}
        <fieldset>
          <legend>Delivery address</legend>
          ${ADDRESS.map((field) => this.#field(field))}
        </fieldset>
        <div class="actions">
          <button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? 'Creating your account…' : 'Create account'}</button>
          <button type="button" class="linklike" @click=${() => session.signIn({ returnTo: returnTo() })}>I have an account: sign in</button>
        </div>
      </form>`;
  }
}

customElements.define('fc-signup-page', SignUpPage);
