// Data Master Penandatangan: who signs letters, with rank and NIP, and how the office is written above the signature
// (a.n., u.b., Plt./Plh./Pj.), shown as the documents print it.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, type InputHTMLAttributes } from 'react';
import type { Penandatangan } from '../../../shared/api/penandatangan';
import { formatNip } from '../../../shared/format';
import { barisJabatan, KEDUDUKAN, LABEL_KEDUDUKAN, type Kedudukan } from '../../../shared/tandaTangan';
import { api } from '../api/client';
import { GridIsian } from '../components/grid/GridIsian';
import { kolomHapus } from '../components/grid/kolomHapus';
import { TombolEkspor } from '../components/grid/TombolEkspor';
import { Isian, ubahKolom } from '../components/Isian';
import { kirimForm, useFormTambah } from '../components/useFormTambah';
import { useMuat } from '../components/useMuat';
import { useHapus } from '../components/useHapus';
import { PilihLabel } from '../components/OpsiLabel';

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
  const gridRef = useRef<AgGridReact<Penandatangan>>(null);
  const simpan = useCallback((p: Penandatangan) => api('penandatangan.simpan', p), []);

  const [hapusSetelahTanya, dialogKonfirmasi] = useHapus(muatUlang);
  const hapus = useCallback(
    (p: Penandatangan) =>
      hapusSetelahTanya(`Hapus ${p.nama} dari daftar penandatangan?`, () => api('penandatangan.hapus', { id: p.id })),
    [hapusSetelahTanya],
  );

  const kolom = useMemo(() => kolomPenandatangan(hapus), [hapus]);

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Penandatangan</h1>
        <TombolEkspor grid={gridRef} judul="Daftar Penandatangan" />
      </div>
      <FormPenandatangan tersimpan={muatUlang} />
      <GridIsian gridRef={gridRef} tinggi="420px" baris={daftar} kolom={kolom} simpan={simpan} muatUlang={muatUlang} />
      {dialogKonfirmasi}
    </section>
  );
}

/** The grid's columns: the signatory's fields edited in place, the lines printed above the signature, delete. */
function kolomPenandatangan(hapus: (p: Penandatangan) => void): ColDef<Penandatangan>[] {
  return [
    { field: 'nama', headerName: 'Nama', flex: 1.4, minWidth: 160, editable: true },
    { field: 'jabatan', headerName: 'Jabatan', flex: 1.4, minWidth: 160, editable: true },
    {
      field: 'kedudukan',
      headerName: 'Kedudukan',
      width: 110,
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...KEDUDUKAN] },
      valueFormatter: ({ value }: { value: Kedudukan }) => value || LABEL_KEDUDUKAN[''],
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
    kolomHapus<Penandatangan>(
      (p) => p.nama,
      (p) => void hapus(p),
    ),
  ];
}

type KolomTeks = Exclude<keyof typeof KOSONG, 'kedudukan'>;

/** Adding a signatory. */
function FormPenandatangan({ tersimpan }: { tersimpan: () => void }) {
  const { data, setData, galat, simpan } = useFormTambah({
    kunciDraf: 'penandatangan',
    kosong: KOSONG,
    kerja: (d) => api('penandatangan.simpan', d),
    berhasil: 'Penandatangan ditambahkan',
    tersimpan,
  });
  const ubah = ubahKolom(setData);

  const isian = (kolom: KolomTeks, label: string, props: InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Isian label={label} galat={galat[kolom]}>
      <input value={data[kolom]} onChange={ubah(kolom)} {...props} />
    </Isian>
  );
  return (
    <form className="form-tambah" onSubmit={kirimForm(simpan)} aria-label="Tambah penandatangan">
      {isian('nama', 'Nama')}
      {isian('jabatan', 'Jabatan')}
      {isian('pangkat', 'Pangkat/golongan', { placeholder: 'Pembina (IV/a)' })}
      {isian('nip', 'NIP', { inputMode: 'numeric' })}
      <Isian label="Kedudukan" galat={galat['kedudukan']}>
        <PilihLabel
          nilai={data.kedudukan}
          pilihan={KEDUDUKAN}
          label={LABEL_KEDUDUKAN}
          ubah={(v) => setData((d) => ({ ...d, kedudukan: v }))}
        />
      </Isian>
      {isian('atasNama', 'Atas nama (a.n.)', { placeholder: 'Bupati Contoh' })}
      {isian('untukBeliau', 'Untuk beliau (u.b.)', { placeholder: 'Sekretaris Daerah' })}
      <button type="submit" className="utama">
        Tambah
      </button>
    </form>
  );
}
