// The upload form: a file input "Image", a textbox "Title", a button "Upload", and the progress of
// the upload as a progressbar. The server decides what is accepted; the page shows its reason.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, uploadImage, type Image } from './api.js';

interface UploadFormProps {
  onUploaded: (image: Image) => void;
  onError: (message: string | null) => void;
}

export function UploadForm({ onUploaded, onError }: UploadFormProps) {
  const [title, setTitle] = useState('');
  const [uploading, setUploading] = useState(false);
  /** null before the first upload; then how far the last one got, until the next begins. */
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    // A text value or nothing means no file was chosen (typeof, not instanceof File: the DOM
    // checks run in jsdom, whose File is not the File of the page's globals).
    if (file === null || typeof file === 'string' || file.size === 0) {
      onError('Choose an image to upload.');
      return;
    }
    if (title.trim() === '') {
      onError('Give the image a title.');
      return;
    }
    onError(null);
    setUploading(true);
    setProgress(0);
    try {
      const image = await uploadImage(data, setProgress);
      setProgress(100);
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(image);
    } catch (error) {
      onError(error instanceof ApiError ? error.message : 'The upload failed.');
    } finally {
      setUploading(false);
    }
  }

  return (
    <form onSubmit={submit} className="upload-form">
      <label>
        Image <input type="file" name="file" accept="image/png,image/jpeg,image/gif,image/webp" ref={fileInput} />
      </label>
      <label>
        Title <input type="text" name="title" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit" disabled={uploading}>
        Upload
      </button>
      {progress !== null && (
        <div className="progress" role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
          <div className="progress-bar" style={{ width: `${progress}%` }} />
        </div>
      )}
    </form>
  );
}
