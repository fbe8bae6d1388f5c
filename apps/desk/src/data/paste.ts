/**
 * @module
 * Pasted HTML or Markdown to body blocks, converted by the desk server with the model's
 * importers (too large for the editor's bundle).
 */
import type { Block } from '@dateline/model/core';
import { call, type Transport } from './http.ts';

/** What the clipboard held. */
export type PasteKind = 'html' | 'markdown';

/**
 * The blocks of pasted `text`.
 *
 * @example
 * const blocks = await convertPaste(transport, 'markdown', '## Next\n\nA *short* paragraph.');
 */
export async function convertPaste(transport: Transport, kind: PasteKind, text: string): Promise<Block[]> {
  const { body } = await call<{ blocks: Block[] }>({ ...transport, base: '' }, 'POST', '/desk/api/paste', { body: { kind, text } });
  return body.blocks;
}
