// The parts every official letter (Tata Naskah Dinas) shares: Nomor/Sifat/Lampiran/Hal beside the place and date,
// the "Yth. ... di Tempat" block, the signature, the tembusan, and the heading of a lampiran. The invitation and the
// reminder letter are built from these.
import { LineRuleType, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { formatLampiran, formatTanggal } from '../../shared/format';
import { blokTitikDua, daftarBernomor, kosong, paragraf, tandaTangan, type Pejabat } from './blok';
import { mm } from './halaman';

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

export function kepalaSurat(k: KepalaSurat, lebar: number): FileChild {
  return blokTitikDua(
    [
      ['Nomor', k.nomor],
      ['Sifat', k.sifat],
      ['Lampiran', typeof k.lampiran === 'string' ? k.lampiran : formatLampiran(k.lampiran)],
      ['Hal', k.hal],
    ],
    {
      lebar,
      lebarLabel: mm(22),
      kananBarisPertama: { teks: `${k.kota}, ${formatTanggal(k.tanggalSurat)}`, lebar: mm(62) },
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
  const kiri = Math.round(lebar * 0.42);
  return [
    paragraf(namaLampiran, { pageBreakBefore: true, indent: { left: kiri } }),
    blokTitikDua(
      [
        ['Nomor', k.nomor],
        ['Tanggal', formatTanggal(k.tanggalSurat)],
        ['Hal', k.hal],
      ],
      { lebar, lebarLabel: mm(20), indentKiri: kiri },
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
