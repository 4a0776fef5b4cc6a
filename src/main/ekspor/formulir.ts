// The Formulir OPD: a pre-filled .xlsx an OPD fills in offline; only the realisation cells are unlocked. "All OPD at
// once" makes one per OPD of the regency, so the sheet is written as XML text over a fixed style table (the one
// ExcelJS wrote for it, index for index), not cell objects: ExcelJS built and serialised an object per cell, most of
// the time of a regency's forms.
import { formatTriwulan, NAMA_BULAN } from '../../shared/format';
import { bersihkanSemua } from '../../shared/teks';
import { LABEL_VERSI } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { NAMA_LEMBAR_META } from '../impor/baca';
import { huruf } from '../impor/medan';
import type { MetaFormulir } from '../impor/realisasi';
import { lembarRealisasi } from '../realisasi/repository';
import type { PengaturanHalaman } from '../../shared/api/pengaturan';
import { xmlHalamanCetak } from './bukuKerja';
import { FORMAT_XLSX } from './formatAngka';
import { paketXml, TeksBersama } from './paketXml';

/** The style table's entries (cellXfs), by what a cell is; the numbers are their indexes in GAYA_XML. */
const S = {
  uang: 1,
  persen: 2,
  judul: 3,
  petunjuk: 4,
  kepala: 5,
  kepalaUang: 6,
  kepalaPersen: 7,
  program: 8,
  programNama: 9,
  kegiatan: 10,
  kegiatanNama: 11,
  teks: 12,
  isiUang: 13,
  isiPersen: 14,
  isianPersen: 15,
  isianUang: 16,
  isian: 17,
} as const;

const KOLOM: { judul: string; lebar: number; fmt?: keyof typeof FORMAT_XLSX; isian?: boolean; gaya: number }[] = [
  { judul: 'Kode', lebar: 20, gaya: S.teks },
  { judul: 'Program/Kegiatan/Sub Kegiatan', lebar: 48, gaya: S.teks },
  { judul: 'Lokasi', lebar: 18, gaya: S.teks },
  { judul: 'Pagu (Rp)', lebar: 20, fmt: 'uang', gaya: S.isiUang },
  { judul: 'Target Fisik (%)', lebar: 11, fmt: 'persen', gaya: S.isiPersen },
  { judul: 'Target Keuangan (Rp)', lebar: 20, fmt: 'uang', gaya: S.isiUang },
  { judul: 'Indikator', lebar: 30, gaya: S.teks },
  { judul: 'Satuan', lebar: 10, gaya: S.teks },
  { judul: 'Realisasi Fisik (%)', lebar: 12, fmt: 'persen', isian: true, gaya: S.isianPersen },
  { judul: 'Realisasi Keuangan (Rp)', lebar: 20, fmt: 'uang', isian: true, gaya: S.isianUang },
  { judul: 'Realisasi Kinerja', lebar: 12, fmt: 'angka', isian: true, gaya: S.isian },
  { judul: 'Permasalahan/Kendala', lebar: 36, isian: true, gaya: S.isian },
  { judul: 'Tindak Lanjut', lebar: 36, isian: true, gaya: S.isian },
];
const BARIS_HEADER = 6;
const KOLOM_FISIK = huruf(8);
const KOLOM_KEUANGAN = huruf(9);

/** Points per line of 11-point text; Excel's default row is one line. */
const TINGGI_BARIS = 15;

/**
 * The height a row needs for its wrapped cells: Excel and LibreOffice keep a stored height when printing, and
 * without one, notes typed later overlap the next row. About one character per unit of column width.
 */
