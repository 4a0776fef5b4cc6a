// The performance tree as a grid with indentation and folding: capaian and predikat at every level, budget share per misi.
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { formatAngka, formatPersen, formatRupiah, NAMA_BULAN } from '../../../../shared/format';
import { WARNA_KATEGORI } from '../../../../shared/monev/rules';
import type { Pohon } from '../../../../shared/api/renstra';
import { LABEL_TINGKAT_POHON, type SimpulPohon, type TingkatPohon } from '../../../../shared/renstra/pohon';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { useMuat } from '../../components/useMuat';

const KEDALAMAN: Record<TingkatPohon, number> = {
  visi: 0,
  misi: 1,
  tujuan: 2,
  sasaran: 3,
  renstraProgram: 4,
  program: 5,
  kegiatan: 6,
  subKegiatan: 7,
};

/** Folded by default below the Renstra program: a Kabag reads misi to program first. */
const TERBUKA_AWAL = new Set<TingkatPohon>(['visi', 'misi', 'tujuan', 'sasaran']);

interface BarisTampil extends SimpulPohon {
  adaAnak: boolean;
  terbuka: boolean;
}

/** The rows on show: a row appears when every row above it is open. */
function barisTampak(semua: SimpulPohon[], terbuka: Map<string, boolean>): BarisTampil[] {
  const induk = new Set(semua.map((b) => b.indukKunci));
  const buka = (b: SimpulPohon) => terbuka.get(b.kunci) ?? TERBUKA_AWAL.has(b.tingkat);
  const tampak = new Set<string>();
  const hasil: BarisTampil[] = [];
  for (const b of semua) {
    if (b.indukKunci !== null && !tampak.has(b.indukKunci)) continue;
    const t = buka(b);
    if (t) tampak.add(b.kunci);
    hasil.push({ ...b, adaAnak: induk.has(b.kunci), terbuka: t });
  }
  return hasil;
}

/** The tree's columns; the first indents each row by its level and folds it with `lipat`. */
function kolomPohon(lipat: (kunci: string, buka: boolean) => void): ColDef<BarisTampil>[] {
  return [
    {
      colId: 'uraian',
      headerName: 'Visi / Misi / Tujuan / Sasaran / Program / Kegiatan / Sub Kegiatan',
      width: 520,
      pinned: 'left',
      valueGetter: ({ data }) => data?.uraian ?? '',
      tooltipValueGetter: ({ data }) => data?.uraian ?? '',
      cellRenderer: ({ data }: { data?: BarisTampil }) =>
        data ? (
          <span className="renstra-uraian" style={{ paddingLeft: KEDALAMAN[data.tingkat] * 16 }}>
            {data.adaAnak ? (
              <button
                type="button"
                className="renstra-lipat"
                aria-label={`${data.terbuka ? 'Tutup' : 'Buka'} ${data.uraian}`}
                aria-expanded={data.terbuka}
                onClick={() => lipat(data.kunci, !data.terbuka)}
              >
                {data.terbuka ? '▾' : '▸'}
              </button>
            ) : (
              <span className="renstra-lipat" />
            )}
            <small className="renstra-tingkat">{LABEL_TINGKAT_POHON[data.tingkat]}</small> {data.uraian}
          </span>
        ) : null,
    },
    { field: 'kode', headerName: 'Kode', width: 150 },
    { field: 'opd', headerName: 'Perangkat daerah', width: 200, tooltipField: 'opd' },
    {
      field: 'capaian',
      headerName: 'Capaian (%)',
      width: 115,
      type: 'rightAligned',
      valueFormatter: ({ value }) => formatPersen(value as number | null),
      cellStyle: ({ data }) =>
        data?.kategori ? { borderLeft: `6px solid ${WARNA_KATEGORI[data.kategori]}` } : { borderLeft: 'none' },
    },
    {
      field: 'kategori',
      headerName: 'Predikat',
      width: 120,
      valueFormatter: ({ value }) => (value as string) ?? '-',
    },
    {
      field: 'sumber',
      headerName: 'Dihitung dari',
      width: 130,
      valueFormatter: ({ value }) =>
        value === 'indikator' ? 'Indikator sendiri' : value === 'turunan' ? 'Rata-rata turunan' : '-',
    },
    {
      colId: 'indikator',
      headerName: 'Indikator (target → realisasi)',
      width: 320,
      valueGetter: ({ data }) =>
        data?.indikator
          .map((i) => `${i.uraian}: ${formatAngka(i.target, 2)} → ${formatAngka(i.realisasi, 2)} ${i.satuan}`.trim())
          .join('; ') ?? '',
      tooltipValueGetter: ({ value }) => value as string,
    },
    {
      field: 'prioritas',
      headerName: 'Prioritas didukung',
      width: 200,
      valueFormatter: ({ value }) => (value as string[]).join(', '),
    },
    {
      field: 'pagu',
      headerName: 'Pagu (Rp)',
      width: 150,
      type: 'rightAligned',
      valueFormatter: ({ value }) => formatAngka(value as number),
    },
    {
      field: 'porsiAnggaran',
      headerName: 'Porsi anggaran (%)',
      width: 130,
      type: 'rightAligned',
      valueFormatter: ({ value }) => (value == null ? '' : formatPersen(value as number)),
    },
    {
      field: 'realisasiFisik',
      headerName: 'Realisasi fisik (%)',
      width: 130,
      type: 'rightAligned',
      valueFormatter: ({ value }) => formatPersen(value as number | null),
    },
    {
      field: 'realisasiKeuangan',
      headerName: 'Realisasi keuangan (Rp)',
      width: 160,
      type: 'rightAligned',
      valueFormatter: ({ value }) => formatAngka(value as number | null),
    },
  ];
}

