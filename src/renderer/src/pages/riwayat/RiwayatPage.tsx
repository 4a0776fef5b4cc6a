// Riwayat perubahan: who changed what and when, per OPD, with a button to put the old value back.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EntriRiwayat } from '../../../../shared/api/riwayat';
import { formatAngka, formatTanggalJam } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { SaringOpd } from '../../components/PilihOpd';

const AKSI = { tambah: 'Ditambah', ubah: 'Diubah', hapus: 'Dihapus' } as const;

function nilai(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(kosong)';
  if (typeof v === 'number') return formatAngka(v, Number.isInteger(v) ? 0 : 2);
  // A setting's switch ("batas bawah termasuk").
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  return String(v);
}

export function ringkasPerubahan(e: EntriRiwayat): string {
  if (e.aksi !== 'ubah')
    return e.perubahan
      .filter((p) => p.lama !== null || p.baru !== null)
      .map((p) => `${p.kolom}: ${nilai(p.baru ?? p.lama)}`)
      .join('; ');
  return e.perubahan.map((p) => `${p.kolom}: ${nilai(p.lama)} → ${nilai(p.baru)}`).join('; ');
}

export function RiwayatPage() {
  const [opdId, setOpdId] = useState<number | undefined>();
  const [daftarOpd] = useMuat(() => api('opd.daftar', {}), []);
  const [entri, muatUlang] = useMuat(() => api('riwayat.daftar', { ...(opdId ? { opdId } : {}), batas: 500 }), [opdId]);
  const { tampilkan } = useNotifikasi();
  const gridRef = useRef<AgGridReact<EntriRiwayat>>(null);
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const namaOpd = useMemo(() => new Map((daftarOpd ?? []).map((o) => [o.id, o.singkatan || o.nama])), [daftarOpd]);

  const pulihkan = useCallback(
    async (e: EntriRiwayat) => {
      const apa =
        e.aksi === 'tambah' ? 'menghapus data yang ditambahkan ini' : 'mengembalikan nilai sebelum perubahan ini';
      if (!(await konfirmasi(`Pulihkan: ${apa}?`, `${e.label} ${e.uraian}`, 'Pulihkan'))) return;
      try {
        await api('riwayat.pulihkan', { id: e.id });
        tampilkan('Nilai lama dipulihkan', 'sukses');
        muatUlang();
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
      }
    },
    [muatUlang, tampilkan, konfirmasi],
  );

  const kolom = useMemo<ColDef<EntriRiwayat>[]>(
    () => [
      {
        field: 'pada',
        headerName: 'Waktu',
        width: 160,
        valueFormatter: ({ value }) => formatTanggalJam(value as string),
      },
      {
        field: 'oleh',
        headerName: 'Oleh',
        width: 125,
        valueFormatter: ({ value }) => (value as string) || '(tanpa nama)',
      },
      {
        field: 'opdId',
        headerName: 'OPD',
        width: 120,
        valueFormatter: ({ value }) => (value ? (namaOpd.get(value as number) ?? '-') : '-'),
      },
      // Sized so the restore button still shows at 1366 px, the office laptop, with the menu folded.
      { field: 'label', headerName: 'Data', width: 150, tooltipField: 'label' },
      { field: 'uraian', headerName: 'Uraian', width: 200, tooltipField: 'uraian' },
      { field: 'aksi', headerName: 'Aksi', width: 90, valueFormatter: ({ value }) => AKSI[value as keyof typeof AKSI] },
      {
        colId: 'perubahan',
        headerName: 'Perubahan',
        flex: 1,
        minWidth: 250,
        valueGetter: ({ data }) => (data ? ringkasPerubahan(data) : ''),
        tooltipValueGetter: ({ value }) => value as string,
      },
      {
        colId: 'pulihkan',
        headerName: '',
        width: 90,
        sortable: false,
        filter: false,
        cellRenderer: ({ data }: ICellRendererParams<EntriRiwayat>) =>
          data ? (
            <button type="button" className="tautan" onClick={() => void pulihkan(data)}>
              Pulihkan
            </button>
          ) : null,
      },
    ],
    [namaOpd, pulihkan],
  );

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Riwayat Perubahan</h1>
        <TombolEkspor grid={gridRef} judul="Riwayat Perubahan" />
        <SaringOpd nilai={opdId} ubah={(id) => setOpdId(id ?? undefined)} opd={daftarOpd} />
      </div>
      <p className="keterangan">
        Setiap perubahan Renja, target, realisasi, rapat, tindak lanjut, Renstra dan RPJMD, data OPD, penandatangan dan
        pengaturan tercatat di sini. 500 perubahan terakhir ditampilkan.
      </p>
      <Grid
        ref={gridRef}
        rowData={entri}
        columnDefs={kolom}
        getRowId={({ data }) => String(data.id)}
        tooltipShowDelay={300}
      />
      {dialogKonfirmasi}
    </section>
  );
}
