// The image kinds Sinergi stores (the logo, photos of Dokumentasi): the zod fields, the row types and the database's
// CHECK lists all name these two.
export const MIME_GAMBAR = ['image/png', 'image/jpeg'] as const;
export type MimeGambar = (typeof MIME_GAMBAR)[number];
