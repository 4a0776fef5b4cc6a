// The parts every official letter (Tata Naskah Dinas) shares: Nomor/Sifat/Lampiran/Hal beside the place and date,
// the "Yth. ... di Tempat" block, the signature, the tembusan, and the heading of a lampiran. The invitation and the
// reminder letter are built from these.
import { LineRuleType, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { formatLampiran, formatTanggal } from '../../shared/format';
import {
  blokTitikDua,
  daftarBernomor,
  kosong,
  LEBAR_TITIK_DUA,
  MARGIN_SEL_TITIK_DUA,
  paragraf,
  tandaTangan,
  type Pejabat,
} from './blok';
import { lebarTwip } from '../../shared/ukurTeks';
import { mm, UKURAN_HURUF } from './halaman';

export interface KepalaSurat {
  nomor: string;
  sifat: string;
  /** Sheets attached (0 prints "-"), or the words for it ("1 (satu) berkas"). */
  lampiran: number | string;
  hal: string;
  kota: string;
  /** YYYY-MM-DD. */
  tanggalSurat: string;
}

/** The place and date's column beside Nomor: 62 mm, where the page leaves the number room. */
const LEBAR_TANGGAL = mm(62);
const LABEL = mm(22);
const LABEL_LAMPIRAN = mm(20);
/** A cell's right margin and a little room for rounding between Word, LibreOffice and these metrics. */
const CADANGAN = MARGIN_SEL_TITIK_DUA + 60;

/**
 * The width of the place and date beside Nomor. Between a regency's wide margins (4 cm left) the number, its blank for
 * the running number kept whole, did not fit beside 62 mm and broke in the middle; the date then gives up what the
 * number needs, down to its two lines ("Sukamakmur," above "2 Desember 2026").
 */
function lebarTanggal(nomor: string, tempat: string, hari: string, lebar: number): number {
  const ada = lebar - LABEL - LEBAR_TITIK_DUA - lebarTwip(nomor, UKURAN_HURUF, false) - CADANGAN;
  const duaBaris = Math.max(lebarTwip(tempat, UKURAN_HURUF, false), lebarTwip(hari, UKURAN_HURUF, false)) + CADANGAN;
  return Math.max(duaBaris, Math.min(LEBAR_TANGGAL, ada));
}

export function kepalaSurat(k: KepalaSurat, lebar: number): FileChild {
  const tempat = `${k.kota},`;
  const hari = formatTanggal(k.tanggalSurat);
  const kanan = lebarTanggal(k.nomor, tempat, hari, lebar);
  // On two lines the date stays whole below the place ("Sukamakmur," / "2 Desember 2026"), not "2" beside it.
  const satuBaris = kanan >= lebarTwip(`${tempat} ${hari}`, UKURAN_HURUF, false) + CADANGAN;
  return blokTitikDua(
    [
      ['Nomor', k.nomor],
      ['Sifat', k.sifat],
      ['Lampiran', typeof k.lampiran === 'string' ? k.lampiran : formatLampiran(k.lampiran)],
      ['Hal', k.hal],
    ],
    {
      lebar,
      lebarLabel: LABEL,
      kananBarisPertama: {
        teks: `${tempat} ${satuBaris ? hari : hari.replaceAll(' ', '\u00a0')}`,
        lebar: kanan,
      },
    },
  );
}

/**
 * "Yth." with the addressees: one on the line, several numbered, or, when the list goes to a lampiran, what they
 * are called together followed by "(daftar terlampir)".
 */
export function blokYth(sebutan: string[] | { terlampir: string }): FileChild[] {
  const yth = mm(10);
  const nomor = mm(6);
  const baris = Array.isArray(sebutan) ? sebutan : [sebutan.terlampir, '(daftar terlampir)'];
  const bernomor = Array.isArray(sebutan) && sebutan.length > 1;
  const pertama = bernomor
    ? [new TextRun(`Yth.\t1.\t${baris[0]}`)]
    : [new TextRun('Yth.\t'), ...baris.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : undefined }))];
  const kiri = bernomor ? yth + nomor : yth;
  return [
    new Paragraph({
      indent: { left: kiri, hanging: kiri },
      tabStops: [
        { type: TabStopType.LEFT, position: yth },
        { type: TabStopType.LEFT, position: yth + nomor },
      ],
      keepNext: true,
      children: pertama,
    }),
    ...(bernomor
      ? baris.slice(1).map(
          (t, i) =>
            new Paragraph({
              indent: { left: yth + nomor, hanging: nomor },
              tabStops: [{ type: TabStopType.LEFT, position: yth + nomor }],
              keepNext: true,
              children: [new TextRun(`${i + 2}.\t${t}`)],
            }),
        )
      : []),
    paragraf('di', { indent: { left: yth }, keepNext: true }),
    paragraf('Tempat', { indent: { left: yth + mm(6) } }),
  ];
}

/**
 * The signature at the right half. `atasNamaLain`: lines that replace the signatory's own a.n./u.b. for this letter
 * ([] for none); null signs as the signatory is set up.
 */
export function blokTandaTangan(
  lebar: number,
  penandatangan: Pejabat | null,
  atasNamaLain: string[] | null,
): FileChild[] {
  return [new Paragraph({ keepNext: true }), tandaTangan(lebar, { pejabat: penandatangan, atasNamaLain })];
}

export function blokTembusan(tembusan: string[]): FileChild[] {
  if (tembusan.length === 0) return [];
  return [
    ...kosong(1),
    paragraf('Tembusan:', { keepNext: true }),
    ...daftarBernomor(tembusan.map((t, i) => (i === tembusan.length - 1 ? t : t.replace(/[;.]?$/, ';')))),
  ];
}

/** A lampiran's heading on a new page: its name and the letter's reference at the top right. */
export function kepalaLampiran(
  namaLampiran: string,
  k: Pick<KepalaSurat, 'nomor' | 'tanggalSurat' | 'hal'>,
  lebar: number,
): FileChild[] {
  // Right of 42% of the line, or further left where the number would not fit on one line there (wide margins).
  const nomor = lebarTwip(k.nomor, UKURAN_HURUF, false) + CADANGAN;
  const kiri = Math.max(
    Math.round(lebar * 0.25),
    Math.min(Math.round(lebar * 0.42), lebar - LABEL_LAMPIRAN - LEBAR_TITIK_DUA - nomor),
  );
  return [
    paragraf(namaLampiran, { pageBreakBefore: true, indent: { left: kiri } }),
    blokTitikDua(
      [
        ['Nomor', k.nomor],
        ['Tanggal', formatTanggal(k.tanggalSurat)],
        ['Hal', k.hal],
      ],
      { lebar, lebarLabel: LABEL_LAMPIRAN, indentKiri: kiri },
    ),
    ...kosong(1),
  ];
}

/**
 * Word wants a paragraph after a closing table (the signature); this one is 1 pt high, so a signature that ends at
 * the foot of a page does not push an empty last page out.
 */
export function paragrafPenutup(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } });
}
