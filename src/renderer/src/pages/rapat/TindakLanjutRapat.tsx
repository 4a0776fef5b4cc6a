// A meeting's follow-ups and obstacles: decided here, and those of earlier meetings it reviews or could take up.
import type { Opd } from '../../../../shared/api/opd';
import type { TindakLanjutRapat as Data } from '../../../../shared/api/rapat';
import { api, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';
import { useMuat } from '../../components/useMuat';
import { useTanya } from '../../components/Tanya';
import { FormTindakLanjut, TabelTindakLanjut } from './butir';
import { FormKendala, TabelKendala } from './kendala';

export function TindakLanjutRapat({ rapatId, opd }: { rapatId: number; opd: Opd[] }) {
  const [data, muatUlang] = useMuat(() => api('rapat.tindakLanjut', { rapatId }), [rapatId]);
  const { tampilkan } = useNotifikasi();
  const [tanya, dialogTanya] = useTanya();
  if (!data) return <p className="keterangan">Memuat…</p>;

  // Follow-ups and obstacles are numbered apart, so their notes are kept apart too.
  const catatanDari = (butir: Data['ditinjau'] | Data['kendalaDitinjau']) =>
    new Map(
      butir.flatMap((b) => b.ditinjau.filter((t) => t.rapatId === rapatId).map((t) => [b.id, t.catatan] as const)),
    );

  /** Saves the meeting's review list with one item added or removed, or one review note changed. */
  const ubahTinjauan = async (
    ubah: (d: Data) => { tindakLanjut: number[]; kendala: number[] },
    pesan: string,
    catatanBaru?: { jenis: 'tindakLanjut' | 'kendala'; id: number; teks: string },
  ) => {
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
  const ids = (d: { id: number }[]) => d.map((x) => x.id);
  const sekarang = (d: Data) => ({ tindakLanjut: ids(d.ditinjau), kendala: ids(d.kendalaDitinjau) });
  const catat = async (
    jenis: 'tindakLanjut' | 'kendala',
    b: { id: number; uraian: string; ditinjau: { rapatId: number; catatan: string }[] },
  ) => {
    const lama = b.ditinjau.find((t) => t.rapatId === rapatId)?.catatan ?? '';
    const teks = await tanya(`Catatan pembahasan "${b.uraian}" pada rapat ini`, lama);
    if (teks !== null) await ubahTinjauan(sekarang, 'Catatan pembahasan disimpan', { jenis, id: b.id, teks });
  };
  const tombolCatatan = (jenis: 'tindakLanjut' | 'kendala', b: Parameters<typeof catat>[1]) => (
    <button type="button" onClick={() => void catat(jenis, b)}>
      Catatan…
    </button>
  );

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
      <TabelTindakLanjut
        butir={data.ditinjau}
        berubah={muatUlang}
        aksi={(tl) => (
          <>
            {tombolCatatan('tindakLanjut', tl)}
            <button
              type="button"
              className="tautan-bahaya"
              onClick={() =>
                void ubahTinjauan(
                  (d) => ({ ...sekarang(d), tindakLanjut: ids(d.ditinjau).filter((i) => i !== tl.id) }),
                  'Dikeluarkan dari agenda',
                )
              }
            >
              Keluarkan
            </button>
          </>
        )}
      />
      <TabelKendala
        butir={data.kendalaDitinjau}
        berubah={muatUlang}
        aksi={(k) => (
          <>
            {tombolCatatan('kendala', k)}
            <button
              type="button"
              className="tautan-bahaya"
              onClick={() =>
                void ubahTinjauan(
                  (d) => ({ ...sekarang(d), kendala: ids(d.kendalaDitinjau).filter((i) => i !== k.id) }),
                  'Dikeluarkan dari agenda',
                )
              }
            >
              Keluarkan
            </button>
          </>
        )}
      />

      <h2>Masih terbuka dari rapat sebelumnya (dapat dibahas pada rapat ini)</h2>
      {data.tawaran.length + data.kendalaTawaran.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void ubahTinjauan(
              (d) => ({
                tindakLanjut: [...ids(d.ditinjau), ...ids(d.tawaran)],
                kendala: [...ids(d.kendalaDitinjau), ...ids(d.kendalaTawaran)],
              }),
              'Semua dibawa ke rapat ini',
            )
          }
        >
          Bawa semua ke rapat ini
        </button>
      )}
      <TabelTindakLanjut
        butir={data.tawaran}
        berubah={muatUlang}
        aksi={(tl) => (
          <button
            type="button"
            onClick={() =>
              void ubahTinjauan(
                (d) => ({ ...sekarang(d), tindakLanjut: [...ids(d.ditinjau), tl.id] }),
                'Dibawa ke rapat ini',
              )
            }
          >
            Bawa ke rapat ini
          </button>
        )}
      />
      <TabelKendala
        butir={data.kendalaTawaran}
        berubah={muatUlang}
        aksi={(k) => (
          <button
            type="button"
            onClick={() =>
              void ubahTinjauan(
                (d) => ({ ...sekarang(d), kendala: [...ids(d.kendalaDitinjau), k.id] }),
                'Dibawa ke rapat ini',
              )
            }
          >
            Bawa ke rapat ini
          </button>
        )}
      />
    </div>
  );
}
