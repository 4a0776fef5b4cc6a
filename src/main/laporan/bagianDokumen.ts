// Pieces both report documents share: narrative text as paragraphs, the signatory, the headline figures, status colours.
import { bersihkanSemua } from '../../shared/teks';
import { AlignmentType, Paragraph, TabStopType, TextRun } from 'docx';
import type { AngkaMonev } from '../../shared/api/monev';
import { formatAngka, formatPersen, formatPoin, formatRupiah, formatTanggal } from '../../shared/format';
import { LABEL_STATUS, persenKeuangan, type Status } from '../../shared/monev/rules';
import type { Db } from '../db/connection';
import { paragraf, type Pejabat, type Penandatanganan } from '../docx/blok';
import { mm } from '../docx/halaman';
import type { GambarLogo } from '../docx/kop';
import { ambilLogo } from '../pengaturan/repository';
import { KOLOM_PEJABAT } from '../penandatangan/repository';
import type { KonteksLaporan } from './konteks';
import { hitungStatus } from './narasiBawaan';

export const WARNA_STATUS: Record<Status, { isi: string; putih: boolean }> = {
  merah: { isi: 'C00000', putih: true },
  kuning: { isi: 'FFC000', putih: false },
  hijau: { isi: '00B050', putih: true },
};

/**
 * A section's text as the user wrote it: a line "1. ..." becomes a numbered paragraph with a hanging indent, a line
 * ending in ":" introduces what follows and stays with it, any other line is a justified paragraph.
 */
export function paragrafNarasi(teks: string, kiri = 0): Paragraph[] {
  const gantung = mm(7);
  return teks
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const m = /^(\d+[.)]|[a-z][.)]|[-•])\s+(.*)$/.exec(t);
      if (m) {
        return new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: kiri + gantung, hanging: gantung },
          tabStops: [{ type: TabStopType.LEFT, position: kiri + gantung }],
          spacing: { after: 60 },
          children: [new TextRun(`${m[1]}\t${m[2]}`)],
        });
      }
      return paragraf(t, {
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: kiri },
        keepNext: t.endsWith(':'),
        spacing: { after: 120, line: 300 },
      });
    });
}

/** The chosen signatory, else the first whose title names a Kepala Bagian, else the first, else none. */
export async function penandatanganLaporan(db: Db, id: number | null): Promise<Pejabat | null> {
  const semua = await db
    .selectFrom('penandatangan')
    .select(['id', ...KOLOM_PEJABAT])
    .orderBy('id')
    .execute();
  const dipilih =
    (id !== null ? semua.find((p) => p.id === id) : undefined) ??
    semua.find((p) => /kepala bagian/i.test(p.jabatan)) ??
    semua[0];
  if (!dipilih) return null;
  const { id: _id, ...p } = dipilih;
  return bersihkanSemua(p);
}

export async function logoDaerah(db: Db): Promise<GambarLogo | null> {
  const l = await ambilLogo(db);
  return l ? { isi: Buffer.from(l.base64, 'base64'), mime: l.mime } : null;
}

export function tandaTanganLaporan(k: KonteksLaporan, pejabat: Pejabat | null): Penandatanganan {
  return { pejabat, atas: [`${k.pengaturan.kotaPenerbitan}, ${formatTanggal(new Date())}`] };
}

/** The headline figures, as label and value, for the report's chapter II and the regent's summary. */
export function angkaUtama(k: KonteksLaporan): [string, string][] {
  const t: AngkaMonev = k.data.total;
  const baris: [string, string][] = [
    ['Pagu anggaran', formatRupiah(t.pagu)],
    ['Target fisik kumulatif', formatPersen(t.targetFisik)],
    ['Realisasi fisik kumulatif', formatPersen(t.realisasiFisik)],
    ['Deviasi fisik', t.deviasiFisik == null ? '-' : `${formatPoin(t.deviasiFisik)} poin`],
    [
      'Target keuangan (rencana penarikan dana)',
      `${formatRupiah(t.targetKeuangan)} (${formatPersen(persenKeuangan(t.targetKeuangan, t.pagu))})`,
    ],
    ['Realisasi keuangan', formatRupiah(t.realisasiKeuangan)],
    ['Penyerapan anggaran', formatPersen(t.persenKeuangan)],
    ['Deviasi keuangan', t.deviasiKeuangan == null ? '-' : `${formatPoin(t.deviasiKeuangan)} poin`],
    ['Status', t.status ? LABEL_STATUS[t.status] : 'Belum dapat dinilai'],
    ['Sub kegiatan yang melapor', `${formatAngka(k.data.jumlahTerisi)} dari ${formatAngka(k.data.jumlahSub)}`],
  ];
  if (k.data.cakupan.jenis !== 'opd') {
    const n = hitungStatus(k.data.opd);
    baris.push([
      'Perangkat daerah (hijau/kuning/merah/belum dinilai)',
      `${n.hijau} / ${n.kuning} / ${n.merah} / ${n.belum} dari ${k.data.opd.length}`,
    ]);
  }
  return baris;
}

/**
 * Heading 1 and 2 of the report look as its titles always did (Arial 12 bold, black; chapters centred), and are
 * Word's heading styles, so the daftar isi (a TOC field) lists them.
 */
export const GAYA_JUDUL = {
  heading1: {
    run: { font: 'Arial', size: 24, bold: true, color: '000000' },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { after: 240 } },
  },
  heading2: {
    run: { font: 'Arial', size: 24, bold: true, color: '000000' },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 160, after: 60 } },
  },
};
