// Notulen entry: notulis, opening, discussion per agenda item and speaker, conclusions; approval (disahkan), after
// which the minutes are read-only and print as approved until the approval is withdrawn with a reason.
import { useState } from 'react';
import type { NotulenInput, Rapat } from '../../../../shared/api/rapat';
import { formatNip, formatTanggalJam } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom, Isian } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { useKonfirmasi } from '../../components/Konfirmasi';

type Butir = { acaraId: number | null; pembicara: string; uraian: string };

export function NotulenRapat({ rapatId }: { rapatId: number }) {
  const [rapat] = useMuat(() => api('rapat.ambil', { id: rapatId }), [rapatId]);
  if (!rapat) return <p className="keterangan">Memuat…</p>;
  return <FormNotulen rapat={rapat} />;
}

function FormNotulen({ rapat }: { rapat: Rapat }) {
  const n = rapat.notulen;
  const [data, setData] = useState({
    notulisNama: n.notulisNama,
    notulisNip: formatNip(n.notulisNip),
    pembukaan: n.pembukaan,
    kesimpulan: n.kesimpulan,
  });
  const [butir, setButir] = useState<Butir[]>(
    n.pembahasan.map(({ acaraId, pembicara, uraian }) => ({ acaraId, pembicara, uraian })),
  );
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sah, setSah] = useState(rapat.notulenSah);
  const [alasan, setAlasan] = useState('');
  const { tampilkan } = useNotifikasi();
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const ubahButir = (i: number, p: Partial<Butir>) => setButir((b) => b.map((x, j) => (j === i ? { ...x, ...p } : x)));

  const simpan = async (): Promise<boolean> => {
    const input: NotulenInput = { rapatId: rapat.id, ...data, pembahasan: butir };
    try {
      await api('rapat.simpanNotulen', input);
      setGalat({});
      tampilkan('Notulen disimpan', 'sukses');
      return true;
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
      return false;
    }
  };

  const sahkan = async () => {
    const ya = await konfirmasi(
      'Sahkan notulen?',
      'Notulen disimpan lalu disahkan: isinya, termasuk status tindak lanjut saat ini, dicetak tetap seperti ini dan ' +
        'tidak dapat diubah kecuali pengesahan dibatalkan dengan alasan.',
      'Sahkan',
    );
    if (!ya || !(await simpan())) return;
    try {
      setSah((await api('rapat.sahkanNotulen', { rapatId: rapat.id })).notulenSah);
      tampilkan('Notulen disahkan', 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const batalkan = async () => {
    try {
      setSah((await api('rapat.batalkanPengesahan', { rapatId: rapat.id, alasan })).notulenSah);
      setAlasan('');
      setGalat({});
      tampilkan('Pengesahan notulen dibatalkan; alasannya tercatat di Riwayat', 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return (
    <div className="rapat-form">
      {sah && (
        <div className="rapat-lebar notulen-sah" role="status">
          <p>
            <strong>Notulen disahkan</strong> pada {formatTanggalJam(sah.disahkanPada)}
            {sah.disahkanOleh ? ` oleh ${sah.disahkanOleh}` : ''}. Notulen dicetak seperti saat disahkan; status tindak
            lanjut yang berubah kemudian tampil pada tinjauan rapat berikutnya.
          </p>
          <div className="rapat-sebaris">
            <Isian label="Alasan pembatalan pengesahan" galat={galat['alasan']}>
              <input value={alasan} onChange={(e) => setAlasan(e.target.value)} />
            </Isian>
            <button type="button" onClick={() => void batalkan()}>
              Batalkan pengesahan
            </button>
          </div>
        </div>
      )}
      <fieldset className="isian-notulen" disabled={sah !== null}>
        <Isian label="Nama notulis" galat={galat['notulisNama']}>
          <input value={data.notulisNama} onChange={(e) => setData({ ...data, notulisNama: e.target.value })} />
        </Isian>
        <Isian label="NIP notulis" galat={galat['notulisNip']}>
          <input
            value={data.notulisNip}
            inputMode="numeric"
            onChange={(e) => setData({ ...data, notulisNip: e.target.value })}
          />
        </Isian>
        <div className="rapat-lebar">
          <Isian label="Pembukaan" galat={galat['pembukaan']}>
            <textarea
              rows={3}
              value={data.pembukaan}
              onChange={(e) => setData({ ...data, pembukaan: e.target.value })}
            />
          </Isian>
        </div>
        <h2>Pembahasan</h2>
        <div className="rapat-lebar">
          {butir.map((b, i) => (
            <div key={i} className="rapat-butir">
              <select
                aria-label={`Acara pembahasan ${i + 1}`}
                value={b.acaraId ?? ''}
                onChange={(e) => ubahButir(i, { acaraId: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">Lain-lain</option>
                {rapat.acara.map((a, j) => (
                  <option key={a.id} value={a.id}>
                    {j + 1}. {a.uraian}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Pembicara ${i + 1}`}
                placeholder="Pembicara"
                value={b.pembicara}
                onChange={(e) => ubahButir(i, { pembicara: e.target.value })}
              />
              <textarea
                aria-label={`Uraian pembahasan ${i + 1}`}
                rows={3}
                value={b.uraian}
                onChange={(e) => ubahButir(i, { uraian: e.target.value })}
              />
              <button
                type="button"
                className="tautan-bahaya"
                onClick={() => setButir((x) => x.filter((_, j) => j !== i))}
              >
                Hapus
              </button>
              {galat[`pembahasan.${i}.uraian`] && (
                <small className="pesan-salah">{galat[`pembahasan.${i}.uraian`]}</small>
              )}
            </div>
          ))}
          <button
            type="button"
            onClick={() => setButir((x) => [...x, { acaraId: rapat.acara[0]?.id ?? null, pembicara: '', uraian: '' }])}
          >
            Tambah pembahasan
          </button>
        </div>
        <div className="rapat-lebar">
          <Isian label="Kesimpulan/keputusan (satu butir per baris)" galat={galat['kesimpulan']}>
            <textarea
              rows={4}
              value={data.kesimpulan}
              onChange={(e) => setData({ ...data, kesimpulan: e.target.value })}
            />
          </Isian>
          <p className="keterangan">
            Tindak lanjut dan kendala dicatat di tab “Tindak lanjut &amp; kendala”; notulen memuatnya.
          </p>
          <div className="rapat-sebaris">
            <button type="button" className="utama" onClick={() => void simpan()}>
              Simpan notulen
            </button>
            <button type="button" onClick={() => void sahkan()}>
              Sahkan notulen
            </button>
          </div>
        </div>
      </fieldset>
      {dialogKonfirmasi}
    </div>
  );
}
