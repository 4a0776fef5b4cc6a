// Side effects of the operating system, passed in so that everything but src/main/electron runs under plain Node.
export interface OsEffects {
  /** Asks where to save a generated file and writes it; null when the user cancels. */
  simpanBerkas(namaSaran: string, isi: Uint8Array): Promise<string | null>;
  /** Opens a saved file in the program the user has for it (Word for .docx). */
  bukaBerkas(path: string): Promise<void>;
}

/** Browser mode and tests: nothing on the desktop to open, downloads are the browser's business. */
export const osTanpaDesktop: OsEffects = {
  simpanBerkas: () => Promise.resolve(null),
  bukaBerkas: () => Promise.resolve(),
};
