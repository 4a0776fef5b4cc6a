// Rapat: the meetings of the section, the register of outgoing letters, and one meeting's editor.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import type { RapatRingkas } from '../../../../shared/api/rapat';
import { formatAngka, formatTanggal, formatTriwulan } from '../../../../shared/format';
import { LABEL_JENIS_RAPAT, type JenisRapat } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { EditorRapat } from './EditorRapat';
import { useTanya } from '../../components/Tanya';
import { KotakCari } from '../../components/KotakCari';
import { Tabel } from '../../components/Tabel';

function SuratKeluar() {
  const [tahun, setTahun] = useState(new Date().getFullYear());
  const [daftar] = useMuat(() => api('suratKeluar.daftar', { tahun }), [tahun]);
  return (
    <section aria-label="Buku agenda surat keluar">
      <div className="kepala-halaman">
        <h2>Buku agenda surat keluar</h2>
        <label className="rapat-sebaris">
          Tahun
          <input type="number" value={tahun} onChange={(e) => setTahun(Number(e.target.value))} min={2000} max={2100} />
        </label>
      </div>
      <Tabel
        kolom={['No. urut', 'Nomor surat', 'Tanggal', 'Hal', 'Tujuan']}
        baris={daftar}
        kosong="Belum ada surat keluar pada tahun ini."
        kosongDiTabel
      >
        {(s) => (
          <tr key={s.id}>
            <td>{formatAngka(s.nomorUrut)}</td>
            <td>{s.nomor}</td>
            <td>{formatTanggal(s.tanggal)}</td>
            <td>{s.hal}</td>
            <td>{s.tujuan}</td>
          </tr>
        )}
      </Tabel>
    </section>
  );
}

function DaftarRapat({ buka }: { buka: (id: number | 'baru') => void }) {
  const [daftar, muatUlang] = useMuat(() => api('rapat.daftar', {}), []);
  const [saring, setSaring] = useState('');
  const { tampilkan } = useNotifikasi();
  const [tanya, dialogTanya] = useTanya();

  const kolom = useMemo<ColDef<RapatRingkas>[]>(() => {
    const salin = async (r: RapatRingkas) => {
      const tanggal = await tanya(`Tanggal rapat salinan dari "${r.judul}"`, '', 'date');
      if (!tanggal) return;
      try {
        const baru = await api('rapat.salin', { id: r.id, tanggal });
        tampilkan(`Disalin: ${baru.judul}`, 'sukses');
        muatUlang();
        buka(baru.id);
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
      }
    };
    return [
      { field: 'tanggal', headerName: 'Tanggal', width: 130, valueFormatter: ({ value }) => formatTanggal(value) },
      {
        field: 'jenis',
        headerName: 'Jenis',
        width: 130,
        valueFormatter: ({ value }: { value: JenisRapat }) => LABEL_JENIS_RAPAT[value],
      },
      { field: 'judul', headerName: 'Judul', flex: 1, minWidth: 220 },
      {
        colId: 'periode',
        headerName: 'Periode',
        width: 110,
        valueGetter: ({ data }) =>
          data?.tahun ? `${data.triwulan ? `TW ${formatTriwulan(data.triwulan)} ` : ''}${data.tahun}` : '-',
      },
      { field: 'nomorSurat', headerName: 'Nomor surat', width: 190 },
      { field: 'jumlahDiundang', headerName: 'Diundang', width: 100, type: 'rightAligned' },
      { field: 'jumlahHadir', headerName: 'Hadir', width: 80, type: 'rightAligned' },
      { field: 'jumlahDokumen', headerName: 'Dokumen', width: 100, type: 'rightAligned' },
      {
        colId: 'aksi',
        headerName: '',
        // Always in view, whatever the window's width: the row's actions.
        pinned: 'right',
        width: 200,
        sortable: false,
        filter: false,
        cellRenderer: ({ data }: ICellRendererParams<RapatRingkas>) =>
          data ? (
            <span className="rapat-aksi-baris">
              <button type="button" onClick={() => buka(data.id)}>
                Buka
              </button>
              <button type="button" onClick={() => void salin(data)} title="Salin ke triwulan berikutnya">
                Salin ke TW berikut
              </button>
            </span>
          ) : null,
      },
    ];
  }, [buka, muatUlang, tampilkan, tanya]);

  return (
    <section>
      {dialogTanya}
      <div className="kepala-halaman">
        <h1>Rapat Koordinasi</h1>
        <div className="aksi">
          <KotakCari nilai={saring} ubah={setSaring} label="Cari rapat" />
          <button type="button" className="utama" onClick={() => buka('baru')}>
            Rapat baru
          </button>
        </div>
      </div>
      <Grid
        tinggi="calc(100vh - 420px)"
        rowData={daftar}
        columnDefs={kolom}
        getRowId={({ data }) => String(data.id)}
        quickFilterText={saring}
        onRowDoubleClicked={({ data }) => data && buka(data.id)}
      />
      <SuratKeluar />
    </section>
  );
}

export function RapatPage() {
  const [terbuka, setTerbuka] = useState<number | 'baru' | null>(null);
  if (terbuka === null) return <DaftarRapat buka={setTerbuka} />;
  return <EditorRapat key={String(terbuka)} id={terbuka} tutup={() => setTerbuka(null)} />;
}
