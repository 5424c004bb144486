// The page's calls to the API (a suggested structure: change it as you like).

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

/** TODO (Task 3): GET /api/images with fetch. */
export async function listImages(): Promise<Image[]> {
  throw new Error('Not implemented: listImages (Task 3)');
}

/** TODO (Task 4): POST /api/images with XMLHttpRequest, reporting upload progress. */
export function uploadImage(data: FormData, onProgress: (percent: number) => void): Promise<Image> {
  void [data, onProgress];
  return Promise.reject(new Error('Not implemented: uploadImage (Task 4)'));
}
