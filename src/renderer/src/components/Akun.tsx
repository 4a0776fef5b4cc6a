// Network mode: the login form before anything else, the account every page can ask about, and logging out.
// The desktop window and browser mode on the host have no account (akun null): their user is the host's Admin.
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { LABEL_PERAN } from '../../../shared/akun';
import type { InfoAkun } from '../../../shared/api/akun';
import type { MethodName } from '../../../shared/api';
import { api, GalatApi, keluarJaringan, masukJaringan, PERISTIWA_BELUM_MASUK, pesanGalat } from '../api/client';

const AkunContext = createContext<InfoAkun>({ akun: null, boleh: null });

export const useAkun = () => useContext(AkunContext).akun;

/** Whether the current user may call the method: always at the host, else as the account's role allows. */
export function useBoleh(): (method: MethodName) => boolean {
  const { boleh } = useContext(AkunContext);
  return useCallback((method: MethodName) => !boleh || boleh.includes(method), [boleh]);
}

type Keadaan = { jenis: 'memuat' } | { jenis: 'masuk' } | ({ jenis: 'siap' } & InfoAkun);

export function GerbangAkun({ children }: { children: ReactNode }) {
  const [keadaan, setKeadaan] = useState<Keadaan>({ jenis: 'memuat' });
  const periksa = useCallback(() => {
    api('akun.saya', {}).then(
      (info) => setKeadaan({ jenis: 'siap', ...info }),
      (error: unknown) => {
        if (error instanceof GalatApi && error.galat.kode === 'belumMasuk') setKeadaan({ jenis: 'masuk' });
        else setKeadaan({ jenis: 'siap', akun: null, boleh: null });
      },
    );
  }, []);
  useEffect(() => {
    periksa();
    const keMasuk = () => setKeadaan({ jenis: 'masuk' });
    window.addEventListener(PERISTIWA_BELUM_MASUK, keMasuk);
    return () => window.removeEventListener(PERISTIWA_BELUM_MASUK, keMasuk);
  }, [periksa]);

  if (keadaan.jenis === 'memuat') return <p className="keterangan">Memuat…</p>;
  if (keadaan.jenis === 'masuk') return <FormMasuk selesai={periksa} />;
  return <AkunContext.Provider value={{ akun: keadaan.akun, boleh: keadaan.boleh }}>{children}</AkunContext.Provider>;
}

function FormMasuk({ selesai }: { selesai: () => void }) {
  const [nama, setNama] = useState('');
  const [sandi, setSandi] = useState('');
  const [galat, setGalat] = useState('');
  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await masukJaringan(nama, sandi);
      // Whatever was on screen belongs to the previous session: start the app afresh.
      window.location.reload();
      selesai();
    } catch (error) {
      setGalat(pesanGalat(error));
      setSandi('');
    }
  };
  return (
    <main className="halaman-masuk">
      <form className="dialog" onSubmit={(e) => void kirim(e)} aria-labelledby="judul-masuk">
        <h1 id="judul-masuk">Masuk ke Sinergi</h1>
        <p className="keterangan">Sinergi di jaringan kantor. Masukkan akun yang diberikan Admin.</p>
        <label className="isian">
          <span>Nama pengguna</span>
          <input value={nama} onChange={(e) => setNama(e.target.value)} autoComplete="username" autoFocus />
        </label>
        <label className="isian">
          <span>Kata sandi</span>
          <input
            type="password"
            value={sandi}
            onChange={(e) => setSandi(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {galat && (
          <p className="pesan-salah" role="alert">
            {galat}
          </p>
        )}
        <div className="dialog-aksi">
          <button type="submit" className="utama">
            Masuk
          </button>
        </div>
      </form>
    </main>
  );
}

/** The account line in the sidebar, with Keluar; nothing at the host. */
export function BarisAkun() {
  const akun = useAkun();
  if (!akun) return null;
  const keluar = async () => {
    await keluarJaringan();
    window.location.reload();
  };
  return (
    <div className="baris-akun" data-testid="akun">
      <strong>{akun.namaLengkap}</strong>
      <small>{LABEL_PERAN[akun.peran]}</small>
      <button type="button" className="tautan" onClick={() => void keluar()}>
        Keluar
      </button>
    </div>
  );
}
