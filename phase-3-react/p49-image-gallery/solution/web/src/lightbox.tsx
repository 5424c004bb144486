// The lightbox: one image at a time in a modal dialog, named by the image's title, with
// Previous/Next and the keys ArrowLeft/ArrowRight/Escape. Focus goes into the dialog when it opens;
// the caller puts it back on the thumbnail when it closes.
import { useEffect, useId, useRef } from 'react';
import type { Image } from './api.js';

interface LightboxProps {
  images: Image[];
  index: number;
  onShow: (index: number) => void;
  onClose: () => void;
}

export function Lightbox({ images, index, onShow, onClose }: LightboxProps) {
  const image = images[index]!;
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  const hasPrevious = index > 0;
  const hasNext = index < images.length - 1;

  // Move focus into the dialog once, when it opens: a keyboard user lands where the action is.
  useEffect(() => {
    closeButton.current?.focus();
  }, []);

  // The keys are listened for on the document, so they keep working even when the focused
  // button (Next at the last image) becomes disabled and focus falls back to the body.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      else if (event.key === 'ArrowRight' && hasNext) onShow(index + 1);
      else if (event.key === 'ArrowLeft' && hasPrevious) onShow(index - 1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [index, hasNext, hasPrevious, onShow, onClose]);

  return (
    <div className="lightbox" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <h2 id={titleId}>{image.title}</h2>
      <img src={image.url} alt={image.title} />
      <p>
        {index + 1} of {images.length}
      </p>
      <div className="lightbox-buttons">
        <button type="button" onClick={() => onShow(index - 1)} disabled={!hasPrevious}>
          Previous
        </button>
        <button type="button" onClick={() => onShow(index + 1)} disabled={!hasNext}>
          Next
        </button>
        <button type="button" ref={closeButton} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
