// Renja programs of the year and the Renstra program each carries out: suggestions accepted with one click.
import { useMemo, useState } from 'react';
import type { BarisTautan } from '../../../../shared/api/renstra';
import { formatAngka, formatRupiah } from '../../../../shared/format';
import { programPenunjang } from '../../../../shared/renstra/konsistensi';
import { api } from '../../api/client';
import { useJalankan } from '../../components/useJalankan';
import { useMuat } from '../../components/useMuat';
import { Tabel } from '../../components/Tabel';

export function TautanRenja({ tahun }: { tahun: number }) {
  const [daftar, muatUlang] = useMuat(() => api('renstra.tautan', { tahun }), [tahun]);
  const [hanyaBelum, setHanyaBelum] = useState(true);
  const simpan = useJalankan();
  const baris = useMemo(
    () => (daftar ?? []).filter((b) => !programPenunjang(b.kode) && (!hanyaBelum || b.tertaut === null)),
    [daftar, hanyaBelum],
  );
  const jalankan = (kerja: () => Promise<unknown>, pesan: string) =>
    simpan(kerja, pesan).then(({ ok }) => ok && muatUlang());
  const tautkan = (b: BarisTautan, renstraProgramId: number) =>
    jalankan(() => api('renstra.tautkan', { programId: b.programId, renstraProgramId }), `${b.kode} ditautkan`);

  if (!daftar) return <p className="keterangan">Memuat…</p>;
  const teknis = daftar.filter((b) => !programPenunjang(b.kode));
  const belum = teknis.filter((b) => b.tertaut === null).length;
  return (
    <>
      <div className="ringkas-lembar">
        <span>
          Program teknis tahun {tahun}: <strong>{formatAngka(teknis.length)}</strong>, belum tertaut ke Renstra:{' '}
          <strong data-testid="jumlah-belum-tertaut">{formatAngka(belum)}</strong>
        </span>
        <label className="isian-sebaris">
          <input type="checkbox" checked={hanyaBelum} onChange={(e) => setHanyaBelum(e.target.checked)} /> Hanya yang
          belum tertaut
        </label>
        <span className="keterangan">
          Program 01 (penunjang urusan) tidak ditautkan: ada di setiap perangkat daerah.
        </span>
      </div>
      <Tabel
        kelas="rapat-tabel renstra-tautan"
        kolom={['Perangkat daerah', 'Kode', 'Program Renja', 'Pagu (Rp)', 'Program Renstra']}
        baris={baris}
      >
        {(b) => (
          <tr key={b.programId} data-testid={`tautan-${b.programId}`}>
            <td>{b.opd}</td>
            <td>{b.kode}</td>
            <td>{b.nama}</td>
            <td className="angka">{formatRupiah(b.pagu, { desimal: false })}</td>
            <td>
              {b.tertaut ? (
                <span>
                  {b.tertaut.kode} {b.tertaut.nama}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void jalankan(
                        () => api('renstra.lepasTautan', { programId: b.programId }),
                        `Tautan ${b.kode} dilepas`,
                      )
                    }
                  >
                    Lepas
                  </button>
                </span>
              ) : b.saran.length === 0 ? (
                <span className="keterangan">Tidak ada saran: tambahkan programnya di Renstra OPD</span>
              ) : (
                b.saran.map((s) => (
                  <button key={s.id} type="button" className="renstra-saran" onClick={() => void tautkan(b, s.id)}>
                    Tautkan ke {s.kode} {s.nama}{' '}
                    <small>
                      ({s.alasan}
                      {s.opd !== b.opd ? `, ${s.opd}` : ''})
                    </small>
                  </button>
                ))
              )}
            </td>
          </tr>
        )}
      </Tabel>
      {baris.length === 0 && (
        <p className="keterangan">
          {teknis.length === 0
            ? `Belum ada program teknis dalam Renja tahun ${tahun}: impor atau susun Renja di Perencanaan.`
            : hanyaBelum
              ? 'Semua program teknis sudah tertaut ke Renstra.'
              : 'Tidak ada program untuk ditampilkan.'}
        </p>
      )}
    </>
  );
}