/** The capaian of the visi and each misi's share of the budget, above the tree. */
function RingkasPohon({ pohon, tahun }: { pohon: Pohon; tahun: number }) {
  const visi = pohon.baris[0];
  return (
    <div className="kartu-ringkas">
      <div className="kartu">
        <span>Capaian visi-misi Bupati {tahun}</span>
        <strong data-testid="capaian-visi">{formatPersen(visi?.capaian ?? null)}</strong>
        <small>
          {visi?.kategori ?? 'belum dapat dihitung'} · realisasi s.d. {NAMA_BULAN[pohon.bulan - 1]}
        </small>
      </div>
      <div className="kartu renstra-porsi">
        <span>
          Porsi anggaran {tahun} (jumlah {formatRupiah(pohon.totalPagu, { desimal: false })})
        </span>
        <table>
          <tbody>
            {pohon.porsi.map((p) => (
              <tr key={p.label}>
                <td>{p.label}</td>
                <td className="angka">{formatPersen(p.persen)}</td>
                <td className="renstra-batang">
                  <span style={{ width: `${Math.min(100, p.persen ?? 0)}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function PohonKinerja({ tahun }: { tahun: number }) {
  const [pohon] = useMuat(() => api('renstra.pohon', { tahun }), [tahun]);
  const [terbuka, setTerbuka] = useState<Map<string, boolean>>(new Map());

  const baris = useMemo(() => (pohon ? barisTampak(pohon.baris, terbuka) : []), [pohon, terbuka]);

  const kolom = useMemo(() => kolomPohon((kunci, buka) => setTerbuka((m) => new Map(m).set(kunci, buka))), []);

  if (!pohon) return <p className="keterangan">Memuat…</p>;
  if (!pohon.rpjmd)
    return (
      <p className="keterangan" data-testid="pohon-kosong">
        Belum ada RPJMD yang mencakup tahun {tahun}. Isi pada tab RPJMD.
      </p>
    );
  return (
    <>
      <RingkasPohon pohon={pohon} tahun={tahun} />
      <div className="bilah-aksi">
        <button type="button" onClick={() => setTerbuka(new Map(pohon.baris.map((b) => [b.kunci, true])))}>
          Buka semua
        </button>
        <button type="button" onClick={() => setTerbuka(new Map())}>
          Sampai program Renstra
        </button>
      </div>
      <Grid
        tinggi="calc(100vh - 380px)"
        rowData={baris}
        columnDefs={kolom}
        getRowId={({ data }) => data.kunci}
        getRowClass={({ data }) => (data ? `renstra-${data.tingkat}` : '')}
        defaultColDef={{ sortable: false, filter: false }}
        tooltipShowDelay={300}
      />
    </>
  );
}
