// Konsistensi RPJMD-Renstra-Renja: findings per rule, each naming the OPD and code, and the DOCX for the Rakor.
import { useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import { ATURAN_KONSISTENSI, LABEL_ATURAN } from '../../../../shared/renstra/konsistensi';
import { api, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';
import { simpanBerkas } from '../../components/simpanBerkas';
import { useMuat } from '../../components/useMuat';
import { Tabel } from '../../components/Tabel';

export function KonsistensiRenstra({ tahun }: { tahun: number }) {
  const [hasil] = useMuat(() => api('renstra.konsistensi', { tahun }), [tahun]);
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();
  const unduh = async () => {
    setSibuk(true);
    try {
      const kabar = await simpanBerkas(await api('renstra.konsistensiDocx', { tahun }));
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    } finally {
      setSibuk(false);
    }
  };
  if (!hasil) return <p className="keterangan">Memuat…</p>;
  return (
    <>
      <div className="bilah-aksi">
        <span>
          <strong data-testid="jumlah-temuan">{formatAngka(hasil.temuan.length)}</strong> temuan untuk tahun {tahun}
          {hasil.rpjmd ? ` (RPJMD ${hasil.rpjmd.tahunAwal}-${hasil.rpjmd.tahunAkhir})` : ' (belum ada RPJMD)'}
        </span>
        <button type="button" className="utama" disabled={sibuk} onClick={() => void unduh()}>
          Unduh (.docx)
        </button>
      </div>
      {ATURAN_KONSISTENSI.map((aturan) => {
        const temuan = hasil.temuan.filter((t) => t.aturan === aturan);
        return (
          <details key={aturan} className="renstra-aturan" open={temuan.length > 0} data-testid={`aturan-${aturan}`}>
            <summary>
              {LABEL_ATURAN[aturan]}{' '}
              <span className={temuan.length ? 'renstra-jumlah ada' : 'renstra-jumlah'}>{temuan.length}</span>
            </summary>
            {temuan.length > 0 && (
              <Tabel kolom={['Perangkat daerah', 'Kode', 'Uraian temuan']} baris={temuan}>
                {(t, i) => (
                  <tr key={i}>
                    <td>{t.opd}</td>
                    <td>{t.kode}</td>
                    <td>{t.pesan}</td>
                  </tr>
                )}
              </Tabel>
            )}
          </details>
        );
      })}
    </>
  );
}
