// Data Master Penandatangan: who signs letters, with rank and NIP, and how the office is written above the signature
// (a.n., u.b., Plt./Plh./Pj.), shown as the documents print it.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Penandatangan } from '../../../shared/api/penandatangan';
import { formatNip } from '../../../shared/format';
import { barisJabatan, KEDUDUKAN, LABEL_KEDUDUKAN, type Kedudukan } from '../../../shared/tandaTangan';
import { api, pesanGalat } from '../api/client';
import { Grid } from '../components/grid/Grid';
import { TombolEkspor } from '../components/grid/TombolEkspor';
import { StatusSimpan } from '../components/grid/StatusSimpan';
import { useSuntingBaris } from '../components/grid/useSuntingBaris';
import { galatPerKolom, Isian } from '../components/Isian';
import { useNotifikasi } from '../components/Notifikasi';
import { useMuat } from '../components/useMuat';
import { useKonfirmasi } from '../components/Konfirmasi';

const KOSONG = {
  nama: '',
  jabatan: '',
  pangkat: '',
  nip: '',
  kedudukan: '' as Kedudukan,
  atasNama: '',
  untukBeliau: '',
};

/** The lines above the signature as one line of the grid ("a.n. BUPATI CONTOH / SEKRETARIS DAERAH,"). */
const tertulis = (p: Penandatangan | undefined) => (p ? barisJabatan(p).join(' / ') : '');

export function PenandatanganPage() {
  const [daftar, muatUlang] = useMuat(() => api('penandatangan.daftar', {}), []);
  const [data, setData] = useState(KOSONG);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const gridRef = useRef<AgGridReact<Penandatangan>>(null);
  const { tampilkan } = useNotifikasi();
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const simpan = useCallback((p: Penandatangan) => api('penandatangan.simpan', p), []);
  const { rentang, operasi, tersimpanPada } = useSuntingBaris(gridRef, simpan, muatUlang);

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('penandatangan.simpan', data);
      setData(KOSONG);
      setGalat({});
      tampilkan('Penandatangan ditambahkan', 'sukses');
      muatUlang();
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const hapus = useCallback(
    async (p: Penandatangan) => {
      if (!(await konfirmasi(`Hapus ${p.nama} dari daftar penandatangan?`, '', 'Hapus'))) return;
      try {
        await api('penandatangan.hapus', { id: p.id });
        muatUlang();
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
      }
    },
    [muatUlang, tampilkan, konfirmasi],
  );

  const kolom = useMemo<ColDef<Penandatangan>[]>(
    () => [
      { field: 'nama', headerName: 'Nama', flex: 1.4, minWidth: 160, editable: true },
      { field: 'jabatan', headerName: 'Jabatan', flex: 1.4, minWidth: 160, editable: true },
      {
        field: 'kedudukan',
        headerName: 'Kedudukan',
        width: 110,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...KEDUDUKAN] },
        valueFormatter: ({ value }: { value: Kedudukan }) => (value ? value : 'Definitif'),
      },
      {
        field: 'atasNama',
        headerName: 'a.n.',
        headerTooltip: 'Atas nama: jabatan atasan',
        flex: 1,
        minWidth: 110,
        editable: true,
      },
      {
        field: 'untukBeliau',
        headerName: 'u.b.',
        headerTooltip: 'Untuk beliau: jabatan di antara a.n. dan penandatangan',
        flex: 1,
        minWidth: 110,
        editable: true,
      },
      { field: 'pangkat', headerName: 'Pangkat/Golongan', flex: 1, minWidth: 120, editable: true },
      {
        field: 'nip',
        headerName: 'NIP',
        width: 175,
        editable: true,
        valueFormatter: ({ value }) => formatNip(value ?? ''),
      },
      {
        colId: 'tertulis',
        headerName: 'Tertulis di atas tanda tangan',
        flex: 2,
        minWidth: 220,
        valueGetter: ({ data: p }) => tertulis(p),
        tooltipValueGetter: ({ data: p }) => tertulis(p),
      },
      {
        colId: 'aksi',
        headerName: '',
        width: 80,
        sortable: false,
        filter: false,
        cellRenderer: ({ data: p }: ICellRendererParams<Penandatangan>) =>
          p ? (
            <button type="button" className="tautan-bahaya" onClick={() => void hapus(p)}>
              Hapus
            </button>
          ) : null,
      },
    ],
    [hapus],
  );

  const ubah = (kolom: Exclude<keyof typeof KOSONG, 'kedudukan'>) => (e: { target: { value: string } }) =>
    setData((d) => ({ ...d, [kolom]: e.target.value }));

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Penandatangan</h1>
        <TombolEkspor grid={gridRef} judul="Daftar Penandatangan" />
      </div>
      <form className="form-tambah" onSubmit={(e) => void kirim(e)} aria-label="Tambah penandatangan">
        <Isian label="Nama" galat={galat['nama']}>
          <input value={data.nama} onChange={ubah('nama')} />
        </Isian>
        <Isian label="Jabatan" galat={galat['jabatan']}>
          <input value={data.jabatan} onChange={ubah('jabatan')} />
        </Isian>
        <Isian label="Pangkat/golongan" galat={galat['pangkat']}>
          <input value={data.pangkat} onChange={ubah('pangkat')} placeholder="Pembina (IV/a)" />
        </Isian>
        <Isian label="NIP" galat={galat['nip']}>
          <input value={data.nip} onChange={ubah('nip')} inputMode="numeric" />
        </Isian>
        <Isian label="Kedudukan" galat={galat['kedudukan']}>
          <select
            value={data.kedudukan}
            onChange={(e) => setData((d) => ({ ...d, kedudukan: e.target.value as Kedudukan }))}
          >
            {KEDUDUKAN.map((k) => (
              <option key={k} value={k}>
                {LABEL_KEDUDUKAN[k]}
              </option>
            ))}
          </select>
        </Isian>
        <Isian label="Atas nama (a.n.)" galat={galat['atasNama']}>
          <input value={data.atasNama} onChange={ubah('atasNama')} placeholder="Bupati Contoh" />
        </Isian>
        <Isian label="Untuk beliau (u.b.)" galat={galat['untukBeliau']}>
          <input value={data.untukBeliau} onChange={ubah('untukBeliau')} placeholder="Sekretaris Daerah" />
        </Isian>
        <button type="submit" className="utama">
          Tambah
        </button>
      </form>
      <StatusSimpan pada={tersimpanPada} />
      <div {...operasi.wadah}>
        <Grid
          ref={gridRef}
          tinggi="420px"
          rowData={daftar}
          columnDefs={kolom}
          getRowId={({ data: p }) => String(p.id)}
          readOnlyEdit
          rentang={rentang}
          onCellEditRequest={operasi.onCellEditRequest}
        />
      </div>
      {dialogKonfirmasi}
    </section>
  );
}
