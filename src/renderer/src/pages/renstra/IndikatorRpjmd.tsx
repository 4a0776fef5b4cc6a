// The RPJMD's sasaran indicators in one grid: targets and realisation (BPS figures) per year, edited in place.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';
import type { IndikatorSasaran, Rpjmd } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { useSimpan } from './simpanRenstra';
import { kolomIndikator, ubahIndikator, useSuntingSel, type HasilUbah } from './selRenstra';

interface BarisIndikator extends IndikatorSasaran {
  sasaranId: number;
  kodeSasaran: string;
  sasaran: string;
}

export function IndikatorRpjmd({ rpjmd, onTersimpan }: { rpjmd: Rpjmd; onTersimpan: () => void }) {
  const tahun = useMemo(() => [0, 1, 2, 3, 4].map((i) => rpjmd.tahunAwal + i), [rpjmd.tahunAwal]);
  const baris = useMemo<BarisIndikator[]>(
    () =>
      rpjmd.misi.flatMap((m) =>
        m.tujuan.flatMap((t) =>
          t.sasaran.flatMap((s) =>
            s.indikator.map((i) => ({
              ...i,
              sasaranId: s.id,
              kodeSasaran: `${m.nomor}.${t.nomor}.${s.nomor}`,
              sasaran: s.uraian,
            })),
          ),
        ),
      ),
    [rpjmd],
  );
  const jalankan = useSimpan();
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();

  const ubah = useCallback((b: BarisIndikator, kolom: string, mentah: unknown): HasilUbah => {
    const i = ubahIndikator(b, kolom, mentah);
    if (typeof i === 'string') return i;
    return () =>
      api('rpjmd.simpanIndikator', {
        id: i.id,
        sasaranId: i.sasaranId,
        uraian: i.uraian,
        satuan: i.satuan,
        baseline: i.baseline,
        jenis: i.jenis,
        arah: i.arah,
        nilai: i.nilai,
      });
  }, []);
  const onCellEditRequest = useSuntingSel(ubah, onTersimpan);

  const kolom = useMemo<ColDef<BarisIndikator>[]>(
    () => [
      {
        colId: 'sasaran',
        headerName: 'Sasaran',
        width: 220,
        pinned: 'left',
        valueGetter: ({ data }) => (data ? `${data.kodeSasaran} ${data.sasaran}` : ''),
        tooltipValueGetter: ({ data }) => (data ? `${data.kodeSasaran} ${data.sasaran}` : ''),
      },
      ...kolomIndikator<BarisIndikator>(tahun, true),
      {
        colId: 'arah',
        headerName: 'Arah',
        width: 110,
        valueGetter: ({ data }) => (data?.arah === 'negatif' ? 'Makin rendah' : 'Makin tinggi'),
      },
      {
        colId: 'aksi',
        headerName: '',
        width: 80,
        sortable: false,
        filter: false,
        cellRenderer: ({ data }: ICellRendererParams<BarisIndikator>) =>
          data ? (
            <button
              type="button"
              className="tautan-bahaya"
              aria-label={`Hapus indikator ${data.uraian}`}
              onClick={async () => {
                if (!(await konfirmasi(`Hapus indikator ${data.uraian}?`, '', 'Hapus'))) return;
                void jalankan(() => api('rpjmd.hapus', { jenis: 'indikator', id: data.id }), 'Indikator dihapus').then(
                  (ok) => ok && onTersimpan(),
                );
              }}
            >
              Hapus
            </button>
          ) : null,
      },
    ],
    [tahun, jalankan, onTersimpan, konfirmasi],
  );

  return (
    <div className="renstra-blok" data-testid="grid-indikator-rpjmd">
      {dialogKonfirmasi}
      <h3>Indikator sasaran: target dan realisasi per tahun</h3>
      <p className="keterangan">
        Klik dua kali pada sel untuk mengubah; perubahan langsung tersimpan. Realisasi diisi dari angka BPS, mis. 5,12.
        Capaian visi-misi pada Pohon Kinerja dihitung dari realisasi ini.
      </p>
      {baris.length === 0 ? (
        <p className="keterangan">Belum ada indikator sasaran. Tambahkan pada sasaran di bawah.</p>
      ) : (
        <Grid
          tinggi={`${Math.min(baris.length, 10) * 30 + 60}px`}
          rowData={baris}
          columnDefs={kolom}
          getRowId={({ data }) => String(data.id)}
          readOnlyEdit
          onCellEditRequest={(e) => void onCellEditRequest(e)}
          suppressColumnVirtualisation
        />
      )}
    </div>
  );
}