export function tinggiBaris(nilai: (string | number | null)[], lebar: number[]): number | undefined {
  let baris = 1;
  nilai.forEach((v, i) => {
    if (typeof v !== 'string' || v === '') return;
    const muat = Math.max(1, Math.floor((lebar[i] ?? 10) * 1.1) - 1);
    baris = Math.max(
      baris,
      v.split('\n').reduce((a, p) => a + Math.max(1, Math.ceil(p.length / muat)), 0),
    );
  });
  // A one-line row keeps no height, so Excel still grows it when the OPD types a long note.
  return baris > 1 ? baris * TINGGI_BARIS : undefined;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const alignAtas = '<alignment vertical="top" wrapText="1"/>';
const alignKepala = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const xf = (numFmt: number, font: number, fill: number, isi = '', terbuka = false) => {
  const apply = [
    numFmt ? ' applyNumberFormat="1"' : '',
    font ? ' applyFont="1"' : '',
    fill ? ' applyFill="1"' : '',
    isi ? ' applyAlignment="1"' : '',
    terbuka ? ' applyProtection="1"' : '',
  ].join('');
  const anak = isi + (terbuka ? '<protection locked="0"/>' : '');
  return `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${apply}${anak ? `>${anak}</xf>` : '/>'}`;
};
const UANG = 164;
const PERSEN = 165;
/** Fonts: 0 default, 1 title (bold 13), 2 italic, 3 bold. Fills: 2 header blue, 3 the yellow of cells to fill in. */
const GAYA_XML =
  XML +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="2"><numFmt numFmtId="${UANG}" formatCode="${FORMAT_XLSX.uang}"/><numFmt numFmtId="${PERSEN}" formatCode="${FORMAT_XLSX.persen}"/></numFmts>` +
  '<fonts count="4"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="13"/></font><font><i/></font><font><b/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="18">' +
  [
    xf(0, 0, 0),
    xf(UANG, 0, 0),
    xf(PERSEN, 0, 0),
    xf(0, 1, 0),
    xf(UANG, 2, 0, alignAtas),
    xf(0, 3, 2, alignKepala),
    xf(UANG, 3, 2, alignKepala),
    xf(PERSEN, 3, 2, alignKepala),
    xf(0, 3, 0),
    xf(0, 3, 0, alignAtas),
    xf(0, 2, 0),
    xf(0, 2, 0, alignAtas),
    xf(0, 0, 0, alignAtas),
    xf(UANG, 0, 0, alignAtas),
    xf(PERSEN, 0, 0, alignAtas),
    xf(PERSEN, 0, 3, alignAtas, true),
    xf(UANG, 0, 3, alignAtas, true),
    xf(0, 0, 3, alignAtas, true),
  ].join('') +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

const JENIS_KONTEN =
  XML +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

/** A relationships part: each relationship's id, type and target. */
const relasi = (daftar: [id: string, jenis: string, target: string][]) =>
  XML +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  daftar.map(([id, jenis, target]) => `<Relationship Id="${id}" Type="${jenis}" Target="${target}"/>`).join('') +
  '</Relationships>';

const RELASI = relasi([
  ['rId1', `${NS_REL}/officeDocument`, 'xl/workbook.xml'],
  ['rId2', `${NS_PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
  ['rId3', `${NS_REL}/extended-properties`, 'docProps/app.xml'],
]);

const RELASI_BUKU = relasi([
  ['rId1', `${NS_REL}/styles`, 'styles.xml'],
  ['rId3', `${NS_REL}/sharedStrings`, 'sharedStrings.xml'],
  ['rId4', `${NS_REL}/worksheet`, 'worksheets/sheet1.xml'],
  ['rId5', `${NS_REL}/worksheet`, 'worksheets/sheet2.xml'],
]);

const BUKU =
  XML +
  `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><sheets>` +
  '<sheet sheetId="1" name="Formulir Realisasi" state="visible" r:id="rId4"/>' +
  `<sheet sheetId="2" name="${NAMA_LEMBAR_META}" state="veryHidden" r:id="rId5"/>` +
  '</sheets><calcPr calcId="171027"/></workbook>';

const APLIKASI =
  XML +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity></Properties>';

