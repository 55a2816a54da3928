// The search page. Everything the buyer chose lives in the address (?q=…&make=…&fuel=…&after=…), so a search can be
// shared and Back returns to the same results. Facets combine: values of one facet are alternatives (OR), facets
// narrow each other (AND); a band of a range facet (year, price, mileage) sets that range. Pages continue from the
// opaque cursor of the page before; cars listed or sold meanwhile never make one repeat or go missing
// (docs/graphql.md). What the search read from the words typed (interpretedAs) is shown as chips that search the
// text without those words; a search widened because nothing matched as typed says how (docs/search.md).
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { graphql } from '../api/graphql.js';
import { navigate } from '../router.js';
import { announce } from '../announce.js';
import { highlight } from '../highlight.js';
import { miles, money, words } from '../format.js';
import * as telemetry from '../telemetry.js';
import '../components/search-box.js';

const PAGE_SIZE = 20;
const LAST_SEARCH_KEY = 'forecourt.lastSearch';
const PREVIOUS_KEY = 'forecourt.previousCursor';

/**
 * The facets shown, with the address parameter and the filter field of each, and the kind of what the search reads
 * from the words typed into the same filter (interpretedAs), which ticks the value too.
 */
const FACETS = [
  { key: 'make', param: 'make', label: 'Make', kind: 'MAKE' },
  { key: 'fuelType', param: 'fuel', label: 'Fuel', kind: 'FUEL_TYPE' },
  { key: 'bodyType', param: 'body', label: 'Body type', kind: 'BODY_TYPE' },
  { key: 'transmission', param: 'gearbox', label: 'Gearbox', kind: 'TRANSMISSION' },
  { key: 'colour', param: 'colour', label: 'Colour', kind: 'COLOUR' },
];
const ENUMS = { fuelType: ['PETROL', 'DIESEL', 'HYBRID', 'ELECTRIC'], transmission: ['MANUAL', 'AUTOMATIC'] };
const SORTS = [
  ['RELEVANCE', 'Best match'],
  ['PRICE_ASC', 'Price: lowest first'],
  ['PRICE_DESC', 'Price: highest first'],
  ['YEAR_DESC', 'Year: newest first'],
  ['MILEAGE_ASC', 'Mileage: lowest first'],
  ['NEWEST', 'Recently added'],
];
const RANGES = ['minPrice', 'maxPrice', 'minYear', 'maxYear', 'minMileage', 'maxMileage'];
const MAX_POUNDS = 10_000_000;
const MAX_MILES = 10_000_000;

/**
 * The range facets: each band sets the criteria `min` and `max` (inclusive; null where the band is open). Prices
 * are kept in pence (the address shows pounds, with pence when a band needs them: under £10,000 is up to £9,999.99).
 */
const RANGE_FACETS = [
  { key: 'year', label: 'Year', any: 'Any year', min: 'minYear', max: 'maxYear',
    band: ({ value }) => ({ min: Number(value), max: Number(value), text: value }) },
  { key: 'price', label: 'Price', any: 'Any price', min: 'minPrice', max: 'maxPrice',
    band: ({ label, min, max }) => ({ min, max, text: label }) },
  { key: 'mileage', label: 'Mileage', any: 'Any mileage', min: 'minMileage', max: 'maxMileage',
    band: ({ label, min, max }) => ({ min, max, text: label }) },
];

function whole(text, max) {
  if (text == null || !/^\d{1,9}$/.test(text.trim())) return null;
  const number = Number(text.trim());
  return number <= max ? number : null;
}

/** "9999.99" or "5000" (pounds) → pence, or null. */
function pence(text) {
  const match = text == null ? null : /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match || Number(match[1]) > MAX_POUNDS) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Pence as the address and the price fields show them: whole pounds, or pounds and pence. */
function pounds(amount) {
  const units = Math.floor(amount / 100);
  const rest = amount % 100;
  return rest === 0 ? String(units) : `${units}.${String(rest).padStart(2, '0')}`;
}

/** A range criterion read from a field or the address. */
function rangeValue(range, text) {
  if (range.endsWith('Price')) return pence(text);
  return whole(text, range.endsWith('Year') ? 9999 : MAX_MILES);
}

