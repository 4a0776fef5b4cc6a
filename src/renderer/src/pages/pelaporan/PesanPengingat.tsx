// The ready message for one OPD's contact: copy it, or open it in WhatsApp (the desktop opens the default browser
// through main; the browser follows an ordinary link). Either way the reminder is recorded on the tracker.
import { api, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { formatTelepon } from '../../../../shared/telepon';

interface Props {
  opdId: number;
  nama: string;
  tahun: number;
  triwulan: number;
  tutup: () => void;
  terkirim: () => void;
}

export function PesanPengingat({ opdId, nama, tahun, triwulan, tutup, terkirim }: Props) {
  const [pesan] = useMuat(() => api('pelaporan.pesan', { opdId, tahun, triwulan }), [opdId, tahun, triwulan]);
  const { tampilkan } = useNotifikasi();

  const catat = async (cara: 'whatsapp' | 'salin') => {
    try {
      const hasil = await api('pelaporan.kirimPesan', { opdId, tahun, triwulan, cara });
      terkirim();
      return hasil;
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
      return null;
    }
  };
  const salin = async () => {
    if (!pesan) return;
    try {
      await navigator.clipboard.writeText(pesan.teks);
    } catch {
      return tampilkan('Teks tidak dapat disalin otomatis: pilih teks pesan lalu tekan Ctrl+C', 'galat');
    }
    if (await catat('salin')) tampilkan(`Pesan untuk ${nama} disalin dan dicatat`, 'sukses');
  };
  const bukaDesktop = async () => {
    const hasil = await catat('whatsapp');
    if (hasil) tampilkan(hasil.dibuka ? 'WhatsApp dibuka di peramban; pesan dicatat' : 'Pesan dicatat', 'sukses');
  };

  return (
    <div className="lapisan" role="dialog" aria-modal="true" aria-label={`Pesan pengingat ${nama}`}>
      <div className="dialog pantau-pesan">
        <h2>Pesan pengingat: {nama}</h2>
        {!pesan ? (
          <p className="keterangan">Memuat…</p>
        ) : (
          <>
            <p className="keterangan">
              Kontak: {pesan.kontakNama || 'belum diisi'}
              {pesan.telepon ? ` · ${formatTelepon(pesan.telepon)}` : ''}
            </p>
            <textarea readOnly rows={11} value={pesan.teks} aria-label="Teks pesan" data-testid="teks-pesan" />
            {!pesan.tautan && (
              <p className="keterangan">
                Tidak ada nomor seluler untuk WhatsApp: isi Telepon kontak di Data Master OPD, atau salin teks dan kirim
                dengan cara lain.
              </p>
            )}
          </>
        )}
        <div className="dialog-aksi">
          <button type="button" onClick={tutup}>
            Tutup
          </button>
          <button type="button" disabled={!pesan} onClick={() => void salin()}>
            Salin teks
          </button>
          {pesan?.tautan &&
            (window.sinergi ? (
              <button type="button" className="utama" onClick={() => void bukaDesktop()}>
                Buka WhatsApp
              </button>
            ) : (
              <a
                className="tombol utama"
                href={pesan.tautan}
                target="_blank"
                rel="noopener noreferrer"
                onClick={() => void catat('whatsapp')}
              >
                Buka WhatsApp
              </a>
            ))}
        </div>
      </div>
    </div>
  );
}
