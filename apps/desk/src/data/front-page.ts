/**
 * @module
 * Front-page pins: whether a story leads the site's front page, and pinning or lifting it.
 */
import type { Schemas } from '@dateline/client';
import { ApiError, call, type Transport } from './http.ts';

/** A story pinned to the front page, as the API lists it (`active` is false once `until` has passed). */
export type FrontPagePin = Schemas['FrontPagePinList']['items'][number];

/**
 * The pin of the story `slug`: null when it is not pinned, undefined when the person may not pin
 * stories (only editors and admins may).
 *
 * @example
 * const pin = await frontPagePin(transport, 'night-ferry'); // { slug: 'night-ferry', active: true, … }
 */
export async function frontPagePin(transport: Transport, slug: string): Promise<FrontPagePin | null | undefined> {
  try {
    const { body } = await call<{ items: FrontPagePin[] }>(transport, 'GET', '/v1/front-page/pins');
    return body.items.find((pin) => pin.slug === slug) ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return undefined;
    throw error;
  }
}

/**
 * Pins the story `slug` to the top of the front page, until `until` (an ISO time) or until lifted.
 *
 * @example
 * await pinToFrontPage(transport, 'night-ferry', null);
 */
export async function pinToFrontPage(transport: Transport, slug: string, until: string | null): Promise<void> {
  await call(transport, 'PUT', `/v1/front-page/pins/${encodeURIComponent(slug)}`, { body: { until } });
}

/**
 * Lifts the story's pin; a story that was not pinned is left as it is.
 *
 * @example
 * await unpinFromFrontPage(transport, 'night-ferry');
 */
export async function unpinFromFrontPage(transport: Transport, slug: string): Promise<void> {
  try {
    await call(transport, 'DELETE', `/v1/front-page/pins/${encodeURIComponent(slug)}`);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}
