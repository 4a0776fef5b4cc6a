// Pengaturan > Jaringan kantor: the Admin shares this computer's Sinergi on the office network, and sees the address.
import { useState, type FormEvent } from 'react';
import type { SetelanJaringan, StatusJaringan } from '../../../../shared/api/akun';
import { PANJANG_SANDI_MIN } from '../../../../shared/akun';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom, Centang, Isian, IsianTeks } from '../../components/Isian';
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
  const [galat, setGalat] = useState<Record<string, string>>({});
  const { tampilkan } = useNotifikasi();
  const perluAdmin = !status.adaAdmin && setelan.aktif;

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const hasil = await api('jaringan.simpan', { ...setelan, ...(perluAdmin ? { adminPertama: admin } : {}) });
      setGalat({});
      if (hasil.galat) tampilkan(hasil.galat, 'galat');
      else
        tampilkan(hasil.berjalan ? `Sinergi dibagikan di ${hasil.alamat}` : 'Berbagi di jaringan dimatikan', 'sukses');
      muatUlang();
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return (
    <form className="form-pengaturan" onSubmit={(e) => void kirim(e)} aria-labelledby="judul-jaringan">
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
          <IsianTeks
            label="Nama pengguna"
            galat={galat['adminPertama.nama']}
            data={admin}
            ubah={setAdmin}
            kolom="nama"
          />
          <IsianTeks
            label="Nama lengkap"
            galat={galat['adminPertama.namaLengkap']}
            data={admin}
            ubah={setAdmin}
            kolom="namaLengkap"
          />
          <Isian
            label={`Kata sandi (paling sedikit ${PANJANG_SANDI_MIN} karakter)`}
            galat={galat['adminPertama.sandi']}
          >
            <input
              type="password"
              autoComplete="new-password"
              value={admin.sandi}
              onChange={(e) => setAdmin({ ...admin, sandi: e.target.value })}
            />
          </Isian>
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
