// API of the document archive: every generated DOCX is kept, and can be opened (desktop) or downloaded (browser).
import { z } from 'zod';
import { tulis, baca } from './define';
import { id } from './fields';
import type { BerkasTersimpan } from './ekspor';
import type { DokumenRingkas } from './rapat';

const dokumenId = z.object({ id: id('ID dokumen') });

export const arsipApi = {
  'arsip.daftar': baca<DokumenRingkas[]>()(z.object({ rapatId: id('ID rapat') })),
  /** Asks where to save, writes the file and opens it in the word processor; path null when the user cancelled. */
  'arsip.buka': baca<BerkasTersimpan>()(dokumenId),
  /**
   * Desktop: opens the document in the word processor straight away, from a folder for printing (no question where
   * to save), so the user only has to press Ctrl+P. Browser mode downloads instead and never calls this.
   */
  'arsip.cetak': baca<BerkasTersimpan>()(dokumenId),
  'arsip.unduh': baca<{ namaBerkas: string; base64: string }>()(dokumenId),
  'arsip.hapus': tulis<{ id: number }>()(dokumenId),
};
