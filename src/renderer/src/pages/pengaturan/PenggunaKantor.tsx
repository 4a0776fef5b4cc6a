// Pengaturan > Pengguna: the accounts colleagues log in with over the office network (Admin only).
import { useState, type FormEvent } from 'react';
import { LABEL_PERAN, PERAN, type Peran, type Pengguna } from '../../../../shared/akun';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom, Centang, Isian, IsianTeks } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { OpsiLabel } from '../../components/OpsiLabel';
import { Tabel } from '../../components/Tabel';

interface Isi {
  id?: number;
  nama: string;
  namaLengkap: string;
  peran: Peran;
  opdId: number | null;
  aktif: boolean;
  sandi: string;
}

const KOSONG: Isi = { nama: '', namaLengkap: '', peran: 'staf', opdId: null, aktif: true, sandi: '' };

export function PenggunaKantor() {
  const [daftar, muatUlang] = useMuat(() => api('pengguna.daftar', {}), []);
  const [opd] = useMuat(() => api('opd.daftar', {}), []);
  const [isi, setIsi] = useState<Isi>(KOSONG);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const { tampilkan } = useNotifikasi();

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { sandi, ...data } = isi;
      await api('pengguna.simpan', { ...data, ...(sandi ? { sandi } : {}) });
      tampilkan(`Akun ${isi.nama} disimpan`, 'sukses');
      setIsi(KOSONG);
      setGalat({});
      muatUlang();
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  const namaOpd = (id: number | null) => opd?.find((o) => o.id === id)?.nama ?? '';

  return (
    <section aria-labelledby="judul-pengguna">
      <h2 id="judul-pengguna">Pengguna jaringan kantor</h2>
      <Tabel
        kelas="tabel-sederhana"
        kolom={['Nama pengguna', 'Nama lengkap', 'Peran', 'OPD', 'Aktif', '']}
        baris={daftar}
      >
        {(p: Pengguna) => (
          <tr key={p.id}>
            <td>{p.nama}</td>
            <td>{p.namaLengkap}</td>
            <td>{LABEL_PERAN[p.peran]}</td>
            <td>{namaOpd(p.opdId)}</td>
            <td>{p.aktif ? 'Ya' : 'Tidak'}</td>
            <td>
              <button type="button" className="tautan" onClick={() => setIsi({ ...p, sandi: '' })}>
                Ubah
              </button>
            </td>
          </tr>
        )}
      </Tabel>
      <form className="form-pengaturan" onSubmit={(e) => void kirim(e)}>
        <h3>{isi.id ? `Ubah akun ${isi.nama}` : 'Tambah akun'}</h3>
        <IsianTeks label="Nama pengguna" galat={galat['nama']} data={isi} ubah={setIsi} kolom="nama" />
        <IsianTeks label="Nama lengkap" galat={galat['namaLengkap']} data={isi} ubah={setIsi} kolom="namaLengkap" />
        <Isian label="Peran" galat={galat['peran']}>
          <select value={isi.peran} onChange={(e) => setIsi({ ...isi, peran: e.target.value as Peran })}>
            <OpsiLabel nilai={PERAN} label={LABEL_PERAN} />
          </select>
        </Isian>
        {isi.peran === 'operator_opd' && (
          <Isian label="OPD" galat={galat['opdId']}>
            <select
              value={isi.opdId ?? ''}
              onChange={(e) => setIsi({ ...isi, opdId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">Pilih OPD</option>
              {(opd ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.nama}
                </option>
              ))}
            </select>
          </Isian>
        )}
        <IsianTeks
          label={isi.id ? 'Kata sandi baru (kosongkan bila tetap)' : 'Kata sandi'}
          galat={galat['sandi']}
          data={isi}
          ubah={setIsi}
          kolom="sandi"
          type="password"
          autoComplete="new-password"
        />
        <Centang data={isi} ubah={setIsi} kolom="aktif">
          Aktif
        </Centang>
        <button type="submit" className="utama">
          Simpan akun
        </button>
      </form>
    </section>
  );
}
