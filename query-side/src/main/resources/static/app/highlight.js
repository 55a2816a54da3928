// Search highlights arrive as HTML fragments: the car's own text escaped, and <em> around the words that matched
// (docs/graphql.md, "Output"). They are never put into the page as HTML: the fragment is parsed in an inert
// document (nothing in it runs or loads), and only its text and its <em> elements are rebuilt, as text nodes and
// new <em> elements. Any other markup is reduced to its text.
import { html } from 'lit';

const parser = new DOMParser();

function rebuild(node, emphasised, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(emphasised ? html`<em>${child.data}</em>` : child.data);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      rebuild(child, emphasised || child.localName === 'em', out);
    }
  }
  return out;
}

/** A highlight fragment as Lit template parts: strings and <em> elements, nothing else. */
export function highlight(fragment) {
  if (typeof fragment !== 'string') return '';
  const document = parser.parseFromString(`<!doctype html><body>${fragment}`, 'text/html');
  return rebuild(document.body, false, []);
}
