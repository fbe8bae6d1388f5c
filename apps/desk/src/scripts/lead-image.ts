/**
 * @module
 * The lead image fields of the editor page (`components/LeadImageField.astro`): choose a picture
 * from the library or upload one, and the lead image keeps the picture's library reference, so
 * the site gives it `srcset` and `og:image`; a typed address still works for a picture elsewhere.
 */
import type { Image } from '@dateline/model/core';
import { uploadMedia } from '../data/index.ts';
import { thumbnailPath } from '../editor/image-files.ts';
import { fieldsOf, type LeadFields, leadImageFrom } from '../lib/lead-image.ts';
import { tooLarge } from '../lib/media-limit.ts';
import { chooseFromLibrary, maxUploadBytes, refusal } from './media-upload.ts';
import { transport } from './page.ts';

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const FIELDS = { src: 'lead-src', alt: 'lead-alt', caption: 'lead-caption', credit: 'lead-credit' } as const;

/** The library picture behind the fields (chosen, uploaded, or stored with the story). */
let chosen: Image | null = null;

function readFields(): LeadFields {
  return {
    src: input(FIELDS.src).value,
    alt: input(FIELDS.alt).value,
    caption: input(FIELDS.caption).value,
    credit: input(FIELDS.credit).value,
  };
}

/** Shows the library picture's thumbnail while the address is still its own. */
function showThumb(): void {
  const thumb = document.getElementById('lead-thumb') as HTMLImageElement;
  const media = leadImageFrom(readFields(), chosen)?.media;
  thumb.hidden = !media;
  if (media) {
    thumb.src = thumbnailPath(media, 320);
    thumb.height = Math.round((160 * media.height) / media.width);
  }
  (document.getElementById('lead-remove-button') as HTMLButtonElement).hidden = !input(FIELDS.src).value.trim();
}

/**
 * The lead image as the fields describe it, with its library reference; undefined when there is none.
 *
 * @example
 * input.leadImage = readLeadImage();
 */
export function readLeadImage(): Image | undefined {
  return leadImageFrom(readFields(), chosen);
}

/**
 * Shows `image` (a story's stored lead image, or none) in the fields.
 *
 * @example
 * fillLeadImage(article.leadImage);
 */
export function fillLeadImage(image: Image | undefined): void {
  chosen = image?.media ? image : null;
  const fields = fieldsOf(image);
  for (const [key, id] of Object.entries(FIELDS)) input(id).value = fields[key as keyof LeadFields];
  showThumb();
}

/** Puts `image` in the fields and tells the page (which saves on `input`). */
function setLead(image: Image | undefined): void {
  fillLeadImage(image);
  input(FIELDS.src).dispatchEvent(new Event('input', { bubbles: true }));
}

async function upload(file: File): Promise<void> {
  const status = document.getElementById('lead-status')!;
  const refused = tooLarge(file, maxUploadBytes());
  if (refused) {
    status.textContent = `${file.name} was not uploaded: ${refused}`;
    return;
  }
  status.textContent = `Uploading ${file.name}…`;
  try {
    const media = await uploadMedia(transport, file, {
      onProgress: (sent) => {
        status.textContent = sent >= 1 ? `Making the sizes of ${file.name}…` : `Uploading ${file.name}… ${Math.round(sent * 100)}%`;
      },
    });
    setLead(media.image);
    status.textContent = media.alt
      ? `${file.name} is the lead image.`
      : `${file.name} is the lead image: describe it in its text alternative.`;
    if (!media.alt) input(FIELDS.alt).focus();
  } catch (error) {
    status.textContent = `${file.name} was not uploaded: ${refusal(error)}`;
  }
}

/**
 * Brings the lead image buttons to life.
 *
 * @example
 * mountLeadImage();
 */
export function mountLeadImage(): void {
  const file = input('lead-file');
  const libraryButton = document.getElementById('lead-library-button') as HTMLButtonElement;
  libraryButton.addEventListener('click', () =>
    chooseFromLibrary('Choose a lead image', (media) => {
      setLead(media.image);
      document.getElementById('lead-status')!.textContent = 'Lead image chosen from the library.';
      input(FIELDS.alt).focus();
    }),
  );
  document.getElementById('lead-upload-button')!.addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    file.value = '';
    if (picked) void upload(picked);
  });
  document.getElementById('lead-remove-button')!.addEventListener('click', () => {
    setLead(undefined);
    document.getElementById('lead-status')!.textContent = 'The lead image was removed.';
    libraryButton.focus();
  });
  input(FIELDS.src).addEventListener('input', showThumb);
}
