// The E.81 table writer on hand-made rows: Renstra columns when given, escaping, and the grouping of OPD texts.
import { describe, expect, it } from 'vitest';
import type { BarisE81, TabelE81 } from '../../src/main/laporan/e81';
import { kelompokkanTeks } from '../../src/main/laporan/kendala';
import { barisTegak, MARGIN_SEL, panjangTegak, TINGGI_BARIS } from '../../src/main/laporan/lebarKolomE81';
import { xmlTabelE81 } from '../../src/main/laporan/tabelE81Xml';
import { barisTabel } from '../helpers/docx';
import { lebarTwip } from '../../src/shared/ukurTeks';

const sub = (over: Partial<BarisE81> = {}): BarisE81 => ({
  tingkat: 'subKegiatan',
  id: 1,
  kode: '1.02.02.2.01.0001',
  nama: 'Penyediaan <alat> & bahan',
  indikator: [
    {
      uraian: 'Jumlah puskesmas',
      satuan: 'Unit',
      target: 10,
      jenis: 'jumlah',
      arah: 'positif',
      triwulan: [2, 3, null, null],
      realisasi: 5,
      capaian: 50,
    },
  ],
  pagu: 2_000_000_000,
  triwulanRp: [250_000_000, 500_000_000, null, null],
  realisasiRp: 750_000_000,
  capaianRp: 37.5,
  capaianK: 50,
  kategori: 'Sangat Rendah',
  ...over,
});

const tabel = (baris: BarisE81[]): TabelE81 => ({
  opd: { id: 1, nama: 'Dinas Kesehatan', singkatan: 'Dinkes', kepalaNama: '', kepalaJabatan: '', kepalaNip: '' },
  baris,
  jumlah: {
    pagu: 2_000_000_000,
    triwulanRp: [250_000_000, 500_000_000, null, null],
    realisasiRp: 750_000_000,
    capaianRp: 37.5,
  },
  rataCapaianK: 50,
  predikat: 'Sangat Rendah',
  sasaranRkpd: [],
  pendorong: [],
  penghambat: [],
  tindakLanjut: [],
});

describe('xmlTabelE81', () => {
  it('prints "-" in the Renstra columns without Renstra data, and the row in millions of rupiah', () => {
    const xml = xmlTabelE81(tabel([sub()]), 2026, 2, 14000);
    const [baris] = barisTabel(xml).filter((r) => r[2] === '1.02.02.2.01.0001');
    expect(baris).toEqual([
      '',
      '',
      '1.02.02.2.01.0001',
      'Penyediaan <alat> & bahan',
      'Jumlah puskesmas (Unit)',
      '-',
      '-',
      '-',
      '-',
      '10',
      '2.000,00',
      '2',
      '250,00',
      '3',
      '500,00',
      '',
      '',
      '',
      '',
      '5',
      '750,00',
      '50,00',
      '37,50',
      '-',
      '-',
      '-',
      '-',
      'Dinkes',
      'Sangat Rendah',
    ]);
    expect(xml).toContain('Penyediaan &lt;alat&gt; &amp; bahan');
    expect(barisTabel(xml).at(-1)!.slice(0, 2)).toEqual(['Jumlah', '-']);
  });

  it('fills columns 5, 6, 14 and 15 from Renstra figures by the indicator kind', () => {
    // Computed by e81.ts (laporan-renstra.test.ts checks the arithmetic); the table only writes them.
    const renstra = {
      indikator: [{ targetAkhir: 40, realisasiSdTahunLalu: 15, realisasiSdTahunIni: 20, capaian: 50 }],
      paguAkhir: 10e9,
      realisasiSdTahunLaluRp: 3.25e9,
      realisasiSdTahunIniRp: 4e9,
      capaianRp: 40,
    };
    const [baris] = barisTabel(xmlTabelE81(tabel([sub({ renstra })]), 2026, 2, 14000)).filter(
      (r) => r[2] === '1.02.02.2.01.0001',
    );
    expect(baris!.slice(5, 9)).toEqual(['40', '10.000,00', '15', '3.250,00']);
    // 14 = 6 + 12: 15 + 5 = 20 kinerja, 3.250 + 750 = 4.000 juta; 15 = 14 / 5: 50% and 40%.
    expect(baris!.slice(23, 27)).toEqual(['20', '4.000,00', '50,00', '40,00']);
  });

  it('drops control characters that XML cannot hold', () => {
    expect(xmlTabelE81(tabel([sub({ nama: 'a\u0001b\u000bc' })]), 2026, 1, 14000)).toContain('>abc<');
  });
});

