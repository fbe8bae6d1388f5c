/**
 * @module
 * Rendering Astro components and pages in tests with the container API, and reading the result
 * as a DOM, so tests ask what a reader would see rather than match strings.
 */
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { parseHTML } from 'linkedom';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= AstroContainer.create();
  return container;
}

/** The HTML of a component (a fragment) or a page (a full document). */
export async function render(component: Component, options?: ContainerRenderOptions): Promise<string> {
  return (await getContainer()).renderToString(component, options);
}

/** The full response of a page (status, headers and a whole document, doctype included). */
export async function renderPage(component: Component, options?: ContainerRenderOptions): Promise<Response> {
  return (await getContainer()).renderToResponse(component, { ...options, partial: false });
}

/** A document for `html`, whole page or fragment. */
export function dom(html: string): Document {
  const page = /^\s*<!doctype/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/** Text as a reader sees it: whitespace runs collapsed. */
export function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
