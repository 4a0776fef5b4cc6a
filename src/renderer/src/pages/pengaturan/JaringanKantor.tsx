// Pengaturan > Jaringan kantor: the Admin shares this computer's Sinergi on the office network, and sees the address.
import { useState } from 'react';
import type { SetelanJaringan, StatusJaringan } from '../../../../shared/api/akun';
import { PANJANG_SANDI_MIN } from '../../../../shared/akun';
import { api } from '../../api/client';
import { Centang, Isian, isianTeks } from '../../components/Isian';
import { useSimpanForm } from '../../components/useJalankan';
import { kirimForm } from '../../components/useFormTambah';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';

export function JaringanKantor() {
  const [status, muatUlang] = useMuat(() => api('jaringan.status', {}), []);
  if (!status) return null;
  return <FormJaringan key={JSON.stringify(status.setelan)} status={status} muatUlang={muatUlang} />;
}

function FormJaringan({ status, muatUlang }: { status: StatusJaringan; muatUlang: () => void }) {
  const [setelan, setSetelan] = useState<SetelanJaringan>(status.setelan);
  const [admin, setAdmin] = useState({ nama: 'admin', namaLengkap: '', sandi: '' });
  const { galat, simpan } = useSimpanForm();
  const teksAdmin = isianTeks(admin, setAdmin, galat, 'adminPertama.');
  const { tampilkan } = useNotifikasi();
  const perluAdmin = !status.adaAdmin && setelan.aktif;

  const kirim = async () => {
    const tersimpan = await simpan(() =>
      api('jaringan.simpan', { ...setelan, ...(perluAdmin ? { adminPertama: admin } : {}) }),
    );
    if (!tersimpan.ok) return;
    const hasil = tersimpan.hasil;
    // Saved, yet the server may not have started (the port taken, say): that is said as an error.
    if (hasil.galat) tampilkan(hasil.galat, 'galat');
    else tampilkan(hasil.berjalan ? `Sinergi dibagikan di ${hasil.alamat}` : 'Berbagi di jaringan dimatikan', 'sukses');
    muatUlang();
  };

  return (
    <form className="form-pengaturan" onSubmit={kirimForm(kirim)} aria-labelledby="judul-jaringan">
      <h2 id="judul-jaringan">Jaringan kantor</h2>
      <p className="keterangan">
        Bagikan data Sinergi di komputer ini kepada rekan kerja di jaringan kantor. Mereka membuka alamatnya di Chrome
        atau Edge dan masuk dengan akun yang dibuat Admin. Mematikan berbagi langsung mengakhiri semua sesi rekan.
      </p>
      <Centang data={setelan} ubah={setSetelan} kolom="aktif">
        Bagikan di jaringan kantor
      </Centang>
      <Isian label="Antarmuka jaringan" galat={galat['antarmuka']}>
        <select value={setelan.antarmuka} onChange={(e) => setSetelan({ ...setelan, antarmuka: e.target.value })}>
          <option value="0.0.0.0">Semua antarmuka</option>
          {status.pilihanAntarmuka.map((a) => (
            <option key={`${a.nama}-${a.alamat}`} value={a.alamat}>
              {a.nama}: {a.alamat}
            </option>
          ))}
        </select>
      </Isian>
      <Isian label="Port" galat={galat['port']}>
        <input
          type="number"
          value={setelan.port}
          onChange={(e) => setSetelan({ ...setelan, port: Number(e.target.value) })}
        />
      </Isian>
      <Centang data={setelan} ubah={setSetelan} kolom="https">
        HTTPS (sertifikat dibuat sekali di komputer ini)
      </Centang>
      {perluAdmin && (
        <fieldset>
          <legend>Akun Admin pertama</legend>
          {teksAdmin('nama', 'Nama pengguna')}
          {teksAdmin('namaLengkap', 'Nama lengkap')}
          {teksAdmin('sandi', `Kata sandi (paling sedikit ${PANJANG_SANDI_MIN} karakter)`, {
            type: 'password',
            autoComplete: 'new-password',
          })}
        </fieldset>
      )}
      {status.berjalan && status.alamat && (
        <p data-testid="alamat-jaringan">
          Alamat untuk rekan kerja: <strong>{status.alamat}</strong>
        </p>
      )}
      {status.sidikJari && (
        <p className="keterangan">
          Sidik jari sertifikat (SHA-256), untuk dicocokkan rekan saat pertama membuka: <code>{status.sidikJari}</code>
        </p>
      )}
      {status.galat && <p className="pesan-salah">{status.galat}</p>}
      <button type="submit" className="utama">
        Simpan jaringan kantor
      </button>
    </form>
  );
}
