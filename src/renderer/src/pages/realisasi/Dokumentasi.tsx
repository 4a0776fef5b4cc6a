// Photos of physical progress for one sub kegiatan and period, with captions; they go into the report's lampiran.
import { useState, type ChangeEvent } from 'react';
import { UKURAN_FOTO_MAKS } from '../../../../shared/api/foto';
import { MIME_GAMBAR, type MimeGambar } from '../../../../shared/gambar';
import { formatTanggalJam, NAMA_BULAN } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { bacaBase64 } from '../../components/berkas';
import { useHapus } from '../../components/useHapus';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';

export function Dokumentasi({
  sub,
  bulan,
  tutup,
}: {
  sub: { subKegiatanId: number; kode: string; nama: string };
  bulan: number;
  tutup: () => void;
}) {
  const [foto, muatUlang] = useMuat(
    () => api('foto.daftar', { subKegiatanId: sub.subKegiatanId, bulan }),
    [sub.subKegiatanId, bulan],
  );
  const [keterangan, setKeterangan] = useState('');
  const { tampilkan } = useNotifikasi();
  const [hapusSetelahTanya, dialogKonfirmasi] = useHapus(muatUlang);

  const unggah = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > UKURAN_FOTO_MAKS) return tampilkan('Berkas foto paling besar 3 MB', 'galat');
    if (!(MIME_GAMBAR as readonly string[]).includes(file.type))
      return tampilkan('Foto harus berkas PNG atau JPG', 'galat');
    try {
      await api('foto.tambah', {
        subKegiatanId: sub.subKegiatanId,
        bulan,
        keterangan,
        mime: file.type as MimeGambar,
        base64: await bacaBase64(file),
      });
      setKeterangan('');
      tampilkan('Foto disimpan', 'sukses');
      muatUlang();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const hapus = (id: number) => hapusSetelahTanya('Hapus foto ini?', () => api('foto.hapus', { id }));

  return (
    <div className="lapisan" role="dialog" aria-modal="true" aria-labelledby="judul-dokumentasi">
      <div className="dialog dokumentasi">
        <h2 id="judul-dokumentasi">Dokumentasi {sub.kode}</h2>
        <p className="keterangan">
          {sub.nama} · s.d. {NAMA_BULAN[bulan - 1]}
        </p>
        <div className="dokumentasi-daftar">
          {foto?.length === 0 && <p className="keterangan">Belum ada foto.</p>}
          {foto?.map((f) => (
            <figure key={f.id}>
              <img src={`data:${f.mime};base64,${f.base64}`} alt={f.keterangan || `Foto ${sub.kode}`} />
              <figcaption>
                {f.keterangan || '(tanpa keterangan)'}
                <small>
                  {f.diubahOleh} · {formatTanggalJam(f.dibuatPada)}
                </small>
                <button type="button" className="tautan-bahaya" onClick={() => void hapus(f.id)}>
                  Hapus
                </button>
              </figcaption>
            </figure>
          ))}
        </div>
        <div className="dialog-aksi">
          <input
            value={keterangan}
            onChange={(e) => setKeterangan(e.target.value)}
            placeholder="Keterangan foto (mis. pengecoran lantai 2)"
            aria-label="Keterangan foto"
          />
          <label className="tombol">
            Tambah foto…
            <input
              type="file"
              accept="image/png,image/jpeg"
              hidden
              onChange={(e) => void unggah(e)}
              aria-label="Berkas foto"
            />
          </label>
          <button type="button" className="utama" onClick={tutup}>
            Tutup
          </button>
        </div>
      </div>
      {dialogKonfirmasi}
    </div>
  );
}