function rangeText(range, value) {
  return range.endsWith('Price') ? pounds(value) : String(value);
}

const lists = {
  and: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  or: new Intl.ListFormat('en-GB', { type: 'disjunction' }),
};

/** The criteria in an address, each value checked, anything else dropped. */
export function criteriaOf(query) {
  const criteria = { text: (query.get('q') ?? '').slice(0, 200), after: query.get('after') || null };
  for (const { key, param } of FACETS) {
    const values = query.getAll(param).filter((value) => value && value.length <= 100);
    criteria[key] = ENUMS[key] ? values.filter((value) => ENUMS[key].includes(value)) : values;
  }
  const sort = query.get('sort');
  criteria.sort = SORTS.some(([value]) => value === sort) ? sort : 'RELEVANCE';
  for (const range of RANGES) criteria[range] = rangeValue(range, query.get(range));
  return criteria;
}

function addressOf(criteria) {
  const query = new URLSearchParams();
  if (criteria.text) query.set('q', criteria.text);
  for (const { key, param } of FACETS) criteria[key].forEach((value) => query.append(param, value));
  for (const range of RANGES) if (criteria[range] != null) query.set(range, rangeText(range, criteria[range]));
  if (criteria.sort !== 'RELEVANCE') query.set('sort', criteria.sort);
  if (criteria.after) query.set('after', criteria.after);
  const search = query.toString();
  return search ? `/?${search}` : '/';
}

function variablesOf(criteria) {
  const filter = {};
  for (const { key } of FACETS) if (criteria[key].length > 0) filter[key] = criteria[key];
  if (criteria.minPrice != null) filter.minPricePence = criteria.minPrice;
  if (criteria.maxPrice != null) filter.maxPricePence = criteria.maxPrice;
  if (criteria.minYear != null) filter.minYear = criteria.minYear;
  if (criteria.maxYear != null) filter.maxYear = criteria.maxYear;
  if (criteria.minMileage != null) filter.minMileage = criteria.minMileage;
  if (criteria.maxMileage != null) filter.maxMileage = criteria.maxMileage;
  return {
    text: criteria.text.trim() || null,
    filter,
    sort: criteria.sort,
    first: PAGE_SIZE,
    after: criteria.after,
  };
}

function previousCursors() {
  try {
    return JSON.parse(sessionStorage.getItem(PREVIOUS_KEY) ?? '{}');
  } catch {
    return {};
  }
}

class SearchPage extends LightElement {
  static properties = {
    query: { attribute: false },
    result: { state: true },
    error: { state: true },
    loading: { state: true },
    wide: { state: true },
  };

