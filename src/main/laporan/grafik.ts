// The report's charts as native Word charts (editable in Word, data in an embedded workbook): Kurva S, realisation
// per OPD, and the share of each kategori capaian. Same figures as the dashboard's charts.
import { Paragraph, AlignmentType } from 'docx';
import { ChartRun } from 'docx/charts';
import type { BarisOpdMonev, TitikKurvaS } from '../../shared/api/monev';
import { formatTriwulan } from '../../shared/format';
import type { AturanMonev } from '../../shared/monev/aturan';
import { KATEGORI_CAPAIAN, kategoriFisik, WARNA_KATEGORI, type KategoriCapaian } from '../../shared/monev/rules';

const HURUF = { name: 'Arial' } as const;
/** Pixels at 96 dpi: a portrait A4/F4 page holds about 620 between its margins. */
const LEBAR = 620;
const BELUM = 'Belum dapat dinilai' as const;

const dalamParagraf = (run: ChartRun) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, spacing: { after: 120 }, children: [run] });

/** "Awal", "TW I" ... "TW IV": the points of a Kurva S, in the report and on the slides. */
export const kategoriKurvaS = (titik: TitikKurvaS[]) =>
  titik.map((t) => (t.bulan === 0 ? 'Awal' : `TW ${formatTriwulan(t.bulan / 3)}`));

export function grafikKurvaS(titik: TitikKurvaS[], judul: string, tinggi = 300): Paragraph {
  return dalamParagraf(
    new ChartRun({
      type: 'line',
      title: { text: judul, font: { size: 11, bold: true } },
      font: HURUF,
      transformation: { width: LEBAR, height: tinggi },
      categories: kategoriKurvaS(titik),
      series: [
        {
          name: 'Target fisik (%)',
          values: titik.map((t) => t.targetFisik),
          color: '1F4E79',
          markers: true,
          dataLabels: { value: true, position: 'below', numberFormat: '0.0' },
          pointLabels: [false],
        },
        {
          name: 'Realisasi fisik (%)',
          values: titik.map((t) => t.realisasiFisik),
          color: '29AF28',
          markers: true,
          dataLabels: { value: true, position: 'above', numberFormat: '0.0', font: { bold: true, color: '1E7B1D' } },
          // The start of the year is 0 for both lines; its labels would only cover the axis.
          pointLabels: [false],
        },
      ],
      valueAxis: { minimum: 0, maximum: 100, interval: 20, numberFormat: '0' },
      legend: { position: 'bottom' },
    }),
  );
}

/** Horizontal bars, the best OPD at the top, as on the dashboard. */
export function grafikPerOpd(opd: BarisOpdMonev[]): Paragraph {
  const urut = [...opd].sort((a, b) => (b.realisasiFisik ?? 0) - (a.realisasiFisik ?? 0));
  return dalamParagraf(
    new ChartRun({
      type: 'bar',
      title: {
        text: 'Realisasi fisik dan penyerapan anggaran per perangkat daerah (%)',
        font: { size: 11, bold: true },
      },
      font: HURUF,
      transformation: { width: LEBAR, height: Math.min(880, Math.max(260, 90 + urut.length * 22)) },
      categories: urut.map((o) => o.singkatan || o.nama),
      series: [
        { name: 'Realisasi fisik', values: urut.map((o) => o.realisasiFisik), color: '1F4E79' },
        { name: 'Penyerapan anggaran', values: urut.map((o) => o.persenKeuangan), color: 'E1C027' },
      ],
      categoryAxis: { reverseOrder: true, font: { size: 8 } },
      // With the categories reversed, "maximum" puts the value axis at the bottom, where the eye expects it.
      valueAxis: { minimum: 0, maximum: 100, interval: 20, numberFormat: '0', crossesAt: 'maximum' },
      gapWidth: 60,
      legend: { position: 'bottom' },
    }),
  );
}

/** How many units (OPD, or sub kegiatan for one OPD) fall in each kategori of capaian fisik s.d. the quarter. */
export function sebaranKategori(
  rows: { realisasiFisik: number | null; targetFisik: number | null }[],
  aturan: AturanMonev,
) {
  const n = new Map<KategoriCapaian | typeof BELUM, number>();
  for (const r of rows) {
    const k = kategoriFisik(r.realisasiFisik, r.targetFisik, aturan) ?? BELUM;
    n.set(k, (n.get(k) ?? 0) + 1);
  }
  return [...KATEGORI_CAPAIAN, BELUM].map((kategori) => ({ kategori, jumlah: n.get(kategori) ?? 0 }));
}

export function grafikKategori(
  rows: { realisasiFisik: number | null; targetFisik: number | null }[],
  satuan: string,
  aturan: AturanMonev,
) {
  const sebaran = sebaranKategori(rows, aturan);
  return dalamParagraf(
    new ChartRun({
      type: 'pie',
      title: { text: `Sebaran ${satuan} menurut kategori capaian fisik`, font: { size: 11, bold: true } },
      font: HURUF,
      transformation: { width: LEBAR, height: 300 },
      categories: sebaran.map((s) => s.kategori),
      series: [
        {
          name: `Jumlah ${satuan}`,
          values: sebaran.map((s) => (s.jumlah > 0 ? s.jumlah : null)),
          colors: sebaran.map((s) => (s.kategori === BELUM ? 'BFBFBF' : WARNA_KATEGORI[s.kategori].slice(1))),
        },
      ],
      dataLabels: { value: true, percentage: true, position: 'bestFit' },
      legend: { position: 'right' },
    }),
  );
}
