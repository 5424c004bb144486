// The gallery page: the upload form, the gallery (newest first) and the lightbox.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, listImages, type Image } from './api.js';
import { Lightbox } from './lightbox.js';
import { UploadForm } from './upload-form.js';

export function App() {
  /** null while the first answer is on its way: the loading state. */
  const [images, setImages] = useState<Image[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  /** The image shown in the lightbox, by its index in `images`; null when closed. */
  const [open, setOpen] = useState<number | null>(null);
  /** The thumbnail that opened the lightbox: focus goes back to it on close. */
  const opener = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    let current = true;
    listImages().then(
      (items) => current && setImages(items),
      (e: unknown) => {
        if (!current) return;
        setLoadFailed(true);
        setError(e instanceof ApiError ? e.message : 'Could not load the gallery.');
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const close = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);

  const status = images === null ? (loadFailed ? 'The gallery could not be loaded.' : 'Loading images…') : images.length === 0 ? 'No images yet: upload the first one.' : `${images.length} ${images.length === 1 ? 'image' : 'images'}`;

  return (
    <main>
      <h1>Image gallery</h1>
      <UploadForm onUploaded={(image) => setImages((list) => [image, ...(list ?? []).filter((i) => i.id !== image.id)])} onError={setError} />
      {error !== null && <p role="alert">{error}</p>}
      <h2>Gallery</h2>
      <p role="status">{status}</p>
      {images !== null && images.length > 0 && (
        <ul aria-label="Gallery" className="gallery">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={(event) => {
                  opener.current = event.currentTarget;
                  setOpen(index);
                }}
              >
                <img src={image.url} alt="" />
                <span>{image.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open !== null && images !== null && images[open] && <Lightbox images={images} index={open} onShow={setOpen} onClose={close} />}
    </main>
  );
}
