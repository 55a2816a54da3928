// Components render into the page itself (no shadow root): one stylesheet styles them, labels and landmarks work
// across components, and assistive technology and tests see one document.
import { LitElement } from 'lit';

export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
