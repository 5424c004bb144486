// The page's calls to the API. The list uses fetch; the upload uses XMLHttpRequest, because only
// XMLHttpRequest reports how many bytes of a request body have been sent (upload progress events):
// fetch cannot tell you that.

export interface Image {
  id: number;
  title: string;
  type: string;
  size: number;
  createdAt: string;
  url: string;
}

/** An answer that was not a success, with the API's error.message when it sent one. */
export class ApiError extends Error {}

function messageOf(body: unknown, fallback: string): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' && message !== '' ? message : fallback;
}

export async function listImages(): Promise<Image[]> {
  let res: Response;
  try {
    res = await fetch('/api/images');
  } catch {
    throw new ApiError('Could not load the gallery: no connection to the server.');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(messageOf(body, `Could not load the gallery (HTTP ${res.status}).`));
  return (body as { items: Image[] }).items;
}

/**
 * POST /api/images with the form's fields (a FormData makes the multipart body, boundary and all:
 * never set Content-Type yourself). onProgress gets whole percents of the body sent so far.
 */
export function uploadImage(data: FormData, onProgress: (percent: number) => void): Promise<Image> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/images');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the fallback message below.
      }
      if (xhr.status === 201) resolve(body as Image);
      else reject(new ApiError(messageOf(body, `The upload was refused (HTTP ${xhr.status}).`)));
    });
    xhr.addEventListener('error', () => reject(new ApiError('The upload failed: no connection to the server.')));
    xhr.send(data);
  });
}
