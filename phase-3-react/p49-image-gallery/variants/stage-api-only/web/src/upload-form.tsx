// The upload form (a suggested component: change it as you like). SPEC.md's accessibility
// contract names its file input, textbox, button and progressbar.
import type { Image } from './api.js';

interface UploadFormProps {
  onUploaded: (image: Image) => void;
  onError: (message: string | null) => void;
}

export function UploadForm({ onUploaded, onError }: UploadFormProps) {
  // TODO (Task 4): the form, its upload with progress, and the server's refusal passed to onError.
  void [onUploaded, onError];
  return null;
}
