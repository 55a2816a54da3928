// A car's photos on its page: the chosen photo large, and the others as thumbnail buttons that show them (the cover
// first, in the gallery order staff set). A car without photos shows nothing. Photo files never change, so the
// browser keeps them (GET /photos/{id} is cached for a year).
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';

class VehiclePhotos extends LightElement {
  static properties = { vehicle: { attribute: false }, shown: { state: true } };

  constructor() {
    super();
    this.vehicle = null;
    this.shown = 0;
  }

  willUpdate(changed) {
    if (changed.has('vehicle')) this.shown = 0;
  }

  render() {
    const photos = this.vehicle?.photos ?? [];
    if (photos.length === 0) return nothing;
    const name = `${this.vehicle.make} ${this.vehicle.model}`;
    const index = Math.min(this.shown, photos.length - 1);
    const photo = photos[index];
    return html`
      <figure class="gallery">
        <img class="photo" src=${photo.url} width=${photo.width} height=${photo.height}
             alt="Photo ${index + 1} of ${photos.length} of the ${name}">
        ${photos.length > 1 ? html`
          <figcaption>
            <ul class="thumbnails" aria-label="Photos of the ${name}">
              ${photos.map((each, i) => html`
                <li><button type="button" class="thumbnail" aria-pressed=${i === index ? 'true' : 'false'}
                            @click=${() => { this.shown = i; }}>
                  <img src=${each.thumbnailUrl} width=${each.thumbnailWidth} height=${each.thumbnailHeight}
                       alt="Show photo ${i + 1} of ${photos.length}" loading="lazy">
                </button></li>`)}
            </ul>
          </figcaption>` : nothing}
      </figure>`;
  }
}

customElements.define('fc-vehicle-photos', VehiclePhotos);
