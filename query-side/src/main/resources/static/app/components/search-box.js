// The search box: suggestions as the buyer types (suggestVehicles), following the ARIA combobox pattern: arrow
// keys move through the suggestions, Enter takes one (or searches for what was typed), Escape closes them.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';

const DELAY_MS = 150;
const LIMIT = 6;

class SearchBox extends LightElement {
  static properties = {
    value: { type: String },
    suggestions: { state: true },
    active: { state: true },
    open: { state: true },
  };

  #timer = null;
  #pending = null;

  constructor() {
    super();
    this.value = '';
    this.suggestions = [];
    this.active = -1;
    this.open = false;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#pending?.abort();
  }

  #input(event) {
    this.value = event.target.value;
    this.active = -1;
    clearTimeout(this.#timer);
    const prefix = this.value.trim();
    if (prefix.length === 0 || prefix.length > 100) {
      this.#close();
      return;
    }
    this.#timer = setTimeout(() => this.#suggest(prefix), DELAY_MS);
  }

  async #suggest(prefix) {
    this.#pending?.abort();
    const pending = new AbortController();
    this.#pending = pending;
    try {
      const data = await graphql('SuggestVehicles', { prefix, limit: LIMIT }, { signal: pending.signal });
      if (pending.signal.aborted || this.value.trim() !== prefix) return;
      this.suggestions = data.suggestVehicles ?? [];
      this.open = this.suggestions.length > 0;
    } catch {
      // suggestions are a help, not a need: without them the box still searches
      if (!pending.signal.aborted) this.#close();
    }
  }

  #close() {
    this.open = false;
    this.active = -1;
  }

  #keydown(event) {
    const count = this.open ? this.suggestions.length : 0;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.#close();
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.#choose(this.suggestions[this.active]);
        } else {
          this.#close();
        }
        break;
      default:
    }
  }

  #choose(text) {
    this.value = text;
    this.#close();
    this.querySelector('input').value = text;
    this.dispatchEvent(new CustomEvent('suggestion-chosen', { detail: text, bubbles: true }));
  }

  render() {
    const listId = 'search-suggestions';
    return html`
      <label for="search-text">Search for a car</label>
      <span class="hint" id="search-hint">Make, model or feature, such as “Golf heated seats”. Spelling mistakes are fine.</span>
      <div class="combo">
        <input id="search-text" name="q" type="search" role="combobox" autocomplete="off" spellcheck="false"
               maxlength="200" aria-autocomplete="list" aria-describedby="search-hint"
               aria-controls=${listId} aria-expanded=${this.open ? 'true' : 'false'}
               aria-activedescendant=${this.open && this.active >= 0 ? `suggestion-${this.active}` : nothing}
               .value=${this.value} @input=${this.#input} @keydown=${this.#keydown}
               @blur=${() => setTimeout(() => this.#close(), 150)}>
        <ul id=${listId} role="listbox" aria-label="Suggestions" class="suggestions" ?hidden=${!this.open}>
          ${this.open ? this.suggestions.map((text, index) => html`
            <li id="suggestion-${index}" role="option" aria-selected=${index === this.active ? 'true' : 'false'}
                @mousedown=${(event) => event.preventDefault()} @click=${() => this.#choose(text)}>${text}</li>
          `) : nothing}
        </ul>
      </div>
    `;
  }
}

customElements.define('fc-search-box', SearchBox);
