// The lightbox (a suggested component: change it as you like): one image at a time in a dialog.
import type { Image } from './api.js';

interface LightboxProps {
  images: Image[];
  index: number;
  onShow: (index: number) => void;
  onClose: () => void;
}

export function Lightbox({ images, index, onShow, onClose }: LightboxProps) {
  // TODO (Task 5): SPEC.md's dialog, Previous/Next, the keys, and focus moved into it.
  void [images, index, onShow, onClose];
  return null;
}
