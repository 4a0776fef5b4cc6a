// A meeting's follow-ups and obstacles: decided here, and those of earlier meetings it reviews or could take up.
import type { ReactNode } from 'react';
import type { Opd } from '../../../../shared/api/opd';
import type { TindakLanjutRapat as Data } from '../../../../shared/api/rapat';
import { api, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { useTanya } from '../../components/Tanya';
import { FormTindakLanjut, TabelTindakLanjut } from './butir';
import { FormKendala, TabelKendala } from './kendala';

type Jenis = 'tindakLanjut' | 'kendala';
/** Where each kind's items reviewed at this meeting stand in the data. */
const DITINJAU = { tindakLanjut: 'ditinjau', kendala: 'kendalaDitinjau' } as const;
type Butir = { id: number; uraian: string; ditinjau: { rapatId: number; catatan: string }[] };

const ids = (d: { id: number }[]) => d.map((x) => x.id);
const sekarang = (d: Data) => ({ tindakLanjut: ids(d.ditinjau), kendala: ids(d.kendalaDitinjau) });

/** The meeting's review list: items brought in or taken out, and the note of each item's discussion here. */
function useTinjauan(rapatId: number, data: Data | undefined | null, muatUlang: () => void) {
  const { tampilkan } = useNotifikasi();
  const [tanya, dialogTanya] = useTanya();

  // Follow-ups and obstacles are numbered apart, so their notes are kept apart too.
  const catatanDari = (butir: Butir[]) =>
    new Map(
      butir.flatMap((b) => b.ditinjau.filter((t) => t.rapatId === rapatId).map((t) => [b.id, t.catatan] as const)),
    );

  /** Saves the meeting's review list with items added or removed, or one review note changed. */
  const ubahTinjauan = async (
    ubah: (d: Data) => { tindakLanjut: number[]; kendala: number[] },
    pesan: string,
    catatanBaru?: { jenis: Jenis; id: number; teks: string },
  ) => {
    if (!data) return;
    const { tindakLanjut, kendala } = ubah(data);
    const catatan = { tindakLanjut: catatanDari(data.ditinjau), kendala: catatanDari(data.kendalaDitinjau) };
    if (catatanBaru) catatan[catatanBaru.jenis].set(catatanBaru.id, catatanBaru.teks);
    try {
      await api('rapat.simpanTinjauan', {
        rapatId,
        tindakLanjut: tindakLanjut.map((id) => ({ id, catatan: catatan.tindakLanjut.get(id) ?? '' })),
        kendala: kendala.map((id) => ({ id, catatan: catatan.kendala.get(id) ?? '' })),
      });
      tampilkan(pesan, 'sukses');
      muatUlang();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  const catat = async (jenis: Jenis, b: Butir) => {
    const lama = b.ditinjau.find((t) => t.rapatId === rapatId)?.catatan ?? '';
    const teks = await tanya(`Catatan pembahasan "${b.uraian}" pada rapat ini`, lama);
    if (teks !== null) await ubahTinjauan(sekarang, 'Catatan pembahasan disimpan', { jenis, id: b.id, teks });
  };

  /** The buttons of an item reviewed at this meeting: its note, and taking it out. */
  const aksiDitinjau = (jenis: Jenis) =>
    function Aksi(b: Butir): ReactNode {
      return (
        <>
          <button type="button" onClick={() => void catat(jenis, b)}>
            Catatan…
          </button>
          <button
            type="button"
            className="tautan-bahaya"
            onClick={() =>
              void ubahTinjauan(
                (d) => ({ ...sekarang(d), [jenis]: ids(d[DITINJAU[jenis]]).filter((i) => i !== b.id) }),
                'Dikeluarkan dari agenda',
              )
            }
          >
            Keluarkan
          </button>
        </>
      );
    };
  /** The button of an item still open from an earlier meeting: bring it to this one. */
  const aksiTawaran = (jenis: Jenis) =>
    function Aksi(b: Butir): ReactNode {
      return (
        <button
          type="button"
          onClick={() =>
            void ubahTinjauan(
              (d) => ({ ...sekarang(d), [jenis]: [...ids(d[DITINJAU[jenis]]), b.id] }),
              'Dibawa ke rapat ini',
            )
          }
        >
          Bawa ke rapat ini
        </button>
      );
    };
  const bawaSemua = () =>
    void ubahTinjauan(
      (d) => ({
        tindakLanjut: [...ids(d.ditinjau), ...ids(d.tawaran)],
        kendala: [...ids(d.kendalaDitinjau), ...ids(d.kendalaTawaran)],
      }),
      'Semua dibawa ke rapat ini',
    );
  return { aksiDitinjau, aksiTawaran, bawaSemua, dialogTanya };
}

export function TindakLanjutRapat({ rapatId, opd }: { rapatId: number; opd: Opd[] }) {
  const [data, muatUlang] = useMuat(() => api('rapat.tindakLanjut', { rapatId }), [rapatId]);
  const { aksiDitinjau, aksiTawaran, bawaSemua, dialogTanya } = useTinjauan(rapatId, data, muatUlang);
  if (!data) return <p className="keterangan">Memuat…</p>;

  return (
    <div>
      {dialogTanya}
      <h2>Tindak lanjut yang diputuskan rapat ini</h2>
      <TabelTindakLanjut butir={data.diputuskan} berubah={muatUlang} />
      <FormTindakLanjut rapatId={rapatId} opd={opd} tersimpan={muatUlang} />

      <h2>Kendala yang diangkat pada rapat ini</h2>
      <TabelKendala butir={data.kendalaDiangkat} berubah={muatUlang} />
      <FormKendala rapatId={rapatId} opd={opd} tersimpan={muatUlang} />

      <h2>Dibahas kembali dari rapat sebelumnya</h2>
      <TabelTindakLanjut butir={data.ditinjau} berubah={muatUlang} aksi={aksiDitinjau('tindakLanjut')} />
      <TabelKendala butir={data.kendalaDitinjau} berubah={muatUlang} aksi={aksiDitinjau('kendala')} />

      <h2>Masih terbuka dari rapat sebelumnya (dapat dibahas pada rapat ini)</h2>
      {data.tawaran.length + data.kendalaTawaran.length > 0 && (
        <button type="button" onClick={bawaSemua}>
          Bawa semua ke rapat ini
        </button>
      )}
      <TabelTindakLanjut butir={data.tawaran} berubah={muatUlang} aksi={aksiTawaran('tindakLanjut')} />
      <TabelKendala butir={data.kendalaTawaran} berubah={muatUlang} aksi={aksiTawaran('kendala')} />
    </div>
  );
}