describe('a title turned on its side', () => {
  it('gets the length its words need to wrap into the lines its width holds', () => {
    const judul = [
      'Target Renstra PD akhir periode',
      'Realisasi Renstra PD s.d. 2025',
      'Tingkat Capaian Renstra PD (%)',
    ];
    for (const teks of judul) {
      for (let w = 2 * MARGIN_SEL + TINGGI_BARIS; w <= 1200; w += 10) {
        const panjang = panjangTegak(teks, w);
        // Wrapped between words along that length, its lines fit the width.
        expect(barisTegak(teks, panjang) * TINGGI_BARIS + 2 * MARGIN_SEL, `${teks} in ${w}`).toBeLessThanOrEqual(w);
      }
    }
  });

  it('stands on its side in an empty Renstra column, within the header rows it spans', () => {
    const xml = xmlTabelE81(tabel([sub()]), 2026, 2, 14_287);
    const baris = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
      .map(([tr]) => tr)
      .filter((tr) => tr.includes('<w:tblHeader/>'));
    const tinggi = baris.map((tr) => Number(/<w:trHeight w:val="(\d+)"/.exec(tr)?.[1] ?? 0));
    const kolom = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const tegak = [...baris[0]!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map(([tc]) => tc)
      .filter((tc) => tc.includes('btLr'))
      .map((tc) => [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
    expect(tegak).toEqual([
      'No',
      'Sasaran',
      'Target Renstra PD akhir periode',
      'Realisasi Renstra PD s.d. 2025',
      'Realisasi Renstra PD s.d. 2026',
      'Tingkat Capaian Renstra PD (%)',
      'Unit PD Penanggung Jawab',
      'Keterangan',
    ]);
    // Columns 5 and 6 (grid 4 and 5) span header rows 1 and 2, above K and Rp.
    for (const j of [4, 5]) {
      const judul = tegak[j - 2]!;
      expect(barisTegak(judul, tinggi[0]! + tinggi[1]!) * TINGGI_BARIS + 2 * MARGIN_SEL).toBeLessThanOrEqual(kolom[j]!);
    }
  });
});

describe('the unit of column 16', () => {
  const program = (kode: string) => sub({ tingkat: 'program', kode, nama: 'Program', indikator: [] });
  const unitDi = (xml: string) =>
    barisTabel(xml)
      .slice(4)
      .map((r) => r.at(-2));

  it('stands once per program, merged down its rows and turned on its side, one line wide when they are long enough', () => {
    const t = { ...tabel([program('1.02.01'), sub(), sub(), program('1.02.02'), sub()]) };
    const xml = xmlTabelE81(t, 2026, 2, 14_287);
    // Five rows and Jumlah: the unit on each program's first row; the merged cells below it empty.
    expect(unitDi(xml)).toEqual(['Dinkes', '', '', 'Dinkes', '', '']);
    const turun = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].filter(
      ([tc]) => tc.includes('<w:vMerge w:val="restart"/>') && tc.includes('btLr') && tc.includes('>Dinkes<'),
    );
    expect(turun).toHaveLength(2);
    const kolom = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(kolom[15]).toBeLessThan(2 * TINGGI_BARIS + 2 * MARGIN_SEL + 20);
  });

  it('takes more lines, or lies flat, where a program is too short for its name on one', () => {
    const panjang = {
      ...tabel([program('1.02.01')]),
      opd: { ...tabel([]).opd, singkatan: 'Dinas Kependudukan Catatan Sipil' },
    };
    const xml = xmlTabelE81(panjang, 2026, 2, 14_287);
    const kolom = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const sel = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].find(([tc]) => tc.includes('Dinas Kependudukan'))![0];
    if (sel.includes('btLr')) {
      // Turned: its lines wrap along the program's one row (two lines high) and fit the column.
      const baris = Math.floor((kolom[15]! - 2 * MARGIN_SEL) / TINGGI_BARIS);
      expect(
        panjangTegak('Dinas Kependudukan Catatan Sipil', baris * TINGGI_BARIS + 2 * MARGIN_SEL),
      ).toBeLessThanOrEqual(2 * TINGGI_BARIS);
    } else expect(kolom[15]).toBeGreaterThanOrEqual(lebarTwip('Kependudukan', 14, false));
  });
});

describe('kelompokkanTeks', () => {
  it('counts a text once per sub kegiatan, ignoring case, spacing and a final full stop, most frequent first', () => {
    expect(
      kelompokkanTeks(
        [['Tender ulang.', 'tender  ulang'], ['Cuaca buruk'], ['Tender ulang'], ['', ' ']],
        ['DPUPR', 'DKP', 'Dinkes'],
      ),
    ).toEqual([
      { teks: 'Tender ulang', jumlah: 2, opd: ['DPUPR', 'Dinkes'] },
      { teks: 'Cuaca buruk', jumlah: 1, opd: ['DKP'] },
    ]);
  });
});
