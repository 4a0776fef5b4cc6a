// Side effects of the operating system, passed in so that everything but src/main/electron runs under plain Node.
export interface OsEffects {
  /** Asks where to save a generated file and writes it; null when the user cancels. */
  simpanBerkas(namaSaran: string, isi: Uint8Array): Promise<string | null>;
  /** Opens a saved file in the program the user has for it (Word for .docx). */
  bukaBerkas(path: string): Promise<void>;
  // Optional so that a test's own OsEffects needs only what it uses; absent means "no desktop dialog" (null).
  /** Asks for a folder (e.g. a flash disk for a backup); null when the user cancels or there is no desktop. */
  pilihFolder?(judul: string): Promise<string | null>;
  /** Asks for an existing file with one of the extensions (without dot); null when cancelled or no desktop. */
  pilihBerkas?(judul: string, ekstensi: string[]): Promise<string | null>;
  /** Opens an https link (a wa.me message) in the default browser; false when there is no desktop to open it on. */
  bukaTautan?(url: string): Promise<boolean>;
}

/** Browser mode and tests: nothing on the desktop to open, downloads are the browser's business. */
export const osTanpaDesktop: OsEffects = {
  simpanBerkas: () => Promise.resolve(null),
  bukaBerkas: () => Promise.resolve(),
  // In the browser the user types the path of the folder or file instead.
  pilihFolder: () => Promise.resolve(null),
  pilihBerkas: () => Promise.resolve(null),
  // The browser opens the link itself, as an ordinary link on the page.
  bukaTautan: () => Promise.resolve(false),
};
