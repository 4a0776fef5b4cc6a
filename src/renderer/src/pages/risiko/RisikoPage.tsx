// Risiko Kendala: the regency's kendala as risks: a 5x5 heat map of kemungkinan x dampak, the top risks across OPD,
// and the scores summed per category and per OPD.
import { useState } from 'react';
import type { Kendala } from '../../../../shared/api/rapat';
import type { SelPetaRisiko } from '../../../../shared/api/risiko';
import { formatAngka } from '../../../../shared/format';
import { legendaRisiko, type BandRisiko } from '../../../../shared/monev/risiko';
import { LABEL_STATUS_KENDALA } from '../../../../shared/rapat';
import { api } from '../../api/client';
import { SaringOpd } from '../../components/PilihOpd';
import { Tabel } from '../../components/Tabel';
import { useMuat } from '../../components/useMuat';

export const kelasBand = (band: BandRisiko) => `risiko-${band.toLowerCase().replace(' ', '-')}`;

export function LabelBand({ band, skor }: { band: BandRisiko | null; skor: number | null }) {
  if (band === null || skor === null) return <span className="keterangan">belum dinilai</span>;
  return (
    <span className={`risiko-band ${kelasBand(band)}`}>
      {formatAngka(skor)} · {band}
    </span>
  );
}

function PetaPanas({ sel }: { sel: SelPetaRisiko[] }) {
  const baris = [5, 4, 3, 2, 1];
  return (
    <table className="risiko-peta" aria-label="Peta risiko">
      <tbody>
        {baris.map((k) => (
          <tr key={k}>
            {k === 5 && (
              <th rowSpan={5} className="risiko-sumbu">
                Kemungkinan →
              </th>
            )}
            <th scope="row">{k}</th>
            {sel
              .filter((s) => s.kemungkinan === k)
              .map((s) => (
                <td
                  key={s.dampak}
                  className={`${kelasBand(s.band)}${s.jumlah === 0 ? ' risiko-kosong' : ''}`}
                  title={`Kemungkinan ${s.kemungkinan} × dampak ${s.dampak} = skor ${s.skor} (${s.band}): ${s.jumlah} kendala`}
                  data-testid={`sel-${s.kemungkinan}-${s.dampak}`}
                >
                  {s.jumlah > 0 ? formatAngka(s.jumlah) : ''}
                  <small>{s.skor}</small>
                </td>
              ))}
          </tr>
        ))}
        <tr>
          <th colSpan={2} />
          {[1, 2, 3, 4, 5].map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
        <tr>
          <th colSpan={2} />
          <th colSpan={5}>Dampak →</th>
        </tr>
      </tbody>
    </table>
  );
}

function TabelRisiko({ butir }: { butir: Kendala[] }) {
  return (
    <Tabel
      label="Risiko teratas"
      kolom={['Skor', 'Kendala', 'OPD', 'Kategori', 'K × D', 'Status']}
      baris={butir}
      kosong="Belum ada kendala yang dinilai."
    >
      {(k) => (
        <tr key={k.id}>
          <td>
            <LabelBand band={k.band} skor={k.skor} />
          </td>
          <td>{k.uraian}</td>
          <td>{k.opd ? k.opd.singkatan || k.opd.nama : 'Lintas OPD'}</td>
          <td>{k.kategori?.nama ?? '-'}</td>
          <td className="risiko-kd">
            {k.kemungkinan} × {k.dampak}
          </td>
          <td>{LABEL_STATUS_KENDALA[k.status]}</td>
        </tr>
      )}
    </Tabel>
  );
}

/** One group of the rollup (a kategori or an OPD): its kendala, how many are high, their summed score. */
interface Kelompok {
  kunci: number;
  nama: string;
  jumlah: number;
  jumlahTinggi: number;
  totalSkor: number;
  skorTertinggi?: number | null;
}

/** The rollup per kategori or per OPD; the OPD table also shows each one's highest score. */
function TabelKelompok({
  label,
  kepala,
  baris,
  tertinggi = false,
}: {
  label: string;
  kepala: string;
  baris: Kelompok[];
  tertinggi?: boolean;
}) {
  return (
    <Tabel
      label={label}
      kolom={[kepala, 'Kendala', 'Tinggi/sangat tinggi', 'Jumlah skor', tertinggi && 'Skor tertinggi']}
      baris={baris}
    >
      {(g) => (
        <tr key={g.kunci}>
          <td>{g.nama}</td>
          <td>{formatAngka(g.jumlah)}</td>
          <td className={g.jumlahTinggi > 0 ? 'rapat-merah' : undefined}>{formatAngka(g.jumlahTinggi)}</td>
          <td>{formatAngka(g.totalSkor)}</td>
          {tertinggi && <td>{g.skorTertinggi == null ? '-' : formatAngka(g.skorTertinggi)}</td>}
        </tr>
      )}
    </Tabel>
  );
}

export function RisikoPage() {
  const [status, setStatus] = useState<'terbuka' | 'semua'>('terbuka');
  const [opdId, setOpdId] = useState<number | null>(null);
  const [opd] = useMuat(() => api('opd.daftar', {}), []);
  const [peta] = useMuat(() => api('risiko.peta', { status, opdId }), [status, opdId]);
  return (
    <section>
      <div className="kepala-halaman">
        <h1>Risiko Kendala</h1>
        <div className="aksi">
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as 'terbuka' | 'semua')}
            aria-label="Saring status"
          >
            <option value="terbuka">Belum teratasi</option>
            <option value="semua">Semua kendala</option>
          </select>
          <SaringOpd nilai={opdId} ubah={setOpdId} opd={opd} />
        </div>
      </div>
      {!peta ? (
        <p className="keterangan">Memuat…</p>
      ) : (
        <>
          <p className="keterangan">
            {formatAngka(peta.jumlahKendala)} kendala, {formatAngka(peta.belumDinilai)} belum dinilai. Skor =
            kemungkinan × dampak (1–5): {legendaRisiko()}. Kendala dinilai dan diberi kategori di Rapat atau Tindak
            Lanjut.
          </p>
          <div className="risiko-tata">
            <div>
              <h2>Peta risiko</h2>
              <PetaPanas sel={peta.sel} />
            </div>
            <div>
              <h2>Risiko teratas lintas OPD</h2>
              <TabelRisiko butir={peta.teratas} />
            </div>
          </div>
          <div className="dua-kolom">
            <div>
              <h2>Per kategori</h2>
              <TabelKelompok
                label="Risiko per kategori"
                kepala="Kategori"
                baris={peta.perKategori.map((g) => ({
                  ...g,
                  kunci: g.kategori?.id ?? 0,
                  nama: g.kategori?.nama ?? 'Belum dikategorikan',
                }))}
              />
            </div>
            <div>
              <h2>Per OPD</h2>
              <TabelKelompok
                label="Risiko per OPD"
                kepala="OPD"
                baris={peta.perOpd.map((o) => ({ ...o, kunci: o.opd?.id ?? 0, nama: o.opd?.nama ?? 'Lintas OPD' }))}
                tertinggi
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
