// Notulen entry: notulis, opening, discussion per agenda item and speaker, conclusions. The draft lives in the editor
// (EditorRapat) and saves itself a moment after the user stops typing. Approval (disahkan) makes the minutes read-only
// and printed as approved until the approval is withdrawn with a reason.
import { useState, type Dispatch, type SetStateAction } from 'react';
import type { Rapat } from '../../../../shared/api/rapat';
import { formatTanggalJam } from '../../../../shared/format';
import { api, pesanGalat } from '../../api/client';
import { useKonfirmasi } from '../../components/Konfirmasi';
import { StatusSimpan } from '../../components/grid/StatusSimpan';
import { galatPerKolom, Isian } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';
import { useJalankan } from '../../components/useJalankan';
import type { SimpanOtomatis } from '../../components/useSimpanOtomatis';
import { butirKosong, tambahButir, type ButirNotulen, type FormNotulen } from './formRapat';

interface Props {
  notulen: FormNotulen;
  ubah: Dispatch<SetStateAction<FormNotulen>>;
  /** The meeting's agenda as stored: a discussion can only point at an item that has an id. */
  acara: { id?: number; uraian: string }[];
  otomatis: SimpanOtomatis;
  rapatId: number;
  /** The approval in force, or null. */
  sah: Rapat['notulenSah'];
  ubahSah: (sah: Rapat['notulenSah']) => void;
}

export function NotulenRapat({ notulen, ubah, acara, otomatis, rapatId, sah, ubahSah }: Props) {
  const { tampilkan } = useNotifikasi();
  const jalankan = useJalankan();
  const [konfirmasi, dialogKonfirmasi] = useKonfirmasi();
  const [galatSah, setGalatSah] = useState<Record<string, string>>({});
  const isi = <K extends keyof FormNotulen>(kolom: K, nilai: FormNotulen[K]) => ubah((n) => ({ ...n, [kolom]: nilai }));

  // A refusal is shown on the page until a save succeeds; a field it names is marked.
  const galat = otomatis.galat ? galatPerKolom(otomatis.galat) : {};
  const kosong = butirKosong(notulen);
  const simpan = async () => {
    const hasil = await otomatis.simpanSekarang(true);
    if (hasil.ok) tampilkan('Notulen disimpan', 'sukses');
    else tampilkan(pesanGalat(hasil.galat), 'galat');
    return hasil.ok;
  };

  const sahkan = async () => {
    const ya = await konfirmasi(
      'Sahkan notulen?',
      'Notulen disimpan lalu disahkan: isinya, termasuk status tindak lanjut saat ini, dicetak tetap seperti ini dan ' +
        'tidak dapat diubah kecuali pengesahan dibatalkan dengan alasan.',
      'Sahkan',
    );
    if (!ya || !(await simpan())) return;
    const hasil = await jalankan(
      async () => ubahSah((await api('rapat.sahkanNotulen', { rapatId })).notulenSah),
      'Notulen disahkan',
    );
    setGalatSah(hasil.ok ? {} : hasil.galat);
  };

  return (
    <div className="rapat-form">
      {sah && (
        <PengesahanNotulen sah={sah} rapatId={rapatId} ubahSah={ubahSah} galat={galatSah} setGalat={setGalatSah} />
      )}
      <fieldset className="isian-notulen" disabled={sah !== null}>
        <div className="rapat-lebar rapat-status-notulen">
          {sah === null && <span className="keterangan">Notulen tersimpan sendiri begitu Anda berhenti mengetik.</span>}
          {otomatis.berubah && kosong.length > 0 && otomatis.galat === null && (
            <span className="keterangan" data-testid="notulen-menunggu">
              Belum tersimpan: uraian pembahasan {kosong.join(', ')} belum diisi
            </span>
          )}
          <StatusSimpan pada={otomatis.tersimpanPada} />
        </div>
        {otomatis.galat !== null && (
          <p className="rapat-lebar pesan-salah" role="alert" data-testid="galat-notulen">
            Notulen belum tersimpan: {pesanGalat(otomatis.galat)}
            {otomatis.berhenti && '. Salin dulu teks yang belum tersimpan bila perlu, lalu buka ulang rapat ini.'}
          </p>
        )}
        <Isian label="Nama notulis" galat={galat['notulisNama']}>
          <input value={notulen.notulisNama} onChange={(e) => isi('notulisNama', e.target.value)} />
        </Isian>
        <Isian label="NIP notulis" galat={galat['notulisNip']}>
          <input value={notulen.notulisNip} inputMode="numeric" onChange={(e) => isi('notulisNip', e.target.value)} />
        </Isian>
        <div className="rapat-lebar">
          <Isian label="Pembukaan" galat={galat['pembukaan']}>
            <textarea rows={3} value={notulen.pembukaan} onChange={(e) => isi('pembukaan', e.target.value)} />
          </Isian>
        </div>
        <h2>Pembahasan</h2>
        <DaftarPembahasan notulen={notulen} ubah={ubah} acara={acara} galat={galat} />
        <div className="rapat-lebar">
          <Isian label="Kesimpulan/keputusan (satu butir per baris)" galat={galat['kesimpulan']}>
            <textarea rows={4} value={notulen.kesimpulan} onChange={(e) => isi('kesimpulan', e.target.value)} />
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
          {galatSah['notulisNama'] && <small className="pesan-salah">{galatSah['notulisNama']}</small>}
        </div>
      </fieldset>
      {dialogKonfirmasi}
    </div>
  );
}