  #pending = null;
  #media = window.matchMedia('(min-width: 52rem)');
  #onMedia = () => { this.wide = this.#media.matches; };

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.result = null;
    this.error = null;
    this.loading = false;
    this.wide = this.#media.matches;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#media.addEventListener('change', this.#onMedia);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#media.removeEventListener('change', this.#onMedia);
    this.#pending?.abort();
  }

  get criteria() {
    return criteriaOf(this.query);
  }

  willUpdate(changed) {
    if (changed.has('query')) {
      const previous = changed.get('query');
      if (!previous || previous.toString() !== this.query.toString()) this.#search();
    }
  }

  async #search() {
    const criteria = this.criteria;
    document.title = criteria.text ? `“${criteria.text}” · Find a car · Forecourt` : 'Find a car · Forecourt';
    try {
      sessionStorage.setItem(LAST_SEARCH_KEY, addressOf(criteria));
    } catch {
      // storage off: "Back to results" goes to the first page
    }
    this.#pending?.abort();
    const pending = new AbortController();
    this.#pending = pending;
    this.loading = true;
    this.error = null;
    try {
      const variables = variablesOf(criteria);
      const data = await graphql('SearchVehicles', variables, { signal: pending.signal });
      if (pending.signal.aborted) return;
      this.result = data.searchVehicles;
      const total = this.result.total;
      if (!criteria.after) {
        telemetry.searchMade({ text: variables.text, filters: variables.filter, sort: criteria.sort, resultCount: total,
          widened: this.result.relaxation?.kind, understood: (this.result.interpretedAs ?? []).map((r) => r.kind) });
      }
      const found = total === 0 ? 'No cars found' : `${total} ${total === 1 ? 'car' : 'cars'} found`;
      announce(this.result.relaxation ? `${found}: no car matches everything you asked for` : found);
    } catch (failure) {
      if (pending.signal.aborted || failure?.name === 'AbortError') return;
      this.error = failure;
      this.result = null;
    } finally {
      if (!pending.signal.aborted) this.loading = false;
    }
  }

  /** Shows the criteria changed by change(criteria), from the first page, as a new history entry. */
  #change(change) {
    const criteria = this.criteria;
    change(criteria);
    criteria.after = null;
    navigate(addressOf(criteria));
  }

  #searchFor(text) {
    this.#change((criteria) => { criteria.text = text.slice(0, 200); });
  }

  #submitText(event) {
    event.preventDefault();
    this.#searchFor(this.querySelector('#search-text').value);
  }

  #toggle(key, value, on) {
    this.#change((criteria) => {
      criteria[key] = on ? [...criteria[key].filter((v) => v !== value), value] : criteria[key].filter((v) => v !== value);
    });
  }

  /** Unticks a value that the words typed chose (and the buyer may have ticked too): it searches without them. */
  #untickReading(key, value, reading) {
    this.#change((criteria) => {
      criteria[key] = criteria[key].filter((v) => v !== value);
      criteria.text = reading.queryWithout.slice(0, 200);
    });
  }

  #submitRanges(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.#change((criteria) => {
      for (const range of RANGES) criteria[range] = rangeValue(range, String(form.get(range) ?? ''));
    });
  }

  /** Sets both ends of a range facet's range to a band (or clears them: band null). */
  #band({ min, max }, band) {
    this.#change((criteria) => {
      criteria[min] = band?.min ?? null;
      criteria[max] = band?.max ?? null;
    });
  }

  #clear(...ranges) {
    this.#change((criteria) => {
      if (ranges[0] === 'all') {
        FACETS.forEach(({ key }) => { criteria[key] = []; });
        RANGES.forEach((r) => { criteria[r] = null; });
      } else {
        ranges.filter((range) => RANGES.includes(range)).forEach((range) => { criteria[range] = null; });
      }
    });
  }

  #sort(event) {
    this.#change((criteria) => { criteria.sort = event.target.value; });
  }

  #nextAddress() {
    const criteria = this.criteria;
    const here = criteria.after ?? '';
    criteria.after = this.result.pageInfo.endCursor;
    const previous = previousCursors();
    previous[criteria.after] = here;
    try {
      sessionStorage.setItem(PREVIOUS_KEY, JSON.stringify(previous));
    } catch {
      // without it, "Previous page" becomes "First page"
    }
    return addressOf(criteria);
  }

  #previousAddress() {
    const criteria = this.criteria;
    const previous = previousCursors()[criteria.after];
    criteria.after = previous || null;
    return { address: addressOf(criteria), first: !previous };
  }

  #facet({ key, param, label, kind }) {
    const criteria = this.criteria;
    const buckets = this.result?.facets?.[key] ?? [];
    const chosen = criteria[key];
    // a value the words typed chose is ticked as well: "diesel" in the text ticks Diesel
    const readings = (this.result?.interpretedAs ?? []).filter((reading) => reading.kind === kind && reading.value);
    const readingOf = (value) => readings.find((reading) => reading.value.toLowerCase() === value.toLowerCase());
    const change = (value, on) => {
      const reading = readingOf(value);
      if (!on && reading) this.#untickReading(key, value, reading);
      else this.#toggle(key, value, on);
    };
    const shown = [...buckets];
    chosen.filter((value) => !buckets.some((b) => b.value === value)).forEach((value) => shown.push({ value, count: 0 }));
    if (shown.length === 0) return nothing;
    return html`
      <fieldset>
        <legend>${label}</legend>
        <ul class="checks">
          ${shown.map(({ value, count }, index) => html`
            <li>
              <input type="checkbox" id="facet-${param}-${index}" .checked=${chosen.includes(value) || readingOf(value) != null}
                     @change=${(event) => change(value, event.target.checked)}>
              <label for="facet-${param}-${index}">${words(value)} <span class="count">(${count})</span></label>
            </li>`)}
        </ul>
      </fieldset>`;
  }

  /**
   * A range facet's bands with their counts, as radio buttons (a range is one band or none); choosing one searches
   * at once, as the other facets do. Its own From/To fields follow, in the ranges form.
   */
  #bands(facet) {
    const criteria = this.criteria;
    const chosen = (band) => criteria[facet.min] === band.min && criteria[facet.max] === band.max;
    // as with the other facets, a band no car is in is left out, unless it is the one chosen
    const bands = (this.result?.facets?.[facet.key] ?? []).map((bucket) => ({ ...facet.band(bucket), count: bucket.count }))
      .filter((band) => band.count > 0 || chosen(band));
    const anyChosen = criteria[facet.min] == null && criteria[facet.max] == null;
    const radio = (id, label, checked, band, count) => html`
      <li>
        <input type="radio" name="band-${facet.key}" id=${id} .checked=${checked}
               @change=${(event) => { if (event.target.checked) this.#band(facet, band); }}>
        <label for=${id}>${label}${count == null ? nothing : html` <span class="count">(${count})</span>`}</label>
      </li>`;
    return html`
      <ul class="checks">
        ${radio(`band-${facet.key}-any`, facet.any, anyChosen, null, null)}
        ${bands.map((band, index) => radio(`band-${facet.key}-${index}`, band.text, chosen(band), band, band.count))}
      </ul>`;
  }

  #filters() {
    const criteria = this.criteria;
    const number = (name, label, placeholder) => {
      const price = name.endsWith('Price');
      return html`
        <div>
          <label for="range-${name}">${label}</label>
          <input id="range-${name}" name=${name} type="text" inputmode=${price ? 'decimal' : 'numeric'}
                 pattern=${price ? '[0-9]+([.][0-9]{1,2})?' : '[0-9]*'} maxlength=${price ? 11 : 9}
                 autocomplete="off" placeholder=${placeholder}
                 .value=${criteria[name] == null ? '' : rangeText(name, criteria[name])}>
        </div>`;
    };
    const [year, price, mileage] = RANGE_FACETS;
    return html`
      <details class="filters" ?open=${this.wide}>
        <summary>Filters</summary>
        ${FACETS.map((facet) => this.#facet(facet))}
        <form @submit=${this.#submitRanges} aria-label="Price, year and mileage">
          <fieldset>
            <legend>Price (£)</legend>
            ${this.#bands(price)}
            <div class="range">${number('minPrice', 'From', 'Any')}${number('maxPrice', 'To', 'Any')}</div>
          </fieldset>
          <fieldset>
            <legend>Year</legend>
            ${this.#bands(year)}
            <div class="range">${number('minYear', 'From', 'Any')}${number('maxYear', 'To', 'Any')}</div>
          </fieldset>
          <fieldset>
            <legend>Mileage</legend>
            ${this.#bands(mileage)}
            <div class="range">${number('minMileage', 'From (miles)', 'Any')}${number('maxMileage', 'To (miles)', 'Any')}</div>
          </fieldset>
          <button type="submit" class="secondary">Apply ranges</button>
        </form>
      </details>`;
  }

  #chips() {
    const criteria = this.criteria;
    const chips = [];
    for (const { key, label } of FACETS) {
      criteria[key].forEach((value) => chips.push([`${label}: ${words(value)}`, () => this.#toggle(key, value, false)]));
    }
    const rangeWords = {
      minPrice: (v) => `Price from ${money(v)}`, maxPrice: (v) => `Price up to ${money(v)}`,
      minYear: (v) => `From ${v}`, maxYear: (v) => `Up to ${v}`,
      minMileage: (v) => `From ${miles(v)}`, maxMileage: (v) => `Up to ${miles(v)}`,
    };
    const bothWords = {
      Price: (from, to) => `Price ${money(from)} to ${money(to)}`,
      Year: (from, to) => (from === to ? `Year ${from}` : `Years ${from} to ${to}`),
      Mileage: (from, to) => `${miles(from)} to ${miles(to)}`,
    };
    for (const [dimension, describe] of Object.entries(bothWords)) {
      const [min, max] = [`min${dimension}`, `max${dimension}`];
      if (criteria[min] != null && criteria[max] != null) {
        chips.push([describe(criteria[min], criteria[max]), () => this.#clear(min, max)]);
      } else {
        for (const range of [min, max]) {
          if (criteria[range] != null) chips.push([rangeWords[range](criteria[range]), () => this.#clear(range)]);
        }
      }
    }
    if (chips.length === 0) return nothing;
    return html`
      <ul class="chips" aria-label="Filters in use">
        ${chips.map(([text, remove]) => html`
          <li><button type="button" class="secondary" @click=${remove}>
            <span class="visually-hidden">Remove filter</span> ${text} <span aria-hidden="true">×</span></button></li>`)}
        ${chips.length > 1 ? html`<li><button type="button" class="linklike" @click=${() => this.#clear('all')}>Clear all filters</button></li>` : nothing}
      </ul>`;
  }

  #hit({ vehicle, highlights }) {
    const title = [vehicle.make, vehicle.model, vehicle.variant].filter(Boolean).join(' ');
    return html`
      <li class="card">
        ${vehicle.coverPhoto ? html`<img class="cover" src=${vehicle.coverPhoto.thumbnailUrl} alt="" loading="lazy"
            width=${vehicle.coverPhoto.thumbnailWidth} height=${vehicle.coverPhoto.thumbnailHeight}>` : nothing}
        <h3><a href="/vehicles/${encodeURIComponent(vehicle.vin)}">${title}</a></h3>
        <p class="price">${money(vehicle.pricePence)}</p>
        <ul class="facts">
          <li>${vehicle.year}</li>
          <li>${miles(vehicle.mileage)}</li>
          <li>${words(vehicle.fuelType)}</li>
          <li>${words(vehicle.transmission)}</li>
          <li>${vehicle.bodyType}</li>
          <li>${vehicle.colour}</li>
        </ul>
        ${vehicle.status !== 'AVAILABLE' ? html`<p><span class="status ${vehicle.status}">${words(vehicle.status)}</span></p>` : nothing}
        ${highlights.length > 0 ? html`
          <ul class="highlights" aria-label="Where your words matched">
            ${highlights.slice(0, 3).map((fragment) => html`<li>${highlight(fragment)}</li>`)}
          </ul>` : nothing}
      </li>`;
  }

  /**
   * What the search read from the words typed (interpretedAs): a chip each, which searches the text without its
   * words (queryWithout), keeping the filters chosen here.
   */
  #understood() {
    const readings = this.result?.interpretedAs ?? [];
    if (readings.length === 0) return nothing;
    return html`
      <div class="understood">
        <p id="understood-heading">From your words:</p>
        <ul class="chips" aria-labelledby="understood-heading">
          ${readings.map((reading) => html`
            <li><button type="button" class="secondary" @click=${() => this.#searchFor(reading.queryWithout)}>
              <span class="visually-hidden">Search without “${reading.text}”:</span> ${reading.label}
              <span aria-hidden="true">×</span></button></li>`)}
        </ul>
      </div>`;
  }

  /** A spelling from the catalogue's own words for words no car has (didYouMean), as a search to follow. */
  #didYouMean() {
    const didYouMean = this.result?.didYouMean;
    if (typeof didYouMean !== 'string' || !didYouMean) return nothing;
    return html`<p class="did-you-mean">Did you mean
      <a href=${addressOf({ ...this.criteria, text: didYouMean, after: null })}>${didYouMean}</a>?</p>`;
  }

  /** How the search widened because nothing matched as typed (relaxation), and makes that are not in stock. */
  #widened() {
    const { relaxation, unavailableMakes = [], interpretedAs = [] } = this.result ?? {};
    const sentences = [];
    const missing = unavailableMakes.length > 0 ? `We have no ${lists.or.format(unavailableMakes)} for sale at the moment` : null;
    const quoted = (values) => values.map((value) => `“${value}”`);
    if (relaxation?.kind === 'SIMILAR_MAKES') {
      const similar = relaxation.similarMakes.length > 0 ? ` from ${lists.and.format(relaxation.similarMakes)}` : '';
      sentences.push(`${missing ?? 'We have none of the makes you asked for at the moment'}, so here are similar cars${similar}.`);
    } else {
      if (missing) sentences.push(`${missing}.`);
      if (relaxation?.kind === 'FEWER_WORDS') {
        sentences.push('No car matches all of your words, so these match some of them, those that match most first.');
      } else if (relaxation?.kind === 'FILTERS_AS_PREFERENCES') {
        // a make not in stock is named above already
        const labels = interpretedAs.map((reading) => reading.label).filter((label) => !unavailableMakes.includes(label));
        const asked = labels.length > 0 ? ` (${lists.and.format(labels)})` : '';
        sentences.push(`No car matches everything you asked for${asked}, so these come closest: the cars that match more of it come first.`);
      }
    }
    if (relaxation && relaxation.unmatchedWords.length > 0) {
      sentences.push(`No car here matches ${lists.or.format(quoted(relaxation.unmatchedWords))}.`);
    }
    if (sentences.length === 0) return nothing;
    return html`<div class="message warn widened">${sentences.map((sentence) => html`<p>${sentence}</p>`)}</div>`;
  }

  #results() {
    if (this.error) {
      return html`
        <div class="message error" role="alert">
          <p>${this.error.words ?? this.error.message}</p>
          <button type="button" class="secondary" @click=${() => this.#search()}>Try again</button>
        </div>`;
    }
    if (!this.result) return html`<p aria-busy="true">Searching…</p>`;
    const { total, hits, pageInfo } = this.result;
    const criteria = this.criteria;
    const previous = criteria.after ? this.#previousAddress() : null;
    return html`
      ${this.#didYouMean()}
      ${this.#widened()}
      ${total === 0 ? html`
        <div class="message">
          <p>No cars match${criteria.text ? html` “${criteria.text}”` : nothing}.
             Check the spelling, use fewer words, or remove a filter.</p>
        </div>` : html`
        <ol class="results" aria-labelledby="results-heading">${hits.map((hit) => this.#hit(hit))}</ol>`}
      ${previous || pageInfo.hasNextPage ? html`
        <nav class="pager" aria-label="Pages of results">
          ${previous ? html`<a href=${previous.address} rel="prev">${previous.first ? 'First page' : 'Previous page'}</a>` : html`<span></span>`}
          ${pageInfo.hasNextPage ? html`<a href=${this.#nextAddress()} rel="next">Next page</a>` : nothing}
        </nav>` : nothing}`;
  }

  render() {
    const criteria = this.criteria;
    const total = this.result?.total;
    return html`
      <h1>Find your next car</h1>
      <form class="search-form" role="search" @submit=${this.#submitText}>
        <fc-search-box .value=${criteria.text} @suggestion-chosen=${(event) => this.#searchFor(event.detail)}></fc-search-box>
        <button type="submit">Search</button>
      </form>
      <div class="search-layout">
        <section aria-label="Filters">${this.#filters()}</section>
        <section aria-labelledby="results-heading" aria-busy=${this.loading ? 'true' : 'false'}>
          <div class="toolbar">
            <h2 id="results-heading">${total == null ? 'Results' : `${total} ${total === 1 ? 'car' : 'cars'}`}</h2>
            <div class="sort">
              <label for="sort">Sort by</label>
              <select id="sort" @change=${this.#sort}>
                ${SORTS.map(([value, label]) => html`<option value=${value} ?selected=${criteria.sort === value}>${label}</option>`)}
              </select>
            </div>
          </div>
          ${this.result ? this.#understood() : nothing}
          ${this.#chips()}
          ${this.#results()}
        </section>
      </div>`;
  }
}

customElements.define('fc-search-page', SearchPage);
