// Pengaturan > Pengguna: the accounts colleagues log in with over the office network (Admin only).
import { useState } from 'react';
import { LABEL_PERAN, PERAN, type Peran, type Pengguna } from '../../../../shared/akun';
import { api } from '../../api/client';
import { Centang, Isian, isianTeks } from '../../components/Isian';
import { useSimpanForm } from '../../components/useJalankan';
import { kirimForm } from '../../components/useFormTambah';
import { useMuat } from '../../components/useMuat';
import { PilihLabel } from '../../components/OpsiLabel';
import { Tabel } from '../../components/Tabel';
import { OpsiOpd } from '../../components/PilihOpd';

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
  const { galat, simpan } = useSimpanForm();
  const teks = isianTeks(isi, setIsi, galat);

  const kirim = async () => {
    const { sandi, ...data } = isi;
    const hasil = await simpan(
      () => api('pengguna.simpan', { ...data, ...(sandi ? { sandi } : {}) }),
      `Akun ${isi.nama} disimpan`,
    );
    if (!hasil.ok) return;
    setIsi(KOSONG);
    muatUlang();
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
      <form className="form-pengaturan" onSubmit={kirimForm(kirim)}>
        <h3>{isi.id ? `Ubah akun ${isi.nama}` : 'Tambah akun'}</h3>
        {teks('nama', 'Nama pengguna')}
        {teks('namaLengkap', 'Nama lengkap')}
        <Isian label="Peran" galat={galat['peran']}>
          <PilihLabel
            nilai={isi.peran}
            pilihan={PERAN}
            label={LABEL_PERAN}
            ubah={(v) => setIsi({ ...isi, peran: v })}
          />
        </Isian>
        {isi.peran === 'operator_opd' && (
          <Isian label="OPD" galat={galat['opdId']}>
            <select
              value={isi.opdId ?? ''}
              onChange={(e) => setIsi({ ...isi, opdId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">Pilih OPD</option>
              <OpsiOpd opd={opd ?? []} />
            </select>
          </Isian>
        )}
        {teks('sandi', isi.id ? 'Kata sandi baru (kosongkan bila tetap)' : 'Kata sandi', {
          type: 'password',
          autoComplete: 'new-password',
        })}
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