function inti(kini: Date): string {
  const waktu = `${kini.toISOString().slice(0, 19)}Z`;
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>Sinergi</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${waktu}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${waktu}</dcterms:modified></cp:coreProperties>`
  );
}

const awalLembar = (isi: string) => `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${isi}`;
const AKHIR_LEMBAR = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

const KOLOM_XML = `<cols>${KOLOM.map((k, i) => {
  const gaya = k.fmt === 'uang' ? ` style="${S.uang}"` : k.fmt === 'persen' ? ` style="${S.persen}"` : '';
  return `<col min="${i + 1}" max="${i + 1}" width="${k.lebar}"${gaya} customWidth="1"/>`;
}).join('')}</cols>`;

const validasi = (judul: string, pesan: string, atas: number | string, sqref: string) =>
  `<dataValidation type="decimal" allowBlank="1" showErrorMessage="1" errorTitle="${judul}" error="${pesan}" sqref="${sqref}">` +
  `<formula1>0</formula1><formula2>${atas}</formula2></dataValidation>`;

/** One sheet's rows as XML: cells are text (shared), numbers, or empty with their style. */
class Baris {
  private readonly xml: string[] = [];
  constructor(private readonly teks: TeksBersama) {}

  tambah(r: number, sel: [v: string | number | null, gaya: number][], opsi: { tinggi?: number; gaya?: number } = {}) {
    let atr = `r="${r}"`;
    if (opsi.tinggi) atr += ` ht="${opsi.tinggi}" customHeight="1"`;
    if (opsi.gaya !== undefined) atr += ` s="${opsi.gaya}" customFormat="1"`;
    let isi = '';
    sel.forEach(([v, gaya], i) => {
      const ref = `${huruf(i)}${r}`;
      const s = gaya ? ` s="${gaya}"` : '';
      if (v === null) isi += `<c r="${ref}"${s}/>`;
      else if (typeof v === 'number') isi += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else isi += `<c r="${ref}"${s} t="s"><v>${this.teks.ambil(v)}</v></c>`;
    });
    this.xml.push(`<row ${atr}>${isi}</row>`);
  }

  toString(): string {
    return this.xml.join('');
  }
}

/** One OPD's Formulir, on the regency's paper between its margins, landscape and one page wide. */
export async function formulirXlsx(
  db: Db,
  opdId: number,
  tahun: number,
  bulan: number,
  halaman: PengaturanHalaman,
): Promise<{ namaBerkas: string; isi: Buffer }> {
  const opd = bersihkanSemua(
    await db.selectFrom('opd').select(['kode', 'nama', 'singkatan']).where('id', '=', opdId).executeTakeFirst(),
  );
  if (!opd) throw new DitolakError(`OPD dengan ID ${opdId} tidak ditemukan`);
  const lembar = bersihkanSemua(await lembarRealisasi(db, opdId, tahun, bulan));
  if (lembar.baris.length === 0)
    throw new DitolakError(`${opd.nama} belum memiliki Renja tahun ${tahun}: formulir tidak dapat dibuat`);

  const teks = new TeksBersama();
  const baris = new Baris(teks);
  const periode = `s.d. ${NAMA_BULAN[bulan - 1]} ${tahun}${bulan % 3 === 0 ? ` (Triwulan ${formatTriwulan(bulan / 3)})` : ''}`;
  baris.tambah(1, [['FORMULIR REALISASI PELAKSANAAN PROGRAM/KEGIATAN/SUB KEGIATAN', S.judul]]);
  baris.tambah(2, [[`Perangkat Daerah: ${opd.nama} (${opd.kode})`, 0]]);
  baris.tambah(3, [
    [`Tahun anggaran ${tahun} · realisasi kumulatif ${periode} · dibandingkan dengan ${LABEL_VERSI[lembar.versi]}`, 0],
  ]);
  // A4:H4 merged, every cell of it styled as the first.
  baris.tambah(
    4,
    [
      [
        'Isi hanya sel berwarna kuning. Fisik dan keuangan diisi kumulatif s.d. akhir periode; realisasi kinerja diisi capaian triwulan ini. Jangan mengubah kolom kode.',
        S.petunjuk,
      ],
      ...Array.from({ length: 7 }, (): [null, number] => [null, S.petunjuk]),
    ],
    { tinggi: 2 * TINGGI_BARIS },
  );
  baris.tambah(
    BARIS_HEADER,
    KOLOM.map((k) => [k.judul, k.fmt === 'uang' ? S.kepalaUang : k.fmt === 'persen' ? S.kepalaPersen : S.kepala]),
    { tinggi: 32 },
  );

  const lebar = KOLOM.map((k) => k.lebar);
  let r = BARIS_HEADER + 1;
  let program = -1;
  let kegiatan = -1;
  const judul = (kode: string, nama: string, tebal: boolean) => {
    const gaya = tebal ? S.program : S.kegiatan;
    baris.tambah(
      r++,
      [
        [kode, gaya],
        [nama, tebal ? S.programNama : S.kegiatanNama],
      ],
      { tinggi: tinggiBaris([kode, nama], lebar), gaya },
    );
  };
  // Realisasi fisik: one rule over every sub kegiatan row, as runs of rows; keuangan: each row its own pagu.
  const fisik: [number, number][] = [];
  const keuangan: string[] = [];
  for (const s of lembar.baris) {
    if (s.programId !== program) {
      judul(s.programKode, s.programNama, true);
      program = s.programId;
    }
    if (s.kegiatanId !== kegiatan) {
      judul(s.kegiatanKode, s.kegiatanNama, false);
      kegiatan = s.kegiatanId;
    }
    const nilai = [
      s.kode,
      s.nama,
      s.lokasi,
      s.pagu,
      s.targetFisik,
      s.targetKeuangan,
      s.indikator?.uraian ?? '',
      s.indikator?.satuan ?? '',
      s.realisasiFisik,
      s.realisasiKeuangan,
      s.indikator?.realisasi ?? null,
      s.permasalahan,
      s.tindakLanjut,
    ];
    baris.tambah(
      r,
      nilai.map((v, i) => [v, KOLOM[i]!.gaya]),
      { tinggi: tinggiBaris(nilai, lebar), gaya: S.teks },
    );
    const akhir = fisik.at(-1);
    if (akhir && akhir[1] === r - 1) akhir[1] = r;
    else fisik.push([r, r]);
    keuangan.push(
      validasi(
        'Realisasi keuangan',
        'Realisasi keuangan tidak boleh negatif atau melebihi pagu',
        s.pagu,
        `${KOLOM_KEUANGAN}${r}`,
      ),
    );
    r++;
  }
  const rentang = fisik
    .map(([a, b]) => (a === b ? `${KOLOM_FISIK}${a}` : `${KOLOM_FISIK}${a}:${KOLOM_FISIK}${b}`))
    .join(' ');
  const validasiXml =
    `<dataValidations count="${keuangan.length + 1}">` +
    validasi('Realisasi fisik', 'Realisasi fisik harus angka 0 sampai 100', 100, rentang) +
    keuangan.join('') +
    '</dataValidations>';

  const formulir = awalLembar(
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${huruf(KOLOM.length - 1)}${r - 1}"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="6" topLeftCell="C7" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      KOLOM_XML +
      `<sheetData>${baris.toString()}</sheetData>` +
      // Locked, not secret: the lock keeps codes from being edited by accident; there is no password to lose.
      '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>' +
      '<mergeCells count="1"><mergeCell ref="A4:H4"/></mergeCells>' +
      validasiXml +
      xmlHalamanCetak(halaman) +
      '</worksheet>',
  );
  const meta: MetaFormulir = { jenis: 'formulir-realisasi', opdKode: opd.kode, opdNama: opd.nama, tahun, bulan };
  const metaBaris = new Baris(teks);
  metaBaris.tambah(1, [[JSON.stringify(meta), 0]]);
  const lembarMeta = awalLembar(
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${metaBaris.toString()}</sheetData>${AKHIR_LEMBAR}</worksheet>`,
  );

  const isi = await paketXml([
    ['[Content_Types].xml', JENIS_KONTEN],
    ['_rels/.rels', RELASI],
    ['docProps/app.xml', APLIKASI],
    ['docProps/core.xml', inti(new Date())],
    ['xl/workbook.xml', BUKU],
    ['xl/_rels/workbook.xml.rels', RELASI_BUKU],
    ['xl/styles.xml', GAYA_XML],
    ['xl/sharedStrings.xml', teks.xml()],
    ['xl/worksheets/sheet1.xml', formulir],
    ['xl/worksheets/sheet2.xml', lembarMeta],
  ]);

  const nama = `Formulir Realisasi ${opd.singkatan || opd.nama} ${NAMA_BULAN[bulan - 1]} ${tahun}.xlsx`.replace(
    /[\\/:*?"<>|]/g,
    '-',
  );
  return { namaBerkas: nama, isi };
}
