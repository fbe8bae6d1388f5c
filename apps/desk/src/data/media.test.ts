/** @module */
import { describe, expect, it } from 'vitest';
import { ApiError, browserTransport } from './http.ts';
import { type UploadRequest, uploadMedia } from './media.ts';

/** A request that records what is sent and answers `status` with `body` after reporting progress. */
function fakeRequest(status: number, body: object) {
  const sent: { method?: string; url?: string; headers: Record<string, string>; form?: FormData } = { headers: {} };
  const request: UploadRequest = {
    open: (method, url) => Object.assign(sent, { method, url }),
    setRequestHeader: (name, value) => void (sent.headers[name] = value),
    send: (form) => {
      sent.form = form;
      request.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
      request.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
      request.status = status;
      request.responseText = JSON.stringify(body);
      queueMicrotask(() => request.onload?.());
    },
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    status: 0,
    responseText: '',
    getResponseHeader: () => null,
  };
  return { request, sent };
}

describe('uploadMedia', () => {
  const transport = browserTransport(() => 'csrf-9');
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'pier.jpg', { type: 'image/jpeg' });

  it('posts the file as multipart with the CSRF token and reports progress', async () => {
    const { request, sent } = fakeRequest(201, { id: 'x', alt: '' });
    const progress: number[] = [];
    const media = await uploadMedia(transport, file, {
      words: { alt: ' The pier ', caption: '' },
      onProgress: (p) => progress.push(p),
      request: () => request,
    });
    expect(media).toEqual({ id: 'x', alt: '' });
    expect([sent.method, sent.url, sent.headers['x-csrf-token']]).toEqual(['POST', '/v1/media', 'csrf-9']);
    expect((sent.form!.get('file') as File).name).toBe('pier.jpg');
    expect(sent.form!.get('alt')).toBe('The pier');
    expect(sent.form!.has('caption')).toBe(false);
    expect(progress).toEqual([0.5, 1]);
  });

  it('throws the API’s problem when the file is refused', async () => {
    const { request } = fakeRequest(415, {
      status: 415,
      detail: 'SVG and other markup are not accepted',
      errors: [{ path: 'file', message: 'x' }],
    });
    const refused = uploadMedia(transport, file, { request: () => request });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 415, problem: { detail: 'SVG and other markup are not accepted' } });
  });
});
