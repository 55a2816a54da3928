// Where a car's photos go on its page. Cars have no photos yet (they come with the photo upload); until then this
// shows nothing, and the page's layout already has their place.
import { nothing } from 'lit';
import { LightElement } from '../light-element.js';

class VehiclePhotos extends LightElement {
  static properties = { vehicle: { attribute: false } };

  render() {
    return nothing;
  }
}

customElements.define('fc-vehicle-photos', VehiclePhotos);
