// The RPJMD's sasaran indicators in one grid: targets and realisation (BPS figures) per year, edited in place.
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import type { IndikatorSasaran, Rpjmd } from '../../../../shared/api/renstra';
import { tahunPeriode } from '../../../../shared/renstra/periode';
import { api } from '../../api/client';
import { useHapus } from '../../components/useHapus';
import { kolomHapus } from '../../components/grid/kolomHapus';
import { GridIsianRenstra } from './GridIsianRenstra';
import { kirimanIndikator, useRevisiTerbaru } from './barisRenstra';
import { kolomIndikator, ubahIndikator } from './selRenstra';

interface BarisIndikator extends IndikatorSasaran {
  sasaranId: number;
  kodeSasaran: string;
  sasaran: string;
}

const idBaris = (b: BarisIndikator) => String(b.id);

function barisIndikator(rpjmd: Rpjmd): BarisIndikator[] {
  return rpjmd.misi.flatMap((m) =>
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
  );
}

/** An indicator row with its yearly values, in one call, with the revision the grid read. */
async function simpanIndikatorSasaran(i: BarisIndikator): Promise<BarisIndikator> {
  const { revisi } = await api('rpjmd.simpanIndikator', { ...kirimanIndikator(i), sasaranId: i.sasaranId });
  return { ...i, revisi };
}

export function IndikatorRpjmd({ rpjmd, onTersimpan }: { rpjmd: Rpjmd; onTersimpan: () => void }) {
  const { tahunAwal, tahunAkhir } = rpjmd;
  const tahun = useMemo(() => tahunPeriode({ tahunAwal, tahunAkhir }), [tahunAwal, tahunAkhir]);
  const baris = useMemo(() => barisIndikator(rpjmd), [rpjmd]);
  const [hapus, dialogKonfirmasi] = useHapus(onTersimpan);
  const simpan = useRevisiTerbaru(simpanIndikatorSasaran, idBaris);

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
      kolomHapus<BarisIndikator>(
        (i) => `indikator ${i.uraian}`,
        (i) =>
          void hapus(
            `Hapus indikator ${i.uraian}?`,
            () => api('rpjmd.hapus', { jenis: 'indikator', id: i.id }),
            'Indikator dihapus',
          ),
      ),
    ],
    [tahun, hapus],
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
        <GridIsianRenstra
          baris={baris}
          kolom={kolom}
          tinggi={`${Math.min(baris.length, 10) * 30 + 60}px`}
          simpan={simpan}
          muatUlang={onTersimpan}
          idBaris={idBaris}
          ubahSel={ubahIndikator}
        />
      )}
    </div>
  );
}
