// Data Master OPD: the regency's agencies in a grid, edited in place and saved at once.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Opd, OpdInput } from '../../../shared/api/opd';
import { formatNip } from '../../../shared/format';
import { KLASTER, LABEL_KLASTER, type Klaster } from '../../../shared/opd';
import { formatTelepon } from '../../../shared/telepon';
import { api } from '../api/client';
import { TombolEkspor } from '../components/grid/TombolEkspor';
import { GridIsian } from '../components/grid/GridIsian';
import { kolomHapus } from '../components/grid/kolomHapus';
import { Isian, isianTeks, ubahKolom } from '../components/Isian';
import { useSimpanForm } from '../components/useJalankan';
import { kirimForm } from '../components/useFormTambah';
import { useMuat } from '../components/useMuat';
import { KotakCari } from '../components/KotakCari';
import { useHapus } from '../components/useHapus';
import { OpsiLabel } from '../components/OpsiLabel';

const OPD_KOSONG: Required<Omit<OpdInput, 'id' | 'revisi'>> = {
  kode: '',
  nama: '',
  singkatan: '',
  klaster: 'pemerintahan',
  kepalaNama: '',
  kepalaJabatan: '',
  kepalaNip: '',
  sekretarisNama: '',
  sekretarisNip: '',
  alamat: '',
  telepon: '',
  kontakNama: '',
  kontakTelepon: '',
};

const nipFormatter = ({ value }: { value: string }) => formatNip(value ?? '');

function FormTambah({ onTersimpan }: { onTersimpan: (opd: Opd) => void }) {
  const [data, setData] = useState(OPD_KOSONG);
  const { galat, simpan } = useSimpanForm();
  const ubah = ubahKolom(setData);
  const teks = isianTeks(data, setData, galat);

  const kirim = async () => {
    const hasil = await simpan(
      () => api('opd.simpan', data),
      (opd) => `${opd.nama} ditambahkan`,
    );
    if (!hasil.ok) return;
    setData(OPD_KOSONG);
    onTersimpan(hasil.hasil);
  };

  return (
    <form className="form-tambah" onSubmit={kirimForm(kirim)} aria-label="Tambah OPD">
      {teks('kode', 'Kode', { placeholder: '1.01.2.22.0.00.01.0000' })}
      {teks('nama', 'Nama OPD')}
      {teks('singkatan', 'Singkatan')}
      <Isian label="Kelompok" galat={galat['klaster']}>
        <select value={data.klaster} onChange={ubah('klaster')}>
          <OpsiLabel nilai={KLASTER} label={LABEL_KLASTER} />
        </select>
      </Isian>
      {teks('kepalaNama', 'Nama kepala')}
      {teks('kepalaNip', 'NIP kepala', { inputMode: 'numeric' })}
      {teks('kontakNama', 'Kontak pelaporan')}
      {teks('kontakTelepon', 'Telepon kontak (WhatsApp)', { inputMode: 'tel', placeholder: '0812-3456-7890' })}
      <button type="submit" className="utama">
        Simpan OPD
      </button>
    </form>
  );
}

export function OpdPage() {
  const [daftar, muatUlang] = useMuat(() => api('opd.daftar', {}), []);
  const [saring, setSaring] = useState('');
  const [tambah, setTambah] = useState(false);
  const gridRef = useRef<AgGridReact<Opd>>(null);
  const simpan = useCallback((opd: Opd) => api('opd.simpan', opd), []);

  const [hapusSetelahTanya, dialogKonfirmasi] = useHapus(muatUlang);
  const hapus = useCallback(
    (opd: Opd) =>
      hapusSetelahTanya(`Hapus ${opd.nama}?`, () => api('opd.hapus', { id: opd.id }), `${opd.nama} dihapus`),
    [hapusSetelahTanya],
  );

  const kolom = useMemo<ColDef<Opd>[]>(
    () => [
      { field: 'kode', headerName: 'Kode', width: 200, pinned: 'left', editable: true },
      { field: 'nama', headerName: 'Nama OPD', width: 300, pinned: 'left', editable: true },
      { field: 'singkatan', headerName: 'Singkatan', width: 130, editable: true },
      {
        field: 'klaster',
        headerName: 'Kelompok',
        width: 180,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...KLASTER] },
        valueFormatter: ({ value }: { value: Klaster }) => LABEL_KLASTER[value] ?? value,
        filterValueGetter: ({ data }) => (data ? LABEL_KLASTER[data.klaster] : ''),
      },
      { field: 'kepalaNama', headerName: 'Nama Kepala', width: 260, editable: true },
      { field: 'kepalaJabatan', headerName: 'Jabatan Kepala', width: 260, editable: true },
      { field: 'kepalaNip', headerName: 'NIP Kepala', width: 200, editable: true, valueFormatter: nipFormatter },
      { field: 'sekretarisNama', headerName: 'Nama Sekretaris', width: 240, editable: true },
      {
        field: 'sekretarisNip',
        headerName: 'NIP Sekretaris',
        width: 200,
        editable: true,
        valueFormatter: nipFormatter,
      },
      { field: 'alamat', headerName: 'Alamat', width: 260, editable: true },
      { field: 'telepon', headerName: 'Telepon', width: 140, editable: true },
      { field: 'kontakNama', headerName: 'Kontak Pelaporan', width: 220, editable: true },
      {
        field: 'kontakTelepon',
        headerName: 'Telepon Kontak (WhatsApp)',
        width: 200,
        editable: true,
        valueFormatter: ({ value }: { value: string }) => formatTelepon(value ?? ''),
      },
      kolomHapus<Opd>(
        (o) => o.nama,
        (o) => void hapus(o),
      ),
    ],
    [hapus],
  );

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Data Master OPD</h1>
        <div className="aksi">
          <KotakCari nilai={saring} ubah={setSaring} label="Cari OPD" />
          <TombolEkspor grid={gridRef} judul="Data Master OPD" />
          <button type="button" className="utama" onClick={() => setTambah((t) => !t)}>
            {tambah ? 'Tutup formulir' : 'Tambah OPD'}
          </button>
        </div>
      </div>
      {tambah && <FormTambah onTersimpan={() => muatUlang()} />}
      <p className="keterangan">Klik dua kali pada sel untuk mengubah; perubahan langsung tersimpan.</p>
      <GridIsian
        gridRef={gridRef}
        baris={daftar}
        kolom={kolom}
        simpan={simpan}
        muatUlang={muatUlang}
        quickFilterText={saring}
        suppressColumnVirtualisation
      />
      {dialogKonfirmasi}
    </section>
  );
}