/** The approval in force, and withdrawing it with a reason (recorded in Riwayat). */
function PengesahanNotulen({
  sah,
  rapatId,
  ubahSah,
  galat,
  setGalat,
}: {
  sah: NonNullable<Rapat['notulenSah']>;
  rapatId: number;
  ubahSah: Props['ubahSah'];
  galat: Record<string, string>;
  setGalat: (galat: Record<string, string>) => void;
}) {
  const jalankan = useJalankan();
  const [alasan, setAlasan] = useState('');
  const batalkan = async () => {
    const hasil = await jalankan(
      async () => ubahSah((await api('rapat.batalkanPengesahan', { rapatId, alasan })).notulenSah),
      'Pengesahan notulen dibatalkan; alasannya tercatat di Riwayat',
    );
    if (hasil.ok) setAlasan('');
    setGalat(hasil.ok ? {} : hasil.galat);
  };

  return (
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
  );
}

/** The discussion, item by item, each under an agenda item; "Tambah pembahasan" adds under the one last worked on. */
function DaftarPembahasan({
  notulen,
  ubah,
  acara,
  galat,
}: Pick<Props, 'notulen' | 'ubah' | 'acara'> & { galat: Record<string, string> }) {
  // The agenda item of the discussion row the user was last in: "Tambah pembahasan" adds to it.
  const [acaraAktif, setAcaraAktif] = useState<number | null | undefined>(undefined);
  const acaraTersimpan = acara.flatMap((a, i) =>
    a.id === undefined ? [] : [{ id: a.id, nomor: i + 1, uraian: a.uraian }],
  );
  const dikenal = (id: number | null | undefined) => id === null || acaraTersimpan.some((a) => a.id === id);
  const acaraTambah = dikenal(acaraAktif)
    ? (acaraAktif as number | null)
    : (notulen.pembahasan.at(-1)?.acaraId ?? acaraTersimpan[0]?.id ?? null);

  const ubahButir = (kunci: string, p: Partial<ButirNotulen>) =>
    ubah((n) => ({ ...n, pembahasan: n.pembahasan.map((b) => (b.kunci === kunci ? { ...b, ...p } : b)) }));
  return (
    <div className="rapat-lebar">
      {notulen.pembahasan.map((b, i) => (
        <div key={b.kunci} className="rapat-butir" onFocus={() => setAcaraAktif(b.acaraId)}>
          <select
            aria-label={`Acara pembahasan ${i + 1}`}
            value={b.acaraId ?? ''}
            onChange={(e) => {
              const acaraId = e.target.value === '' ? null : Number(e.target.value);
              ubahButir(b.kunci, { acaraId });
              setAcaraAktif(acaraId);
            }}
          >
            <option value="">Lain-lain</option>
            {acaraTersimpan.map((a) => (
              <option key={a.id} value={a.id}>
                {a.nomor}. {a.uraian}
              </option>
            ))}
          </select>
          <input
            aria-label={`Pembicara ${i + 1}`}
            placeholder="Pembicara"
            value={b.pembicara}
            onChange={(e) => ubahButir(b.kunci, { pembicara: e.target.value })}
          />
          <textarea
            aria-label={`Uraian pembahasan ${i + 1}`}
            rows={3}
            value={b.uraian}
            onChange={(e) => ubahButir(b.kunci, { uraian: e.target.value })}
          />
          <button
            type="button"
            className="tautan-bahaya"
            onClick={() => ubah((n) => ({ ...n, pembahasan: n.pembahasan.filter((x) => x.kunci !== b.kunci) }))}
          >
            Hapus
          </button>
          {galat[`pembahasan.${i}.uraian`] && <small className="pesan-salah">{galat[`pembahasan.${i}.uraian`]}</small>}
        </div>
      ))}
      <button
        type="button"
        onClick={() => ubah((n) => ({ ...n, pembahasan: tambahButir(n.pembahasan, acaraTambah) }))}
        title={
          acaraTambah === null
            ? 'Menambah pembahasan Lain-lain'
            : `Menambah pembahasan acara ${acaraTersimpan.find((a) => a.id === acaraTambah)?.nomor ?? ''}`
        }
      >
        Tambah pembahasan
      </button>
    </div>
  );
}
