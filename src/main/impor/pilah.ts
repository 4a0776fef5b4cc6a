// Sorts the rows under a header: data, total rows ("baris jumlah"), OPD titles of a block, indicator rows of the row
// above, and what is not data (blank rows, repeated headers, column numbers, notes and signatures under the table).
import type { BarisDilewati } from '../../shared/api/impor';
import { parseAngka } from '../../shared/format';
import { tingkatKode } from '../../shared/renja';
import { kosong, type Sel } from './baca';
import { BarisImpor, type LembarSiap } from './baris';
import { barisNomorKolom, miripKode, ulangHeader } from './header';
import { huruf, type Medan } from './medan';
import { PenentuOpd, type OpdDisebut } from './opd';

export interface BarisJumlah {
  lembar: string;
  baris: number;
  teks: string;
  nilai: number | null;
  /** A grand total (JUMLAH, TOTAL, Jumlah OPD), checked against the rows above it; subtotals are only listed. */
  utama: boolean;
}

export interface HasilPilah {
  data: BarisImpor[];
  jumlah: BarisJumlah[];
  dilewati: BarisDilewati[];
  /** Rows and totals in sheet order, for the grand-total check. */
  urutan: (BarisImpor | BarisJumlah)[];
}

const sederhana = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const JUMLAH = /^(jumlah|total|sub ?total|grand total)\b/;
const SUBTOTAL = /^sub ?total\b|\b(urusan|bidang|program|kegiatan|sub kegiatan)\b/;

/** Columns whose text never labels a row ("Jumlah kios diawasi" is an indicator, not a total). */
const BUKAN_LABEL: Medan[] = [
  'indikator',
  'satuan',
  'lokasi',
  'sumberDana',
  'permasalahan',
  'tindakLanjut',
  'faktorPendorong',
  'faktorPenghambat',
];

function teksPertama(l: LembarSiap, sel: Sel[]): string {
  const lewat = new Set(BUKAN_LABEL.flatMap((m) => l.peta.get(m) ?? []));
  for (const [j, v] of sel.entries()) if (!lewat.has(j) && typeof v === 'string' && v.trim() !== '') return v.trim();
  return '';
}

/** The OPD named above the table (title rows), else by the sheet's name. */
export function opdLembar(l: LembarSiap, opd: PenentuOpd): OpdDisebut | null {
  for (let r = 0; r < l.header.awal; r++) {
    const d = opd.dariBaris(l.lembar.baris[r] ?? []);
    if (d) return d;
  }
  const dariNama = opd.dariTeks(l.nama);
  return dariNama && 'opd' in dariNama ? dariNama : null;
}

export function pilahBaris(
  l: LembarSiap,
  opd: PenentuOpd,
  medanAngka: readonly Medan[],
  medanJumlah: Medan | null,
): HasilPilah {
  const hasil: HasilPilah = { data: [], jumlah: [], dilewati: [], urutan: [] };
  const lewati = (r: number, alasan: string) => hasil.dilewati.push({ lembar: l.nama, baris: r + 1, alasan });
  const kolomKode = l.peta.get('kode');
  const dipetakan = new Set(l.peta.values());
  const gabungan = new Map<string, number[]>();
  let konteks = opdLembar(l, opd);
  let terakhir: BarisImpor | null = null;

  for (let r = l.header.indeks + 1; r < l.lembar.baris.length; r++) {
    const sel = l.lembar.baris[r] ?? [];
    if (sel.every(kosong)) continue;
    if (l.lembar.barisTersembunyi.has(r)) {
      l.catatan.tambah('masalah', {
        ...l.lokasi(r + 1, ''),
        pesan: `Baris ${r + 1} tersembunyi (hidden): tampilkan baris itu (Unhide) untuk memeriksa isinya, atau hapus bila bukan data`,
      });
      continue;
    }
    const b = new BarisImpor(l, sel, r + 1);
    const kode = kolomKode === undefined ? '' : b.kode();
    // A row with a program, kegiatan or sub kegiatan code is data; only the others can repeat the header or number
    // the columns (the number row starts with "1", which looks like an urusan code).
    const berkode = tingkatKode(kode) !== null;
    if (!berkode && ulangHeader(l.header, sel)) {
      lewati(r, 'judul kolom berulang');
      continue;
    }
    if (!berkode && barisNomorKolom(sel)) {
      lewati(r, 'nomor kolom');
      continue;
    }
    const label = teksPertama(l, sel);
    if (PenentuOpd.kodeOpd(kode)) {
      konteks = opd.dariTeks(kode);
      lewati(r, 'judul OPD');
      terakhir = null;
      continue;
    }
    if (/^\d(\.\d{2})?$/.test(kode)) {
      // Urusan and bidang rows (1, 1.02) head SIPD exports; they carry nothing Sinergi stores.
      lewati(r, 'baris urusan/bidang');
      continue;
    }
    const adaAngka = medanAngka.some((m) => b.miripAngka(m));
    if (kode === '' && terakhir && b.isi('indikator') && !b.isi('nama')) {
      terakhir.indikatorTambahan.push(b);
      continue;
    }
    if (!miripKode(kode)) {
      const n = sederhana(label);
      if (JUMLAH.test(n) && !/\d\.\d{2}\.\d{2}/.test(kode)) {
        const j = medanJumlah === undefined || medanJumlah === null ? undefined : l.peta.get(medanJumlah);
        const v = j === undefined ? null : sel[j];
        const angka =
          typeof v === 'number'
            ? v
            : typeof v === 'string'
              ? parseAngka(v, { jenis: 'uang', gaya: l.gayaKolom(j!, 'uang').gaya })
              : null;
        const baris: BarisJumlah = {
          lembar: l.nama,
          baris: r + 1,
          teks: label,
          nilai: typeof angka === 'number' ? angka : angka?.ok ? angka.value : null,
          utama: !SUBTOTAL.test(n),
        };
        hasil.jumlah.push(baris);
        hasil.urutan.push(baris);
        continue;
      }
      // "SKPD : 1.01.2.22.0.00.01.0000 Dinas ..." above a block, in the code column or any other.
      const judulOpd = adaAngka ? null : opd.dariBaris(sel);
      if (judulOpd) {
        konteks = judulOpd;
        lewati(r, 'judul OPD');
        terakhir = null;
        continue;
      }
      if (!adaAngka) {
        lewati(r, 'catatan atau judul, bukan baris data');
        continue;
      }
    }
    for (const j of dipetakan) {
      const induk = l.lembar.gabung.get(`${r},${j}`);
      if (induk && induk[0] !== r && induk[0] > l.header.indeks) {
        const kunci = `${induk[0]},${induk[1]}`;
        gabungan.set(kunci, [...(gabungan.get(kunci) ?? [induk[0] + 1]), r + 1]);
      }
    }
    b.opdId = opd.tempatkan(b, konteks);
    hasil.data.push(b);
    hasil.urutan.push(b);
    terakhir = b;
  }
  for (const [kunci, baris] of gabungan) {
    const [r, j] = kunci.split(',').map(Number) as [number, number];
    const medan = [...l.peta].find(([, k]) => k === j)?.[0];
    l.catatan.tambah('masalah', {
      ...l.lokasi(r + 1, medan ?? ''),
      pesan: `Sel ${huruf(j)}${r + 1}:${huruf(j)}${Math.max(...baris)} digabung (merge) melintasi ${baris.length} baris data: pisahkan gabungan sel (Unmerge Cells) lalu isi nilainya di setiap baris`,
    });
  }
  return hasil;
}
